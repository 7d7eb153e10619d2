/**
 * Article stage (skeleton: the foundation issue fills it in).
 *
 * Reads: the tree (yaml node, headings, paragraphs). Writes: `file.data.matter`,
 * `file.data.article`, `file.data.text`. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {parse} from 'yaml'
import {buildArticleText, defaultBlocks} from '../text/article-text.js'

export interface ArticleOptions {
  /** Metadata handed over by a CMS, merged over the front matter (optional). */
  matter?: Record<string, unknown> | undefined
}

const emptyOptions: ArticleOptions = {}

export function remarkArticle(options?: Readonly<ArticleOptions> | null) {
  const settings = options ?? emptyOptions
  return function (tree: Root, file: VFile): undefined {
    const yaml = tree.children.find((node) => node.type === 'yaml')
    const matter: Record<string, unknown> = {}
    if (yaml && yaml.type === 'yaml') {
      const parsed: unknown = parse(yaml.value)
      if (parsed && typeof parsed === 'object') Object.assign(matter, parsed)
    }
    Object.assign(matter, settings.matter)
    file.data.matter = matter
    const text = buildArticleText(defaultBlocks(tree), file)
    file.data.text = text
    const headline = text.blocksWithRole('headline')[0]
    const body = text.blocksWithRole('body').map((block) => text.value.slice(block.start, block.end))
    const articleBody = body.join('\n\n')
    file.data.article = {
      headline: headline
        ? {value: text.value.slice(headline.start, headline.end), position: headline.node.position}
        : undefined,
      authors: [],
      keywords: [],
      slug: file.stem ?? 'article',
      articleBody,
      wordCount: articleBody.split(/\s+/).filter(Boolean).length
    }
  }
}
