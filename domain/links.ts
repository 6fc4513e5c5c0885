// Where a link in rich text may lead: web, mail and phone addresses, and pages of this site. Anything else
// (`javascript:`, `data:`, `vbscript:`, `file:`, a protocol-relative `//host`) can run script in the visitor's
// browser or leave the site in disguise.
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/** Browsers drop spaces and control characters inside an address (`java\tscript:`), so none may appear. */
const hasInvisibleCharacters = (url: string) =>
  [...url].some((character) => {
    const code = character.charCodeAt(0)
    return code <= 0x20 || (code >= 0x7f && code <= 0x9f)
  })

export function isAllowedLinkUrl(url: string): boolean {
  if (!url || hasInvisibleCharacters(url)) return false
  // A site-relative path or fragment; `//host` and `/\host` are other sites to a browser.
  if (url.startsWith('/')) return !/^\/[/\\]/.test(url)
  if (url.startsWith('#')) return true
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)?.[1]
  return scheme !== undefined && ALLOWED_SCHEMES.has(scheme.toLowerCase())
}
