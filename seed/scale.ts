import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type RequiredDataFromCollectionSlug,
} from 'payload'

import { defaultLocale, locales } from '../i18n/locales'
import { heroImage, logoImage } from './images'
import { inLocale } from './localized'
import {
  type ScaleClinic,
  scaleClinics,
  scaleHeroAlt,
  scaleHeroName,
  scaleHeroPalettes,
  scaleLogos,
} from './content/scaleClinics'
import { idFrom, seedContext, upsertImage } from './upsert'

/** Clinics written at once: each holds one pooled connection for its transaction (the pool has 10). */
const CONCURRENCY = 4

type Ids = Map<string, number>

/** The shared images the clinics use, drawn only when missing, by image name. */
async function sharedImages(payload: Payload, clinics: ScaleClinic[]): Promise<Ids> {
  const ids: Ids = new Map()
  for (const [index, palette] of scaleHeroPalettes.entries()) {
    const name = scaleHeroName(index)
    ids.set(name, await upsertImage(payload, name, { alt: scaleHeroAlt }, () => heroImage(name, palette)))
  }
  const used = new Set(clinics.map((clinic) => clinic.logo))
  for (const logo of scaleLogos.filter(({ name }) => used.has(name))) {
    ids.set(
      logo.name,
      await upsertImage(payload, logo.name, { alt: logo.alt }, () => logoImage(logo.name, logo.colour)),
    )
  }
  return ids
}

async function idsBySlug(payload: Payload, collection: 'clinics' | 'treatments', slugs: string[]): Promise<Ids> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { in: slugs } },
    depth: 0,
    pagination: false,
    select: { slug: true },
    context: seedContext,
  })
  return new Map(docs.map((doc) => [doc.slug, doc.id]))
}

/**
 * One clinic with its texts in every locale and its offerings, in one transaction: a run cut short leaves whole
 * clinics only, so the next run can tell done from missing by the slug alone.
 */
async function createClinic(payload: Payload, clinic: ScaleClinic, images: Ids, treatments: Ids) {
  const req = await createLocalReq({ context: seedContext }, payload)
  await initTransaction(req)
  try {
    const { prices, heroImage: hero, logo, ...fields } = clinic
    const content = { ...fields, heroImage: idFrom(images, hero), logo: idFrom(images, logo), _status: 'published' }
    const { id } = await payload.create({
      collection: 'clinics',
      // Lexical's editor state type lacks the index signature of Payload's generated one; the content is typed above.
      data: inLocale(content, defaultLocale) as RequiredDataFromCollectionSlug<'clinics'>,
      locale: defaultLocale,
      req,
      depth: 0,
    })
    // The other locales need only the localized texts; the address group goes whole, as it is required.
    const { name, summary, description, address } = content
    for (const locale of locales.filter((other) => other !== defaultLocale)) {
      await payload.update({
        collection: 'clinics',
        id,
        data: inLocale({ name, summary, description, address, _status: 'published' }, locale) as never,
        locale,
        req,
        depth: 0,
      })
    }
    for (const [treatment, priceFrom] of Object.entries(prices)) {
      await payload.create({
        collection: 'offerings',
        data: { clinic: id, treatment: idFrom(treatments, treatment), priceFrom, currency: clinic.currency },
        locale: defaultLocale,
        req,
        depth: 0,
      })
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Runs `work` over `items`, `concurrency` at a time. */
async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

/**
 * Adds the first `count` generated clinics (seed/content/scaleClinics.ts), published in every locale, with their
 * offerings. Clinics already there (matched on slug) are left as they are, so running it twice adds nothing.
 * Needs the demo treatments. Pages are not revalidated (seedContext): a new clinic renders on its first visit.
 */
export async function seedScaleClinics(payload: Payload, count: number, log: (line: string) => void = () => {}) {
  const started = Date.now()
  const clinics = scaleClinics(count)
  const images = await sharedImages(payload, clinics)
  const treatments = await idsBySlug(payload, 'treatments', [
    ...new Set(clinics.flatMap((clinic) => Object.keys(clinic.prices))),
  ])
  const existing = await idsBySlug(
    payload,
    'clinics',
    clinics.map((clinic) => clinic.slug),
  )
  const missing = clinics.filter((clinic) => !existing.has(clinic.slug))
  let created = 0
  await inParallel(missing, CONCURRENCY, async (clinic) => {
    await createClinic(payload, clinic, images, treatments)
    created += 1
    if (created % 100 === 0) log(`generated clinics: ${created} of ${missing.length}`)
  })
  log(`generated clinics: ${count} (${created} new) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
