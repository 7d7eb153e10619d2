/**
 * Render the three outputs of one article from its processed VFile:
 *
 * * `<slug>.jsonld`: the document, pretty-printed, with a final newline;
 * * `<slug>.html`: a readable standalone page (headline, standfirst, byline,
 *   figure caption and credit, body) with the JSON-LD in `<head>`;
 * * `<slug>.snippet.html`: only the `<script type="application/ld+json">`
 *   element, to paste into a CMS template.
 *
 * Reads: `file.data.jsonLd`, `file.data.article`, `file.data.text`. Writes
 * nothing: file I/O belongs to the CLI.
 */
import type {VFile} from 'vfile'
import type {ArticleFields} from '../data.js'
import type {ArticleText} from '../text/article-text.js'
import {escapeHtml, escapeScriptJson, safeUrl, toJson} from './escape.js'

export interface Outputs {
  /** File-name-safe base name of the outputs. */
  slug: string
  /** Content of `<slug>.jsonld`. */
  jsonld: string
  /** Content of `<slug>.html`. */
  page: string
  /** Content of `<slug>.snippet.html`. */
  snippet: string
}

/** One block of the page body. */
export interface PageBlock {
  role: 'heading' | 'body'
  text: string
}

/** Render all outputs, or undefined when the file has no document. */
export function renderOutputs(file: VFile): Outputs | undefined {
  const document = file.data.jsonLd
  const article = file.data.article
  if (document === undefined || article === undefined) return undefined
  // The document is serialised once, for all three outputs.
  const json = toJson(document)
  const snippet = snippetOf(json)
  return {
    slug: article.slug,
    jsonld: json + '\n',
    page: renderPage(document, article, pageBlocks(article, file.data.text), snippet),
    snippet
  }
}

/** The `.jsonld` file. */
export function renderJsonLd(document: unknown): string {
  return toJson(document) + '\n'
}

/** The `<script type="application/ld+json">` element, with a final newline. */
export function renderSnippet(document: unknown): string {
  return snippetOf(toJson(document))
}

function snippetOf(json: string): string {
  return '<script type="application/ld+json">\n' + escapeScriptJson(json) + '\n</script>\n'
}

/** The standalone page (`snippet`: `renderSnippet(document)`, when the caller has it). */
export function renderPage(
  document: unknown,
  article: ArticleFields,
  blocks: readonly PageBlock[],
  snippet = renderSnippet(document)
): string {
  const headline = article.headline?.value ?? article.slug
  const lines: string[] = [
    '<!doctype html>',
    '<html lang="' + escapeHtml(article.inLanguage?.value ?? 'en') + '">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>' + escapeHtml(headline) + '</title>'
  ]
  if (article.description) {
    lines.push('<meta name="description" content="' + escapeHtml(article.description.value) + '">')
  }
  const canonical = safeUrl(article.url?.value)
  if (canonical !== undefined) lines.push('<link rel="canonical" href="' + escapeHtml(canonical) + '">')
  lines.push(
    snippet.trimEnd(),
    '<style>body{font:1.1rem/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}' +
      '.standfirst{font-size:1.25rem;color:#444}.byline{color:#666;font-size:.9rem}' +
      'figure{margin:1.5rem 0}img{max-width:100%}figcaption{font-size:.9rem;color:#555}' +
      '.credit{display:block;font-size:.8rem;color:#777}</style>',
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    '<h1>' + escapeHtml(headline) + '</h1>'
  )
  if (article.description) lines.push('<p class="standfirst">' + escapeHtml(article.description.value) + '</p>')
  const byline = renderByline(article)
  if (byline) lines.push(byline)
  lines.push('</header>')
  const figure = renderFigure(article)
  if (figure) lines.push(figure)
  for (const block of blocks) {
    const html = escapeHtml(block.text).replace(/\r?\n/g, '<br>\n')
    lines.push(block.role === 'heading' ? '<h2>' + html + '</h2>' : '<p>' + html + '</p>')
  }
  lines.push('</article>', '</body>', '</html>', '')
  return lines.join('\n')
}

/** Body blocks of the page: the text's body and subheadings, else `articleBody`. */
export function pageBlocks(article: ArticleFields, text: ArticleText | undefined): PageBlock[] {
  if (text !== undefined) {
    return text.blocksWithRole('body', 'heading').map((block) => ({
      role: block.role === 'heading' ? 'heading' : 'body',
      text: text.value.slice(block.start, block.end)
    }))
  }
  return article.articleBody
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => ({role: 'body', text: paragraph}))
}

function renderByline(article: ArticleFields): string | undefined {
  const parts: string[] = []
  if (article.authors.length > 0) {
    const names = article.authors.map((author) => {
      const name = escapeHtml(author.name.value)
      const href = safeUrl(author.url)
      return href === undefined ? name : '<a href="' + escapeHtml(href) + '">' + name + '</a>'
    })
    parts.push('By ' + names.join(', '))
  }
  if (article.datePublished) {
    const date = escapeHtml(article.datePublished.value)
    parts.push('<time datetime="' + date + '">' + date + '</time>')
  }
  return parts.length > 0 ? '<p class="byline">' + parts.join(' · ') + '</p>' : undefined
}

function renderFigure(article: ArticleFields): string | undefined {
  const image = article.image
  if (image === undefined) return undefined
  const src = safeUrl(image.url?.value)
  const caption = image.caption?.value
  const credit = image.creditText?.value
  if (src === undefined && caption === undefined && credit === undefined) return undefined
  const lines = ['<figure>']
  if (src !== undefined) {
    lines.push('<img src="' + escapeHtml(src) + '" alt="' + escapeHtml(caption ?? '') + '">')
  }
  if (caption !== undefined || credit !== undefined) {
    lines.push(
      '<figcaption>' +
        (caption === undefined ? '' : escapeHtml(caption)) +
        (caption !== undefined && credit !== undefined ? ' ' : '') +
        (credit === undefined ? '' : '<span class="credit">' + escapeHtml(credit) + '</span>') +
        '</figcaption>'
    )
  }
  lines.push('</figure>')
  return lines.join('\n')
}
