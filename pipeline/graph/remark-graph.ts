/**
 * Graph stage (skeleton: the foundation issue fills it in).
 *
 * Reads: `file.data.article`, `.people`, `.quotations`, `.events`.
 * Writes: `file.data.jsonLd`, `file.data.provenance`. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface GraphOptions {
  /** Base URL for `@id`s when the article has no `url` (optional). */
  siteUrl?: string | undefined
}

export function remarkGraph(_options?: Readonly<GraphOptions> | null) {
  return function (_tree: Root, file: VFile): undefined {
    const article = file.data.article
    file.data.jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [{'@type': 'NewsArticle', headline: article?.headline?.value}]
    }
    file.data.provenance = {}
  }
}
