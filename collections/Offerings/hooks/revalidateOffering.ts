import type { Offering } from '../../../payload-types'
import { directoryPages, idsOf, pagesOf } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A price shows on the directory, its clinic's pages and the treatment's page.
export const revalidateOffering = revalidateOnChange<Offering>(async ({ doc, previousDoc, req }) => [
  ...directoryPages,
  ...(await pagesOf(req, 'clinics', idsOf(doc.clinic, previousDoc?.clinic))),
  ...(await pagesOf(req, 'treatments', idsOf(doc.treatment, previousDoc?.treatment))),
])
