import { createTranslator } from 'next-intl'

import ar from '../messages/ar.json'
import de from '../messages/de.json'
import en from '../messages/en.json'
import es from '../messages/es.json'
import fr from '../messages/fr.json'
import type { Locale } from './locales'

/**
 * Translators over one set of message files, one per locale, kept: a translator caches each message's compiled
 * format, which the job worker would otherwise redo for every mail.
 */
export function keptTranslators<Messages extends Record<string, unknown>>(messages: Record<Locale, Messages>) {
  const translators = new Map<Locale, ReturnType<typeof createTranslator<Messages>>>()
  return (locale: Locale) => {
    let translator = translators.get(locale)
    if (!translator) {
      translator = createTranslator({ locale, messages: messages[locale] })
      translators.set(locale, translator)
    }
    return translator
  }
}

/** A locale's site messages outside pages: API answers, mails, tests and benchmarks. */
export const translatorFor = keptTranslators<typeof en>({ en, de, fr, es, ar })
