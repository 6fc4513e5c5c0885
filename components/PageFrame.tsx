import { draftMode } from 'next/headers'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { type Locale, localeLabels, locales } from '../i18n/locales'
import {
  type LocalizedPage,
  type NamedClinicDomain,
  namedDomainOf,
  pageHref,
  pageIn,
  pageUrl,
  type SitePage,
  sitePages,
} from '../site/pages'
import { breadcrumbList } from '../site/structuredData'
import { ConsentNotice, ConsentSettingsButton } from './ConsentNotice'
import { JsonLd } from './JsonLd'
import { RefreshOnSave } from './RefreshOnSave'

export type Crumb = { name: string; page: SitePage }

/** A page whose trail is itself alone (a treatment, a practitioner): the frame's page and breadcrumbs. */
export const standalone = (page: SitePage, name: string) => ({ page, breadcrumbs: [{ name, page }] })

/**
 * A page under a clinic's own (its comparison, its thank-you page): shown in the locales the clinic is shown in,
 * after the clinic in the trail, with its canonical address on the clinic's domain when it has one.
 */
export const underClinic = (
  clinic: {
    name: string
    slug: string
    customDomain?: string | null
    pageIn: (page: (slug: string) => SitePage) => LocalizedPage
  },
  page: (clinic: string) => SitePage,
  name: string,
) => ({
  page: clinic.pageIn(page),
  breadcrumbs: [
    { name: clinic.name, page: sitePages.clinic(clinic.slug) },
    { name, page: page(clinic.slug) },
  ],
  canonicalOn: namedDomainOf(clinic),
})

/**
 * The trail on a site, from its home page: the platform's, or a clinic's domain, whose home page is the clinic's
 * page, so the trail names it once.
 */
function trailOn(locale: Locale, site: NamedClinicDomain | undefined, homeName: string, breadcrumbs: Crumb[]) {
  const href = (page: SitePage) => pageHref(locale, page, site)
  return [{ name: site?.name ?? homeName, page: sitePages.home }, ...breadcrumbs].filter(
    (crumb, index, crumbs) => index === 0 || href(crumb.page) !== href(crumbs[index - 1].page),
  )
}

type Props = {
  locale: Locale
  /** This page in every locale, for the language switcher. */
  page: LocalizedPage
  /** The trail after Home, ending with this page. */
  breadcrumbs: Crumb[]
  /** The clinic's own domain the page is shown on, named after the clinic; absent on the platform. */
  domain?: NamedClinicDomain
  /**
   * The clinic's own domain where the page has its canonical address, when that is not where it is shown (a clinic's
   * page on the platform): its structured data names the trail there, as its canonical link names the page there.
   */
  canonicalOn?: NamedClinicDomain
  children: ReactNode
}

/** Header, language switcher, breadcrumbs, footer and the consent notice around every public page. */
export async function PageFrame({ locale, page, breadcrumbs, domain, canonicalOn = domain, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const consent = await getTranslations({ locale, namespace: 'Consent' })
  const href = (target: SitePage, inLocale: Locale = locale) => pageHref(inLocale, target, domain)
  const trail = trailOn(locale, domain, t('home'), breadcrumbs)
  const current = trail.length - 1
  const preview = (await draftMode()).isEnabled
  // A document written in some languages only (an article) is offered in those, and the page says so.
  const available = locales.flatMap((other) => {
    const localized = pageIn(page, other)
    return localized ? [{ locale: other, page: localized }] : []
  })
  const languageList = new Intl.ListFormat(locale, { type: 'conjunction' })
  return (
    <>
      {preview && (
        <p className="preview-notice" role="status">
          {t('previewNotice')}{' '}
          <a href={`/api/preview/exit?path=${encodeURIComponent(href(trail[current].page))}`}>{t('exitPreview')}</a>
          <RefreshOnSave />
        </p>
      )}
      {/* Staff previewing drafts see the page without it. */}
      {!preview && (
        <ConsentNotice
          labels={{
            title: consent('title'),
            text: consent('text'),
            accept: consent('accept'),
            refuse: consent('refuse'),
            granted: consent('granted'),
            refused: consent('refused'),
          }}
        />
      )}
      <header className="site-header">
        <a className="site-name" href={href(sitePages.home)}>
          {domain?.name ?? t('name')}
        </a>
        <nav aria-label={t('mainNavigation')}>
          <a href={href(sitePages.articles)}>{t('articles')}</a>
        </nav>
        <nav aria-label={t('language')} className="language-switcher">
          <ul>
            {available.map((other) => (
              <li key={other.locale}>
                <a
                  href={href(other.page, other.locale)}
                  hrefLang={other.locale}
                  lang={other.locale}
                  aria-current={other.locale === locale ? 'true' : undefined}
                >
                  {localeLabels[other.locale]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {available.length < locales.length && (
        <p className="notice">
          {t('availableOnlyIn', {
            languages: languageList.format(available.map((other) => localeLabels[other.locale])),
          })}
        </p>
      )}
      {trail.length > 1 && (
        <nav aria-label={t('breadcrumbs')} className="breadcrumbs">
          <ol>
            {trail.map((crumb, index) => (
              <li key={index}>
                {index === current ? (
                  <span aria-current="page">{crumb.name}</span>
                ) : (
                  <a href={href(crumb.page)}>{crumb.name}</a>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
        <p>
          {t('noTrackers')} {!preview && <ConsentSettingsButton label={consent('settings')} />}
        </p>
      </footer>
      <JsonLd
        data={breadcrumbList(
          trailOn(locale, canonicalOn, t('home'), breadcrumbs).map((crumb) => ({
            name: crumb.name,
            url: pageUrl(locale, crumb.page, canonicalOn),
          })),
        )}
      />
    </>
  )
}
