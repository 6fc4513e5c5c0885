import type { Metadata } from 'next'

import { ClinicPage, clinicPageMetadata } from '@/components/pages/ClinicPage'
import type { Locale } from '@/i18n/locales'
import { prerenderedClinicSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; clinic: string }> }

// Only the first clinics are prerendered at build; the others render on their first visit (queries/slugs.ts).
export const generateStaticParams = async () => (await prerenderedClinicSlugs()).map((clinic) => ({ clinic }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, clinic } = await params
  return clinicPageMetadata({ locale, slug: clinic })
}

export default async function Page({ params }: Props) {
  const { locale, clinic } = await params
  return <ClinicPage locale={locale} slug={clinic} />
}
