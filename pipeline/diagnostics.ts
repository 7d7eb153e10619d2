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
  'article-body-empty': {
    severity: 'warning',
    description: 'The article has no body text after the headline, standfirst and figure.',
    fix: 'Add the article text as paragraphs after the headline.'
  },
  'article-unreadable': {
    severity: 'error',
    description: 'The pipeline could not process the article at all.',
    fix: 'See the cause in the message; check the file is UTF-8 text.'
  },
  'author-invalid': {
    severity: 'error',
    description: 'Front matter `author` is not a name, a `{name, url}` mapping, or a list of those.',
    fix: 'Write `author: Ada Lane`, `author: {name: Ada Lane, url: https://…}` or a list of those.'
  },
  'date-modified-before-published': {
    severity: 'warning',
    description: '`dateModified` is earlier than `datePublished`.',
    fix: 'Check both dates; `dateModified` is the last update, on or after publication.'
  },
  'date-modified-invalid': {
    severity: 'error',
    description: 'Front matter `dateModified` is not an ISO 8601 date or date-time.',
    fix: 'Write the date as `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`.'
  },
  'date-published-invalid': {
    severity: 'error',
    description: 'Front matter `datePublished` (or `date`) is not an ISO 8601 date or date-time.',
    fix: 'Write the date as `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`.'
  },
  'date-published-missing': {
    severity: 'warning',
    description: 'The article has no `datePublished`, which search engines expect.',
    fix: 'Add `datePublished: YYYY-MM-DD` to the front matter (or hand it over as metadata).'
  },
  'description-invalid': {
    severity: 'error',
    description: 'Front matter `description` is not text.',
    fix: 'Write the standfirst as a string.'
  },
  'description-missing': {
    severity: 'warning',
    description: 'No description: no front matter `description` and no short paragraph after the headline.',
    fix: 'Add `description` to the front matter, or a one-sentence standfirst after the headline.'
  },
  'headline-invalid': {
    severity: 'error',
    description: 'Front matter `headline` (or `title`) is not text, or is empty.',
    fix: 'Write the headline as a non-empty string.'
  },
  'headline-missing': {
    severity: 'error',
    description: 'No headline: no front matter `headline`/`title`, no `#` heading and no first line.',
    fix: 'Start the article with its headline (a `#` heading in Markdown, the first line in plain text).'
  },
  'image-invalid': {
    severity: 'error',
    description: 'Front matter `image` is not a URL or an `{url, caption, credit, width, height}` mapping.',
    fix: 'Write `image: https://…` or a mapping with a string `url` and positive integer `width`/`height`.'
  },
  'in-language-invalid': {
    severity: 'error',
    description: 'Front matter `inLanguage` is not a BCP 47 language tag.',
    fix: 'Write a language tag such as `en` or `en-GB`.'
  },
  'keywords-invalid': {
    severity: 'error',
    description: 'Front matter `keywords` is not a list of strings or a comma-separated string.',
    fix: 'Write `keywords: [politics, ukraine]` or `keywords: politics, ukraine`.'
  },
  'matter-invalid-yaml': {
    severity: 'error',
    description: 'The YAML front matter cannot be parsed.',
    fix: 'Fix the YAML at the given line and column (quote values that contain `: ` or start with `[`, `{`, `*`).'
  },
  'matter-not-mapping': {
    severity: 'error',
    description: 'The front matter is valid YAML but not a mapping of keys to values.',
    fix: 'Write the front matter as `key: value` lines.'
  },
  'matter-unknown-key': {
    severity: 'info',
    description: 'A front matter key that newsld does not use (it is kept in `file.data.matter`).',
    fix: 'Check the spelling against the keys listed under Input format.'
  },
  'publisher-invalid': {
    severity: 'error',
    description: 'Front matter `publisher` is not a name or a `{name, url, logo}` mapping.',
    fix: 'Write `publisher: Example News` or `publisher: {name: Example News, url: https://…}`.'
  },
  'section-invalid': {
    severity: 'error',
    description: 'Front matter `section` is not text.',
    fix: 'Write the section as a string, e.g. `section: Politics`.'
  },
  'slug-invalid': {
    severity: 'error',
    description: 'Front matter `slug` is not text or has no letters or digits.',
    fix: 'Write the slug as a string such as `putin-ukraine-security`; the file name is used otherwise.'
  },
  'url-invalid': {
    severity: 'error',
    description: 'A front matter URL (`url`, `author.url`, `publisher.url`) is not an absolute http(s) URL.',
    fix: 'Write the full address, starting with `https://`.'
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
