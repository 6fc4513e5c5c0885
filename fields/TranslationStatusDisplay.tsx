import type { DefaultServerCellComponentProps, JSONFieldServerProps } from 'payload'

import { type TranslatedCollection, type TranslationStatus, visitorTexts } from '../domain/translations'
import { adminLocaleOf, adminTranslator, fieldLabel } from '../i18n/adminTexts'
import { defaultLocale, localeLabels, locales } from '../i18n/locales'

/** The locales a document is translated into: every one but the default, which it is written in. */
const translatedLocales = locales.filter((locale) => locale !== defaultLocale)

/** Read out by screen readers in place of the short form sighted users scan. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const

const missingCount = (status: TranslationStatus[keyof TranslationStatus]) =>
  status.required.length + status.optional.length

/** The list column: each language's code with a tick, or how many visitor texts it lacks. */
export function TranslationStatusCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const status = cellData as TranslationStatus | undefined
  if (!status) return null
  const t = adminTranslator(adminLocaleOf(i18n))
  return (
    <span style={{ display: 'inline-flex', gap: '0.5rem', whiteSpace: 'nowrap' }}>
      {translatedLocales.map((locale) => {
        const count = missingCount(status[locale])
        const summary = t('translationStatus.summary', { language: localeLabels[locale], count })
        return (
          <span key={locale} title={summary}>
            <span aria-hidden="true">
              {locale.toUpperCase()} {count === 0 ? '✓' : count}
            </span>
            <span style={visuallyHidden}>{summary}</span>
          </span>
        )
      })}
    </span>
  )
}

/** Beside the edit form: per language, the visitor texts it lacks, the ones its page needs first. */
export function TranslationStatusPanel({
  data,
  i18n,
  collection,
}: JSONFieldServerProps & { collection: TranslatedCollection }) {
  const status = (data as { translationStatus?: TranslationStatus } | undefined)?.translationStatus
  if (!status) return null
  const language = adminLocaleOf(i18n)
  const t = adminTranslator(language)
  const names = (paths: string[]) => paths.map((path) => fieldLabel(collection, path)[language]).join(', ')
  const { required } = visitorTexts[collection]
  return (
    <section className="field-type" aria-labelledby="translation-status" data-testid="translation-status">
      <h3 id="translation-status" style={{ fontSize: 'inherit', margin: 0 }}>
        {t('translationStatus.title')}
      </h3>
      <p className="field-description">{t('translationStatus.description')}</p>
      <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
        {translatedLocales.map((locale) => {
          const missing = status[locale]
          return (
            <li key={locale}>
              <strong lang={locale}>{localeLabels[locale]}</strong>
              {': '}
              {missingCount(missing) === 0 ? t('translationStatus.complete') : null}
              {missing.required.length > 0 ? (
                <span>
                  {t('translationStatus.requiredMissing', {
                    fields: names(missing.required),
                    count: missing.required.length,
                    all: required.length,
                  })}{' '}
                </span>
              ) : null}
              {missing.optional.length > 0 ? (
                <span>{t('translationStatus.optionalMissing', { fields: names(missing.optional) })}</span>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
