/**
 * `newsld extract --ndjson`: one article per line on stdin,
 * `{"id", "text" | "markdown", …front matter fields}`, and one result per
 * line on stdout, `{"id", "document", "diagnostics"}`, written as each
 * finishes (so in input order only with `--jobs 1`).
 *
 * `document` is null when the article is not fit to publish. A line that is
 * not such an object gives a result with an `input-invalid` diagnostic (and
 * the `id` when it has one); it never stops the stream. Blank lines are
 * skipped.
 */
import {createInterface} from 'node:readline'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import type {Job} from './job.js'
import type {Pool} from './pool.js'
import {toRecord, type MessageRecord} from './report.js'
import type {Writer} from './run.js'

export interface NdjsonStats {
  lines: number
  /** Results with an error (or a warning when frail). */
  failing: number
}

/** Read NDJSON articles from `input`, write results to `output`. */
export async function extractNdjson(
  input: Readable,
  output: Writer,
  pool: Pool,
  options: ProcessorOptions,
  frail: boolean
): Promise<NdjsonStats> {
  const stats: NdjsonStats = {lines: 0, failing: 0}
  const lines = createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})
  const limit = pool.size * 4
  const running = new Set<Promise<void>>()

  const emit = (id: unknown, document: unknown, diagnostics: MessageRecord[]) => {
    if (diagnostics.some((message) => message.severity === 'error' || (frail && message.severity === 'warning'))) {
      stats.failing++
    }
    output.write(JSON.stringify({id, document: document ?? null, diagnostics}) + '\n')
  }

  for await (const line of lines) {
    stats.lines++
    if (line.trim() === '') continue
    const number = stats.lines
    const parsed = toJob(line, number, options)
    if ('problem' in parsed) {
      emit(parsed.id, null, parsed.problem)
      continue
    }
    const task = pool.run(parsed.job).then((result) => {
      emit(parsed.id, result.document, result.messages)
    })
    const tracked = task.finally(() => running.delete(tracked))
    running.add(tracked)
    if (running.size >= limit) await Promise.race(running)
  }
  await Promise.all(running)
  return stats
}

/** Turn one line into a job, or the diagnostics of a bad line. */
export function toJob(
  line: string,
  number: number,
  options: ProcessorOptions
): {id: unknown; job: Job} | {id: unknown; problem: MessageRecord[]} {
  const where = 'stdin:' + number
  let data: unknown
  try {
    data = JSON.parse(line)
  } catch (error) {
    return {id: null, problem: invalid(where, 'Cannot parse line ' + number + ' as JSON', error)}
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {id: null, problem: invalid(where, 'Unexpected ' + (Array.isArray(data) ? 'list' : typeof data === 'object' ? 'null' : typeof data) + ' on line ' + number + ', expected an object')}
  }
  const {id, text, markdown, ...matter} = data as Record<string, unknown>
  const shownId = id === undefined ? null : id
  if (typeof id !== 'string' && typeof id !== 'number') {
    return {id: shownId, problem: invalid(where, 'Missing `id` (a string or number) on line ' + number)}
  }
  const name = String(id)
  if ((typeof text === 'string') === (typeof markdown === 'string')) {
    return {
      id,
      problem: invalid(
        name,
        typeof text === 'string'
          ? 'Unexpected both `text` and `markdown` on line ' + number + ', expected one'
          : 'Missing `text` or `markdown` (a string) on line ' + number
      )
    }
  }
  const job: Job = {
    name,
    value: typeof text === 'string' ? text : (markdown as string),
    options: {
      ...options,
      format: typeof text === 'string' ? 'text' : 'markdown',
      ...(Object.keys(matter).length > 0 ? {matter} : {})
    },
    render: false
  }
  return {id, job}
}

function invalid(name: string, reason: string, cause?: unknown): MessageRecord[] {
  const file = new VFile({path: name})
  report(file, 'input-invalid', reason, {source: 'newsld', cause})
  return file.messages.map((message) => toRecord(message))
}
