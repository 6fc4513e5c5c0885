import type { Article } from '../../../payload-types'
import { articleIndexPages, articlePages, clinicPages, idsOf, practitionerPages } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// An article shows on its page in every locale, the article index, its clinic's page and its people's pages.
export const revalidateArticle = revalidateOnChange<Article>(async ({ doc, previousDoc, req }) => [
  ...articleIndexPages,
  ...(await articlePages(req, [doc.id], [previousDoc?.slug])),
  ...(await clinicPages(req, idsOf(doc.clinic, previousDoc?.clinic))),
  ...(await practitionerPages(
    req,
    idsOf(doc.author, previousDoc?.author, doc.medicalReview?.reviewer, previousDoc?.medicalReview?.reviewer),
  )),
])
