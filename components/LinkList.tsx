import type { Locale } from '../i18n/locales'
import { type ClinicDomain, pageHref, type SitePage } from '../site/pages'

type Linked = {
  slug: string
  name: string
  /** Shown after the link, muted (an article's date). */
  note?: string
}

type Props = {
  locale: Locale
  /** The clinic's own domain the page is shown on; absent on the platform. */
  domain?: ClinicDomain
  /** A document's page, by its slug. */
  pageOf: (slug: string) => SitePage
  documents: Linked[]
  className: string
}

/** Links to documents' pages (a practitioner's clinics and treatments, a clinic's articles), one item a link. */
export function LinkList({ locale, domain, pageOf, documents, className }: Props) {
  return (
    <ul className={className}>
      {documents.map(({ slug, name, note }) => (
        <li key={slug}>
          <a href={pageHref(locale, pageOf(slug), domain)}>{name}</a>
          {note && <span className="muted"> · {note}</span>}
        </li>
      ))}
    </ul>
  )
}
