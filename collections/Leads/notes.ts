import { type ArrayField, baseIDField, type FieldHook, ValidationError } from 'payload'

import { relationId, type Relation } from '../../access/roles'
import { adminError } from '../../i18n/adminTexts'

type Note = { id?: string | null; text?: string | null; author?: Relation; at?: string | null }

/** The form sends a note's time as it shows it, the database as it stores it: one form to compare. */
const withIsoTime = (note: Note): Note => ({ ...note, at: note.at ? new Date(note.at).toISOString() : note.at })

const sameNote = (kept: Note, before: Note) =>
  kept.id === before.id &&
  kept.text === before.text &&
  relationId(kept.author) === relationId(before.author) &&
  kept.at === before.at

/**
 * Notes are the team's record of what happened with a lead: a person adds one, nobody rewrites or removes one
 * (only the system does, when the lead is anonymized or erased). A new note gets its author and time here, from
 * the request, whatever the form sent.
 */
const appendOnly: FieldHook = ({ value, previousValue, req, operation, path }) => {
  if (!req.user) return value
  const before = (operation === 'create' ? [] : ((previousValue as Note[] | null) ?? [])).map(withIsoTime)
  const after = (value as Note[] | null | undefined) ?? before
  const kept = after.slice(0, before.length).map(withIsoTime)
  if (kept.length < before.length || !kept.every((note, index) => sameNote(note, before[index]))) {
    throw new ValidationError({ errors: [{ message: adminError(req, 'notesAppendOnly'), path: path.join('.') }], req })
  }
  const added = after.slice(before.length).map((note) => ({
    ...note,
    author: req.user!.id,
    at: new Date().toISOString(),
  }))
  return [...after.slice(0, before.length), ...added]
}

/** The lead's notes, newest last: what was said and agreed, by whom and when. */
export const notesField: ArrayField = {
  name: 'notes',
  type: 'array',
  // Bounded, so one save cannot write thousands of rows; a lead's timeline is a few dozen notes.
  maxRows: 500,
  admin: { disableListFilter: true, initCollapsed: false },
  hooks: { beforeChange: [appendOnly] },
  fields: [
    // Payload's own row id, kept out of the list's filters ("Notes > ID" means nothing to a marketer).
    { ...baseIDField, admin: { ...baseIDField.admin, disableListFilter: true } },
    { name: 'text', type: 'textarea', required: true, maxLength: 5000, admin: { disableListFilter: true } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, disableListFilter: true },
    },
    {
      name: 'at',
      type: 'date',
      admin: { readOnly: true, disableListFilter: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
