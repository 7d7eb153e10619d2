/**
 * Word tokens of the article text for the people stage.
 *
 * One linear character scan (`scanWords`). A token keeps its
 * offsets in `ArticleText.value`; a possessive `'s`/`’s` (or a bare `’`
 * after a final s) is cut off and flagged, and the period of an
 * abbreviation ("Sen.", "Jr.") or an initial ("J.") is kept in the span.
 */
import type {ArticleText} from '../text/article-text.js'
import {
  codePointAt,
  isLetterCode,
  isLetterOrMarkCode,
  isLetterOrNumberCode,
  isNumberCode,
  isUpperCode,
  isWordCode,
  toLower,
  width
} from '../text/chars.js'
import {splitSentences} from '../text/sentences.js'

export interface Token {
  /** Offset of the first character. */
  start: number
  /** Offset just past the word (its abbreviation period included, possessive excluded). */
  end: number
  /** The word without possessive or final period. */
  text: string
  lower: string
  /** Whether an abbreviation period follows (included in `end`). */
  dot: boolean
  /** Whether a possessive `’s` follows. */
  possessive: boolean
  /** Offset just past the possessive (equals `end` without one). */
  outerEnd: number
  /** First letter upper case. */
  cap: boolean
  /** Two or more letters, all upper case. */
  allCaps: boolean
  /** First word of a sentence, or first word after an opening quote mark or colon. */
  sentenceStart: boolean
  /** Index of the sentence the token is in. */
  sentence: number
  /** Index of the block (in `text.blocks`). */
  block: number
  /** Lexicon flags of `lower`, filled in lazily by the extractor (0: none looked up yet). */
  flags: number
}

/**
 * The matches of
 * `(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}\p{N}]*|[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*`
 * (flags `gu`): dotted capitals ("U.S."), words with inner apostrophes and
 * hyphens, numbers with inner separators; by a character scan, as pairs of
 * offsets (start, end, start, end…).
 */
export function scanWords(value: string): number[] {
  const spans: number[] = []
  const length = value.length
  let index = 0
  while (index < length) {
    const code = codePointAt(value, index)
    const size = width(code)
    if (isUpperCode(code) && value.charCodeAt(index + size) === 46) {
      // Dotted capitals: two or more.
      let end = index
      let pairs = 0
      for (let next = codePointAt(value, end); isUpperCode(next) && value.charCodeAt(end + width(next)) === 46; next = codePointAt(value, end)) {
        end += width(next) + 1
        pairs++
      }
      if (pairs >= 2) {
        spans.push(index, end)
        index = end
        continue
      }
    }
    if (isLetterOrMarkCode(code)) {
      let end = skipWord(value, index + size)
      while (end < length) {
        const separator = value.charCodeAt(end)
        const next = codePointAt(value, end + 1)
        // ' ’ then a letter; - ‐ then a letter or number.
        if ((separator === 39 || separator === 0x2019) && isLetterCode(next)) end = skipWord(value, end + 1 + width(next))
        else if ((separator === 45 || separator === 0x2010) && isLetterOrNumberCode(next)) end = skipWord(value, end + 1 + width(next))
        else break
      }
      spans.push(index, end)
      index = end
      continue
    }
    if (isNumberCode(code)) {
      let end = skipNumbers(value, index + size)
      while (end < length) {
        const separator = value.charCodeAt(end)
        const next = codePointAt(value, end + 1)
        // . , : then a number.
        if ((separator === 46 || separator === 44 || separator === 58) && isNumberCode(next)) end = skipNumbers(value, end + 1 + width(next))
        else break
      }
      spans.push(index, end)
      index = end
      continue
    }
    index += size
  }
  return spans
}

/** Past the run of `[\p{L}\p{M}\p{N}]` at `index`. */
function skipWord(value: string, index: number): number {
  while (index < value.length) {
    const code = codePointAt(value, index)
    if (!isWordCode(code)) break
    index += width(code)
  }
  return index
}

/** Past the run of `\p{N}` at `index`. */
function skipNumbers(value: string, index: number): number {
  while (index < value.length) {
    const code = codePointAt(value, index)
    if (!isNumberCode(code)) break
    index += width(code)
  }
  return index
}

