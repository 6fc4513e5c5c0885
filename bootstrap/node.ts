/**
 * Node 20 can deadlock, at random, while loading the top-level awaits in @lexical/*'s "node" entry points
 * (pulled in by Payload's rich-text editor): about two imports in three hung on these machines. The "production"
 * export condition selects lexical's plain builds instead. Every Node process that loads the Payload config
 * outside Next.js starts with it.
 */
export const nodeConditions = ['--conditions=production']

/** Arguments for `node` to run one of the project's TypeScript scripts. */
export const typeScriptNodeArgs = [...nodeConditions, '--import', 'tsx']
