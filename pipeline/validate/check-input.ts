/**
 * Guards run on the raw article before anything parses it, in one linear
 * scan, so that no input can crash the pipeline or make it crawl:
 *
 * * `article-empty`: nothing but white space;
 * * `article-not-text`: a NUL character (binary data);
 * * `article-too-large`: more than `maxLength` characters;
 * * `article-too-deep`: block quotes or lists nested more than `maxDepth`
 *   levels on one line, or a run of more than `maxDepth` `*`/`_` next to a
 *   word (nested emphasis): Markdown parsers take quadratic time on those,
 *   and tree walkers recurse once per level.
 *
 * Each finding is a fatal message at the place of the problem
 * (`file:line:col`); the article is then not parsed at all.
 *
 * Bytes that are not UTF-8 are caught earlier, where the file is read
 * (`decodeArticle`), since a string has no bytes left to check.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {report} from '../diagnostics.js'

/** Largest article, in UTF-16 code units (5 MiB of ASCII). */
export const maxLength = 5 * 1024 * 1024
/** Deepest nesting of containers or emphasis. */
export const maxDepth = 100

const source = 'newsld:input'
/** Container markers at the start of a line: `>`, `-`, `*`, `+`, `1.`, `1)`. */
const containerMarker = /[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y
const nul = /\0/
const longRun = new RegExp('[*_]{' + (maxDepth + 1) + ',}', 'g')

/** Check `value`; returns whether the article may be parsed. */
export function checkInput(file: VFile, value: string): boolean {
  if (value.trim() === '') {
    report(file, 'article-empty', 'Unexpected empty article, expected a headline and text', {
      place: {line: 1, column: 1},
      source
    })
    return false
  }
  const zero = nul.exec(value)
  if (zero) {
    report(file, 'article-not-text', 'Unexpected NUL character, expected text (is this a binary file?)', {
      place: pointAt(value, zero.index),
      source
    })
    return false
  }
  if (value.length > maxLength) {
    report(
      file,
      'article-too-large',
      'Unexpected article of ' + megabytes(value.length) + ', expected at most ' + megabytes(maxLength),
      {place: pointAt(value, maxLength), source}
    )
    return false
  }
  const deep = tooDeep(value)
  if (deep !== undefined) {
    report(file, 'article-too-deep', deep.reason, {place: pointAt(value, deep.offset), source})
    return false
  }
  return true
}

/** The first place nested deeper than `maxDepth`, if any. */
function tooDeep(value: string): {offset: number; reason: string} | undefined {
  let lineStart = 0
  while (lineStart <= value.length) {
    let depth = 0
    containerMarker.lastIndex = lineStart
    while (containerMarker.test(value)) {
      depth++
      if (depth > maxDepth) {
        return {
          offset: containerMarker.lastIndex - 1,
          reason: 'Unexpected block quotes or lists nested more than ' + maxDepth + ' levels deep, expected flatter text'
        }
      }
    }
    const next = value.indexOf('\n', lineStart)
    if (next === -1) break
    lineStart = next + 1
  }
  longRun.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = longRun.exec(value))) {
    const before = value[match.index - 1]
    const after = value[match.index + match[0].length]
    // A rule (`*****` alone) or a blank to fill (`Name: ____`) is not emphasis.
    if ((before !== undefined && /\S/.test(before)) || (after !== undefined && /\S/.test(after))) {
      return {
        offset: match.index,
        reason: 'Unexpected run of ' + match[0].length + ' emphasis marks, expected at most ' + maxDepth + ' nested levels'
      }
    }
  }
  return undefined
}

/**
 * Decode an article file's bytes as UTF-8 (a byte order mark is dropped).
 * Returns the text, or reports `article-not-text` at the first byte that is
 * not UTF-8 and returns undefined.
 */
export function decodeArticle(file: VFile, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const offset = firstInvalidByte(bytes)
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset))
    const byte = bytes[offset] ?? 0
    report(
      file,
      'article-not-text',
      'Unexpected byte `0x' + byte.toString(16).padStart(2, '0') + '` that is not UTF-8, expected UTF-8 text',
      {place: pointAt(before, before.length), source, note: 'Byte offset ' + offset + '.'}
    )
    return undefined
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    let length: number
    let min = 0x80
    let max = 0xbf
    if (byte < 0x80) length = 1
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      if (byte === 0xe0) min = 0xa0
      if (byte === 0xed) max = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      if (byte === 0xf0) min = 0x90
      if (byte === 0xf4) max = 0x8f
    } else return index
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next]
      const low = next === 1 ? min : 0x80
      const high = next === 1 ? max : 0xbf
      if (continuation === undefined || continuation < low || continuation > high) return index
    }
    index += length
  }
  return index
}

/** Line and column (1-based, in characters) of `offset` in `value`. */
function pointAt(value: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  let index = value.indexOf('\n')
  while (index !== -1 && index < offset) {
    line++
    lineStart = index + 1
    index = value.indexOf('\n', lineStart)
  }
  return {line, column: offset - lineStart + 1, offset}
}

function megabytes(length: number): string {
  return (length / (1024 * 1024)).toFixed(1) + ' MB'
}
