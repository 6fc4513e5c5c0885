import { defineConfig } from 'vitest/config'

import { nodeConditions } from './bootstrap/node'

// Tests sign tokens with a throwaway secret; set here so the global setup and every test process share it.
process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-for-payload-0123456789'
process.env.NEXT_TELEMETRY_DISABLED = '1'
// Tests run notification jobs themselves (payload.jobs.run), not on the in-app timer.
process.env.JOBS_IN_APP = 'false'
// Mail goes to a throwaway outbox, never into the developer's .data/mail.
process.env.MAIL_OUTBOX_DIR ??= `${process.env.TMPDIR ?? '/tmp'}/clinic-test-mail-${process.pid}`

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/globalSetup.ts'],
    setupFiles: ['tests/setup/environment.ts'],
    pool: 'forks',
    // See bootstrap/node.ts: without it, loading the Payload config can hang on Node 20.
    execArgv: nodeConditions,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
})
