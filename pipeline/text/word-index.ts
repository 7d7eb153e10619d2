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

/** Lower-cased ASCII word → its start offsets, ascending. */
export type WordIndex = ReadonlyMap<string, readonly number[]>

const cache = new WeakMap<object, Map<string, number[]>>()

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
}

/**
 * The word index of `value`, built once per `owner` (the object the text
 * belongs to, such as the `ArticleText`).
 */
export function wordIndex(owner: object, value: string): WordIndex {
  let index = cache.get(owner)
  if (index) return index
  index = new Map()
  const length = value.length
  let offset = 0
  while (offset < length) {
    if (!isWordCode(value.charCodeAt(offset))) {
      offset++
      continue
    }
    let end = offset + 1
    while (end < length && isWordCode(value.charCodeAt(end))) end++
    const word = value.slice(offset, end).toLowerCase()
    const starts = index.get(word)
    if (starts) starts.push(offset)
    else index.set(word, [offset])
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
