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
  'article-empty': {
    severity: 'error',
    description: 'The article file is empty or holds only white space.',
    fix: 'Write the article, or remove the empty file from the input.'
  },
  'article-not-text': {
    severity: 'error',
    description: 'The article file is not UTF-8 text (invalid UTF-8 bytes, or NUL bytes as in binary files).',
    fix: 'Save the file as UTF-8 text; the position is the first bad byte.'
  },
  'article-too-deep': {
    severity: 'error',
    description: 'The article nests block quotes, lists or emphasis more than 100 levels deep, which no article needs and which makes parsing slow.',
    fix: 'Flatten the nesting at the given position.'
  },
  'article-too-large': {
    severity: 'error',
    description: 'The article is larger than 5 MB (5,242,880 characters).',
    fix: 'Split the article, or remove embedded data (such as `data:` images).'
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
  'author-missing': {
    severity: 'warning',
    description: 'The article has no author (Google recommends `author` on every article).',
    fix: 'Add `author: Ada Lane` (or `{name, url}`) to the front matter, or a `By Ada Lane` byline.'
  },
  'author-name-byline': {
    severity: 'warning',
    description: 'An author name starts with “By” or “Posted by”: the name is only the name.',
    fix: 'Write only the name, e.g. `Ada Lane`, not `By Ada Lane`.'
  },
  'author-name-multiple': {
    severity: 'warning',
    description: 'An author name holds several people (“A and B”, “A, B”): Google wants one author object per person.',
    fix: 'List each author separately: `author: [Ada Lane, Sam Reed]`.'
  },
  'author-url-missing': {
    severity: 'warning',
    description: 'An author has no `url` (or `sameAs`) identifying them, as Google recommends.',
    fix: 'Give the author a profile page: `author: {name: Ada Lane, url: https://…}`.'
  },
  'config-invalid': {
    severity: 'error',
    description: 'The config (`newsld.config.json` or `"newsld"` in `package.json`) is not valid JSON or breaks `schemas/config.schema.json`.',
    fix: 'Fix the value at the given line and column; the README lists the config keys.'
  },
  'correction-ambiguous': {
    severity: 'warning',
    description: 'A front matter correction names more than one entity or quotation, so it was not applied.',
    fix: 'Give the full name or a `type`, or a longer fragment of the quotation (or its number).'
  },
  'correction-unmatched': {
    severity: 'warning',
    description: 'A front matter correction names an entity or quotation the extraction did not find, so it was not applied.',
    fix: 'Check the name against the review page (`<slug>.review.html`); add a missing entity with `add: true`.'
  },
  'corrections-invalid': {
    severity: 'error',
    description: 'Front matter `corrections` does not match `schemas/corrections.schema.json`.',
    fix: 'Write a list of `{name, …}` or `{quotation, speaker}` mappings (see Corrections in the README).'
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
  'date-timezone-missing': {
    severity: 'warning',
    description: '`datePublished` or `dateModified` has no time zone (a date alone, or a time without `Z`/offset), so Google assumes one.',
    fix: 'Write a date-time with a time zone, e.g. `2025-08-17T09:30:00+02:00`.'
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
  'document-missing': {
    severity: 'error',
    description: 'No JSON-LD document was built for the article.',
    fix: 'Fix the errors reported before it; the article stage must run.'
  },
  'graph-id-conflict': {
    severity: 'error',
    description: 'Two definitions of the same `@id` in the document disagree (another `@type` or another value for the same property).',
    fix: 'Report it as a bug: a node is defined once, and repeated inline copies must agree.'
  },
  'graph-id-duplicate': {
    severity: 'error',
    description: 'Two nodes in `@graph` have the same `@id`.',
    fix: 'Report it as a bug: the graph builder gives every node its own id.'
  },
  'graph-ref-dangling': {
    severity: 'error',
    description: 'A reference (`{"@id": …}`) points at no node in the document.',
    fix: 'Report it as a bug: the graph builder only refers to nodes it writes.'
  },
  'graph-ref-type': {
    severity: 'error',
    description: 'A reference points at a node of a type outside the property’s schema.org range (such as `spokenByCharacter` pointing at a Place).',
    fix: 'Report it as a bug: e.g. `spokenByCharacter`, `attendee` take a Person or Organization, `location` a Place.'
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
  'headline-not-visible': {
    severity: 'warning',
    description: 'The `headline` in the JSON-LD differs from the headline shown on the page (the `#` heading or first line).',
    fix: 'Make the front matter `headline` match the visible headline, or drop one of them.'
  },
  'headline-too-long': {
    severity: 'warning',
    description: 'The headline is longer than 110 characters, which Google may truncate.',
    fix: 'Shorten the headline to at most 110 characters.'
  },
  'image-invalid': {
    severity: 'error',
    description: 'Front matter `image` is not a URL or an `{url, caption, credit, width, height}` mapping.',
    fix: 'Write `image: https://…` or a mapping with a string `url` and positive integer `width`/`height`.'
  },
  'image-missing': {
    severity: 'warning',
    description: 'The article has no image URL (Google recommends an image on every article).',
    fix: 'Add `image: https://…` (or `{url, caption, credit, width, height}`) to the front matter, or a Markdown image.'
  },
  'image-too-small': {
    severity: 'warning',
    description: 'The image has fewer than 50,000 pixels (width × height), below Google’s minimum.',
    fix: 'Use a larger image, e.g. 1200 pixels wide.'
  },
  'image-url-relative': {
    severity: 'warning',
    description: 'The image URL is not an absolute `http(s)` URL, so search engines cannot fetch it.',
    fix: 'Write the full address, starting with `https://`.'
  },
  'in-language-invalid': {
    severity: 'error',
    description: 'Front matter `inLanguage` is not a BCP 47 language tag.',
    fix: 'Write a language tag such as `en` or `en-GB`.'
  },
  'input-invalid': {
    severity: 'error',
    description: 'An NDJSON input line is not a JSON object with an `id` and a string `text` or `markdown`.',
    fix: 'Write one object per line, such as `{"id": "a1", "markdown": "# Headline…"}`.'
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
  'output-conflict': {
    severity: 'error',
    description: 'Two articles would write the same output file, or an output would overwrite a source.',
    fix: 'Give one article another `slug` (front matter) or file name, or pick another output folder.'
  },
  'output-slug-unsafe': {
    severity: 'error',
    description: 'The article’s slug is not a plain file name, so outputs could land outside the output folder.',
    fix: 'Use a `slug` of letters, digits and dashes, without `/`, `\\` or a leading dot.'
  },
  'output-unwritable': {
    severity: 'error',
    description: 'An output file could not be written.',
    fix: 'Check the output folder exists or can be created and is writable.'
  },
  'person-not-in-text': {
    severity: 'warning',
    description: 'A Person’s name does not occur in the article text or front matter.',
    fix: 'Report it as a bug in the people stage: names are copied from the text.'
  },
  'publisher-invalid': {
    severity: 'error',
    description: 'Front matter `publisher` is not a name or a `{name, url, logo}` mapping.',
    fix: 'Write `publisher: Example News` or `publisher: {name: Example News, url: https://…}`.'
  },
  'publisher-logo-missing': {
    severity: 'warning',
    description: 'The publisher has no `logo`.',
    fix: 'Add `logo: https://…` to the front matter `publisher`.'
  },
  'publisher-missing': {
    severity: 'warning',
    description: 'The article has no publisher.',
    fix: 'Add `publisher: {name: Example News, url: https://…, logo: https://…}` to the front matter.'
  },
  'quotation-not-in-text': {
    severity: 'error',
    description: 'A Quotation’s text does not occur in the article text: it would put words in someone’s mouth.',
    fix: 'Report it as a bug in the quotations stage: quotations are copied from the text.'
  },
  'registry-conflict': {
    severity: 'error',
    description: 'Two entity registry entries have the same `id`, or share a name or alias with the same `type`.',
    fix: 'Give every entry its own `id`, and each name or alias to one entry of a type.'
  },
  'registry-invalid': {
    severity: 'error',
    description: 'The entity registry (`entities.yaml`) is not YAML or does not match `schemas/entities.schema.json`.',
    fix: 'Fix the entry at the given line: each needs an absolute `id`, a `type` (Person, Organization or Place) and a `name`.'
  },
  'schema-additional-properties': {
    severity: 'error',
    description: 'A node has a property its schema does not allow.',
    fix: 'Remove the property, or add it to the schema in `schemas/` if schema.org allows it.'
  },
  'schema-const': {
    severity: 'error',
    description: 'A value must be one fixed value (such as `@context` or `@type`).',
    fix: 'Use the expected value.'
  },
  'schema-contains': {
    severity: 'error',
    description: 'The `@graph` must hold exactly one `NewsArticle`.',
    fix: 'Process one article per file.'
  },
  'schema-enum': {
    severity: 'error',
    description: 'A value is not one of the allowed values (such as a node `@type`).',
    fix: 'Use one of the listed values.'
  },
  'schema-format': {
    severity: 'error',
    description: 'A value has the wrong format (date, URI).',
    fix: 'Write dates as ISO 8601 (`2025-08-17`, `2025-08-17T09:30:00Z`) and URLs as absolute `https://` addresses.'
  },
  'schema-invalid': {
    severity: 'error',
    description: 'The document breaks a schema rule that has no rule of its own.',
    fix: 'See the message; the rule is in `schemas/`.'
  },
  'schema-min-items': {
    severity: 'error',
    description: 'A list is empty that must have items.',
    fix: 'Leave the property out instead of giving an empty list.'
  },
  'schema-min-length': {
    severity: 'error',
    description: 'A text value is empty (headline, name, caption…).',
    fix: 'Give the value in the article or front matter, or leave the field out.'
  },
  'schema-minimum': {
    severity: 'error',
    description: 'A number is below its minimum (word count, image size).',
    fix: 'Give a positive number.'
  },
  'schema-pattern': {
    severity: 'error',
    description: 'A value does not have the required shape (such as a BCP 47 `inLanguage` tag).',
    fix: 'Write the language as a tag such as `en` or `en-GB`.'
  },
  'schema-required': {
    severity: 'error',
    description: 'A required property is missing (such as the `headline`).',
    fix: 'Give the value: the headline in front matter `headline`/`title`, a `#` heading, or the first line.'
  },
  'schema-type': {
    severity: 'error',
    description: 'A value has the wrong JSON type (text where a list is expected, say).',
    fix: 'Check the front-matter value: lists as YAML lists, dates and text as strings.'
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
    fix: 'Write the full address, starting with `https://`. Characters a URI may not hold but browsers take (`|`, spaces, braces, non-ASCII letters) are percent-encoded, not refused.'
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
  const cause = toError(options.cause)
  // A VFileMessage is an Error, so constructing one captures a stack trace,
  // which vfile-message then overwrites (with '' for a message made from a
  // reason). Capturing none makes each message several times cheaper; a
  // `cause` was made above and keeps its own stack.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(reason, {place: options.place, ruleId, source: options.source ?? 'newsld', cause})
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
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
