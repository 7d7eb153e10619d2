/**
 * A processor with only the article stage, for the tests in this folder.
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {plainTextParse} from '../../pipeline/article/plain-text-parse.js'
import {remarkArticle} from '../../pipeline/article/remark-article.js'
import {remarkArticleMatter} from '../../pipeline/article/remark-article-matter.js'
import '../../pipeline/data.js'

export interface RunOptions {
  format?: 'markdown' | 'text'
  matter?: Record<string, unknown>
  path?: string
}

/** Run the article stage on `value`; return the file with its data and messages. */
export async function runArticle(value: string, options: RunOptions = {}): Promise<VFile> {
  const file = new VFile({value, path: options.path ?? (options.format === 'text' ? 'article.txt' : 'article.md')})
  const base = unified()
  const parser = (
    options.format === 'text' ? base.use(plainTextParse) : base.use(remarkParse).use(remarkFrontmatter, ['yaml'])
  ) as Processor<Root>
  const processor = parser.use(remarkArticleMatter, {matter: options.matter}).use(remarkArticle) as unknown as Processor<
    Root,
    Root,
    Root
  >
  await processor.run(processor.parse(file), file)
  return file
}

/** The roles of the text blocks with their text, for compact assertions. */
export function roles(file: VFile): Array<[string, string]> {
  const text = file.data.text!
  return text.blocks.map((block) => [block.role, text.value.slice(block.start, block.end)])
}

/** `ruleId@line:column` of every message. */
export function places(file: VFile): string[] {
  return file.messages.map((message) => `${message.ruleId}@${message.line ?? '?'}:${message.column ?? '?'}`)
}
