/**
 * Graph stage: turn the extracted slices into one schema.org JSON-LD document.
 *
 * Reads: `file.data.article`, `.people`, `.quotations`, `.events`.
 * Writes: `file.data.jsonLd` (a `@graph` with the NewsArticle and its Person,
 * Organization, Place, Event and Quotation nodes), `file.data.provenance`
 * (JSON pointer into `jsonLd` → source position).
 * Emits: (none; a missing `article` slice leaves `jsonLd` unset, which the
 * validation stage reports).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {buildGraph} from './build-graph.js'

export interface GraphOptions {
  /**
   * Base URL for `@id`s when the article has no `url` (optional); without
   * either, ids use the `urn:newsld:<slug>` scheme.
   */
  siteUrl?: string | undefined
}

const emptyOptions: GraphOptions = {}

/** Build `file.data.jsonLd` and `file.data.provenance`. */
export function remarkGraph(options?: Readonly<GraphOptions> | null) {
  const settings = options ?? emptyOptions
  return function (_tree: Root, file: VFile): undefined {
    const article = file.data.article
    if (article === undefined) return
    const {document, provenance} = buildGraph(
      {
        article,
        people: file.data.people,
        quotations: file.data.quotations,
        events: file.data.events
      },
      settings.siteUrl
    )
    file.data.jsonLd = document as unknown as Record<string, unknown>
    file.data.provenance = provenance
  }
}
