/**
 * Which pages a clinic's own domain shows, and under which addresses. Plain JavaScript because next.config.mjs turns
 * them into the rewrites that send a clinic host's requests to app/(clinic-site).
 */

/**
 * The routes a clinic's own domain shows (keys of i18n/pathnames.json), with the clinic taken from the host instead
 * of the address: `/de/kliniken/[clinic]/botox-oder-filler` is `/de/botox-oder-filler` there. The home page is the
 * clinic's page. Other clinics, the directory and the admin are the platform's.
 */
export const CLINIC_DOMAIN_ROUTES = [
  '/',
  '/clinics/[clinic]',
  '/clinics/[clinic]/botox-vs-fillers',
  '/clinics/[clinic]/thank-you',
  '/treatments/[treatment]',
  '/practitioners/[practitioner]',
  '/articles',
  '/articles/[article]',
  '/articles/browse/[clinic]/[tag]/[page]',
]

/** A route's pattern (internal or in a locale's words) as a clinic's domain writes it: without the clinic. */
export const onClinicDomain = (pattern) => pattern.replace(/^\/[^/]+\/\[clinic\]/, '').replace('/[clinic]', '') || '/'

/** The app folder of a clinic's domain's pages: `/site/<domain>/<locale>/…` (app/(clinic-site)). */
export const CLINIC_SITE_FOLDER = '/site'

/**
 * The app folder of the 404 for a host that is no site's, neither the platform's nor a clinic's domain (now or
 * before): `/no-site/<locale>` (app/(clinic-site)/no-site). One page per language, whatever the host.
 */
export const NO_SITE_FOLDER = '/no-site'
