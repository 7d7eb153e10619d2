/** Quotations figures for `npm run eval` (to be written by the quotations issue). */
import type {EvalCase} from './types.js'

export function scoreQuotations(_cases: EvalCase[]): string[] {
  return ['quotations: not measured yet']
}
