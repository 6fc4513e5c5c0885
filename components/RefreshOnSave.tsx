'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In Payload's live preview, re-renders the page on the server whenever the editor saves, so the draft shows
 * as it will look. Rendered only in draft mode, so public pages never load it.
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && event.data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    // Tells the admin the preview is listening.
    window.parent.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
