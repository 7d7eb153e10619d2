/**
 * Validation stage: check the finished JSON-LD document, layer by layer.
 *
 * Reads: `file.data.jsonLd`, `file.data.provenance`.
 * Writes: messages (every finding is a fatal, not thrown, message with the
 * source place found through the provenance map).
 * Emits: `document-missing`, `graph-id-duplicate`, `graph-ref-dangling`,
 * `schema-*` (one per JSON Schema keyword, see the catalogue).
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ProvenanceMap} from '../data.js'
import {report} from '../diagnostics.js'
import {graphLayer} from './graph-layer.js'
import type {RuleLayer} from './layer.js'
import {schemaLayer} from './schema-layer.js'

export interface ValidateOptions {
  /** Rule layers to run, in order (default: `defaultLayers`). */
  layers?: readonly RuleLayer[] | undefined
}

/** The layers every document goes through. */
export const defaultLayers: readonly RuleLayer[] = [schemaLayer, graphLayer]

const emptyOptions: ValidateOptions = {}

/** Validate `file.data.jsonLd`; an invalid document gets fatal messages. */
export function remarkValidate(options?: Readonly<ValidateOptions> | null) {
  const settings = options ?? emptyOptions
  const layers = settings.layers ?? defaultLayers
  return function (_tree: Root, file: VFile): undefined {
    const document = file.data.jsonLd
    if (document === undefined) {
      // Only worth saying when nothing earlier explained it.
      if (!file.messages.some((message) => message.fatal)) {
        report(file, 'document-missing', 'Missing JSON-LD document, expected the graph stage to build one', {
          source: 'remark-validate'
        })
      }
      return
    }
    const provenance = file.data.provenance ?? {}
    for (const layer of layers) {
      for (const finding of layer.check(document)) {
        report(file, finding.ruleId, finding.reason, {
          place: placeOf(provenance, finding.instancePath),
          source: 'remark-validate',
          actual: finding.actual,
          expected: finding.expected,
          note: finding.note
        })
      }
    }
  }
}

/**
 * Source position for a JSON pointer: the value's own, else the nearest
 * ancestor's (a missing property is reported on its node), else none.
 */
export function placeOf(provenance: ProvenanceMap, pointer: string): Position | undefined {
  let path = pointer
  while (path !== '') {
    const position = provenance[path]
    if (position !== undefined) return position
    path = path.slice(0, path.lastIndexOf('/'))
  }
  return undefined
}
