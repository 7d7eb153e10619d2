/** Shapes of the gold annotation files (see the corpus README). */
import type {ArticleResult} from '../../pipeline/index.js'

export interface GoldPerson {
  name: string
  aliases: string[]
  jobTitle: string | null
  affiliation?: string | null
}

export interface GoldQuotation {
  text: string
  speaker: string | null
  partial: boolean
}

export interface GoldEvent {
  name: string
  date: string | null
  location: string | null
  participants?: string[]
}

export interface Gold {
  id: string
  headline: string
  datePublished?: string
  persons: GoldPerson[]
  quotations: GoldQuotation[]
  nonQuotations: string[]
  events: GoldEvent[]
}

export interface EvalCase {
  id: string
  gold: Gold
  result: ArticleResult
}

/** Precision, recall and F1 from counts. */
export function prf(truePositives: number, predicted: number, expected: number): {p: number; r: number; f1: number} {
  const p = predicted === 0 ? (expected === 0 ? 1 : 0) : truePositives / predicted
  const r = expected === 0 ? 1 : truePositives / expected
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return {p, r, f1}
}

export function fixed(value: number): string {
  return value.toFixed(3)
}
