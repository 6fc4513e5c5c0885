'use client'

import { useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { chooseConsent, type Consent, consentChoice, recordTouch, subscribeToConsent } from './attribution'

export type ConsentLabels = Record<'title' | 'text' | 'accept' | 'refuse' | 'granted' | 'refused', string>

/** Sent by the footer's settings button to open the notice again. */
const REVIEW_EVENT = 'lumen:review-consent'

/**
 * The visitor's answer: null before they give one, undefined on the server and while hydrating, since a page is
 * the same for everyone and only the browser knows.
 */
export const useConsent = () =>
  useSyncExternalStore<Consent | null | undefined>(subscribeToConsent, consentChoice, () => undefined)

/**
 * Asks before the attribution cookie is written, with refusing as easy as allowing. Rendered only in the
 * browser; with consent, it records each page view (see attribution.ts).
 */
export function ConsentNotice({ labels }: { labels: ConsentLabels }) {
  const consent = useConsent()
  const [reviewing, setReviewing] = useState(false)
  const notice = useRef<HTMLElement>(null)
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    if (consentChoice() === 'granted') recordTouch()
    const review = () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setReviewing(true)
    }
    window.addEventListener(REVIEW_EVENT, review)
    return () => window.removeEventListener(REVIEW_EVENT, review)
  }, [])
  useEffect(() => {
    if (reviewing) notice.current?.focus()
  }, [reviewing])

  if (consent === undefined || (consent !== null && !reviewing)) return null
  const choose = (choice: Consent) => {
    chooseConsent(choice)
    setReviewing(false)
    opener.current?.focus()
  }
  return (
    <section ref={notice} className="consent-notice" aria-labelledby="consent-title" tabIndex={-1}>
      <p id="consent-title" className="consent-title">
        {labels.title}
      </p>
      <p>{labels.text}</p>
      {consent && <p className="muted">{labels[consent]}</p>}
      <div className="consent-actions">
        <button type="button" className="button" onClick={() => choose('granted')}>
          {labels.accept}
        </button>
        <button type="button" className="button" onClick={() => choose('refused')}>
          {labels.refuse}
        </button>
      </div>
    </section>
  )
}

/** The footer's way back to the notice, shown once the browser can run it. */
export function ConsentSettingsButton({ label }: { label: string }) {
  if (useConsent() === undefined) return null
  return (
    <button type="button" className="link-button" onClick={() => window.dispatchEvent(new Event(REVIEW_EVENT))}>
      {label}
    </button>
  )
}
