import type { DefaultServerCellComponentProps, TextFieldServerProps } from 'payload'

import { OTHER_SITE } from '../../domain/leadSource'
import { adminLocaleOf, adminText, adminTranslator, fieldLabel } from '../../i18n/adminTexts'
import type { Locale } from '../../i18n/locales'

/**
 * A lead's site as staff read it: the host it was sent on, left to right in any language, or for a host that is
 * neither the platform's nor the clinic's (recorded as OTHER_SITE) "Another address" in their language, with why.
 */
function SiteName({ host, locale }: { host: string; locale: Locale }) {
  if (host !== OTHER_SITE) return <bdi dir="ltr">{host}</bdi>
  const t = adminTranslator(locale)
  return <span title={t('leads.otherSiteHint')}>{t('leads.otherSite')}</span>
}

/** The lead list's Site column. */
export function LeadSiteCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return typeof cellData === 'string' ? <SiteName host={cellData} locale={adminLocaleOf(i18n)} /> : null
}

/** The Site of a lead's sidebar: a record nobody edits, so its value is shown as text. */
export function LeadSiteField({ data, i18n }: TextFieldServerProps) {
  const locale = adminLocaleOf(i18n)
  const host = (data as { host?: string | null } | undefined)?.host
  return (
    <div className="field-type" data-testid="lead-site">
      <span className="field-label">{fieldLabel('leads', 'host')[locale]}</span>
      <p style={{ margin: 0 }}>{host ? <SiteName host={host} locale={locale} /> : null}</p>
      <p className="field-description">{adminText('fields.leads.host._description')[locale]}</p>
    </div>
  )
}
