/**
 * One unit of work for the pool: process one article and render its outputs.
 *
 * Jobs and results are plain, structured-cloneable objects (no VFile, no
 * Error), so the same function runs in-process (`--jobs 1`) and in a worker
 * thread. `runJob` never throws: anything thrown becomes a diagnostic.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import {renderOutputs} from '../emit/render.js'
import {processArticle} from '../index.js'
import {toRecord} from './report.js'
import {contentHash} from './cache.js'
import {failed, failedResult, isPlainFileName, type ArticleSummary, type Job, type JobResult, type OutputSuffix, type PendingOutput} from './result.js'
import {renderReviewLines} from '../review/render-review.js'
import {removeQuietly, writeLinesSync} from './write.js'
import {decodeArticle} from '../validate/check-input.js'

export type {ArticleSummary, Job, JobResult} from './result.js'
export {failedResult} from './result.js'

/** Process one job; never throws. */
export async function runJob(job: Job): Promise<JobResult> {
  try {
    let value = job.value
    if (value === undefined) {
      const file = new VFile({path: job.name})
      let bytes: Uint8Array
      try {
        // Synchronous: a worker thread has nothing else to do meanwhile.
        bytes = readFileSync(job.path ?? job.name)
      } catch (error) {
        report(file, 'article-unreadable', 'Cannot read article', {cause: error})
        return failed(job.name, file)
      }
      // Bytes that are not UTF-8 are reported at their place, not replaced.
      value = decodeArticle(file, bytes)
      if (value === undefined) return failed(job.name, file)
    }
    const hash = job.cacheKey === undefined ? undefined : contentHash(job.cacheKey, value)
    if (hash !== undefined && hash === job.previousHash) {
      return {name: job.name, valid: true, document: undefined, outputs: undefined, summary: undefined, messages: [], hash, unchanged: true}
    }
    const result = await processArticle({value, path: job.name}, job.options)
    const file = result.file
    const document = result.valid ? result.document : undefined
    const rendered = document !== undefined && job.render ? renderOutputs(file) : undefined
    const article = file.data.article
    const done: JobResult = {
      name: job.name,
      valid: document !== undefined,
      document: job.write ? undefined : document,
      outputs: rendered && !job.write ? {jsonld: rendered.jsonld, page: rendered.page, snippet: rendered.snippet} : undefined,
      summary: article && document ? summarize(document, article.slug) : undefined,
      messages: file.messages.map((message) => toRecord(message)),
      hash
    }
    if (rendered && job.write && isPlainFileName(rendered.slug)) {
      const contents: Record<OutputSuffix, () => string | string[]> = {
        '.jsonld': () => rendered.jsonld,
        '.html': () => rendered.page,
        '.snippet.html': () => rendered.snippet,
        // The editor's review page, only when asked for (the largest
        // output: written line by line, see `writeLinesSync`).
        '.review.html': () => {
          const lines = renderReviewLines(file)
          // A valid document always has its text; a missing page is a write error.
          if (lines === undefined) throw new Error('No review page without the article text')
          return lines
        }
      }
      const pending: PendingOutput[] = []
      try {
        for (const suffix of job.write.suffixes) {
          const path = join(job.write.folder, rendered.slug + suffix)
          const temp = path + '.tmp-' + job.write.tag
          pending.push({path, temp})
          const content = contents[suffix]()
          if (typeof content === 'string') writeFileSync(temp, content, 'utf8')
          else writeLinesSync(temp, content)
        }
        done.pending = pending
      } catch (error) {
        for (const output of pending) removeQuietly(output.temp)
        done.writeError = error instanceof Error ? error.message : String(error)
      }
    }
    return done
  } catch (error) {
    // A bug in a stage or the renderer: report it on this article only.
    return failedResult(job.name, error)
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
