import { getLocale, getTranslations } from 'next-intl/server'

import { PageFrame } from '../PageFrame'
import { pagePath, sitePages } from '../../site/pages'

/** The localized 404 for unknown addresses and unpublished or unknown slugs. */
export async function NotFoundPage() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageFrame locale={locale} page={sitePages.home} breadcrumbs={[]}>
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a href={pagePath(locale, sitePages.home)}>{t('home')}</a>
      </p>
    </PageFrame>
  )
}
