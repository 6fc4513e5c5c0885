import { preferredLocale } from '@/i18n/preferredLocale'
import { defaultLocale, locales } from '@/i18n/locales'
import { clinicOfDomain, clinicShownIn } from '@/queries/clinics'
import { clinicDomainOf, pageUrl, sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string }> }

/**
 * `/` on a clinic's own domain (proxy.ts sends it here): a redirect to the clinic's home in the visitor's language
 * among those the clinic is shown in, with the query (a campaign's parameters, which the page records). A clinic shown
 * in none (or gone since the proxy looked) has the domain's 404 there, in the visitor's language. It depends on the
 * request, so it is never cached.
 */
export async function GET(request: Request, { params }: Props) {
  const { domain } = await params
  const owner = await clinicOfDomain(domain)
  const shownIn = owner ? await clinicShownIn(owner.id) : []
  const offered = shownIn.length > 0 ? shownIn : [...locales]
  const fallback = offered.includes(defaultLocale) ? defaultLocale : offered[0]
  const locale = preferredLocale(request.headers.get('accept-language'), offered, fallback)
  const moved = owner !== undefined && owner.customDomain !== domain
  const home = moved ? pageUrl(locale, sitePages.clinic(owner.slug), clinicDomainOf(owner)) : `/${locale}`
  return new Response(null, {
    status: moved ? 308 : 307,
    headers: {
      Location: `${home}${new URL(request.url).search}`,
      Vary: 'Accept-Language',
      'Cache-Control': 'private, no-store',
    },
  })
}
