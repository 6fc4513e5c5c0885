import { defineConfig } from 'vitest/config'

import { nodeConditions } from './bootstrap/node'

/** `npm run test:unit`: the pure functions alone, in seconds, with no database (tests/unit also run in `npm test`). */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    pool: 'forks',
    // See bootstrap/node.ts and vitest.config.mts.
    execArgv: nodeConditions,
  },
})
