'use client'

import { useEffect } from 'react'

import { ATTRIBUTION_COOKIE } from './attribution'

const CAMPAIGN_PARAMETERS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid']
const NINETY_DAYS = 90 * 24 * 60 * 60

type Touch = Record<string, string>

/**
 * Records where a visitor came from in a first-party cookie, in the browser, so cached pages stay the same for
 * everyone: the first touch on the first page view, the last touch on every later visit with campaign parameters.
 * The consultation form sends it with the request. No third party sees it.
 */
export function AttributionRecorder() {
  useEffect(() => {
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
    const saved = document.cookie.split('; ').find((entry) => entry.startsWith(`${ATTRIBUTION_COOKIE}=`))
    let attribution: { firstTouch?: Touch; lastTouch?: Touch } = {}
    try {
      attribution = saved ? JSON.parse(decodeURIComponent(saved.split('=').slice(1).join('='))) : {}
    } catch {}
    if (attribution.firstTouch && !hasCampaign) return
    attribution = { firstTouch: attribution.firstTouch ?? touch, lastTouch: touch }
    document.cookie = `${ATTRIBUTION_COOKIE}=${encodeURIComponent(JSON.stringify(attribution))}; Max-Age=${NINETY_DAYS}; Path=/; SameSite=Lax`
  }, [])
  return null
}
