/**
 * The production build (`npm run build && npm start`) as visitors, search engines and the demo staff meet it: every
 * page type in every locale, the language switcher, SEO metadata, freshness after edits, the 404, accessibility, and
 * the admin. One build and one server serve every area (a build takes minutes); each area is a file in ./site/, run
 * in the order below. Run one area alone with `-t`, e.g. `npx vitest run tests/e2e/site.test.ts -t 'consent'`.
 */
import { afterAll, beforeAll } from 'vitest'

import { adminForStaff } from './site/admin'
import { consentChoices } from './site/consent'
import { consultationForm } from './site/consultation-form'
import { contentEdits } from './site/content-edits'
import { startSite, stopSite } from './site/context'
import { deletionsAndUnpublishing } from './site/deletions'
import { directoryOfManyClinics } from './site/directory'
import { pathsWithADot } from './site/dotted-paths'
import { servedOverHttp } from './site/http'
import { pagesInChromium } from './site/pages'
import { securityHeaders } from './site/security-headers'

beforeAll(startSite)
afterAll(stopSite)

servedOverHttp()
pagesInChromium()
consultationForm()
adminForStaff()
contentEdits()
securityHeaders()
consentChoices()
deletionsAndUnpublishing()
pathsWithADot()
directoryOfManyClinics()
