/**
 * Events stage (skeleton: its own issue fills it in).
 *
 * Reads: `file.data.text`. Writes: `file.data.events`. Emits: (none yet).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'

export interface EventsOptions {}

export function remarkEvents(_options?: Readonly<EventsOptions> | null) {
  return function (_tree: Root, file: VFile): undefined {
    file.data.events = {events: []}
  }
}
