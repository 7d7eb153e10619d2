/**
 * Cheap Unicode character classes for the word scanners of the extractors.
 *
 * A scanner that calls a `u` regular expression for every character is slow;
 * these predicates answer ASCII from the code directly and any other code
 * point from a table filled on first use (one regex test per distinct code
 * point of the BMP; code points beyond it are tested every time, they are
 * rare). They agree with the `\p{…}` classes of the same names.
 */

const letter = /\p{L}/u
const mark = /\p{M}/u
const number = /\p{N}/u
const upper = /\p{Lu}/u

const known = 1
const isL = 2
const isM = 4
const isN = 8
const isLu = 16

/** Flags of BMP code points beyond ASCII, 0 until computed. */
const table = new Uint8Array(0x10000)

function compute(codePoint: number): number {
  const char = String.fromCodePoint(codePoint)
  return (
    known |
    (letter.test(char) ? isL : 0) |
    (mark.test(char) ? isM : 0) |
    (number.test(char) ? isN : 0) |
    (upper.test(char) ? isLu : 0)
  )
}

function flagsOf(codePoint: number): number {
  if (codePoint > 0xffff) return compute(codePoint)
  let flags = table[codePoint]!
  if (flags === 0) {
    flags = compute(codePoint)
    table[codePoint] = flags
  }
  return flags
}

/** `\p{L}`. */
export function isLetterCode(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90)
  return (flagsOf(codePoint) & isL) !== 0
}

/** `[\p{L}\p{N}]`. */
export function isLetterOrNumberCode(codePoint: number): boolean {
  if (codePoint < 128) {
    return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57)
  }
  return (flagsOf(codePoint) & (isL | isN)) !== 0
}

/** JavaScript's `\s`: white space and line terminators. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** Whether `value.slice(from, to)` is all ASCII. */
export function isAscii(value: string, from = 0, to = value.length): boolean {
  for (let index = from; index < to; index++) if (value.charCodeAt(index) >= 128) return false
  return true
}

/** `[\p{L}\p{M}]`. */
export function isLetterOrMarkCode(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90)
  return (flagsOf(codePoint) & (isL | isM)) !== 0
}

/** `[\p{L}\p{M}\p{N}]`. */
export function isWordCode(codePoint: number): boolean {
  if (codePoint < 128) {
    return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57)
  }
  return (flagsOf(codePoint) & (isL | isM | isN)) !== 0
}

/** `\p{N}`. */
export function isNumberCode(codePoint: number): boolean {
  if (codePoint < 128) return codePoint >= 48 && codePoint <= 57
  return (flagsOf(codePoint) & isN) !== 0
}

/** `\p{Lu}`. */
export function isUpperCode(codePoint: number): boolean {
  if (codePoint < 128) return codePoint >= 65 && codePoint <= 90
  return (flagsOf(codePoint) & isLu) !== 0
}

/**
 * The code point at `index` as a `u` regular expression sees it: a surrogate
 * pair is one code point, a lone surrogate is itself (-1 past the end).
 */
export function codePointAt(value: string, index: number): number {
  return index < value.length ? value.codePointAt(index)! : -1
}

/**
 * `value.toLowerCase()`, without building a new string when `value` is ASCII
 * with no capital (most words of running text).
 */
export function toLower(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 128 || (code >= 65 && code <= 90)) return value.toLowerCase()
  }
  return value
}

/** Length in UTF-16 units of the code point `codePoint`. */
export function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1
}

/**
 * Offsets of the matches of `[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*(\.)?` (flags `gu`)
 * over `value` (with the final period when `finalDot`), as pairs in one
 * array: start, end, start, end…
 */
export function letterNumberWords(value: string, finalDot: boolean): number[] {
  return scanWords(value, finalDot, false)
}

/**
 * Offsets of the matches of `[\p{L}\p{N}@#]+(?:[’'\-.&][\p{L}\p{N}]+)*` (flags `gu`)
 * (words, handles and hashtags), as pairs: start, end, start, end…
 */
export function handleWords(value: string): number[] {
  return scanWords(value, false, true)
}

function isHandleCode(code: number): boolean {
  return code === 64 || code === 35
}

function scanWords(value: string, finalDot: boolean, handles: boolean): number[] {
  const spans: number[] = []
  const length = value.length
  let index = 0
  while (index < length) {
    let code = value.charCodeAt(index)
    if (code < 128) {
      if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (handles && isHandleCode(code)))) {
        index++
        continue
      }
    } else {
      code = value.codePointAt(index)!
      if (!isLetterOrNumberCode(code)) {
        index += width(code)
        continue
      }
    }
    const start = index
    index = skipLetterNumbers(value, index + width(code), handles)
    while (index < length) {
      const separator = value.charCodeAt(index)
      // ' ’ . - (and & for handles)
      if (separator !== 39 && separator !== 0x2019 && separator !== 46 && separator !== 45 && !(handles && separator === 38)) break
      const next = codePointAt(value, index + 1)
      if (!isLetterOrNumberCode(next)) break
      index = skipLetterNumbers(value, index + 1 + width(next), false)
    }
    if (finalDot && value.charCodeAt(index) === 46) index++
    spans.push(start, index)
  }
  return spans
}

/** Past the run of `[\p{L}\p{N}]` (with `@#` when `handles`) code points at `index`. */
function skipLetterNumbers(value: string, index: number, handles: boolean): number {
  const length = value.length
  while (index < length) {
    let code = value.charCodeAt(index)
    if (code < 128) {
      if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (handles && isHandleCode(code)))) return index
      index++
    } else {
      code = value.codePointAt(index)!
      if (!isLetterOrNumberCode(code)) return index
      index += width(code)
    }
  }
  return index
}
