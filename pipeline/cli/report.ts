/**
 * Reports on stderr: one line per message,
 * `file:line:col  severity  reason  rule-id`, then a summary; or, with
 * `--report json`, one JSON object.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface FileReport {
  file: VFile
  /** Paths of the outputs written for this file (relative to the cwd). */
  written: string[]
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

/** Severity of a message, as unified-engine counts it. */
export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export function countMessages(files: readonly VFile[]): Counts {
  const counts: Counts = {errors: 0, warnings: 0, infos: 0}
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message)
      if (severity === 'error') counts.errors++
      else if (severity === 'warning') counts.warnings++
      else counts.infos++
    }
  }
  return counts
}

/** One line for one message (without a final newline). */
export function formatMessage(file: VFile, message: VFileMessage): string {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const path = file.path ? file.path.replace(/\\/g, '/') : '<stdin>'
  let text = path + ':' + line + ':' + column + '  ' + severityOf(message) + '  ' + message.reason
  if (message.ruleId) text += '  ' + message.ruleId
  const cause = message.cause instanceof Error ? message.cause.message : undefined
  if (cause) text += '\n  [cause]: ' + cause
  return text
}

/** The text report: every message of every file, then the counts (empty when there are none). */
export function formatText(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) lines.push(formatMessage(file, message))
  }
  if (lines.length === 0) return ''
  const counts = countMessages(files)
  const parts: string[] = []
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'))
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'))
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'))
  lines.push('', plural(lines.length, 'message') + ' (' + parts.join(', ') + ')')
  return lines.join('\n') + '\n'
}

/** The JSON report. */
export function formatJson(reports: readonly FileReport[]): string {
  const counts = countMessages(reports.map((report) => report.file))
  return (
    JSON.stringify(
      {
        files: reports.map(({file, written}) => ({
          path: file.path,
          written,
          messages: file.messages.map((message) => ({
            line: message.place && 'start' in message.place ? message.place.start.line : (message.line ?? null),
            column:
              message.place && 'start' in message.place ? message.place.start.column : (message.column ?? null),
            endLine: message.place && 'end' in message.place ? message.place.end.line : null,
            endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
            severity: severityOf(message),
            reason: message.reason,
            ruleId: message.ruleId ?? null,
            source: message.source ?? null,
            actual: message.actual ?? null,
            expected: message.expected ?? null,
            note: message.note ?? null,
            url: message.url ?? null
          }))
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
