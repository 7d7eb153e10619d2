/**
 * Where each ASCII word of a text starts, built in one scan.
 *
 * A regular expression that starts with `\b` and then a word character can
 * only match where an ASCII word (`[A-Za-z0-9_]+`, the `\w` of `\b`) starts.
 * When its first word is one of a few known words, running it (sticky) at
 * the starts of those words finds exactly the matches a global search over
 * the whole text finds, without trying the pattern at every position:
 * `stickyMatches` does that.
 */

import {toLower} from './chars.js'

/** Lower-cased ASCII word → its start offsets, ascending (only the words registered, see `indexWords`). */
export type WordIndex = ReadonlyMap<string, readonly number[]>

const cache = new WeakMap<object, Map<string, number[]>>()

/**
 * Prefixes of the words worth indexing: the first three characters (lower
 * case) of a longer word, a shorter word whole; see `prefixKey`. Words that
 * start with a digit are always indexed.
 */
const prefixes = new Set<number>()

/**
 * A cheap first test for `prefixes`: 1 at the slot of every key in it (a
 * key whose slot holds 0 is not in it). Most words of a text fail here,
 * without a hash lookup.
 */
const prefixSlots = new Uint8Array(1 << 16)

function slotOf(key: number): number {
  return (key ^ (key >>> 11) ^ (key >>> 21)) & 0xffff
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
}

function lowerCode(code: number): number {
  return code >= 65 && code <= 90 ? code | 32 : code
}

/** Key of the word `value.slice(start, start + length)` (ASCII word characters) for `prefixes`. */
function prefixKey(value: string, start: number, length: number): number {
  const c0 = lowerCode(value.charCodeAt(start))
  const c1 = length > 1 ? lowerCode(value.charCodeAt(start + 1)) : 0
  const c2 = length > 2 ? lowerCode(value.charCodeAt(start + 2)) : 0
  return Math.min(length, 3) * 0x1000000 + c0 * 0x10000 + c1 * 0x100 + c2
}

/** Whether the word `value.slice(start, start + length)` has a registered prefix key. */
function isRegistered(value: string, start: number, length: number): boolean {
  const key = prefixKey(value, start, length)
  return prefixSlots[slotOf(key)] === 1 && prefixes.has(key)
}

/**
 * Make the index keep `words` (whole ASCII words, any case), and with
 * `prefix`, every word starting with one of them (then three characters or
 * more). Called when a module loads, before any text is indexed.
 */
export function indexWords(words: Iterable<string>, prefix = false): void {
  for (const word of words) {
    if (prefix && word.length < 3) throw new Error('Prefix too short: ' + word)
    const key = prefixKey(word, 0, word.length)
    prefixes.add(key)
    prefixSlots[slotOf(key)] = 1
  }
}

/**
 * The word index of `value`, built once per `owner` (the object the text
 * belongs to, such as the `ArticleText`): every word registered with
 * `indexWords` or starting with a digit.
 */
export function wordIndex(owner: object, value: string): WordIndex {
  let index = cache.get(owner)
  if (index) return index
  index = new Map()
  const length = value.length
  let offset = 0
  while (offset < length) {
    const code = value.charCodeAt(offset)
    if (!isWordCode(code)) {
      offset++
      continue
    }
    let end = offset + 1
    while (end < length && isWordCode(value.charCodeAt(end))) end++
    if ((code >= 48 && code <= 57) || isRegistered(value, offset, end - offset)) {
      const word = toLower(value.slice(offset, end))
      const starts = index.get(word)
      if (starts) starts.push(offset)
      else index.set(word, [offset])
    }
    offset = end
  }
  cache.set(owner, index)
  return index
}

/**
 * The matches a global search with `regex` finds in `value`, given `starts`
 * (ascending) that include every offset where a match can start: `sticky` (the
 * same pattern with the `y` flag instead of `g`) is tried at each start not
 * inside the previous match. The pattern must not match the empty string.
 */
export function stickyMatches(sticky: RegExp, value: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  let previousEnd = 0
  for (const start of starts) {
    if (start < previousEnd) continue
    sticky.lastIndex = start
    const match = sticky.exec(value)
    if (match) {
      found.push(match)
      previousEnd = start + match[0].length
    }
  }
  return found
}

/** The starts of the given (lower-case) words, merged in ascending order. */
export function startsOf(index: WordIndex, words: Iterable<string>): number[] {
  const starts: number[] = []
  let lists = 0
  for (const word of words) {
    const list = index.get(word)
    if (!list) continue
    for (const start of list) starts.push(start)
    lists++
  }
  if (lists > 1) starts.sort((a, b) => a - b)
  return starts
}

/** `regex` with the `y` flag instead of `g`. */
export function toSticky(regex: RegExp): RegExp {
  return new RegExp(regex.source, regex.flags.replace('g', '') + 'y')
}
