/**
 * Validation is a list of rule layers run in order over the finished
 * document. Each layer only looks at the JSON-LD and returns findings;
 * `remarkValidate` turns findings into messages with a source place.
 *
 * Layers today: `schemaLayer` (the JSON Schemas in `schemas/`, through Ajv)
 * and `graphLayer` (ids unique, references resolve). More (such as search
 * engine guidance) are added by appending to `defaultLayers`.
 */
import type {RuleId} from '../diagnostics.js'

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

export interface RuleLayer {
  /** Short name, used as the message `source` (`newsld:schema`). */
  name: string
  /** Check a document. */
  check(document: Record<string, unknown>): Finding[]
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
