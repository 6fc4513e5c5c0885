/**
 * Content a visitor's browser runs or follows: rich-text links may lead only to web, mail and phone addresses and
 * to the site's own pages, on every save (drafts too) and when the site renders what is stored.
 */
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { RichText } from '../components/RichText'
import { demoStaffEmail } from '../seed/content/users'
import { CLINIC_A, clinicId, signInAs, userByEmail } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>
let clinic: number

beforeAll(async () => {
  payload = await freshPayload()
  const { default: config } = await import('@payload-config')
  api = apiClient(config)
  clinic = await clinicId(payload, CLINIC_A)
})

type LinkType = 'link' | 'autolink'

/** An article body with one link (or auto link) in a paragraph, as the editor saves it. */
const bodyWithLink = (url: string, type: LinkType = 'link') => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [
          { type: 'text', version: 1, text: 'Before the link. ', format: 0, detail: 0, mode: 'normal', style: '' },
          {
            type,
            version: 3,
            id: '6759f3a1c2b4e5d6f7a8b9c0',
            direction: 'ltr' as const,
            format: '' as const,
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [
              { type: 'text', version: 1, text: 'Read more', format: 0, detail: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    ],
  },
})

const articleWith = (url: string, type: LinkType = 'link') => ({
  title: `Links ${Math.random().toString(36).slice(2, 8)}`,
  excerpt: 'An article with a link.',
  clinic,
  body: bodyWithLink(url, type),
})

const DISALLOWED = [
  'data:text/html,<script>alert(document.cookie)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/en/clinics',
  '/\\evil.example',
]
const ALLOWED = [
  'https://www.example.com/a?b=c#d',
  'http://example.com',
  'mailto:info@example.com',
  'tel:+442079460000',
  '/en/clinics/london-marylebone',
  '#prices',
]

/** The messages of a refused REST write. */
const messagesOf = (json: { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }) =>
  (json.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((entry) => entry.message)])

describe('rich-text links on save', () => {
  it.each(DISALLOWED)(
    'refuses a link to %j over REST, published or as a draft, from an owner and an editor',
    async (url) => {
      for (const [role, query, status] of [
        ['owner', '', 'published'],
        ['owner', '?draft=true', 'draft'],
        ['editor', '?draft=true', 'draft'],
        ['editor', '', 'published'],
      ] as const) {
        const token = await signInAs(api, role)
        const { status: code, json } = await api.request('POST', `/articles${query}`, {
          token,
          body: { ...articleWith(url), _status: status },
        })
        expect(code, `${role} ${status}`).toBe(400)
        expect(messagesOf(json).join(' ')).toContain('Links may lead only to http://, https://, mailto: or tel:')
      }
    },
  )

  it('refuses a javascript: or data: auto link, and the same link added to an existing article as a draft', async () => {
    const token = await signInAs(api, 'owner')
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
      const created = await api.request('POST', '/articles?draft=true', {
        token,
        body: { ...articleWith(url, 'autolink'), _status: 'draft' },
      })
      expect(created.status).toBe(400)
    }
    const existing = await api.request('POST', '/articles', {
      token,
      body: { ...articleWith('https://example.com'), _status: 'published' },
    })
    expect(existing.status).toBe(201)
    const edited = await api.request('PATCH', `/articles/${existing.json.doc.id}?draft=true`, {
      token,
      body: { body: bodyWithLink('javascript:alert(1)'), _status: 'draft' },
    })
    expect(edited.status).toBe(400)
  })

  it('refuses a disallowed link through the Local API as an editor, also as a draft, and as the system', async () => {
    const editor = await userByEmail(payload, demoStaffEmail('editor', CLINIC_A))
    const refusal = (write: Promise<unknown>) => expect(write).rejects.toThrow(/following field is invalid: body/)
    const editorSaves = (url: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'articles',
        overrideAccess: false,
        user: editor,
        draft: status === 'draft',
        data: { ...articleWith(url), slug: '', _status: status },
      })
    await refusal(editorSaves('javascript:alert(1)', 'published'))
    await refusal(editorSaves('data:text/html,<script>alert(1)</script>', 'draft'))
    await refusal(
      payload.create({
        collection: 'treatments',
        draft: true,
        data: { name: 'Linked treatment', body: bodyWithLink('javascript:alert(1)'), _status: 'draft' } as never,
      }),
    )
  })

  it.each(ALLOWED)('accepts a link to %j over REST from an editor', async (url) => {
    const token = await signInAs(api, 'editor')
    const { status, json } = await api.request('POST', '/articles', {
      token,
      body: { ...articleWith(url), _status: 'published' },
    })
    expect(status, JSON.stringify(json)).toBe(201)
    const saved = await payload.findByID({ collection: 'articles', id: json.doc.id, depth: 0 })
    const paragraph = saved.body!.root.children[0] as unknown as { children: { fields?: { url: string } }[] }
    expect(paragraph.children[1].fields?.url).toBe(url)
  })
})

describe('rich-text links on the site', () => {
  const render = (body: unknown) =>
    renderToStaticMarkup(createElement(RichText, { data: body as Parameters<typeof RichText>[0]['data'] }))

  it.each(['link', 'autolink'] as const)(
    'shows a %s stored before the rule (straight into the database) as plain text, without its address',
    async (type) => {
      const article = await payload.create({
        collection: 'articles',
        data: { ...articleWith('https://example.com'), slug: '', _status: 'published' },
      })
      for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
        // Written past every hook, as an older version of the platform or a database import could have stored it.
        await payload.db.updateOne({
          collection: 'articles',
          id: article.id,
          // The adapter writes a localized field as its values per locale.
          data: { body: { en: bodyWithLink(url, type) } },
        })
        const stored = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', depth: 0 })
        const paragraph = stored.body!.root.children[0] as unknown as { children: { fields?: { url: string } }[] }
        expect(paragraph.children[1].fields?.url).toBe(url)

        const html = render(stored.body)
        expect(html).toContain('Read more')
        expect(html).not.toMatch(/href="(javascript|data):/i)
        expect(html).not.toContain('<a')
      }
    },
  )

  it('keeps allowed links as links, with rel for a new tab', () => {
    const body = bodyWithLink('https://www.example.com/')
    ;(body.root.children[0].children[1] as { fields: { newTab: boolean } }).fields.newTab = true
    expect(render(body)).toContain(
      '<a href="https://www.example.com/" rel="noopener noreferrer" target="_blank">Read more</a>',
    )
    expect(render(bodyWithLink('/en/clinics/london-marylebone'))).toContain('<a href="/en/clinics/london-marylebone">')
  })
})
