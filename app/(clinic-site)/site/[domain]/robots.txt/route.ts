import { clinicDomains } from '@/queries/clinics'
import { robotsTxt } from '@/site/sitemap'
import { domainUrl } from '@/site/pages'

export const dynamic = 'force-static'

type Props = { params: Promise<{ domain: string }> }

export const generateStaticParams = () => []

/** A clinic's own domain's robots.txt, naming that domain's sitemap. */
export async function GET(_request: Request, { params }: Props) {
  const { domain } = await params
  if (!(await clinicDomains()).includes(domain)) return new Response('Not Found', { status: 404 })
  return new Response(robotsTxt(domainUrl(domain, '/sitemap.xml')), { headers: { 'Content-Type': 'text/plain' } })
}