/** Abbreviations whose period belongs to the word (lower case, no period). */
const dotted = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'st', 'sr', 'jr', 'gov', 'sen', 'sens', 'rep', 'reps',
  'gen', 'lt', 'col', 'capt', 'cmdr', 'maj', 'sgt', 'adm', 'cpl', 'pvt', 'supt', 'insp', 'det', 'hon', 'atty',
  'amb', 'sec', 'messrs', 'mt', 'ft', 'no', 'inc', 'corp', 'ltd', 'co', 'bros', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'revd', 'mme', 'mlle', 'pres', 'vs'
])

/** Opening marks after which a capital says nothing: " “ ‘ ' ( [ « : — –. */
function isOpener(code: number): boolean {
  return (
    code === 34 || code === 0x201c || code === 0x2018 || code === 39 || code === 40 || code === 91 ||
    code === 0xab || code === 58 || code === 0x2014 || code === 0x2013
  )
}

/** Tokenise the whole article text. */
export function tokenize(text: ArticleText): Token[] {
  const value = text.value
  const tokens: Token[] = []
  const sentences = splitSentences(text)
  let sentenceIndex = 0
  let blockIndex = 0
  let lastSentence = -1
  const spans = scanWords(value)
  for (let span = 0; span < spans.length; span += 2) {
    const start = spans[span]!
    const matchEnd = spans[span + 1]!
    let word = value.slice(start, matchEnd)
    let end = matchEnd
    let possessive = false
    let outerEnd = end
    let dot = false
    if (word.length > 2 && word.endsWith('.')) {
      dot = true
      word = word.slice(0, -1)
    } else {
      const tail = word.length > 2 ? word[word.length - 2] : ''
      const poss = tail === '’' || tail === "'" ? /^(.+?)['’][sS]$/u.exec(word) : null
      if (poss && poss[1]!.length > 1 && !/^(?:it|he|she|that|what|there|here|who|let)$/i.test(poss[1]!)) {
        possessive = true
        word = poss[1]!
        end = start + word.length
        outerEnd = matchEnd
      } else if ((value[end] === '’' || value[end] === "'") && word.endsWith('s') && !isLetter(value[end + 1])) {
        // "Jonas’ hands": a bare apostrophe after a final s.
        const before = value[start - 1]
        if (before !== '‘' && before !== "'") {
          possessive = true
          outerEnd = end + 1
        }
      } else if (value[end] === '.' && (dotted.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase()))) {
        dot = true
        end += 1
        outerEnd = end
      }
    }
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= start) sentenceIndex++
    while (blockIndex < text.blocks.length - 1 && text.blocks[blockIndex]!.end <= start) blockIndex++
    const lower = toLower(word)
    const firstCode = word.charCodeAt(0)
    const first = word[0] ?? ''
    const cap = firstCode < 128 ? firstCode >= 65 && firstCode <= 90 : first !== first.toLowerCase()
    const allCaps = cap && word.length >= 2 && word !== lower && word === word.toUpperCase() && countLetters(word) >= 2
    let sentenceStart = sentenceIndex !== lastSentence
    if (!sentenceStart) {
      // After an opening quote mark or a colon, a capital says nothing.
      let index = start - 1
      while (index >= 0 && (value.charCodeAt(index) === 32 || value.charCodeAt(index) === 9)) index--
      if (index >= 0 && isOpener(value.charCodeAt(index))) sentenceStart = true
    }
    lastSentence = sentenceIndex
    tokens.push({
      start,
      end,
      text: word,
      lower,
      dot,
      possessive,
      outerEnd,
      cap,
      allCaps,
      sentenceStart,
      sentence: sentenceIndex,
      block: blockIndex,
      flags: 0
    })
  }
  return tokens
}

function countLetters(word: string): number {
  let count = 0
  for (let index = 0; index < word.length; index++) {
    const char = word[index]!
    if (char.toLowerCase() !== char.toUpperCase()) count++
  }
  return count
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase()
}
