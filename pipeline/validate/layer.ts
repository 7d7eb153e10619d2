/**
 * Validation is a list of rule layers run in order over the finished
 * document. Each layer only looks at the JSON-LD and returns findings;
 * `remarkValidate` turns findings into messages with a source place.
 *
 * Layers, in order (`defaultLayers`):
 *
 * 1. `schemaLayer`: the JSON Schemas in `schemas/`, through Ajv (errors);
 * 2. `graphLayer`: ids unique and consistent, references resolve to a node
 *    of a type in the property's schema.org range (errors);
 * 3. `guidanceLayer`: Google's Article guidance (warnings);
 * 4. `textLayer`: consistency with the visible text (quotations and names
 *    occur in the text, the headline is the visible one).
 *
 * The severity of each finding is its rule's, from the catalogue.
 */
import type {RuleId} from '../diagnostics.js'
import type {ArticleFields, QuotationsData} from '../data.js'
import type {ArticleText} from '../text/article-text.js'

/** One problem found in the document. */
export interface Finding {
  ruleId: RuleId
  /** One markdown sentence: what is wrong and what was expected. */
  reason: string
  /** JSON pointer (RFC 6901) of the value at fault, `''` for the whole document. */
  instancePath: string
  /** The bad value (optional). */
  actual?: string | undefined
  /** The allowed values (optional). */
  expected?: string[] | undefined
  /** How to fix it (optional). */
  note?: string | undefined
}

/** What a layer may know besides the document: the stages' slices (all optional). */
export interface LayerContext {
  /** The article text the extractors read (`file.data.text`). */
  text?: ArticleText | undefined
  /** The article's fields (`file.data.article`). */
  article?: ArticleFields | undefined
  /** The quotations stage's slice (`file.data.quotations`), for their offsets. */
  quotations?: QuotationsData | undefined
}

export interface RuleLayer {
  /** Short name, used as the message `source` (`newsld:schema`). */
  name: string
  /** Check a document. */
  check(document: Record<string, unknown>, context: LayerContext): Finding[]
}

/** The `@graph` nodes that are objects, with their index. */
export function graphNodes(document: Record<string, unknown>): Array<[Record<string, unknown>, number]> {
  const graph = document['@graph']
  if (!Array.isArray(graph)) return []
  const result: Array<[Record<string, unknown>, number]> = []
  graph.forEach((node: unknown, index) => {
    if (isRecord(node)) result.push([node, index])
  })
  return result
}

/** Whether `value` is a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Resolve a JSON pointer in `document` (undefined when it points nowhere). */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document
  let value: unknown = document
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/** Name the node a pointer is in: “Person `Ada Lane`”, or “the document”. */
export function describeNode(document: unknown, pointer: string): string {
  const match = /^\/@graph\/(\d+)/.exec(pointer)
  if (!match) return 'the document'
  const node = resolvePointer(document, match[0])
  if (node === null || typeof node !== 'object') return 'node ' + match[1]
  const record = node as Record<string, unknown>
  const type = typeof record['@type'] === 'string' ? record['@type'] : 'node ' + match[1]
  const label = record['name'] ?? record['headline'] ?? record['text']
  return typeof label === 'string' && label !== '' ? type + ' `' + truncate(label, 40) + '`' : type
}

/** Short display form of a JSON value. */
export function display(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return truncate(text, 60)
}

function truncate(value: string, length: number): string {
  return value.length > length ? value.slice(0, length - 1) + '…' : value
}
