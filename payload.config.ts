import { postgresAdapter } from '@payloadcms/db-postgres'
import { ar } from '@payloadcms/translations/languages/ar'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { scopePayloadCollections } from './access/payloadCollections'
import { isAdmin } from './access/rules'
import { dataDir } from './bootstrap/paths'
import { payloadSecret } from './bootstrap/secret'
import { Articles } from './collections/Articles'
import { Clinics } from './collections/Clinics'
import { Leads } from './collections/Leads'
import { inviteUser } from './collections/Users/invitation'
import { mediaCollection, mediaStorage } from './collections/Media'
import { Offerings } from './collections/Offerings'
import { Practitioners } from './collections/Practitioners'
import { Treatments } from './collections/Treatments'
import { Users } from './collections/Users'
import { keepPoolErrorsFromCrashing, poolConfig } from './database/pool'
import { richTextEditor } from './fields/richText'
import { databaseErrorAnswers } from './http/databaseErrors'
import { graphQLValidationRules } from './http/graphqlLimits'
import { forgetOldRateLimitCounters } from './http/rateLimits'
import { translatedCollection } from './i18n/adminTexts'
import { defaultLocale, directionOf, localeLabels, locales } from './i18n/locales'
import { leadAdminComponents, leadTasks } from './leads'
import { knowClinicHostsThrough } from './site/clinicHosts'
import { siteUrl } from './site/pages'
import { exitPreviewEndpoint, livePreview, previewEndpoint } from './site/preview'
import { mailAdapter } from './mail/adapter'
import { outboxDir } from './mail/outbox'
import { revalidateEndpoint } from './site/revalidate'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// Uploads without object storage: files on this machine (README, "Several instances").
const media = mediaCollection(process.env.MEDIA_DIR ?? path.join(dataDir, 'media'))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Clinic platform' },
    livePreview,
    components: { beforeDashboard: [leadAdminComponents.dashboard] },
  },
  collections: [Clinics, Treatments, Offerings, Practitioners, Articles, media, Leads, Users].map(translatedCollection),
  // The admin in the site's five languages (each user picks theirs in their account; the browser's is the first
  // guess): Payload's own interface from its language packs, ours from messages/admin (i18n/adminTexts.ts).
  i18n: { supportedLanguages: { en, de, fr, es, ar }, fallbackLanguage: defaultLocale },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code], rtl: directionOf(code) === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  endpoints: [revalidateEndpoint, previewEndpoint, exitPreviewEndpoint],
  // A value PostgreSQL refuses is the client's fault (400); a database that is away is a 503 to retry.
  hooks: { afterError: [databaseErrorAnswers] },
  editor: richTextEditor,
  email: mailAdapter({ outboxDir: outboxDir(dataDir) }),
  jobs: {
    tasks: [...leadTasks, inviteUser, forgetOldRateLimitCounters],
    // Jobs are run by the project's own runner (jobs/runner.ts) in the worker process that `npm run dev` and
    // `npm start` start beside the app, or `npm run jobs` elsewhere. Payload's runner is never started: a second
    // runner beside ours would take the same jobs (its claim is not atomic), so its run endpoint is closed to
    // everyone. Queuing and cancelling over the API is for admins; the worker uses the Local API.
    access: { run: () => false, queue: isAdmin, cancel: isAdmin },
  },
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  // Payload ignores the session cookie of a request whose Origin is not listed, so a foreign page cannot write
  // with a signed-in person's session (CSRF). Set NEXT_PUBLIC_SERVER_URL to the address people use.
  csrf: [siteUrl()],
  db: postgresAdapter({
    // Bounded waits and PostgreSQL-side timeouts: see database/pool.ts.
    pool: poolConfig(),
    // The schema changes only through committed migrations (npm run migrate:create), never a dev push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  plugins: [mediaStorage()],
  graphQL: {
    disablePlaygroundInProduction: true,
    // Bounds one request's cost (http/graphqlLimits.ts); fields count 1, relationships 10 (Payload's estimate).
    maxComplexity: 250,
    validationRules: graphQLValidationRules,
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Payload otherwise starts `payload generate:types` from every Payload it starts outside production: the
    // launcher's migration step, the job worker, each test file. That process takes a whole core for seconds,
    // just as a (re)started app meets its first visitors, and rewrites a file of the source tree. `next dev`
    // keeps it for editing collections; elsewhere `npm run generate` does it.
    autoGenerate: process.env.NODE_ENV === 'development',
  },
  telemetry: false,
  // In production, one JSON line per entry for log collectors (and a fraction of the CPU of the readable
  // default, which Payload writes synchronously); LOG_LEVEL (info) sets how much.
  logger: process.env.NODE_ENV === 'production' ? { options: { level: process.env.LOG_LEVEL ?? 'info' } } : undefined,
  onInit: (payload) => {
    keepPoolErrorsFromCrashing(payload)
    // The proxy tells clinics' domains from made-up hosts through this Payload (site/clinicHosts.ts).
    knowClinicHostsThrough(payload)
  },
}).then(scopePayloadCollections)
