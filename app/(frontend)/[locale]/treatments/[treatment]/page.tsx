import type { Metadata } from 'next'

import { TreatmentPage, treatmentPageMetadata } from '@/components/pages/TreatmentPage'
import type { Locale } from '@/i18n/locales'
import { publishedSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; treatment: string }> }

export const generateStaticParams = async () => (await publishedSlugs('treatments')).map((treatment) => ({ treatment }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, treatment } = await params
  return treatmentPageMetadata({ locale, slug: treatment })
}

export default async function Page({ params }: Props) {
  const { locale, treatment } = await params
  return <TreatmentPage locale={locale} slug={treatment} />
}
