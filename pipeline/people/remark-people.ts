/**
 * People stage (skeleton: its own issue fills it in).
 *
 * Reads: `file.data.text`. Writes: `file.data.people`. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface PeopleOptions {}

export function remarkPeople(_options?: Readonly<PeopleOptions> | null) {
  return function (_tree: Root, file: VFile): undefined {
    file.data.people = {persons: [], organizations: [], places: [], roles: []}
  }
}
