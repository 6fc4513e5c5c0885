'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientAddress, requestHost } from '../../http/requestOrigin'
import { acceptLead } from '../../leads/intake/acceptLead'
import { idempotencyKeyProblem } from '../../domain/leadSubmission'
import { attributionFields } from '../../domain/options'
import { isStorableText } from '../../domain/storableText'
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import { payloadIfReady } from '../../queries/payload'
import { hostNameOf, isPlatformHost } from '../../domain/hosts.mjs'
import { clinicOfDomain } from '../../queries/clinics'
import { pageHref, pageUrl, sitePages } from '../../site/pages'
import { ATTRIBUTION_COOKIE } from '../attribution'

export type ConsultationState = {
  /** Field → message in the visitor's language. */
  errors: Record<string, string>
  /** A problem with the whole request (too many requests, the service briefly unavailable). */
  formError?: string
  /** What the visitor typed, so a form without JavaScript comes back filled in. */
  values: Record<string, string>
}

const text = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

const parseJson = (value: string): unknown => {
  for (const candidate of [() => value, () => decodeURIComponent(value)]) {
    try {
      return JSON.parse(candidate())
    } catch {}
  }
}

/**
 * The cookie and the form's attribution field are the visitor's browser's to write: keep only the known fields of
 * each touch, cut to size, so a tampered value can never make the request itself invalid.
 */
function attributionFrom(value: string | undefined) {
  const saved = value ? parseJson(value) : undefined
  if (typeof saved !== 'object' || saved === null) return undefined
  const clean = (touch: unknown) =>
    typeof touch === 'object' && touch !== null
      ? Object.fromEntries(
          attributionFields.flatMap((field) => {
            const value = (touch as Record<string, unknown>)[field]
            const cut = typeof value === 'string' ? value.slice(0, 2000) : undefined
            return cut !== undefined && isStorableText(cut) ? [[field, cut]] : []
          }),
        )
      : undefined
  const { firstTouch, lastTouch } = saved as Record<string, unknown>
  return { firstTouch: clean(firstTouch), lastTouch: clean(lastTouch) }
}

/**
 * Where a sent form leads: the clinic's thank-you page on the host it was sent on, the platform or the clinic's own
 * domain; the platform's for a form sent on any other host (another clinic's domain, where that page does not exist).
 */
async function thankYouHref(locale: Locale, clinic: string) {
  const host = hostNameOf((await headers()).get('host'))
  const page = sitePages.thankYou(clinic)
  if (isPlatformHost(host)) return pageHref(locale, page)
  const owner = await clinicOfDomain(host)
  return owner?.slug === clinic && owner.customDomain === host
    ? pageHref(locale, page, { domain: host, clinic })
    : pageUrl(locale, page)
}

/**
 * The site form's server action (it works without JavaScript too): the same acceptLead as POST /api/leads,
 * with attribution from the form or the visitor's first-party cookie. Success leads to the clinic's thank-you page.
 */
export async function submitConsultation(_: ConsultationState, form: FormData): Promise<ConsultationState> {
  const locale: Locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : defaultLocale
  const clinic = text(form, 'clinic') ?? ''
  const input = {
    clinic,
    treatment: text(form, 'treatment'),
    name: text(form, 'name') ?? '',
    email: text(form, 'email') ?? '',
    phone: text(form, 'phone'),
    preferredContact: text(form, 'preferredContact'),
    message: text(form, 'message'),
    consent: form.get('consent') === 'on',
    marketingOptIn: form.get('marketingOptIn') === 'on',
    locale,
    // The form's field comes from a browser without consent to the cookie (see LeadForm).
    attribution: attributionFrom(text(form, 'attribution') ?? (await cookies()).get(ATTRIBUTION_COOKIE)?.value),
    website: text(form, 'website'),
    startedAt: Number(text(form, 'startedAt')) || undefined,
  }
  // The form's JavaScript sets a random key; any other value is a crafted request, sent on without a key.
  const key = text(form, 'requestId')
  const outcome = await acceptLead(await payloadIfReady(), {
    input,
    key: key && !idempotencyKeyProblem(key) ? key : undefined,
    address: clientAddress(await headers()),
    host: requestHost(await headers()),
  })
  const values = Object.fromEntries(
    ['treatment', 'name', 'email', 'phone', 'preferredContact', 'message', 'consent', 'marketingOptIn'].map((name) => [
      name,
      text(form, name) ?? '',
    ]),
  )
  const t = translatorFor(locale)
  switch (outcome.kind) {
    case 'created':
    case 'bot':
      redirect(await thankYouHref(locale, clinic))
    case 'rate-limited':
      return { errors: {}, formError: t('LeadErrors.rateLimited'), values }
    case 'unavailable':
      return { errors: {}, formError: t('LeadErrors.unavailable'), values }
    case 'invalid':
      return {
        errors: Object.fromEntries(
          Object.entries(outcome.errors).map(([field, code]) => [field.split('.')[0], t(`LeadErrors.${code!}`)]),
        ),
        values,
      }
  }
}
