/**
 * Find the top-level quote-mark spans in the article text.
 *
 * One linear scan over every block except the headline (headline quotes are
 * summaries, not the speaker's words). The outer marks are `“ ”` and `"`, in
 * any pairing; `’’` also closes; single quotes and inner doubles belong to the
 * outer quote. A quote that is not closed when its paragraph ends continues
 * into the next paragraph when that one opens with a fresh mark; a mark that
 * re-opens mid-line after a finished sentence (`… debt. "He …`) continues the
 * same quote. Otherwise an unclosed quote ends with its paragraph, so a
 * missing closing mark never swallows the rest of the article.
 */
import type {ArticleText, TextBlock} from '../text/article-text.js'

/** One stretch of quoted text (marks excluded). */
export interface QuotePiece {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the first quoted character. */
  start: number
  /** Offset just past the last quoted character. */
  end: number
  /** Offset just past the closing mark (equals `end` when the piece has none). */
  close: number
}

/** A top-level quote: one piece, or several joined across paragraph breaks or re-openings. */
export interface QuoteSpan {
  pieces: QuotePiece[]
  /** Index of the block (in `text.blocks`) of the first piece. */
  block: number
  /** Index of the block of the last piece. */
  lastBlock: number
  /** Whether the last piece ended with a closing mark. */
  closed: boolean
}

/** Markup such as PolNeAR's `<tweet tweet-author="…">` placeholders: its marks are not quotes. */
const tag = /<\/?[A-Za-z][\w-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s>]+))?)*\s*\/?>/y

const space = /\s/
const sentenceEnd = /[.?!…]/
/** Characters that may sit between a sentence end and a re-opening mark. */
const trailing = /['’)\]]/

/**
 * The spans found so far, the quote being read and its open piece, and the
 * nesting depth inside it (1 = directly inside the outer marks): the
 * bookkeeping both scanners share.
 */
class SpanBuilder {
  readonly spans: QuoteSpan[] = []
  current: QuoteSpan | undefined
  piece: QuotePiece | undefined
  depth = 0

  /** Open a quote at `open` in block `b` (its piece runs to `blockEnd` until closed). */
  open(b: number, open: number, blockEnd: number): void {
    this.current = {pieces: [], block: b, lastBlock: b, closed: false}
    this.openPiece(open, blockEnd)
  }

  /** Open a new piece of the current quote at `open`. */
  openPiece(open: number, blockEnd: number): void {
    this.piece = {open, start: open + 1, end: blockEnd, close: blockEnd}
    this.depth = 1
  }

  finishPiece(end: number, close: number): void {
    if (!this.current || !this.piece) return
    this.piece.end = end
    this.piece.close = close
    this.current.pieces.push(this.piece)
    this.piece = undefined
  }

  finishSpan(closed: boolean, blockIndex: number): void {
    if (!this.current) return
    this.current.closed = closed
    this.current.lastBlock = blockIndex
    if (this.current.pieces.some((p) => p.end > p.start)) this.spans.push(this.current)
    this.current = undefined
    this.depth = 0
  }

  /**
   * At the start of block `b`: a quote left open by the paragraph before
   * continues when this one opens with one of `marks`. The offset to scan from.
   */
  continueInto(value: string, b: number, block: TextBlock, marks: string): number {
    if (!this.current || this.piece !== undefined) return block.start
    const first = skipSpace(value, block.start, block.end)
    if (marks.includes(value[first]!)) {
      this.openPiece(first, block.end)
      return first + 1
    }
    this.finishSpan(false, this.current.lastBlock)
    return block.start
  }

  /** At the end of block `b`: a quote still open may continue in the next paragraph. */
  endBlock(value: string, b: number, block: TextBlock, blocks: readonly TextBlock[]): void {
    if (!this.current || !this.piece) return
    this.finishPiece(trimEnd(value, this.piece.start, block.end), block.end)
    this.current.lastBlock = b
    if (!nextBlock(blocks, b)) this.finishSpan(false, b)
  }

  /** The spans, once the last block is read. */
  done(): QuoteSpan[] {
    if (this.current) this.finishSpan(false, this.current.lastBlock)
    return this.spans
  }
}

/** Find every top-level quote span in the text, in text order. */
export function findQuoteSpans(text: ArticleText): QuoteSpan[] {
  const single = singleQuoteSpans(text)
  if (single) return single
  const value = text.value
  const blocks = text.blocks
  const spans = new SpanBuilder()

  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.role === 'headline') continue
    // Continuation from the previous paragraph: this block opens with a fresh mark.
    let i = spans.continueInto(value, b, block, '“"')

    for (; i < block.end; i++) {
      const char = value[i]!
      if (char === '<') {
        tag.lastIndex = i
        if (tag.test(value) && tag.lastIndex <= block.end) {
          i = tag.lastIndex - 1
          continue
        }
      }
      if (char !== '"' && char !== '“' && char !== '”' && char !== '’') continue

      if (!spans.current) {
        if (char === '“' || (char === '"' && opensHere(value, i, block))) spans.open(b, i, block.end)
        // A stray closing mark outside a quote is ignored.
        continue
      }

      // Inside a quote.
      if (char === '’') {
        if (value[i + 1] === '’' && spans.depth === 1 && !isInchMark(value, i, block)) {
          spans.finishPiece(i, i + 2)
          spans.finishSpan(true, b)
          i++
        }
        continue
      }
      if (char === '”') {
        if (isInchMark(value, i, block)) continue
        if (spans.depth > 1) {
          spans.depth--
          continue
        }
        spans.finishPiece(i, i + 1)
        spans.finishSpan(true, b)
        continue
      }
      if (char === '“') {
        const next = i + 1 < block.end ? value[i + 1]! : ' '
        if (space.test(next) && spans.depth === 1) {
          // A left mark followed by white space or the paragraph end closes.
          spans.finishPiece(i, i + 1)
          spans.finishSpan(true, b)
        } else if (reopens(value, i, block)) {
          spans.finishPiece(trimEnd(value, spans.piece!.start, i), i)
          spans.openPiece(i, block.end)
        } else {
          spans.depth++
        }
        continue
      }
      // A straight mark inside a quote.
      if (isInchMark(value, i, block)) continue
      const left = leftFlanking(value, i, block)
      const right = rightFlanking(value, i, block)
      if (left && !right) {
        if (spans.depth === 1 && reopens(value, i, block)) {
          spans.finishPiece(trimEnd(value, spans.piece!.start, i), i)
          spans.openPiece(i, block.end)
        } else {
          spans.depth++
        }
        continue
      }
      if (spans.depth > 1) {
        spans.depth--
        continue
      }
      spans.finishPiece(i, i + 1)
      spans.finishSpan(true, b)
    }

    // The paragraph ends inside a quote: it may continue in the next one.
    spans.endBlock(value, b, block, blocks)
  }
  return spans.done()
}

