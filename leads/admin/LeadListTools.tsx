import type { I18nClient } from '@payloadcms/translations'

import { adminLocaleOf, adminMessagesIn, adminTranslator } from '../../i18n/adminTexts'
import { EraseLeadsForm } from '../privacy/EraseLeadsForm'
import { ExportLeadsLink } from './ExportLeadsLink'

/**
 * Above the admin's lead list, in the user's admin language: the CSV export and, for platform admins, the
 * erasure form. Only that language's texts go to the browser.
 */
export function LeadListTools({ i18n }: { i18n: I18nClient }) {
  const locale = adminLocaleOf(i18n)
  const t = adminTranslator(locale)
  return (
    <>
      <ExportLeadsLink label={t('leads.export')} />
      <EraseLeadsForm locale={locale} texts={adminMessagesIn(locale).leads.erase} />
    </>
  )
}
