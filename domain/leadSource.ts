import type { Lead } from '../payload-types'

type Touch = NonNullable<NonNullable<Lead['attribution']>['firstTouch']>

const hostOf = (url: string | null | undefined): string | undefined => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined
  } catch {
    return undefined
  }
}

/**
 * Where a lead came from, as one filterable word: the campaign source of the touch that brought the visitor
 * (last, else first), else a paid-click id, else the referring site, else "direct".
 */
export function leadSource(attribution: Lead['attribution']): string {
  const touches = [attribution?.lastTouch, attribution?.firstTouch].filter((touch): touch is Touch => Boolean(touch))
  for (const touch of touches) {
    if (touch.utm_source) return touch.utm_source.trim().toLowerCase().slice(0, 100)
    if (touch.gclid) return 'google-ads'
    if (touch.fbclid) return 'meta-ads'
  }
  for (const touch of touches) {
    const host = hostOf(touch.referrer)
    if (host) return host
  }
  return 'direct'
}

/**
 * The site recorded with a lead sent on a Host that is neither the platform's nor its clinic's domain (now or
 * before): a name the client made up, or another clinic's domain. Shown to staff in their language.
 */
export const OTHER_SITE = 'other'
