import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClinicDirectory, directoryTitle } from '@/components/ClinicDirectory'
import { isSlug } from '@/domain/slug'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { clinicDirectory, clinicPlaces, directoryPageIn, type DirectorySelection } from '@/queries/clinics'
import { pageMetadata } from '@/site/metadata'
import { ALL, pageNumberOf } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale; country: string; city: string; page: string }> }

/** The whole directory and each country's first page are prerendered; cities and later pages on first visit. */
export const generateStaticParams = async () => {
  const countries = new Set((await clinicPlaces(defaultLocale)).map((place) => place.country))
  return [ALL, ...countries].map((country) => ({ country, city: ALL, page: '1' }))
}

/** The selection an address names, when it is well formed (a two-letter country, a slug): else no query is run. */
async function selectionOf(params: Props['params']): Promise<DirectorySelection | undefined> {
  const { country, city, page } = await params
  const pageNumber = pageNumberOf(page)
  const wellFormed = (country === ALL || /^[a-z]{2}$/.test(country)) && isSlug(city)
  return wellFormed && pageNumber !== undefined ? { country, city, page: pageNumber } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const selection = await selectionOf(params)
  const directory = selection && (await clinicDirectory(locale, selection))
  if (!selection || !directory) return {}
  const t = await getTranslations({ locale, namespace: 'Directory' })
  const cityName = directory.cities.find((place) => place.city === selection.city)?.cityName
  return pageMetadata({
    locale,
    // Only the languages this selection lists a clinic in: a city whose clinics hold back Arabic has no Arabic page.
    page: await directoryPageIn(locale, selection),
    title: await directoryTitle(locale, selection, cityName),
    description: t('description'),
  })
}

export default async function DirectoryPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const selection = await selectionOf(params)
  if (!selection) notFound()
  return <ClinicDirectory locale={locale} selection={selection} />
}
