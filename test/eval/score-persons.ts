/** Persons figures for `npm run eval` (to be written by the persons issue). */
import type {EvalCase} from './types.js'

export function scorePersons(_cases: EvalCase[]): string[] {
  return ['persons: not measured yet']
}
