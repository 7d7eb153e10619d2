/**
 * Quotations stage (skeleton: its own issue fills it in).
 *
 * Reads: `file.data.text`. Writes: `file.data.quotations`. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface QuotationsOptions {}

export function remarkQuotations(_options?: Readonly<QuotationsOptions> | null) {
  return function (_tree: Root, file: VFile): undefined {
    file.data.quotations = {quotations: []}
  }
}
