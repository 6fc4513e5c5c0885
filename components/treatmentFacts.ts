import { getTranslations } from 'next-intl/server'

import type { Locale } from '../i18n/locales'
import type { Treatment } from '../payload-types'
import { formatList, sentenceCase } from '../site/format'

export type TreatmentFact = { key: string; label: string; value: string }

/** A treatment's comparison attributes as localized label/value pairs, shared by the table and the treatment page. */
export async function treatmentFacts(locale: Locale, treatment: Treatment): Promise<TreatmentFact[]> {
  const t = await getTranslations({ locale })
  // Vocabulary is written lower-case to read well inside sentences; a list on its own starts with a capital.
  const list = (values: string[]) => sentenceCase(locale, formatList(locale, values))
  return [
    { key: 'howItWorks', label: t('Comparison.howItWorks'), value: treatment.howItWorks },
    {
      key: 'linesTreated',
      label: t('Comparison.linesTreated'),
      value: list(treatment.linesTreated.map((line) => t(`LineType.${line}`))),
    },
    {
      key: 'faceAreas',
      label: t('Comparison.faceAreas'),
      value: list(treatment.faceAreas.map((area) => t(`FaceArea.${area}`))),
    },
    {
      key: 'onset',
      label: t('Comparison.onset'),
      value:
        treatment.onset.fullEffectDays === 0
          ? t('Comparison.immediate')
          : t('Comparison.onsetDays', { first: treatment.onset.firstEffectDays, full: treatment.onset.fullEffectDays }),
    },
    {
      key: 'duration',
      label: t('Comparison.duration'),
      value: t('Comparison.months', treatment.durationMonths),
    },
    {
      key: 'session',
      label: t('Comparison.session'),
      value: t('Comparison.minutes', treatment.sessionMinutes),
    },
    { key: 'downtime', label: t('Comparison.downtime'), value: t(`Downtime.${treatment.downtime}`) },
    {
      key: 'sideEffects',
      label: t('Comparison.sideEffects'),
      value: list((treatment.commonSideEffects ?? []).map((effect) => t(`SideEffect.${effect}`))),
    },
    {
      key: 'rareRisks',
      label: t('Comparison.rareRisks'),
      value: list((treatment.rareRisks ?? []).map((risk) => t(`RareRisk.${risk}`))),
    },
  ]
}

/** Face areas as a localized sentence list ("forehead lines, crow’s feet and …"). */
export async function faceAreaList(locale: Locale, areas: Treatment['faceAreas']): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'FaceArea' })
  return formatList(
    locale,
    [...new Set(areas)].map((area) => t(area)),
  )
}
