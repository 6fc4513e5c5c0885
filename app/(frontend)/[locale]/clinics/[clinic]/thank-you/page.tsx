import type { Metadata } from 'next'

import { ThankYouPage, thankYouPageMetadata } from '@/components/pages/ThankYouPage'
import type { Locale } from '@/i18n/locales'
import { prerenderedClinicSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; clinic: string }> }

// Only the first clinics are prerendered at build; the others render on their first visit (queries/slugs.ts).
export const generateStaticParams = async () => (await prerenderedClinicSlugs()).map((clinic) => ({ clinic }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, clinic } = await params
  return thankYouPageMetadata({ locale, slug: clinic })
}

export default async function Page({ params }: Props) {
  const { locale, clinic } = await params
  return <ThankYouPage locale={locale} slug={clinic} />
}
