/**
 * Article stage: the article's own fields and the text every extractor reads.
 *
 * Reads: the tree (headings, paragraphs, images), `file.data.matter` and
 * `file.data.matterPositions` (from `remarkArticleMatter`).
 * Writes: `file.data.text` (every block with its role: headline, standfirst,
 * caption, credit, byline, heading, body) and `file.data.article`.
 * Emits: `article-body-empty`, `author-invalid`, `date-modified-before-published`,
 * `date-modified-invalid`, `date-published-invalid`, `date-published-missing`,
 * `description-invalid`, `description-missing`, `headline-invalid`,
 * `headline-missing`, `image-invalid`, `in-language-invalid`, `keywords-invalid`,
 * `matter-unknown-key`, `publisher-invalid`, `section-invalid`, `slug-invalid`,
 * `url-invalid`.
 *
 * Front matter wins over the text for every field; the text fills the gaps
 * (headline, description, image caption and credit, byline authors). Plain
 * text and Markdown run through the same code: both arrive as mdast.
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ArticleFields, AuthorFields, ImageFields, Located} from '../data.js'
import {report} from '../diagnostics.js'
import {buildArticleText, type ArticleText, type TextBlock} from '../text/article-text.js'
import {sentenceSpans} from '../text/sentences.js'
import {letterNumberWords} from '../text/chars.js'
import {parseCredit} from './parse-credit.js'
import {readMatter, toUri, type MatterImage} from './read-matter.js'
import {normalize, parseByline, readStructure, type Figure} from './read-structure.js'
import {toSlug} from './to-slug.js'

export interface ArticleOptions {
  /** Longest paragraph taken whole as the description, in characters (default: `320`). */
  maxDescription?: number | undefined
}

const emptyOptions: ArticleOptions = {}
const source = 'remark-article'

/** Read the article's fields and build its text. */
export function remarkArticle(options?: Readonly<ArticleOptions> | null) {
  const settings = options ?? emptyOptions
  const maxDescription = settings.maxDescription ?? 320
  return function (tree: Root, file: VFile): undefined {
    const matter = readMatter(file)
    const structure = readStructure(tree, file, {
      headline: matter.headline?.value,
      description: matter.description?.value
    })
    const text = buildArticleText(structure.blocks, file)
    file.data.text = text
    const blockOf = (node: unknown): TextBlock | undefined => text.blocks.find((block) => block.node === node)

    // Headline: front matter, else the headline block.
    let headline = matter.headline
    if (!headline) {
      const block = text.blocksWithRole('headline')[0]
      if (block) headline = locate(text, block.start, block.end)
    }
    if (!headline) {
      report(file, 'headline-missing', 'Missing headline, expected front matter `headline` or a first line', {
        place: tree.position?.start,
        source
      })
    }

    // Description: front matter, else the standfirst or lede (its first sentence when long).
    let description = matter.description
    if (!description && structure.lede) {
      const block = blockOf(structure.lede)
      if (block) {
        const whole = locate(text, block.start, block.end)
        if (whole.value.length <= maxDescription) description = whole
        else {
          const first = sentenceSpans(text.value, block.start, block.end)[0]
          if (first && first[1] - first[0] <= maxDescription && first[1] < block.end) {
            description = locate(text, first[0], first[1])
          }
        }
      }
    }
    if (!description) {
      report(file, 'description-missing', 'Missing description, expected front matter `description` or a short paragraph after the headline', {
        place: tree.position?.start,
        source
      })
    }

    // Authors: front matter, else the byline.
    let authors = matter.authors
    if (authors.length === 0 && structure.byline) {
      const block = blockOf(structure.byline)
      if (block) authors = bylineAuthors(text, block)
    }

    const body = text.blocksWithRole('body', 'heading').map((block) => text.value.slice(block.start, block.end))
    const articleBody = body.join('\n\n')
    const wordCount = countWords(articleBody)
    if (wordCount === 0) {
      report(file, 'article-body-empty', 'Missing article body, expected paragraphs after the headline', {
        place: tree.position?.end,
        source
      })
    }

    const article: ArticleFields = {
      authors,
      keywords: matter.keywords,
      slug: matter.slug ?? (toSlug(file.stem ?? '') || 'article'),
      articleBody,
      wordCount
    }
    if (headline) article.headline = headline
    if (description) article.description = description
    const image = toImage(matter.image, structure.figures[0], text, blockOf)
    if (image) article.image = image
    if (matter.datePublished) article.datePublished = matter.datePublished
    if (matter.dateModified) article.dateModified = matter.dateModified
    if (matter.url) article.url = matter.url
    if (matter.section) article.section = matter.section
    if (matter.inLanguage) article.inLanguage = matter.inLanguage
    if (matter.publisher) article.publisher = matter.publisher
    file.data.article = article
  }
}

