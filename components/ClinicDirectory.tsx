import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '../i18n/locales'
import { clinicDirectory, type DirectorySelection } from '../queries/clinics'
import { countryName } from '../site/format'
import { ALL, pagePath, sitePages } from '../site/pages'
import { ClinicCards } from './ClinicCards'
import { PageFrame, type Crumb } from './PageFrame'
import { Pagination } from './Pagination'

/** The heading of a selection: all clinics, or the city (or country) chosen. */
export async function directoryTitle(locale: Locale, selection: DirectorySelection, cityName?: string) {
  const t = await getTranslations({ locale, namespace: 'Directory' })
  if (selection.country === ALL) return t('title')
  return t('titlePlace', { place: cityName ?? countryName(locale, selection.country.toUpperCase()) })
}

/**
 * Every published clinic, filtered by country and city and paginated. Each selection has its own static address
 * (filters are links), so every one is prerendered or cached like any other page.
 */
export async function ClinicDirectory({ locale, selection }: { locale: Locale; selection: DirectorySelection }) {
  const directory = await clinicDirectory(locale, selection)
  if (!directory) notFound()
  const t = await getTranslations({ locale, namespace: 'Directory' })
  const { country, city } = selection
  const countryOf = (place: { country: string }) => countryName(locale, place.country.toUpperCase())
  const cityName = directory.cities.find((place) => place.city === city)?.cityName
  const countryPage = sitePages.directory(country, ALL)
  const trail: Crumb[] = [
    { name: t('title'), page: sitePages.directory(ALL, ALL) },
    ...(country === ALL ? [] : [{ name: countryOf({ country }), page: countryPage }]),
    ...(cityName ? [{ name: cityName, page: sitePages.directory(country, city) }] : []),
  ]
  const current = (active: boolean) => (active ? ('page' as const) : undefined)
  // Filters in the alphabetical order of the visitor's language.
  const byName = <Place,>(places: Place[], name: (place: Place) => string) =>
    [...places].sort((one, other) => name(one).localeCompare(name(other), locale))
  return (
    <PageFrame locale={locale} page={sitePages.directory(country, city, selection.page)} breadcrumbs={trail}>
      <h1>{await directoryTitle(locale, selection, cityName)}</h1>
      <p className="lead">{t('description')}</p>
      <p>{t('count', { count: directory.total })}</p>
      <nav aria-label={t('filterCountry')} className="filters">
        <h2>{t('filterCountry')}</h2>
        <ul>
          <li>
            <a href={pagePath(locale, sitePages.directory(ALL, ALL))} aria-current={current(country === ALL)}>
              {t('allCountries')}
            </a>
          </li>
          {byName(directory.countries, countryOf).map((place) => (
            <li key={place.country}>
              <a
                href={pagePath(locale, sitePages.directory(place.country, ALL))}
                aria-current={current(place.country === country && city === ALL)}
              >
                {countryOf(place)} ({place.count})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {directory.cities.length > 0 && (
        <nav aria-label={t('filterCity')} className="filters">
          <h2>{t('filterCity')}</h2>
          <ul>
            <li>
              <a href={pagePath(locale, countryPage)} aria-current={current(city === ALL)}>
                {t('allCities')}
              </a>
            </li>
            {byName(directory.cities, (place) => place.cityName).map((place) => (
              <li key={place.city}>
                <a
                  href={pagePath(locale, sitePages.directory(country, place.city))}
                  aria-current={current(place.city === city)}
                >
                  {place.cityName} ({place.count})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ClinicCards locale={locale} clinics={directory.clinics} />
      <Pagination
        locale={locale}
        page={selection.page}
        pages={directory.totalPages}
        hrefOf={(page) => pagePath(locale, sitePages.directory(country, city, page))}
      />
    </PageFrame>
  )
}
