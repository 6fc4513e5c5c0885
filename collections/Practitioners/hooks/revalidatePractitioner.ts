import type { Practitioner } from '../../../payload-types'
import { idsOf, idsReferencing, pagesOf } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A practitioner shows on their page, their clinics' pages (before and after a move), and their articles.
export const revalidatePractitioner = revalidateOnChange<Practitioner>(async ({ doc, previousDoc, req }) => {
  const [authored, reviewed] = await Promise.all([
    idsReferencing(req, 'articles', 'author', [doc.id]),
    idsReferencing(req, 'articles', 'medicalReview.reviewer', [doc.id]),
  ])
  return [
    ...(await pagesOf(req, 'practitioners', [doc.id], [previousDoc?.slug])),
    ...(await pagesOf(req, 'clinics', idsOf(doc.clinics ?? [], previousDoc?.clinics ?? []))),
    ...(await pagesOf(req, 'treatments', idsOf(doc.treatments ?? [], previousDoc?.treatments ?? []))),
    ...(await pagesOf(req, 'articles', idsOf(authored, reviewed))),
  ]
})