/**
 * The spans of an article that sets its quotations in single marks (a
 * British house style: ‘…,’ she said), or undefined: a ‘ opens a word, and
 * every double mark outside the headline is nested inside a single-marked
 * quote. Straight single marks count only in an article with no double mark
 * and no curly single one, where one opens a capitalised word somewhere
 * ('We were shocked,' she said); elsewhere they are too often apostrophes.
 */
function singleQuoteSpans(text: ArticleText): QuoteSpan[] | undefined {
  const value = text.value
  // A double mark before the first opening ‘ cannot be nested in a single-marked quote:
  // most articles stop at their first double mark.
  const doubles: number[] = []
  let opener = false
  let straight = false
  for (const block of text.blocks) {
    if (block.role === 'headline') continue
    for (let i = block.start; i < block.end; i++) {
      const char = value[i]!
      if (char === '“' || char === '”' || char === '"') {
        if (!opener) return undefined
        doubles.push(i)
      } else if (char === '‘' && !opener) opener = leftFlanking(value, i, block)
      else if (char === "'" && !straight) straight = opensStraight(value, i, block)
    }
  }
  // Straight single marks count only in an article with no double mark and no curly single one:
  // ('We were shocked,' she said).
  if (!opener && straight) return findSingleQuoteSpans(text, "'")
  if (!opener) return undefined
  const spans = findSingleQuoteSpans(text, '‘')
  // Both lists are in text order: walk the pieces once.
  const pieces = spans.flatMap((span) => span.pieces)
  let p = 0
  for (const at of doubles) {
    while (p < pieces.length && pieces[p]!.end <= at) p++
    if (p === pieces.length || pieces[p]!.start > at) return undefined
  }
  return spans
}

/** Words after a plural possessive’s mark that show it closes a quote instead (‘… economy’ and said). */
const afterClosingMark = /^\s+(?:and|or|but|said|says|say|told|added|asked|he|she|they|we|I|it|as|in|on|at|to|for|from|with|by|after|before|when|while|which|who|that|than)\b/

/**
 * The spans of an article whose quotations are in single marks: ‘ opens, a ’
 * that ends a word closes (not one inside a word, "it’s", nor a plural
 * possessive’s, "the teachers’ union"), and doubles nest inside. Paragraph
 * continuation and re-opening work as with double marks.
 */
