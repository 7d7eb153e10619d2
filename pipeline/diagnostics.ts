/**
 * The diagnostics catalogue: every ruleId the pipeline can raise, with its
 * severity, and the one helper every stage reports through.
 *
 * Rule ids are kebab-case `<field>-<problem>`, unique, and never renamed.
 * The README's Diagnostics table is generated from `catalogue`.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export type Severity = 'error' | 'warning' | 'info'

export interface RuleInfo {
  severity: Severity
  /** What the rule means, for the README table. */
  description: string
  /** How to fix it, for the README table. */
  fix: string
}

/** Every rule. Add new ones here (kept in alphabetical order). */
export const catalogue = {
  'article-unreadable': {
    severity: 'error',
    description: 'The pipeline could not process the article at all.',
    fix: 'See the cause in the message; check the file is UTF-8 text.'
  }
} as const satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof catalogue

export const docsUrl = 'https://github.com/newsld/newsld#diagnostics'

export interface ReportOptions {
  /** Where in the source (optional). */
  place?: Point | Position | undefined
  /** The emitting plugin, e.g. `remark-article` (default: `newsld`). */
  source?: string | undefined
  /** The bad value (optional). */
  actual?: string | undefined
  /** The allowed values (optional). */
  expected?: string[] | undefined
  /** How to fix it (optional). */
  note?: string | undefined
  /** The error that caused it (optional). */
  cause?: unknown
}

/**
 * Report a diagnostic on `file` with the catalogue's severity: `error` adds a
 * fatal (not thrown) message, `warning` a message, `info` an info.
 */
export function report(file: VFile, ruleId: RuleId, reason: string, options: ReportOptions = {}): VFileMessage {
  const severity: Severity = catalogue[ruleId].severity
  const message = file.message(reason, {
    place: options.place,
    ruleId,
    source: options.source ?? 'newsld',
    cause: toError(options.cause)
  })
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.url = docsUrl
  if (options.actual !== undefined) message.actual = options.actual
  if (options.expected !== undefined) message.expected = options.expected
  if (options.note !== undefined) message.note = options.note
  return message
}

function toError(cause: unknown): Error | undefined {
  if (cause === undefined || cause === null) return undefined
  return cause instanceof Error ? cause : new Error(String(cause))
}
