/**
 * Jobs and results of the pool as plain, structured-cloneable data, and the
 * result of a job that failed outside the pipeline. Light on purpose: the
 * main thread imports it without loading the pipeline.
 */
import {basename} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import {toRecord, type MessageRecord} from './report.js'

/** File-name endings of an article's outputs. */
export type OutputSuffix = '.jsonld' | '.html' | '.snippet.html' | '.review.html'

export interface Job {
  /** Display name (relative path, or the NDJSON `id`), used in diagnostics. */
  name: string
  /** Absolute path to read when `value` is not given. */
  path?: string | undefined
  /** The article text (read from `path` when missing). */
  value?: string | undefined
  /** Pipeline options (format, matter, defaults, siteUrl). */
  options: ProcessorOptions
  /** Whether to render the outputs (`extract --ndjson` needs only the document). */
  render: boolean
  /** Cache key: with it, the result has the hash of the text under this key. */
  cacheKey?: string | undefined
  /** The cached hash: when the text still has it, the job stops there (`unchanged`). */
  previousHash?: string | undefined
  /**
   * Write the outputs to temporary files next to their targets (the build
   * renames them once the article's outputs are claimed): synchronous
   * writes in the worker, so the main thread does no more than rename.
   */
  write?: {folder: string; suffixes: OutputSuffix[]; tag: string} | undefined
}

/** A temporary output waiting to be renamed to its target. */
export interface PendingOutput {
  path: string
  temp: string
}

/** What the build keeps of an article for the manifest and the sitemap. */
export interface ArticleSummary {
  slug: string
  headline: string | undefined
  datePublished: string | undefined
  /** The article's page: its `url`, else `siteUrl` + slug (undefined for a URN). */
  url: string | undefined
  inLanguage: string | undefined
  publisher: string | undefined
}

export interface JobResult {
  name: string
  /** Whether the document is fit to publish (no fatal message). */
  valid: boolean
  /** The document (only when valid). */
  document: Record<string, unknown> | undefined
  /** Rendered outputs (only when valid, `render`, and not `write`). */
  outputs: {jsonld: string; page: string; snippet: string} | undefined
  /** Temporary files written (with `write`). */
  pending?: PendingOutput[] | undefined
  /** Why the temporary files could not be written (with `write`). */
  writeError?: string | undefined
  summary: ArticleSummary | undefined
  messages: MessageRecord[]
  /** Hash of the text (with `cacheKey`). */
  hash?: string | undefined
  /** The text still has `previousHash`: nothing was processed. */
  unchanged?: boolean | undefined
}

/** Whether a slug can be used as a file name inside the output folder. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && !/[/\\\0]/.test(name) && basename(name) === name
}

/** The result of a job that could not run at all (also used by the pool when a worker fails). */
export function failedResult(name: string, error: unknown): JobResult {
  const file = new VFile({path: name})
  report(file, 'article-unreadable', 'Cannot process article', {cause: error})
  return failed(name, file)
}

export function failed(name: string, file: VFile): JobResult {
  return {
    name,
    valid: false,
    document: undefined,
    outputs: undefined,
    summary: undefined,
    messages: file.messages.map((message) => toRecord(message))
  }
}
