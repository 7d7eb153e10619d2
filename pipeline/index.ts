/**
 * Public API of newsld.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {createProcessor, type ArticleFormat, type ProcessorOptions} from './processor.js'

export {createProcessor} from './processor.js'
export type {ArticleFormat, ProcessorOptions} from './processor.js'
export type * from './data.js'

export interface ArticleInput {
  /** The article's text (Markdown or plain text). */
  value: string
  /** File path, used in diagnostics and to pick the format from the extension (optional). */
  path?: string | undefined
}

export interface ArticleResult {
  /** The JSON-LD document, or undefined when the article could not be processed. */
  document: Record<string, unknown> | undefined
  diagnostics: VFileMessage[]
  file: VFile
}

/** Pick the format from a path: `.txt` is plain text, everything else Markdown. */
export function formatOf(path: string | undefined): ArticleFormat {
  return path !== undefined && /\.txt$/i.test(path) ? 'text' : 'markdown'
}

/** Run the whole pipeline on one article. */
export async function processArticle(
  input: ArticleInput,
  options?: Readonly<ProcessorOptions> | null
): Promise<ArticleResult> {
  const settings = {format: formatOf(input.path), ...options}
  const file = new VFile({value: input.value, path: input.path})
  const processor = createProcessor(settings)
  const tree = processor.parse(file)
  await processor.run(tree, file)
  return {document: file.data.jsonLd, diagnostics: file.messages, file}
}
