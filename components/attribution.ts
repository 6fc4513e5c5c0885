/** The first-party cookie that carries a visitor's first and last campaign touch to their consultation request. */
export const ATTRIBUTION_COOKIE = 'lumen_attribution'

/**
 * Where the browser keeps the visitor's answer to the consent notice (localStorage, never sent to the server).
 * Keeping the answer itself needs no consent: it is how a refusal is respected.
 */
const CONSENT_KEY = 'lumen_attribution_consent'

export type Consent = 'granted' | 'refused'

type Touch = Record<string, string>

const CAMPAIGN_PARAMETERS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid']
const NINETY_DAYS = 90 * 24 * 60 * 60

/** This page view as a touch: its campaign parameters, the referring site (never this one) and its path. */
export function pageTouch(): { touch: Touch; hasCampaign: boolean } {
  const url = new URL(window.location.href)
  const touch: Touch = Object.fromEntries(
    CAMPAIGN_PARAMETERS.flatMap((name) => {
      const value = url.searchParams.get(name)
      return value ? [[name, value.slice(0, 500)]] : []
    }),
  )
  const hasCampaign = Object.keys(touch).length > 0
  if (document.referrer && new URL(document.referrer).origin !== url.origin)
    touch.referrer = document.referrer.slice(0, 500)
  touch.landingPage = url.pathname
  return { touch, hasCampaign }
}

/**
 * Records this page view in the cookie: the first touch once, the last touch on every visit with campaign
 * parameters. Called only once the visitor has allowed it.
 */
export function recordTouch() {
  const { touch, hasCampaign } = pageTouch()
  const saved = document.cookie.split('; ').find((entry) => entry.startsWith(`${ATTRIBUTION_COOKIE}=`))
  let attribution: { firstTouch?: Touch; lastTouch?: Touch } = {}
  try {
    attribution = saved ? JSON.parse(decodeURIComponent(saved.split('=').slice(1).join('='))) : {}
  } catch {}
  if (attribution.firstTouch && !hasCampaign) return
  attribution = { firstTouch: attribution.firstTouch ?? touch, lastTouch: touch }
  document.cookie = `${ATTRIBUTION_COOKIE}=${encodeURIComponent(JSON.stringify(attribution))}; Max-Age=${NINETY_DAYS}; Path=/; SameSite=Lax`
}

/** The visitor's answer, or null before they gave one (or where the browser keeps no storage). */
export function consentChoice(): Consent | null {
  try {
    const saved = window.localStorage.getItem(CONSENT_KEY)
    return saved === 'granted' || saved === 'refused' ? saved : null
  } catch {
    return null
  }
}

const listeners = new Set<() => void>()

/** Notifies `listener` of every answer, in this tab or another one. */
export function subscribeToConsent(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

/** Keeps the visitor's answer: allowing records this page view at once, refusing deletes what was recorded. */
export function chooseConsent(choice: Consent) {
  try {
    window.localStorage.setItem(CONSENT_KEY, choice)
  } catch {}
  if (choice === 'granted') recordTouch()
  else document.cookie = `${ATTRIBUTION_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`
  for (const listener of listeners) listener()
}
