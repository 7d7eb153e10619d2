/**
 * Narrow the front matter (user input, `unknown`) to article fields.
 *
 * Every wrong value becomes a diagnostic at the value's position and is left
 * out; nothing throws. Accepted keys (aliases in brackets): `headline`
 * (`title`), `description`, `image`, `author` (`authors`), `datePublished`
 * (`date`), `dateModified`, `url`, `section`, `keywords` (`tags`),
 * `inLanguage` (`lang`), `publisher`, `slug`.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ArticleFields, AuthorFields, Located, PublisherFields} from '../data.js'
import {report, type RuleId} from '../diagnostics.js'
import {toSlug} from './to-slug.js'

/** The image as the front matter gives it. */
export interface MatterImage {
  url?: Located<string> | undefined
  caption?: Located<string> | undefined
  /** The credit as written; parsed into creator and agency by the article stage. */
  credit?: Located<string> | undefined
  width?: number | undefined
  height?: number | undefined
}

/**
 * Article fields read from the front matter: the article's own fields less
 * what only the text gives, with the image as written and the slug optional.
 */
export type MatterFields = Omit<ArticleFields, 'image' | 'slug' | 'articleBody' | 'wordCount'> & {
  image?: MatterImage | undefined
  slug?: string | undefined
}

const source = 'remark-article'

