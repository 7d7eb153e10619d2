/** Events figures for `npm run eval` (to be written by the events issue). */
import type {EvalCase} from './types.js'

export function scoreEvents(_cases: EvalCase[]): string[] {
  return ['events: not measured yet']
}
