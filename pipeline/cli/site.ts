/**
 * Site-level outputs, rendered from per-article summaries:
 *
 * * `index.json`: the manifest of every article (sorted by source path),
 *   with its outputs and diagnostics counts;
 * * `sitemap-news.xml`: a Google News sitemap of the articles published in
 *   the last days (default 2), at most 1,000 `<url>`s per file; beyond that
 *   `sitemap-news-1.xml`, `sitemap-news-2.xml`… and `sitemap-news.xml` is
 *   the sitemap index pointing at them.
 */
import type {ArticleSummary} from './job.js'
import type {Counts} from './report.js'
import {Spool} from './write.js'

export interface ManifestEntry {
  /** Source path, relative to the working directory. */
  source: string
  /** Output files written (relative to the output folder); empty when it failed. */
  outputs: string[]
  /** The article (absent when it could not be built). */
  article: ArticleSummary | undefined
  errors: number
  warnings: number
  infos: number
}

/** Render `index.json` (sorted by source, so byte-identical for the same inputs). */
export function renderManifest(entries: Iterable<ManifestEntry>, version: string): string {
  const articles = [...entries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const totals: Counts = {errors: 0, warnings: 0, infos: 0}
  for (const entry of articles) addCounts(totals, entry)
  return manifestHead(version, articles.length, totals) + articles.map((entry) => manifestArticle(entry)).join(',\n') + manifestTail(articles.length)
}

/**
 * `index.json` written one article at a time (see `Spool`): the same bytes
 * as `renderManifest`, without holding the manifest in memory. Entries
 * must be added sorted by source.
 */
export function createManifestSpool(path: string, version: string): {add(entry: ManifestEntry): void; finish(): void; discard(): void} {
  const spool = new Spool(path, ',\n')
  const totals: Counts = {errors: 0, warnings: 0, infos: 0}
  return {
    add(entry) {
      addCounts(totals, entry)
      spool.add(manifestArticle(entry))
    },
    finish() {
      spool.finish(manifestHead(version, spool.count, totals), manifestTail(spool.count))
    },
    discard() {
      spool.discard()
    }
  }
}

function addCounts(totals: Counts, entry: ManifestEntry): void {
  totals.errors += entry.errors
  totals.warnings += entry.warnings
  totals.infos += entry.infos
}

/**
 * The manifest is `JSON.stringify(…, null, 2)` of `{generator, count,
 * errors, warnings, infos, articles}`, cut in three: everything up to the
 * articles, each article, and the end.
 */
function manifestHead(version: string, count: number, totals: Counts): string {
  const empty = JSON.stringify({generator: 'newsld ' + version, count, ...totals, articles: []}, null, 2)
  return count === 0 ? empty.slice(0, -1) : empty.slice(0, empty.lastIndexOf('[]')) + '[\n'
}

function manifestTail(count: number): string {
  return count === 0 ? '}\n' : '\n  ]\n}\n'
}

/** One article of the manifest, indented as inside `articles`. */
function manifestArticle(entry: ManifestEntry): string {
  const text = JSON.stringify(
    {
      source: entry.source,
      slug: entry.article?.slug ?? null,
      headline: entry.article?.headline ?? null,
      datePublished: entry.article?.datePublished ?? null,
      url: entry.article?.url ?? null,
      outputs: entry.outputs,
      errors: entry.errors,
      warnings: entry.warnings,
      infos: entry.infos
    },
    null,
    2
  )
  // JSON strings hold no raw line feed: every line is structure.
  return '    ' + text.replace(/\n/g, '\n    ')
}

export interface SitemapOptions {
  /** The site's base URL: sitemap files are addressed under it. */
  siteUrl: string
  /** The current time (injectable for tests). */
  now: Date
  /** Window in days (default: 2). */
  days?: number | undefined
  /** Entries per file (default: 1,000, Google News' limit). */
  limit?: number | undefined
  /** File name of the sitemap (or index) (default: `sitemap-news.xml`). */
  name?: string | undefined
}

export interface SitemapResult {
  /** File name → content; the first is the one to submit. */
  files: Array<{name: string; content: string}>
  /** Articles in the window. */
  included: number
  /** Articles in the window left out for lack of a page URL, publisher name or language. */
  incomplete: number
}

const dayMs = 86_400_000

/** Render the news sitemap files of `articles` (sorted by date, newest first, then URL). */
export function renderNewsSitemaps(articles: Iterable<ArticleSummary>, options: SitemapOptions): SitemapResult {
  const days = options.days ?? 2
  const limit = options.limit ?? 1000
  const name = options.name ?? 'sitemap-news.xml'
  const items: Array<{time: number; url: string; date: string; title: string; language: string; publisher: string}> = []
  let incomplete = 0
  for (const article of articles) {
    const date = article.datePublished
    const time = newsTime(article, options.now, days)
    if (time === undefined) continue
    if (!article.url || !article.publisher || !article.inLanguage || !article.headline) {
      incomplete++
      continue
    }
    items.push({
      time,
      url: article.url,
      date: date!,
      title: article.headline,
      language: newsLanguage(article.inLanguage),
      publisher: article.publisher
    })
  }
  items.sort((a, b) => b.time - a.time || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))

  const chunks: Array<typeof items> = []
  for (let index = 0; index < items.length; index += limit) chunks.push(items.slice(index, index + limit))
  if (chunks.length === 0) chunks.push([])
  const urlset = (chunk: typeof items) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    chunk
      .map(
        (item) =>
          '  <url>\n' +
          '    <loc>' + escapeXml(item.url) + '</loc>\n' +
          '    <news:news>\n' +
          '      <news:publication>\n' +
          '        <news:name>' + escapeXml(item.publisher) + '</news:name>\n' +
          '        <news:language>' + escapeXml(item.language) + '</news:language>\n' +
          '      </news:publication>\n' +
          '      <news:publication_date>' + escapeXml(item.date) + '</news:publication_date>\n' +
          '      <news:title>' + escapeXml(item.title) + '</news:title>\n' +
          '    </news:news>\n' +
          '  </url>\n'
      )
      .join('') +
    '</urlset>\n'

  if (chunks.length === 1) {
    return {files: [{name, content: urlset(chunks[0]!)}], included: items.length, incomplete}
  }
  const base = options.siteUrl.endsWith('/') ? options.siteUrl : options.siteUrl + '/'
  const stem = name.replace(/\.xml$/, '')
  const parts = chunks.map((chunk, index) => ({name: stem + '-' + (index + 1) + '.xml', content: urlset(chunk)}))
  const index =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    parts.map((part) => '  <sitemap>\n    <loc>' + escapeXml(new URL(part.name, base).href) + '</loc>\n  </sitemap>\n').join('') +
    '</sitemapindex>\n'
  return {files: [{name, content: index}, ...parts], included: items.length, incomplete}
}

/**
 * When `article` was published, if that is within the news window of
 * `days` before `now` (and not over a day ahead); else undefined.
 */
export function newsTime(article: ArticleSummary, now: Date, days = 2): number | undefined {
  const date = article.datePublished
  const time = date === undefined ? Number.NaN : Date.parse(date.length === 10 ? date + 'T00:00:00Z' : date)
  const end = now.getTime()
  return Number.isNaN(time) || time < end - days * dayMs || time > end + dayMs ? undefined : time
}

/** Escape text for XML content. */
export function escapeXml(value: string): string {
  // Characters XML 1.0 does not allow at all are dropped.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : character === '"' ? '&quot;' : '&apos;'
  )
}

/** Google News wants ISO 639 codes, with `zh-cn`/`zh-tw` as the only regional forms. */
function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase()
  if (lower.startsWith('zh-')) return /^zh-(tw|hant|hk)/.test(lower) ? 'zh-tw' : 'zh-cn'
  return lower.split('-')[0]!
}
