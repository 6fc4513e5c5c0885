import type { Metadata } from 'next'

import { PractitionerPage, practitionerPageMetadata } from '@/components/pages/PractitionerPage'
import type { Locale } from '@/i18n/locales'
import { publishedSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; practitioner: string }> }

export const generateStaticParams = async () =>
  (await publishedSlugs('practitioners')).map((practitioner) => ({ practitioner }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, practitioner } = await params
  return practitionerPageMetadata({ locale, slug: practitioner })
}

export default async function Page({ params }: Props) {
  const { locale, practitioner } = await params
  return <PractitionerPage locale={locale} slug={practitioner} />
}
