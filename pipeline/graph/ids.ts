/**
 * Stable, absolute `@id`s for the nodes of one article's graph.
 *
 * The article's page is identified, in order of preference, by:
 *
 * 1. the article's own `url` (front matter), fragment dropped;
 * 2. the `siteUrl` option plus the article slug (`https://example.com/news/` +
 *    `my-article` → `https://example.com/news/my-article`);
 * 3. the fallback `urn:newsld:<slug>`, an absolute IRI (RFC 8141 URN) that
 *    names the article without claiming a web address for it.
 *
 * Every node is the page IRI plus a fragment derived from the entity key:
 * `person:ada-lane` → `<page>#person-ada-lane`; the article itself is
 * `<page>#article` and its image `<page>#image`. Ids depend only on the input,
 * so the same article always gets the same ids.
 */

export interface Ids {
  /** IRI of the article's page (the `mainEntityOfPage`). */
  page: string
  /** Whether `page` is a web address (`url` or `siteUrl`), not the URN fallback. */
  pageIsUrl: boolean
  /** IRI for an entity key (`person:ada-lane`) or a fixed name (`article`). */
  node(key: string): string
}

/** URN namespace of the fallback scheme. */
export const fallbackPrefix = 'urn:newsld:'

/**
 * Create the id scheme for one article.
 *
 * @param url
 *   The article's `url` (optional); ignored unless an absolute URL.
 * @param siteUrl
 *   Base URL of the site (optional); ignored unless an absolute URL.
 * @param slug
 *   The article's slug.
 */
export function createIds(url: string | undefined, siteUrl: string | undefined, slug: string): Ids {
  const segment = toIriSegment(slug) || 'article'
  let page = absoluteUrl(url)
  if (page === undefined) {
    const base = absoluteUrl(siteUrl)
    if (base !== undefined) page = new URL(segment, base.endsWith('/') ? base : base + '/').href
  }
  const pageIsUrl = page !== undefined
  const resolved = page ?? fallbackPrefix + segment
  // A node is referred to many times: encode each key once.
  const known = new Map<string, string>()
  return {
    page: resolved,
    pageIsUrl,
    node(key) {
      let id = known.get(key)
      if (id === undefined) {
        id = resolved + '#' + toFragment(key)
        known.set(key, id)
      }
      return id
    }
  }
}

/** Lower-case, ASCII, dash-separated form of a name (`Ada Lané` → `ada-lane`). */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Fragment for a key: the kind separator becomes a dash, the rest is percent-encoded. */
function toFragment(key: string): string {
  return toIriSegment(key.replace(/:/g, '-'))
}

/** Characters `toIriSegment` keeps as they are (RFC 3986 unreserved). */
const unreserved = /^[\w.~-]*$/

function toIriSegment(value: string): string {
  // Keys are mostly slugs already: skip the encoding (and its replace) then.
  if (unreserved.test(value)) return value
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => {
    return '%' + character.charCodeAt(0).toString(16).toUpperCase()
  })
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  let parsed: URL
  try {
    parsed = new URL(value.trim())
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  parsed.hash = ''
  return parsed.href
}
