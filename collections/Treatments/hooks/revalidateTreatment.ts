import type { Treatment } from '../../../payload-types'
import { directoryPages, idsReferencing, pagesOf } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A catalogue treatment shows on its page, the directory, every offering clinic's pages and its practitioners'.
export const revalidateTreatment = revalidateOnChange<Treatment>(async ({ doc, previousDoc, req }) => {
  const [clinics, practitioners] = await Promise.all([
    idsReferencing(req, 'offerings', 'treatment', [doc.id], (offering) => offering.clinic as number),
    idsReferencing(req, 'practitioners', 'treatments', [doc.id]),
  ])
  return [
    ...directoryPages,
    ...(await pagesOf(req, 'treatments', [doc.id], [previousDoc?.slug])),
    ...(await pagesOf(req, 'clinics', clinics)),
    ...(await pagesOf(req, 'practitioners', practitioners)),
  ]
})
