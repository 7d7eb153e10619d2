/**
 * Validation stage: check the finished JSON-LD document, layer by layer.
 *
 * Reads: `file.data.jsonLd`, `file.data.provenance`, and for the text layer
 * `file.data.text`, `file.data.article`, `file.data.quotations`.
 * Writes: messages (every finding is a message with its rule's severity —
 * errors fatal, not thrown — and the source place found through the
 * provenance map).
 * Emits: `document-missing`; schema layer: `schema-*` (one per JSON Schema
 * keyword, see the catalogue); graph layer: `graph-id-conflict`,
 * `graph-id-duplicate`, `graph-ref-dangling`, `graph-ref-type`; guidance
 * layer: `author-missing`, `author-name-byline`, `author-name-multiple`,
 * `author-url-missing`, `date-timezone-missing`, `headline-too-long`,
 * `image-missing`, `image-too-small`, `image-url-relative`,
 * `publisher-logo-missing`, `publisher-missing`; text layer:
 * `headline-not-visible`, `person-not-in-text`, `quotation-not-in-text`.
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {ProvenanceMap} from '../data.js'
import {report} from '../diagnostics.js'
import {graphLayer} from './graph-layer.js'
import {guidanceLayer} from './guidance-layer.js'
import type {LayerContext, RuleLayer} from './layer.js'
import {schemaLayer} from './schema-layer.js'
import {textLayer} from './text-layer.js'

export interface ValidateOptions {
  /** Rule layers to run, in order (default: `defaultLayers`). */
  layers?: readonly RuleLayer[] | undefined
}

/** The layers every document goes through. */
export const defaultLayers: readonly RuleLayer[] = [schemaLayer, graphLayer, guidanceLayer, textLayer]

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
    const context: LayerContext = {
      text: file.data.text,
      article: file.data.article,
      quotations: file.data.quotations
    }
    for (const layer of layers) {
      for (const finding of layer.check(document, context)) {
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
