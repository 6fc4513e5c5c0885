import { getLocale, getTranslations } from 'next-intl/server'

import { pageUrl, sitePages } from '../../site/pages'
import { NotFoundNotice } from './NotFoundPage'

/**
 * The 404 of a host that is no site's: neither the platform's nor a clinic's domain, now or before. It says so in
 * the visitor's language and links to the platform; nothing else, so it names no clinic and loads no script.
 */
export async function NoSitePage() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'NoSite' })
  return (
    <main id="main">
      <NotFoundNotice
        title={t('title')}
        text={t('text')}
        link={{ href: pageUrl(locale, sitePages.home), label: t('platform') }}
      />
    </main>
  )
}
