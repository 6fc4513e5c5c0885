import type { Where } from 'payload'
import { cache } from 'react'

import { slugify } from '../domain/slug'
import { clinicLocales, selectOf, translationStatusOf, visitorTexts } from '../domain/translations'
import { defaultLocale, type Locale } from '../i18n/locales'
import type { Clinic, Media } from '../payload-types'
import { ALL, type LocalizedPage, type SitePage, sitePages } from '../site/pages'
import { asVisitor, currentReader, findAll, findBySlug, inEveryLocale, payloadClient } from './payload'
import { populated } from './populated'

/** What a clinic card in the directory shows. */
const cardFields = {
  name: true,
  slug: true,
  summary: true,
  currency: true,
  address: { city: true, countryCode: true },
  prescriptionAdvertising: { rule: true },
} as const

/**
 * Published clinics shown in the locale (all, or those `where` picks), by name (the article filters), with what
 * their cards show.
 */
export async function listClinics(locale: Locale, where?: Where) {
  const held = [...(await heldBackIn(locale))]
  return findAll('clinics', {
    locale,
    depth: 0,
    sort: 'name',
    where: { and: [where ?? {}, held.length > 0 ? { id: { not_in: held } } : {}] },
    select: cardFields,
  })
}

export const CLINICS_PER_PAGE = 24

/**
 * Where a published clinic is: its country code in lower case, its city's slug and its name in the locale; and the
 * locales its pages are shown in (all, unless it holds back untranslated ones).
 */
export type ClinicPlace = {
  id: number
  slug: string
  country: string
  city: string
  cityName: string
  shownIn: Locale[]
  /** Its own domain, where its pages have their canonical address. */
  customDomain?: string | null
}

/** What decides the locales a clinic is shown in: its choice, and its required texts in every locale. */
const shownInSelect = { untranslatedLanguages: true, ...selectOf(visitorTexts.clinics.required) } as {
  untranslatedLanguages: true
  address: Record<string, true>
  [path: string]: unknown
}

/** The locales a clinic, read in every locale with shownInSelect, is shown in. */
const shownInOf = (clinic: Parameters<typeof clinicLocales>[0]) =>
  clinicLocales(clinic, translationStatusOf('clinics', clinic))

/**
 * Every published clinic's place, in address (slug) order, whichever locales it is shown in. A city's slug comes
 * from its name in the default locale, so a city has one address in every language (München is "munchen" on
 * every site).
 */
export const everyClinicPlace = cache(async (locale: Locale): Promise<ClinicPlace[]> => {
  const docs = await findAll(
    'clinics',
    {
      locale: 'all',
      depth: 0,
      sort: 'slug',
      // Its address, and what decides the locales it is shown in.
      select: {
        slug: true,
        customDomain: true,
        ...shownInSelect,
        address: { ...shownInSelect.address, countryCode: true },
      },
    },
    // Also read at build time (static params, the sitemap), where there is no request: as a visitor.
    asVisitor,
  )
  return docs.map((clinic) => {
    const names = (clinic.address?.city ?? {}) as unknown as Partial<Record<Locale, string>>
    const defaultName = names[defaultLocale] || Object.values(names).find(Boolean) || ''
    return {
      id: clinic.id,
      slug: clinic.slug,
      country: (clinic.address?.countryCode ?? '').toLowerCase(),
      city: slugify(defaultName),
      cityName: names[locale] || defaultName,
      shownIn: shownInOf(clinic),
      customDomain: clinic.customDomain as string | null | undefined,
    }
  })
})

/** Every published clinic shown in `locale`, as everyClinicPlace. */
export const clinicPlaces = cache(async (locale: Locale): Promise<ClinicPlace[]> =>
  (await everyClinicPlace(locale)).filter((place) => place.shownIn.includes(locale)),
)

/** The ids of the published clinics whose pages are held back in a locale: nothing links to them there. */
export const heldBackIn = async (locale: Locale): Promise<Set<number>> =>
  new Set((await everyClinicPlace(locale)).filter((place) => !place.shownIn.includes(locale)).map((place) => place.id))

/** A choice in the directory: a country code and a city slug (each ALL for any), and a page. */
export type DirectorySelection = { country: string; city: string; page: number }

/** Distinct values of `key` with how many places have each, in first-seen order. */
function countBy<Key extends 'country' | 'city'>(places: ClinicPlace[], key: Key): (ClinicPlace & { count: number })[] {
  const counted = new Map<string, ClinicPlace & { count: number }>()
  for (const place of places) {
    const entry = counted.get(place[key])
    if (entry) entry.count += 1
    else counted.set(place[key], { ...place, count: 1 })
  }
  return [...counted.values()]
}

/** The places a selection lists (in the locales each is shown in), or undefined when it is no directory page. */
function placesListed(places: ClinicPlace[], { country, city }: DirectorySelection): ClinicPlace[] | undefined {
  if (country === ALL && city !== ALL) return undefined
  return places.filter(
    (place) => (country === ALL || place.country === country) && (city === ALL || place.city === city),
  )
}

/** Whether a selection's page exists when it lists `count` clinics: the whole directory always has a first page. */
const pageExists = ({ country, city, page }: DirectorySelection, count: number) =>
  (count > 0 || (country === ALL && city === ALL)) && page <= Math.max(1, Math.ceil(count / CLINICS_PER_PAGE))

