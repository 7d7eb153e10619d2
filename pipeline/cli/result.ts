/**
 * Jobs and results of the pool as plain, structured-cloneable data, and the
 * result of a job that failed outside the pipeline. Light on purpose: the
 * main thread imports it without loading the pipeline.
 */
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import {toRecord, type MessageRecord} from './report.js'

export interface Job {
  /** Display name (relative path, or the NDJSON `id`), used in diagnostics. */
  name: string
  /** Absolute path to read when `value` is not given. */
  path?: string | undefined
  /** The article text (read from `path` when missing). */
  value?: string | undefined
  /** Pipeline options (format, matter, defaults, siteUrl). */
  options: ProcessorOptions
  /** Whether to render the page and snippet too (default: only the JSON-LD). */
  render: boolean
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
  /** Rendered outputs (only when valid and `render`). */
  outputs: {jsonld: string; page: string; snippet: string} | undefined
  summary: ArticleSummary | undefined
  messages: MessageRecord[]
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