/** Keys newsld reads, each with the key it stands for. */
export const matterKeys: ReadonlyMap<string, string> = new Map<string, string>([
  ['headline', 'headline'],
  ['title', 'headline'],
  ['description', 'description'],
  ['image', 'image'],
  ['author', 'author'],
  ['authors', 'author'],
  ['datePublished', 'datePublished'],
  ['date', 'datePublished'],
  ['dateModified', 'dateModified'],
  ['url', 'url'],
  ['section', 'section'],
  ['keywords', 'keywords'],
  ['tags', 'keywords'],
  ['inLanguage', 'inLanguage'],
  ['lang', 'inLanguage'],
  ['publisher', 'publisher'],
  ['slug', 'slug'],
  // Read by the corrections stage.
  ['corrections', 'corrections']
])

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/
const languageTag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/** Read the article fields from `file.data.matter`, reporting every bad value. */
export function readMatter(file: VFile): MatterFields {
  const matter = file.data.matter ?? {}
  const positions = file.data.matterPositions ?? {}
  const at = (path: string): Position | undefined => positions[path]
  const fields: MatterFields = {authors: [], keywords: []}

  // The first key of each meaning wins (`headline` over `title`).
  const chosen = new Map<string, string>()
  for (const key of Object.keys(matter)) {
    const meaning = matterKeys.get(key)
    if (meaning === undefined) {
      report(file, 'matter-unknown-key', `Unexpected front matter key \`${key}\`, it is not used`, {
        place: at(key),
        source,
        actual: key,
        expected: [...new Set(matterKeys.keys())]
      })
    } else if (!chosen.has(meaning)) {
      chosen.set(meaning, key)
    }
  }
  // `headline` wins over `title` whatever the order.
  if ('headline' in matter) chosen.set('headline', 'headline')
  if ('datePublished' in matter) chosen.set('datePublished', 'datePublished')
  if ('author' in matter) chosen.set('author', 'author')
  if ('keywords' in matter) chosen.set('keywords', 'keywords')
  if ('inLanguage' in matter) chosen.set('inLanguage', 'inLanguage')

  const problem = (ruleId: RuleId, key: string, value: unknown, expected: string): void => {
    report(file, ruleId, `Unexpected \`${key}\` ${describe(value)}, expected ${expected}`, {
      place: at(key),
      source,
      actual: describe(value)
    })
  }

  const text = (meaning: string, ruleId: RuleId): Located<string> | undefined => {
    const key = chosen.get(meaning)
    if (key === undefined) return undefined
    const value = matter[key]
    const string = toText(value)
    if (string === undefined || string === '') {
      if (value !== null && value !== undefined) problem(ruleId, key, value, 'text')
      return undefined
    }
    return located(string, at(key))
  }

  fields.headline = text('headline', 'headline-invalid')
  fields.description = text('description', 'description-invalid')
  fields.section = text('section', 'section-invalid')

  for (const [meaning, ruleId] of [
    ['datePublished', 'date-published-invalid'],
    ['dateModified', 'date-modified-invalid']
  ] as const) {
    const key = chosen.get(meaning)
    if (key === undefined) continue
    const value = matter[key]
    if (value === null || value === undefined) continue
    const date = toIsoDate(value)
    if (date === undefined) problem(ruleId, key, value, 'an ISO 8601 date (`YYYY-MM-DD`) or date-time')
    else fields[meaning] = located(date, at(key))
  }
  if (!chosen.has('datePublished')) {
    report(file, 'date-published-missing', 'Missing `datePublished`, expected it in the front matter or metadata', {
      source
    })
  }
  if (fields.datePublished && fields.dateModified) {
    const published = Date.parse(fields.datePublished.value)
    const modified = Date.parse(fields.dateModified.value)
    if (Number.isFinite(published) && Number.isFinite(modified) && modified < published) {
      report(file, 'date-modified-before-published', `Unexpected \`dateModified\` \`${fields.dateModified.value}\` before \`datePublished\` \`${fields.datePublished.value}\``, {
        place: fields.dateModified.position,
        source
      })
    }
  }

  const urlKey = chosen.get('url')
  if (urlKey !== undefined && matter[urlKey] !== null && matter[urlKey] !== undefined) {
    const value = matter[urlKey]
    if (typeof value === 'string' && isAbsoluteUrl(value.trim())) fields.url = located(toUri(value.trim()), at(urlKey))
    else problem('url-invalid', urlKey, value, 'an absolute `https://` URL')
  }

  const languageKey = chosen.get('inLanguage')
  if (languageKey !== undefined && matter[languageKey] !== null && matter[languageKey] !== undefined) {
    const value = matter[languageKey]
    if (typeof value === 'string' && languageTag.test(value.trim())) fields.inLanguage = located(value.trim(), at(languageKey))
    else problem('in-language-invalid', languageKey, value, 'a language tag such as `en` or `en-GB`')
  }

  const keywordsKey = chosen.get('keywords')
  if (keywordsKey !== undefined) fields.keywords = readKeywords(matter[keywordsKey], keywordsKey, problem)

  const slugKey = chosen.get('slug')
  if (slugKey !== undefined && matter[slugKey] !== null && matter[slugKey] !== undefined) {
    const value = matter[slugKey]
    const string = toText(value)
    const slug = string === undefined ? '' : toSlug(string)
    if (slug === '') problem('slug-invalid', slugKey, value, 'text with letters or digits')
    else fields.slug = slug
  }

  const authorKey = chosen.get('author')
  if (authorKey !== undefined) fields.authors = readAuthors(file, matter[authorKey], authorKey, at)

  const publisherKey = chosen.get('publisher')
  if (publisherKey !== undefined) fields.publisher = readPublisher(file, matter[publisherKey], publisherKey, at)

  const imageKey = chosen.get('image')
  if (imageKey !== undefined) fields.image = readImage(file, matter[imageKey], imageKey, at, fields.url?.value)

  return fields
}

function readKeywords(
  value: unknown,
  key: string,
  problem: (ruleId: RuleId, key: string, value: unknown, expected: string) => void
): string[] {
  if (value === null || value === undefined) return []
  let items: unknown[]
  if (typeof value === 'string') items = value.split(',')
  else if (Array.isArray(value)) items = value
  else {
    problem('keywords-invalid', key, value, 'a list of strings or a comma-separated string')
    return []
  }
  const keywords: string[] = []
  for (const item of items) {
    const string = toText(item)
    if (string === undefined) {
      problem('keywords-invalid', key, item, 'a list of strings or a comma-separated string')
      continue
    }
    if (string !== '' && !keywords.includes(string)) keywords.push(string)
  }
  return keywords
}

