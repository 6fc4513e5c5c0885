import type { Practitioner } from '../../../payload-types'
import {
  articlePages,
  clinicPages,
  idsOf,
  idsReferencing,
  practitionerPages,
  treatmentPages,
} from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A practitioner shows on their page, their clinics' pages (before and after a move), and their articles.
export const revalidatePractitioner = revalidateOnChange<Practitioner>(async ({ doc, previousDoc, req }) => {
  const [authored, reviewed] = await Promise.all([
    idsReferencing(req, 'articles', 'author', [doc.id]),
    idsReferencing(req, 'articles', 'medicalReview.reviewer', [doc.id]),
  ])
  return [
    ...(await practitionerPages(req, [doc.id], [previousDoc?.slug])),
    ...(await clinicPages(req, idsOf(doc.clinics ?? [], previousDoc?.clinics ?? []))),
    ...(await treatmentPages(req, idsOf(doc.treatments ?? [], previousDoc?.treatments ?? []))),
    ...(await articlePages(req, idsOf(authored, reviewed))),
  ]
})