function findSingleQuoteSpans(text: ArticleText, mark: '‘' | "'"): QuoteSpan[] {
  const value = text.value
  const blocks = text.blocks
  const spans = new SpanBuilder()
  const closer = mark === '‘' ? '’' : "'"
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.role === 'headline') continue
    let i = spans.continueInto(value, b, block, mark)
    for (; i < block.end; i++) {
      let char = value[i]!
      if (char !== mark && char !== closer && char !== '“' && char !== '”') continue
      if (!spans.current) {
        if (char === mark && (mark === '‘' ? leftFlanking(value, i, block) : opensStraight(value, i, block, false))) spans.open(b, i, block.end)
        continue
      }
      // A straight mark inside a quote: it closes where it ends a word, it opens (re-opens) where it starts one.
      if (mark === "'") char = rightFlanking(value, i, block) ? '’' : leftFlanking(value, i, block) ? '‘' : '’'
      if (char === '“') {
        spans.depth++
        continue
      }
      if (char === '”') {
        if (spans.depth > 1) spans.depth--
        continue
      }
      if (char === '‘') {
        if (spans.depth === 1 && reopens(value, i, block)) {
          spans.finishPiece(trimEnd(value, spans.piece!.start, i), i)
          spans.openPiece(i, block.end)
        }
        continue
      }
      // ’: an apostrophe inside a word, or a plural possessive, does not close.
      if (!rightFlanking(value, i, block) || isInchMark(value, i, block)) continue
      if (value[i - 1] === 's' && /^\s+\p{Ll}/u.test(value.slice(i + 1, i + 3)) && !afterClosingMark.test(value.slice(i + 1, i + 12))) continue
      if (spans.depth > 1) continue
      spans.finishPiece(i, i + 1)
      spans.finishSpan(true, b)
    }
    spans.endBlock(value, b, block, blocks)
  }
  return spans.done()
}

function nextBlock(blocks: readonly TextBlock[], index: number): TextBlock | undefined {
  for (let b = index + 1; b < blocks.length; b++) {
    if (blocks[b]!.role !== 'headline') return blocks[b]
  }
  return undefined
}

/** Whether a straight single mark opens a quote: before a word, not a year's ("'90s") or a dropped letter's ("'em"). */
function opensStraight(value: string, i: number, block: TextBlock, capital = true): boolean {
  if (!leftFlanking(value, i, block) || /^'(?:em|tis|twas|til|cause|n|s)\b/i.test(value.slice(i, i + 6))) return false
  // Telling the style: a capital opens ('We were shocked,'); once told, a word does ('unsustainable').
  return capital ? /^'\p{Lu}/u.test(value.slice(i, i + 2)) : /^'\p{L}/u.test(value.slice(i, i + 2))
}

/** Whether a straight mark outside a quote opens one. */
function opensHere(value: string, i: number, block: TextBlock): boolean {
  if (isInchMark(value, i, block)) return false
  // `word"` is a stray closer, `word"word` a typo: neither opens.
  if (leftFlanking(value, i, block)) return true
  // `said. " You guys …"`: a spaced mark after white space opens when another mark follows.
  const before = i > block.start ? value[i - 1]! : ' '
  return space.test(before) && value.indexOf('"', i + 1) !== -1 && value.indexOf('"', i + 1) < block.end
}

/** Preceded by white space, an opening bracket, a dash or the block start, and followed by a non-space. */
function leftFlanking(value: string, i: number, block: TextBlock): boolean {
  const next = i + 1 < block.end ? value[i + 1]! : ' '
  if (space.test(next)) return false
  const before = i > block.start ? value[i - 1]! : ' '
  return space.test(before) || /[([{—–\-/:;,]/.test(before)
}

/** Preceded by a non-space, and followed by white space, punctuation or the block end. */
function rightFlanking(value: string, i: number, block: TextBlock): boolean {
  const before = i > block.start ? value[i - 1]! : ' '
  if (space.test(before)) return false
  const next = i + 1 < block.end ? value[i + 1]! : ' '
  return space.test(next) || /[\p{P}\p{S}]/u.test(next)
}

/** An opening mark after a finished sentence (`… debt. “He …`) re-opens the same quote. */
function reopens(value: string, i: number, block: TextBlock): boolean {
  let j = i - 1
  if (j < block.start || !space.test(value[j]!)) return false
  while (j > block.start && space.test(value[j]!)) j--
  while (j > block.start && trailing.test(value[j]!)) j--
  return sentenceEnd.test(value[j]!)
}

/** `6’2”` / `5'2"`: a double mark right after digits, a single mark and digits is an inch mark. */
function isInchMark(value: string, i: number, block: TextBlock): boolean {
  let j = i - 1
  let digits = 0
  while (j >= block.start && /\d/.test(value[j]!)) {
    j--
    digits++
  }
  if (digits === 0 || digits > 2) return false
  if (j < block.start || !/['’′]/.test(value[j]!)) return false
  return j - 1 >= block.start && /\d/.test(value[j - 1]!)
}

function skipSpace(value: string, index: number, to: number): number {
  while (index < to && space.test(value[index]!)) index++
  return index
}

function trimEnd(value: string, from: number, to: number): number {
  while (to > from && space.test(value[to - 1]!)) to--
  return to
}
