import { getLocale, getTranslations } from 'next-intl/server'

import { PageFrame } from '../PageFrame'
import { pagePath, sitePages } from '../../site/pages'

type NotFoundNoticeProps = { title: string; text: string; link: { href: string; label: string } }

/** What a 404 says: its title (also the document's), why, and where to go instead; kept out of search engines. */
export function NotFoundNotice({ title, text, link }: NotFoundNoticeProps) {
  return (
    <>
      <title>{title}</title>
      <meta name="robots" content="noindex" />
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={link.href}>{link.label}</a>
      </p>
    </>
  )
}

/** The localized 404 for unknown addresses and unpublished or unknown slugs. */
export async function NotFoundPage() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageFrame locale={locale} page={sitePages.home} breadcrumbs={[]}>
      <NotFoundNotice
        title={t('title')}
        text={t('text')}
        link={{ href: pagePath(locale, sitePages.home), label: t('home') }}
      />
    </PageFrame>
  )
}
