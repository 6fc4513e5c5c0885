import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/**
 * The layers, top to bottom: each imports only from layers below it (README, "Import directions"). The composition
 * roots (payload.config.ts, next.config.mjs, proxy.ts) and the processes around the app (bootstrap, seed, deploy,
 * bench, tests, migrations, jobs/worker.ts) may import any layer; no layer imports them.
 */
export const layers = [
  ['app'],
  ['components'],
  ['queries'],
  ['collections'],
  ['leads'],
  ['access', 'fields', 'site', 'http', 'database', 'jobs', 'mail', 'log'],
  ['domain', 'i18n'],
]
export const outsideTheLayers = ['bootstrap', 'seed', 'deploy', 'bench', 'tests', 'migrations', 'jobs/worker.ts']
/** What puts the layers together; no layer imports it. */
const compositionRoots = ['next.config.mjs', 'proxy.ts']
/** Folders of data and files, not code: any layer may read them. */
export const dataFolders = ['messages', 'public']
/** The pages and their queries reach Payload through its config (getPayload); nothing the config is built from does. */
const configLayer = layers.findIndex((folders) => folders.includes('collections'))

const importDirections = {
  files: layers.flat().map((folder) => `${folder}/**`),
  ignores: ['jobs/worker.ts'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        zones: layers.flatMap((layer, index) =>
          layer.map((folder) => ({
            target: `./${folder}`,
            from: [
              ...layers.slice(0, index).flat(),
              ...outsideTheLayers,
              ...compositionRoots,
              ...(index < configLayer ? [] : ['payload.config.ts']),
            ].map((path) => `./${path}`),
            message: `${folder}/ imports only from the layers below it (README, "Import directions"): move what both need down a layer.`,
          })),
        ),
      },
    ],
  },
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  importDirections,
  {
    ignores: [
      '.next/**',
      '.next-cluster/**',
      '.next-scale/**',
      '.next-domains/**',
      '.next-hosts/**',
      '.data/**',
      'node_modules/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'migrations/*.ts',
      'next-env.d.ts',
    ],
  },
]

export default config
