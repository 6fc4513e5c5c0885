import { notFound, permanentRedirect } from 'next/navigation'

import type { Locale } from '../../i18n/locales'
import { clinicOfDomain, findClinic } from '../../queries/clinics'
import { type ClinicDomain, clinicDomainOf, pageUrl, type SitePage } from '../../site/pages'

/** A clinic's own domain as its pages show it: with the clinic's id and its name in the page's locale. */
export type ClinicSite = ClinicDomain & { id: number; name: string }

/**
 * The clinic whose domain a request came in on. A domain the clinic used before answers with a permanent redirect to
 * the same page at the clinic's address now (its new domain, or the platform); any other is a 404, as is a clinic that
 * holds back this locale.
 */
export async function clinicSiteOf(
  domain: string,
  locale: Locale,
  /** The page of the clinic at an address: on the platform, or on the clinic's domain `on`. */
  page: (clinic: string, on?: ClinicDomain) => SitePage,
): Promise<ClinicSite> {
  const owner = await clinicOfDomain(domain)
  if (owner && owner.customDomain !== domain) {
    const now = clinicDomainOf(owner)
    permanentRedirect(pageUrl(locale, page(owner.slug, now), now))
  }
  const clinic = owner && (await findClinic(locale, owner.slug))
  if (!clinic) notFound()
  return { domain, clinic: clinic.slug, id: clinic.id, name: clinic.name }
}
