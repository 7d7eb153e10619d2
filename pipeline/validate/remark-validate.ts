/**
 * Validation stage (skeleton: the foundation issue fills it in with ajv).
 *
 * Reads: `file.data.jsonLd`, `file.data.provenance`. Writes: messages. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface ValidateOptions {}

export function remarkValidate(_options?: Readonly<ValidateOptions> | null) {
  return function (_tree: Root, _file: VFile): undefined {}
}