/** The image: front matter fields first, the first figure in the text for the rest. */
function toImage(
  matter: MatterImage | undefined,
  figure: Figure | undefined,
  text: ArticleText,
  blockOf: (node: unknown) => TextBlock | undefined
): ImageFields | undefined {
  const image: ImageFields = {}
  if (figure) {
    const node = figure.image
    if (node && node.url.trim() !== '') image.url = located(toUri(node.url.trim()), node.position)
    const caption = figure.caption ? blockOf(figure.caption) : undefined
    if (caption) image.caption = locate(text, caption.start, caption.end)
    else if (node?.title) image.caption = located(normalize(node.title), node.position)
    else if (node?.alt) image.caption = located(normalize(node.alt), node.position)
    const credit = figure.credit ? blockOf(figure.credit) : undefined
    if (credit) {
      const line = text.value.slice(credit.start, credit.end)
      const parsed = parseCredit(line)
      if (parsed) {
        const at = (span: [number, number]) => locate(text, credit.start + span[0], credit.start + span[1])
        image.creditText = at(parsed.text)
        if (parsed.creator) image.creator = at(parsed.creator)
        if (parsed.organization) image.creditOrganization = at(parsed.organization)
      }
    }
  }
  if (matter) {
    if (matter.url) image.url = matter.url
    if (matter.caption) image.caption = matter.caption
    if (matter.width !== undefined) image.width = matter.width
    if (matter.height !== undefined) image.height = matter.height
    if (matter.credit) {
      const value = matter.credit.value
      const parsed = parseCredit(value)
      const position = matter.credit.position
      image.creditText = located(parsed ? value.slice(...parsed.text) : value, position)
      delete image.creator
      delete image.creditOrganization
      if (parsed?.creator) image.creator = located(value.slice(...parsed.creator), position)
      if (parsed?.organization) image.creditOrganization = located(value.slice(...parsed.organization), position)
    }
  }
  return Object.keys(image).length > 0 ? image : undefined
}

function bylineAuthors(text: ArticleText, block: TextBlock): AuthorFields[] {
  const line = text.value.slice(block.start, block.end)
  const names = parseByline(line) ?? []
  return names.map(([start, end]) => ({name: locate(text, block.start + start, block.start + end), type: 'Person'}))
}

/** The span `start`–`end` of the text, white space collapsed, with its source position. */
function locate(text: ArticleText, start: number, end: number): Located<string> {
  while (start < end && /\s/.test(text.value[start]!)) start++
  while (end > start && /\s/.test(text.value[end - 1]!)) end--
  return located(normalize(text.value.slice(start, end)), text.toPosition(start, end))
}

function located(value: string, position: Position | undefined): Located<string> {
  return position ? {value, position} : {value}
}

/** Words: runs of letters or digits (with inner apostrophes, hyphens, periods). */
function countWords(value: string): number {
  // The matches of `/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu`, by a character scan.
  return letterNumberWords(value, false).length / 2
}