function readAuthors(
  file: VFile,
  value: unknown,
  key: string,
  at: (path: string) => Position | undefined
): AuthorFields[] {
  if (value === null || value === undefined) return []
  const list = Array.isArray(value) ? value : [value]
  const authors: AuthorFields[] = []
  list.forEach((item, index) => {
    const path = Array.isArray(value) ? `${key}/${index}` : key
    const author = readAuthor(file, item, path, at)
    if (author) authors.push(author)
  })
  return authors
}

function readAuthor(
  file: VFile,
  value: unknown,
  path: string,
  at: (path: string) => Position | undefined
): AuthorFields | undefined {
  const invalid = (): undefined => {
    report(file, 'author-invalid', `Unexpected author ${describe(value)}, expected a name or a \`{name, url}\` mapping`, {
      place: at(path),
      source,
      actual: describe(value)
    })
    return undefined
  }
  if (typeof value === 'string') {
    const name = value.trim()
    return name === '' ? invalid() : {name: located(name, at(path))}
  }
  if (!isRecord(value)) return invalid()
  const name = toText(value['name'])
  if (name === undefined || name === '') return invalid()
  const author: AuthorFields = {name: located(name, at(`${path}/name`) ?? at(path))}
  const url = value['url']
  if (url !== undefined && url !== null) {
    if (typeof url === 'string' && isAbsoluteUrl(url.trim())) author.url = toUri(url.trim())
    else {
      report(file, 'url-invalid', `Unexpected author \`url\` ${describe(url)}, expected an absolute \`https://\` URL`, {
        place: at(`${path}/url`) ?? at(path),
        source,
        actual: describe(url)
      })
    }
  }
  const type = value['type'] ?? value['@type']
  if (type === 'Person' || type === 'Organization') author.type = type
  else if (type !== undefined && type !== null) {
    report(file, 'author-invalid', `Unexpected author \`type\` ${describe(type)}, expected \`Person\` or \`Organization\``, {
      place: at(`${path}/type`) ?? at(`${path}/@type`) ?? at(path),
      source,
      actual: describe(type),
      expected: ['Person', 'Organization']
    })
  }
  return author
}

function readPublisher(
  file: VFile,
  value: unknown,
  key: string,
  at: (path: string) => Position | undefined
): PublisherFields | undefined {
  if (value === null || value === undefined) return undefined
  const invalid = (): undefined => {
    report(file, 'publisher-invalid', `Unexpected \`${key}\` ${describe(value)}, expected a name or a \`{name, url, logo}\` mapping`, {
      place: at(key),
      source,
      actual: describe(value)
    })
    return undefined
  }
  if (typeof value === 'string') return value.trim() === '' ? invalid() : {name: value.trim()}
  if (!isRecord(value)) return invalid()
  const name = toText(value['name'])
  if (name === undefined || name === '') return invalid()
  const publisher: PublisherFields = {name}
  for (const field of ['url', 'logo'] as const) {
    let raw = value[field]
    if (field === 'logo' && isRecord(raw)) raw = raw['url']
    if (raw === undefined || raw === null) continue
    if (typeof raw === 'string' && isAbsoluteUrl(raw.trim())) publisher[field] = toUri(raw.trim())
    else {
      report(file, 'url-invalid', `Unexpected publisher \`${field}\` ${describe(raw)}, expected an absolute \`https://\` URL`, {
        place: at(`${key}/${field}`) ?? at(key),
        source,
        actual: describe(raw)
      })
    }
  }
  return publisher
}

