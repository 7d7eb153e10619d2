/**
 * Sentence boundaries in the article text, shared by every extractor.
 *
 * A sentence never crosses a block. A boundary is `.`, `!`, `?` or `…`,
 * optionally followed by closing quote marks or brackets, then white space
 * and a character that can start a sentence (a capital, a digit or an opening
 * mark). A period after a known abbreviation ("Mr.", "Gov.", "Sept.") or a
 * single capital initial ("J. K.") is not a boundary.
 */
import type {ArticleText, TextBlock} from './article-text.js'

export interface Sentence {
  /** Offset of the first character in `ArticleText.value`. */
  start: number
  /** Offset just past the last character (closing marks included). */
  end: number
  block: TextBlock
}

/** Abbreviations that end with a period but do not end a sentence (lower-cased, no period). */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'st', 'sr', 'jr', 'messrs',
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'gen', 'lt', 'col', 'capt', 'cmdr', 'maj', 'sgt', 'adm', 'cpl', 'pvt',
  'supt', 'insp', 'det', 'hon', 'atty', 'amb', 'sec', 'treas',
  'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ft', 'mt', 'ave', 'blvd', 'rd',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'i.e', 'e.g'
])

const closers = new Set(['"', '”', '’', "'", ')', ']', '»'])
const starters = /[\p{Lu}\p{N}"“‘'(\[«¿¡]/u

const cache = new WeakMap<ArticleText, readonly Sentence[]>()

/** Split every block of the text into sentences (once per text: the stages share the result). */
export function splitSentences(text: ArticleText): readonly Sentence[] {
  const known = cache.get(text)
  if (known) return known
  const sentences: Sentence[] = []
  for (const block of text.blocks) {
    for (const [start, end] of sentenceSpans(text.value, block.start, block.end)) {
      sentences.push({start, end, block})
    }
  }
  cache.set(text, sentences)
  return sentences
}

/** Sentence spans (start, end) within `value.slice(from, to)`, trimmed of white space. */
export function sentenceSpans(value: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let start = skipSpace(value, from, to)
  let index = start
  while (index < to) {
    const char = value[index]!
    if (char === '.' || char === '!' || char === '?' || char === '…') {
      let end = index + 1
      while (end < to && (value[end] === '.' || value[end] === '!' || value[end] === '?')) end++
      while (end < to && closers.has(value[end]!)) end++
      const next = skipSpace(value, end, to)
      if (next === to) break
      if (next > end && starters.test(value[next]!) && !(char === '.' && isAbbreviation(value, start, index))) {
        spans.push([start, end])
        start = next
        index = next
        continue
      }
      index = end
      continue
    }
    index++
  }
  const end = trimEnd(value, start, to)
  if (end > start) spans.push([start, end])
  return spans
}

/** Whether the word before the period at `dot` is an abbreviation or an initial. */
export function isAbbreviation(value: string, start: number, dot: number): boolean {
  let index = dot
  while (index > start && /[\p{L}.]/u.test(value[index - 1]!)) index--
  const word = value.slice(index, dot)
  if (word.length === 0) return false
  // A single capital letter is an initial ("J." in "J. K. Rowling").
  if (/^\p{Lu}$/u.test(word)) return true
  // Dotted abbreviations such as "U.S" or "a.m".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}

function skipSpace(value: string, index: number, to: number): number {
  while (index < to && /\s/.test(value[index]!)) index++
  return index
}

function trimEnd(value: string, from: number, to: number): number {
  while (to > from && /\s/.test(value[to - 1]!)) to--
  return to
}
