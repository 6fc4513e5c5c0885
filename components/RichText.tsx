import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { ComponentProps } from 'react'

import { isAllowedLinkUrl } from '../domain/links'

/**
 * A link only to an allowed address. Anything else (saved before the rule, or written straight into the
 * database) and links to documents, which the site does not resolve, show as their text.
 */
const allowedLink: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToJSX }) => {
  const text = nodesToJSX({ nodes: node.children })
  const { linkType, url, newTab } = node.fields
  if (linkType === 'internal' || !url || !isAllowedLinkUrl(url)) return <>{text}</>
  return (
    <a href={url} rel={newTab ? 'noopener noreferrer' : undefined} target={newTab ? '_blank' : undefined}>
      {text}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: allowedLink,
  autolink: allowedLink,
})

/** Rich text from the CMS, as the site renders it. */
export function RichText(props: Omit<ComponentProps<typeof LexicalRichText>, 'converters'>) {
  return <LexicalRichText {...props} converters={converters} />
}
