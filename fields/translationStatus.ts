import type { FieldAccess, FieldHook, JSONField } from 'payload'

import { selectOf, type TranslatedCollection, translationStatusOf, visitorTexts } from '../domain/translations'

/** Set on the read the status makes itself, so that read does not work out a status of its own. */
const STATUS_READ = 'translationStatusRead'

const signedIn: FieldAccess = ({ req: { user } }) => Boolean(user)
const nobody: FieldAccess = () => false

/**
 * Staff see, for each locale, which visitor texts a document lacks (domain/translations.ts): a column in the list
 * and a panel beside the edit form (fields/TranslationStatus.tsx). Worked out on reading, from the latest version
 * in every locale; never stored, and never sent to visitors.
 */
export const translationStatusField = (collection: TranslatedCollection): JSONField => {
  const { required, optional } = visitorTexts[collection]
  const statusOf: FieldHook = async ({ data, req, context }) => {
    const id = (data as { id?: unknown } | undefined)?.id
    if (!req.user || context[STATUS_READ] || (typeof id !== 'number' && typeof id !== 'string')) return undefined
    const document = await req.payload.findByID({
      collection,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      disableErrors: true,
      select: selectOf([...required, ...optional]),
      context: { [STATUS_READ]: true },
    })
    return document ? translationStatusOf(collection, document) : undefined
  }
  return {
    name: 'translationStatus',
    type: 'json',
    virtual: true,
    access: { read: signedIn, create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      disableBulkEdit: true,
      disableListFilter: true,
      components: {
        Field: { path: '/fields/TranslationStatus#TranslationStatusPanel', serverProps: { collection } },
        Cell: { path: '/fields/TranslationStatus#TranslationStatusCell' },
      },
    },
    hooks: { afterRead: [statusOf] },
  }
}
