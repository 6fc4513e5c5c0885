import type { FieldAccess, FieldHook, JSONField } from 'payload'

import { selectOf, type TranslatedCollection, translationStatusOf, visitorTexts } from '../domain/translations'
import { admissionLine } from '../http/admission'

/** Set on the read the status makes itself, so that read does not work out a status of its own. */
const STATUS_READ = 'translationStatusRead'

/**
 * Each status is one more read: a list of a thousand documents, or a document with many related ones, would
 * otherwise run all its reads at once and take every pooled connection visitors' requests need. A few at a time;
 * one that waits too long is left unknown.
 */
const statusReads = admissionLine(() => ({ limit: 2, maxWaitMs: 10_000, maxWaiting: 500 }))

const signedIn: FieldAccess = ({ req: { user } }) => Boolean(user)
const nobody: FieldAccess = () => false

/**
 * Staff see, for each locale, which visitor texts a document lacks (domain/translations.ts): a column in the list
 * and a panel beside the edit form (fields/TranslationStatusDisplay.tsx). Worked out on reading, from the latest
 * version in every locale; never stored, and never sent to visitors.
 */
export const translationStatusField = (collection: TranslatedCollection): JSONField => {
  const { required, optional } = visitorTexts[collection]
  const statusOf: FieldHook = async ({ data, req, context, currentDepth }) => {
    const id = (data as { id?: unknown } | undefined)?.id
    // Only for the documents read themselves, not the ones related to them.
    const related = (currentDepth ?? 1) > 1
    if (!req.user || related || context[STATUS_READ] || (typeof id !== 'number' && typeof id !== 'string')) {
      return undefined
    }
    const document = await statusReads.run(() =>
      req.payload.findByID({
        collection,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        disableErrors: true,
        // As the reader: what they may not read (a draft, another clinic's document) tells them nothing.
        overrideAccess: false,
        user: req.user,
        select: selectOf([...required, ...optional]),
        context: { [STATUS_READ]: true },
      }),
    )
    return document && document !== 'turned-away' ? translationStatusOf(collection, document) : undefined
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
        Field: { path: '/fields/TranslationStatusDisplay#TranslationStatusPanel', serverProps: { collection } },
        Cell: { path: '/fields/TranslationStatusDisplay#TranslationStatusCell' },
      },
    },
    hooks: { afterRead: [statusOf] },
  }
}
