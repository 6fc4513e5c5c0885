import type { Clinic } from '../../../payload-types'
import {
  articleIndexPages,
  directoryPages,
  everyDomainPage,
  idsReferencing,
  pagesOf,
} from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A clinic's name and address appear on its own pages, the directory, the article filters, and the pages of
// its practitioners, treatments and articles; a new domain changes what every page of the host before and after is.
export const revalidateClinic = revalidateOnChange<Clinic>(async ({ doc, previousDoc, req }) => {
  const clinic = [doc.id]
  const [treatments, practitioners, articles] = await Promise.all([
    idsReferencing(req, 'offerings', 'clinic', clinic, (offering) => offering.treatment as number),
    idsReferencing(req, 'practitioners', 'clinics', clinic),
    idsReferencing(req, 'articles', 'clinic', clinic),
  ])
  const domainChanged = (doc.customDomain ?? null) !== (previousDoc?.customDomain ?? null)
  return [
    ...directoryPages,
    ...articleIndexPages,
    ...(await pagesOf(req, 'clinics', clinic, [previousDoc?.slug])),
    ...(await pagesOf(req, 'treatments', treatments)),
    ...(await pagesOf(req, 'practitioners', practitioners)),
    ...(await pagesOf(req, 'articles', articles)),
    ...(domainChanged ? everyDomainPage : []),
  ]
})
