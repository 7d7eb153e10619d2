/**
 * Reports on stderr: one line per message,
 * `file:line:col  severity  reason  rule-id`, then a summary; or, with
 * `--report json`, one JSON object.
 *
 * Messages cross worker threads as plain `MessageRecord`s, so reporting
 * works on those.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type SeverityName = 'error' | 'warning' | 'info'

/** A message as plain data (the JSON report's shape, plus the cause's text). */
export interface MessageRecord {
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  severity: SeverityName
  reason: string
  ruleId: string | null
  source: string | null
  actual: string | null
  expected: string[] | null
  note: string | null
  url: string | null
  /** The message of the error that caused it, if any. */
  cause: string | null
}

/** One article in the JSON report. */
export interface FileReport {
  path: string
  /** Paths of the outputs written for this file (relative to the cwd). */
  written: string[]
  messages: MessageRecord[]
  /** Whether the article was unchanged and not rebuilt (its messages are not repeated). */
  skipped?: boolean
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

/** Severity of a message, as unified-engine counts it. */
export function severityOf(message: VFileMessage): SeverityName {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A VFile message as plain data. */
export function toRecord(message: VFileMessage): MessageRecord {
  const place = message.place
  const start = place && 'start' in place ? place.start : undefined
  const end = place && 'end' in place ? place.end : undefined
  return {
    line: start ? start.line : (message.line ?? null),
    column: start ? start.column : (message.column ?? null),
    endLine: end ? end.line : null,
    endColumn: end ? end.column : null,
    severity: severityOf(message),
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    note: message.note ?? null,
    url: message.url ?? null,
    cause: message.cause instanceof Error ? message.cause.message : null
  }
}

/** Count messages by severity. */
export function countRecords(messages: readonly MessageRecord[], counts: Counts = {errors: 0, warnings: 0, infos: 0}): Counts {
  for (const message of messages) {
    if (message.severity === 'error') counts.errors++
    else if (message.severity === 'warning') counts.warnings++
    else counts.infos++
  }
  return counts
}

export function countMessages(files: readonly VFile[]): Counts {
  const counts: Counts = {errors: 0, warnings: 0, infos: 0}
  for (const file of files) countRecords(file.messages.map((message) => toRecord(message)), counts)
  return counts
}

/** One line for one message (without a final newline). */
export function formatRecord(path: string, message: MessageRecord): string {
  const name = path ? path.replace(/\\/g, '/') : '<stdin>'
  let text = name + ':' + (message.line ?? 1) + ':' + (message.column ?? 1) + '  ' + message.severity + '  ' + message.reason
  if (message.ruleId) text += '  ' + message.ruleId
  if (message.cause) text += '\n  [cause]: ' + message.cause
  return text
}

/** One line for one VFile message (without a final newline). */
export function formatMessage(file: VFile, message: VFileMessage): string {
  return formatRecord(file.path, toRecord(message))
}

/** Every message of one file, one line each with a final newline (empty without messages). */
export function formatLines(path: string, messages: readonly MessageRecord[]): string {
  let text = ''
  for (const message of messages) text += formatRecord(path, message) + '\n'
  return text
}

/** The count line after the messages (`3 messages (1 error, 2 warnings)`), or empty. */
export function formatCounts(counts: Counts): string {
  const total = counts.errors + counts.warnings + counts.infos
  if (total === 0) return ''
  const parts: string[] = []
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'))
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'))
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'))
  return '\n' + plural(total, 'message') + ' (' + parts.join(', ') + ')\n'
}

/** The JSON report. */
export function formatJson(reports: readonly FileReport[]): string {
  const counts: Counts = {errors: 0, warnings: 0, infos: 0}
  for (const entry of reports) countRecords(entry.messages, counts)
  return (
    JSON.stringify(
      {
        files: reports.map(({path, written, messages, skipped}) => ({
          path,
          written,
          skipped: skipped ?? false,
          messages: messages.map(({cause: _cause, ...rest}) => rest)
        })),
        ...counts
      },
      null,
      2
    ) + '\n'
  )
}

export function plural(count: number, word: string): string {
  return count + ' ' + word + (count === 1 ? '' : 's')
}