function readImage(
  file: VFile,
  value: unknown,
  key: string,
  at: (path: string) => Position | undefined,
  base: string | undefined
): MatterImage | undefined {
  if (value === null || value === undefined) return undefined
  const invalid = (path: string, what: unknown, expected: string): void => {
    report(file, 'image-invalid', `Unexpected \`${path.replaceAll('/', '.')}\` ${describe(what)}, expected ${expected}`, {
      place: at(path) ?? at(key),
      source,
      actual: describe(what)
    })
  }
  const toUrl = (raw: string): string => {
    // A relative image path is resolved against the article's own URL when there is one.
    if (base === undefined || isAbsoluteUrl(raw)) return toUri(raw)
    try {
      return toUri(new URL(raw, base).href)
    } catch {
      return toUri(raw)
    }
  }
  if (typeof value === 'string') {
    return value.trim() === '' ? (invalid(key, value, 'a URL'), undefined) : {url: located(toUrl(value.trim()), at(key))}
  }
  if (!isRecord(value)) {
    invalid(key, value, 'a URL or an `{url, caption, credit, width, height}` mapping')
    return undefined
  }
  const image: MatterImage = {}
  const url = value['url'] ?? value['src']
  if (url !== undefined && url !== null) {
    if (typeof url === 'string' && url.trim() !== '') image.url = located(toUrl(url.trim()), at(`${key}/url`) ?? at(`${key}/src`))
    else invalid(`${key}/url`, url, 'a URL')
  }
  for (const field of ['caption', 'credit'] as const) {
    const raw = value[field] ?? (field === 'credit' ? value['creditText'] : undefined)
    if (raw === undefined || raw === null) continue
    const string = toText(raw)
    if (string === undefined || string === '') invalid(`${key}/${field}`, raw, 'text')
    else image[field] = located(string, at(`${key}/${field}`) ?? at(`${key}/creditText`))
  }
  for (const field of ['width', 'height'] as const) {
    const raw = value[field]
    if (raw === undefined || raw === null) continue
    if (typeof raw === 'number' && Number.isInteger(raw) && raw > 0) image[field] = raw
    else invalid(`${key}/${field}`, raw, 'a positive whole number of pixels')
  }
  return image
}

/** ISO 8601 date or date-time as written; a `Date` (from a CMS) becomes ISO text. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    const iso = value.toISOString()
    // A date without a time (YAML 1.1 `2025-08-17`, `new Date('2025-08-17')`) is midnight UTC.
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value !== 'string') return undefined
  const string = value.trim()
  const match = isoDate.exec(string)
  if (!match) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day > days ? undefined : string
}

/**
 * `value` with every character a URI may not hold (RFC 3986, which the
 * schema's `uri` format checks) percent-encoded as UTF-8, the way browsers
 * send it: `|`, `^`, braces, spaces, non-ASCII letters, `%` not followed by
 * two hex digits, brackets outside the host and a second `#`. Everything
 * else stays as written.
 */
export function toUri(value: string): string {
  // A lone surrogate cannot be encoded: it becomes U+FFFD, as in `toWellFormed`.
  const well = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  const authority = well.indexOf('//')
  const pathStart = authority === -1 ? 0 : well.indexOf('/', authority + 2)
  const cut = pathStart === -1 ? well.length : pathStart
  const encode = (part: string) => part.replace(notInUri, (character) => encodeURIComponent(character)).replace(/%(?![\dA-Fa-f]{2})/g, '%25')
  const tail = encode(well.slice(cut)).replace(/[[\]]/g, (bracket) => (bracket === '[' ? '%5B' : '%5D'))
  // A fragment holds no second `#`.
  const hash = tail.indexOf('#')
  return encode(well.slice(0, cut)) + (hash === -1 ? tail : tail.slice(0, hash + 1) + tail.slice(hash + 1).replaceAll('#', '%23'))
}

/** A character RFC 3986 does not allow anywhere in a URI. */
const notInUri = /[^\w\-.~:/?#[\]@!$&'()*+,;=%]/gu

/** Whether `value` is an absolute http(s) URL. */
export function isAbsoluteUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function located(value: string, position: Position | undefined): Located<string> {
  return position ? {value, position} : {value}
}

/** A value for a message: strings and numbers in code, other kinds by name. */
function describe(value: unknown): string {
  if (typeof value === 'string') return '`' + (value.length > 60 ? value.slice(0, 57) + '…' : value) + '`'
  if (typeof value === 'number' || typeof value === 'boolean') return '`' + String(value) + '`'
  if (value === null || value === undefined) return 'empty value'
  if (Array.isArray(value)) return 'list'
  if (value instanceof Date) return 'invalid date'
  return 'mapping'
}
