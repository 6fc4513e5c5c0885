import { getTranslations } from 'next-intl/server'

import type { Locale } from '../i18n/locales'

type Props = {
  locale: Locale
  page: number
  pages: number
  /** The address of another page of the same list. */
  hrefOf: (page: number) => string
}

/** Previous and next links under a paginated list, with "page n of m"; nothing for a single page. */
export async function Pagination({ locale, page, pages, hrefOf }: Props) {
  if (pages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'Pagination' })
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 && (
        <a href={hrefOf(page - 1)} rel="prev">
          {t('previous')}
        </a>
      )}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages && (
        <a href={hrefOf(page + 1)} rel="next">
          {t('next')}
        </a>
      )}
    </nav>
  )
}
