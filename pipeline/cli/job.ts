/**
 * One unit of work for the pool: process one article and render its outputs.
 *
 * Jobs and results are plain, structured-cloneable objects (no VFile, no
 * Error), so the same function runs in-process (`--jobs 1`) and in a worker
 * thread. `runJob` never throws: anything thrown becomes a diagnostic.
 */
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import {renderOutputs} from '../emit/render.js'
import {processArticle} from '../index.js'
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

/** Process one job; never throws. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    let value = job.value
    if (value === undefined) {
      try {
        value = await readFile(job.path ?? job.name, 'utf8')
      } catch (error) {
        const file = new VFile({path: job.name})
        report(file, 'article-unreadable', 'Cannot read article', {cause: error})
        return failed(job.name, file)
      }
    }
    const result = await processArticle({value, path: job.name}, job.options)
    const file = result.file
    const document = result.valid ? result.document : undefined
    const rendered = document !== undefined && job.render ? renderOutputs(file) : undefined
    const article = file.data.article
    return {
      name: job.name,
      valid: document !== undefined,
      document,
      outputs: rendered ? {jsonld: rendered.jsonld, page: rendered.page, snippet: rendered.snippet} : undefined,
      summary: article && document ? summarize(document, article.slug) : undefined,
      messages: file.messages.map((message) => toRecord(message))
    }
  } catch (error) {
    // A bug in a stage or the renderer: report it on this article only.
    const file = new VFile({path: job.name})
    return failedResult(job.name, error)
  }
}

/** The result of a job that could not run at all (also used by the pool when a worker fails). */
export function failedResult(name: string, error: unknown): JobResult {
  const file = new VFile({path: name})
  report(file, 'article-unreadable', 'Cannot process article', {cause: error})
  return failed(name, file)
}

function failed(name: string, file: VFile): JobResult {
  return {
    name,
    valid: false,
    document: undefined,
    outputs: undefined,
    summary: undefined,
    messages: file.messages.map((message) => toRecord(message))
  }
}

/** The small summary of a valid document. */
function summarize(document: Record<string, unknown>, slug: string): ArticleSummary {
  const graph = Array.isArray(document['@graph']) ? (document['@graph'] as unknown[]) : []
  const node = graph.find(
    (item): item is Record<string, unknown> => isRecord(item) && item['@type'] === 'NewsArticle'
  )
  const page = node && isRecord(node['mainEntityOfPage']) ? node['mainEntityOfPage']['@id'] : undefined
  const publisher = node && isRecord(node['publisher']) ? node['publisher']['name'] : undefined
  return {
    slug,
    headline: text(node?.['headline']),
    datePublished: text(node?.['datePublished']),
    url: text(node?.['url']) ?? text(page),
    inLanguage: text(node?.['inLanguage']),
    publisher: text(publisher)
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
