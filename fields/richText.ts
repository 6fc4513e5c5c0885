import { createServerFeature, lexicalEditor, LinkFeature } from '@payloadcms/richtext-lexical'
import { type RichTextHooks, type TextFieldSingleValidation, ValidationError } from 'payload'

import { isAllowedLinkUrl } from '../domain/links'
import { adminError } from '../i18n/adminTexts'

type LinkNode = { type?: unknown; fields?: { linkType?: unknown; url?: unknown } }

/** The addresses of every link and auto link in an editor state (or in a map of them per locale). */
function disallowedLinkUrls(value: unknown): string[] {
  const found: string[] = []
  // A loop rather than recursion: a deeply nested body must not overflow the stack.
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const item = pending.pop()
    if (!item || typeof item !== 'object') continue
    for (const child of Object.values(item)) pending.push(child)
    const { type, fields } = item as LinkNode
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal') {
      const url = typeof fields?.url === 'string' ? fields.url : ''
      if (!isAllowedLinkUrl(url)) found.push(url)
    }
  }
  return found
}

// A field hook, not validation: Payload skips validation for drafts, and a draft is seen in live preview.
const refuseDisallowedLinks: NonNullable<RichTextHooks['beforeChange']>[number] = ({ value, path, req }) => {
  const urls = disallowedLinkUrls(value)
  if (urls.length > 0) {
    throw new ValidationError({
      errors: [{ path: path.join('.'), message: adminError(req, 'disallowedLinks', { urls: urls.join(', ') }) }],
      req,
    })
  }
  return value
}

const AllowedLinksFeature = createServerFeature({
  key: 'allowedLinks',
  feature: { hooks: { beforeChange: [refuseDisallowedLinks] } },
})

/** The same rule in the link drawer, so editors see it while they type the address. */
const validateLinkUrl: TextFieldSingleValidation = (value, { req, siblingData }) =>
  (siblingData as LinkNode['fields'])?.linkType === 'internal' ||
  (typeof value === 'string' && isAllowedLinkUrl(value)) ||
  adminError(req, 'allowedLinks')

/** Every rich-text field's editor: Payload's defaults, with links only to allowed addresses. */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.map((feature) =>
      feature.key === 'link'
        ? LinkFeature({
            fields: ({ defaultFields }) =>
              defaultFields.map((field) =>
                field.type === 'text' && !field.hasMany && field.name === 'url'
                  ? { ...field, validate: validateLinkUrl }
                  : field,
              ),
          })
        : feature,
    ),
    AllowedLinksFeature(),
  ],
})
