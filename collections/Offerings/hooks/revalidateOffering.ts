import type { Offering } from '../../../payload-types'
import { clinicPages, directoryPages, idsOf, treatmentPages } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// A price shows on the directory, its clinic's pages and the treatment's page.
export const revalidateOffering = revalidateOnChange<Offering>(async ({ doc, previousDoc, req }) => [
  ...directoryPages,
  ...(await clinicPages(req, idsOf(doc.clinic, previousDoc?.clinic))),
  ...(await treatmentPages(req, idsOf(doc.treatment, previousDoc?.treatment))),
])
