import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Everything the platform keeps on a developer's machine lives here (git-ignored).
export const dataDir = path.join(projectRoot, '.data')
