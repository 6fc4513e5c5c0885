import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { scopePayloadCollections } from './access/payloadCollections'
import { isAdmin } from './access/rules'
import { payloadSecret } from './bootstrap/secret'
import { Articles } from './collections/Articles'
import { Clinics } from './collections/Clinics'
import { Leads } from './collections/Leads'
import { sendCrmWebhook } from './collections/Leads/jobs/crmWebhook'
import { confirmToVisitor, notifyClinic } from './collections/Leads/jobs/notifyLead'
import { anonymizeExpiredLeadsTask } from './collections/Leads/privacy'
import { forgetOldRateLimitCounters } from './collections/Leads/rateLimits'
import { Media } from './collections/Media'
import { Offerings } from './collections/Offerings'
import { Practitioners } from './collections/Practitioners'
import { Treatments } from './collections/Treatments'
import { Users } from './collections/Users'
import { richTextEditor } from './fields/richText'
import { refusedValueAsBadRequest } from './http/databaseErrors'
import { graphQLValidationRules } from './http/graphqlLimits'
import { defaultLocale, directionOf, localeLabels, locales } from './i18n/locales'
import { siteUrl } from './site/pages'
import { exitPreviewEndpoint, livePreview, previewEndpoint } from './site/preview'
import { mailAdapter } from './mail/adapter'
import { revalidateEndpoint } from './site/revalidate'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Clinic platform' },
    livePreview,
    components: { beforeDashboard: ['/collections/Leads/admin/LeadsDashboard#LeadsDashboard'] },
  },
  collections: [Clinics, Treatments, Offerings, Practitioners, Articles, Media, Leads, Users],
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code], rtl: directionOf(code) === 'rtl' })),
    defaultLocale,
    fallback: true,
  },
  endpoints: [revalidateEndpoint, previewEndpoint, exitPreviewEndpoint],
  // A value PostgreSQL refuses (a malformed id, a negative page) is the client's fault: 400, never 500.
  hooks: { afterError: [refusedValueAsBadRequest] },
  editor: richTextEditor,
  email: mailAdapter,
  jobs: {
    tasks: [notifyClinic, confirmToVisitor, sendCrmWebhook, anonymizeExpiredLeadsTask, forgetOldRateLimitCounters],
    // Jobs run inside the app every few seconds; JOBS_IN_APP=false leaves them to a worker (npm run jobs).
    autoRun: [{ cron: '*/3 * * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => process.env.JOBS_IN_APP !== 'false',
    // Running, queuing and cancelling jobs over the API is for admins; the in-app timer and `npm run jobs` run
    // through the Local API, which overrides access.
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
  },
  secret: payloadSecret(),
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  // Payload ignores the session cookie of a request whose Origin is not listed, so a foreign page cannot write
  // with a signed-in person's session (CSRF). Set NEXT_PUBLIC_SERVER_URL to the address people use.
  csrf: [siteUrl()],
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // The schema changes only through committed migrations (npm run migrate:create), never a dev push.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
    // Bounds one request's cost (http/graphqlLimits.ts); fields count 1, relationships 10 (Payload's estimate).
    maxComplexity: 250,
    validationRules: graphQLValidationRules,
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
}).then(scopePayloadCollections)
