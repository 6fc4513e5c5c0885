import type { Clinic } from '../../../payload-types'
import { articleIndexPages, directoryPages, idsReferencing, pagesOf } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A clinic's name and address appear on its own pages, the directory, the article filters, and the pages of
// its practitioners, treatments and articles.
export const revalidateClinic = revalidateOnChange<Clinic>(async ({ doc, previousDoc, req }) => {
  const clinic = [doc.id]
  const [treatments, practitioners, articles] = await Promise.all([
    idsReferencing(req, 'offerings', 'clinic', clinic, (offering) => offering.treatment as number),
    idsReferencing(req, 'practitioners', 'clinics', clinic),
    idsReferencing(req, 'articles', 'clinic', clinic),
  ])
  return [
    ...directoryPages,
    ...articleIndexPages,
    ...(await pagesOf(req, 'clinics', clinic, [previousDoc?.slug])),
    ...(await pagesOf(req, 'treatments', treatments)),
    ...(await pagesOf(req, 'practitioners', practitioners)),
    ...(await pagesOf(req, 'articles', articles)),
  ]
})
