import type { Payload } from 'payload'

import { articles } from './content/articles'
import { clinics } from './content/clinics'
import { leads } from './content/leads'
import { portraitAlt, practitioners } from './content/practitioners'
import { treatments } from './content/treatments'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail, demoStaffRoles } from './content/users'
import { heroImage, logoImage, portraitImage } from './images'
import { seedScaleClinics } from './scale'
import { idFrom, seedContext, upsert, upsertImage } from './upsert'

const DAY = 24 * 60 * 60 * 1000
const DEMO_CONSENT_VERSION = 'consultation-consent-2026-11'

export type SeedOptions = {
  log?: (line: string) => void
  /** Fake clinics to add beside the demo content (`npm run seed -- --clinics N`; see seed/scale.ts). */
  clinics?: number
}

/**
 * Writes the demo content: treatments, three clinics with their offerings, practitioners, articles,
 * staff accounts and a few leads. Every document is matched on a natural key, so running it again
 * updates the same documents instead of adding copies, and it never touches anything else. With `clinics`,
 * that many generated clinics follow (seed/scale.ts).
 */
export async function seed(
  payload: Payload,
  { log = () => {}, clinics: generated = 0 }: SeedOptions = {},
): Promise<void> {
  const started = Date.now()

  const treatmentIds = new Map<string, number>()
  for (const treatment of treatments) {
    treatmentIds.set(
      treatment.slug,
      await upsert(payload, 'treatments', { slug: { equals: treatment.slug } }, treatment),
    )
  }
  log(`treatments: ${treatmentIds.size}`)

  const clinicIds = new Map<string, number>()
  for (const clinic of clinics) {
    const { heroAlt, logoAlt, palette, prices, ...fields } = clinic
    const heroId = await upsertImage(payload, `seed-${clinic.slug}-hero`, { alt: heroAlt }, () =>
      heroImage(`seed-${clinic.slug}-hero`, palette.hero),
    )
    const logoId = await upsertImage(payload, `seed-${clinic.slug}-logo`, { alt: logoAlt }, () =>
      logoImage(`seed-${clinic.slug}-logo`, palette.logo),
    )
    const clinicId = await upsert(
      payload,
      'clinics',
      { slug: { equals: clinic.slug } },
      {
        ...fields,
        heroImage: heroId,
        logo: logoId,
        _status: 'published',
      },
    )
    clinicIds.set(clinic.slug, clinicId)
    // The images exist before their clinic does; hand them to it now so its staff can manage them.
    for (const id of [heroId, logoId]) {
      await payload.update({ collection: 'media', id, data: { clinic: clinicId }, depth: 0, context: seedContext })
    }
  }
  log(`clinics: ${clinicIds.size}`)

  const practitionerIds = new Map<string, number>()
  for (const practitioner of practitioners) {
    const { palette, ...fields } = practitioner
    const clinicsOfPractitioner = practitioner.clinics.map((slug) => idFrom(clinicIds, slug))
    const photoId = await upsertImage(
      payload,
      `seed-${practitioner.slug}`,
      { alt: portraitAlt(practitioner.name), clinic: clinicsOfPractitioner[0] },
      () => portraitImage(`seed-${practitioner.slug}`, palette),
    )
    practitionerIds.set(
      practitioner.slug,
      await upsert(
        payload,
        'practitioners',
        { slug: { equals: practitioner.slug } },
        {
          ...fields,
          photo: photoId,
          clinics: clinicsOfPractitioner,
          treatments: practitioner.treatments.map((slug) => idFrom(treatmentIds, slug)),
          _status: 'published',
        },
      ),
    )
  }
  log(`practitioners: ${practitionerIds.size}`)

  let offerings = 0
  for (const clinic of clinics) {
    const clinicId = idFrom(clinicIds, clinic.slug)
    for (const [treatmentSlug, priceFrom] of Object.entries(clinic.prices)) {
      const treatmentId = idFrom(treatmentIds, treatmentSlug)
      const performers = practitioners
        .filter(
          (practitioner) =>
            practitioner.clinics.includes(clinic.slug) && practitioner.treatments.includes(treatmentSlug),
        )
        .map((practitioner) => idFrom(practitionerIds, practitioner.slug))
      await upsert(
        payload,
        'offerings',
        { and: [{ clinic: { equals: clinicId } }, { treatment: { equals: treatmentId } }] },
        {
          clinic: clinicId,
          treatment: treatmentId,
          priceFrom,
          currency: clinic.currency,
          practitioners: performers,
          bookable: true,
        },
        { localized: false },
      )
      offerings += 1
    }
  }
  log(`offerings: ${offerings}`)

  for (const article of articles) {
    await upsert(
      payload,
      'articles',
      { slug: { equals: article.slug.en } },
      {
        ...article,
        author: idFrom(practitionerIds, article.author),
        medicalReview: { reviewer: idFrom(practitionerIds, article.reviewer), lastReviewed: article.lastReviewed },
        clinic: article.clinic ? idFrom(clinicIds, article.clinic) : null,
        _status: 'published',
      },
    )
  }
  log(`articles: ${articles.length}`)

  await upsert(
    payload,
    'users',
    { email: { equals: DEMO_ADMIN_EMAIL } },
    {
      email: DEMO_ADMIN_EMAIL,
      password: DEMO_PASSWORD,
      name: 'Platform admin',
      role: 'admin',
      memberships: [],
    },
    { localized: false },
  )
  for (const clinic of clinics) {
    for (const role of demoStaffRoles) {
      const email = demoStaffEmail(role, clinic.slug)
      await upsert(
        payload,
        'users',
        { email: { equals: email } },
        {
          email,
          password: DEMO_PASSWORD,
          name: `${role.charAt(0).toUpperCase()}${role.slice(1)}, ${clinic.name.en}`,
          role: 'staff',
          memberships: [{ clinic: idFrom(clinicIds, clinic.slug), role }],
        },
        { localized: false },
      )
    }
  }
  log(`users: ${1 + clinics.length * demoStaffRoles.length} (password ${DEMO_PASSWORD})`)

  // Leads are records: an existing demo lead (perhaps already moved through the pipeline) is left as it is.
  for (const lead of leads) {
    const { key, clinic, treatment, daysAgo, source, note, ...fields } = lead
    const at = new Date(Date.now() - daysAgo * DAY - 3 * 60 * 60 * 1000).toISOString()
    const touch = { ...source, at }
    await upsert(
      payload,
      'leads',
      { idempotencyKey: { equals: key } },
      {
        ...fields,
        idempotencyKey: key,
        clinic: idFrom(clinicIds, clinic),
        treatment: idFrom(treatmentIds, treatment),
        consent: { version: DEMO_CONSENT_VERSION, givenAt: at },
        attribution: { firstTouch: touch, lastTouch: touch },
        notes: note ? [{ text: note, at }] : [],
        createdAt: at,
      },
      { localized: false, keepExisting: true },
    )
  }
  log(`leads: ${leads.length}`)
  if (generated > 0) await seedScaleClinics(payload, generated, log)
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
