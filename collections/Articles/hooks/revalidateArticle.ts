import type { Article } from '../../../payload-types'
import { articleIndexPages, idsOf, pagesOf } from '../../../site/documentPages'
import { revalidateOnChange } from '../../../site/revalidate'

// An article shows on its page in every locale, the article index, its clinic's page and its people's pages.
export const revalidateArticle = revalidateOnChange<Article>(async ({ doc, previousDoc, req }) => [
  ...articleIndexPages,
  ...(await pagesOf(req, 'articles', [doc.id], [previousDoc?.slug])),
  ...(await pagesOf(req, 'clinics', idsOf(doc.clinic, previousDoc?.clinic))),
  ...(await pagesOf(
    req,
    'practitioners',
    idsOf(doc.author, previousDoc?.author, doc.medicalReview?.reviewer, previousDoc?.medicalReview?.reviewer),
  )),
])