/** A directory page in the locales it lists at least one clinic in, among `places` (every clinic's place). */
function directoryPageAmong(places: ClinicPlace[], selection: DirectorySelection): LocalizedPage {
  const listed = placesListed(places, selection) ?? []
  const page = sitePages.directory(selection.country, selection.city, selection.page)
  return (locale) =>
    pageExists(selection, listed.filter((place) => place.shownIn.includes(locale)).length) ? page : undefined
}

/**
 * A directory page in the locales it exists in: those where it lists at least one clinic shown there, so hreflang
 * never names a language whose page answers 404. Read in the page's own locale, it shares that render's query.
 */
export const directoryPageIn = async (locale: Locale, selection: DirectorySelection): Promise<LocalizedPage> =>
  directoryPageAmong(await everyClinicPlace(locale), selection)

/** The first page of the whole directory, of each country and of each city that has a slug (for the sitemap). */
export async function directoryFirstPages(): Promise<LocalizedPage[]> {
  const places = await everyClinicPlace(defaultLocale)
  const selections: DirectorySelection[] = [
    { country: ALL, city: ALL, page: 1 },
    ...countBy(places, 'country').flatMap(({ country }) => [
      { country, city: ALL, page: 1 },
      ...countBy(
        places.filter((place) => place.country === country),
        'city',
      )
        .filter(({ city }) => city !== '')
        .map(({ city }) => ({ country, city, page: 1 })),
    ]),
  ]
  // One read of every clinic for all of them: the sitemap renders outside React's per-render cache.
  return selections.map((selection) => directoryPageAmong(places, selection))
}

// Cached per render by its plain arguments: the page's metadata and its body read the same selection.
const directoryPage = cache(async (locale: Locale, country: string, city: string, page: number) => {
  const places = await clinicPlaces(locale)
  const selection = { country, city, page }
  const matching = placesListed(places, selection)
  if (!matching || !pageExists(selection, matching.length)) return undefined
  const inCountry = places.filter((place) => country === ALL || place.country === country)
  const totalPages = Math.max(1, Math.ceil(matching.length / CLINICS_PER_PAGE))
  const ids = matching.slice((page - 1) * CLINICS_PER_PAGE, page * CLINICS_PER_PAGE).map((place) => place.id)
  const cards = ids.length > 0 ? await listClinics(locale, { id: { in: ids } }) : []
  const byId = new Map(cards.map((clinic) => [clinic.id, clinic]))
  return {
    clinics: ids.flatMap((id) => byId.get(id) ?? []),
    total: matching.length,
    totalPages,
    countries: countBy(places, 'country'),
    // A city whose name gives no slug (written in a script slugs drop) has no page of its own.
    cities: country === ALL ? [] : countBy(inCountry, 'city').filter((place) => place.city !== ''),
  }
})

/**
 * One page of the clinic directory: the clinics of the selection, how many there are, and the countries (and, once
 * a country is chosen, its cities) to filter by. Undefined when the selection names no clinic or a page past the
 * last.
 */
export const clinicDirectory = (locale: Locale, { country, city, page }: DirectorySelection) =>
  directoryPage(locale, country, city, page)

/**
 * The locales one clinic's pages are shown in, read for that clinic alone: `/` on its domain asks on every visit
 * (the redirect depends on the visitor's language, so no cache keeps it).
 */
export async function clinicShownIn(id: number): Promise<Locale[]> {
  return shownInOf(await inEveryLocale('clinics', id, shownInSelect))
}

export type ClinicPageData = Clinic & {
  heroImage?: Media | null
  logo?: Media | null
  /** The clinic's pages in every locale they are shown in, for the language switcher and hreflang. */
  pageIn: (page: (slug: string) => SitePage) => LocalizedPage
}

/** One published clinic with its images, or undefined (also when it holds back the locale). */
export const findClinic = cache(async (locale: Locale, slug: string): Promise<ClinicPageData | undefined> => {
  // Its offerings come with their treatments from clinicOfferings; the admin's join list is not needed here.
  const clinic = await findBySlug('clinics', locale, slug, { depth: 1, joins: false })
  if (!clinic) return undefined
  const shownIn = await clinicShownIn(clinic.id)
  if (!shownIn.includes(locale)) return undefined
  return {
    ...clinic,
    heroImage: populated(clinic.heroImage),
    logo: populated(clinic.logo),
    pageIn: (page) => (other) => (shownIn.includes(other) ? page(slug) : undefined),
  }
})

/**
 * The published clinic on a domain now, else the one that had it before (formerDomains), with its domain now: the
 * pages of a domain that moved redirect. Undefined for a domain no clinic has had.
 */
export const clinicOfDomain = cache(async (domain: string) => {
  const payload = await payloadClient()
  const reader = await currentReader()
  const current: Where = { customDomain: { equals: domain } }
  const former: Where = { 'formerDomains.domain': { equals: domain } }
  for (const where of [current, former]) {
    const { docs } = await payload.find({
      collection: 'clinics',
      ...reader,
      depth: 0,
      limit: 1,
      where,
      select: { slug: true, customDomain: true },
    })
    if (docs[0]) return docs[0]
  }
  return undefined
})

/** The domains of the published clinics that have one, for static generation. */
export async function clinicDomains(): Promise<string[]> {
  const docs = await findAll(
    'clinics',
    { depth: 0, where: { customDomain: { exists: true } }, select: { customDomain: true } },
    asVisitor,
  )
  return docs.flatMap((clinic) => (clinic.customDomain ? [clinic.customDomain] : []))
}
