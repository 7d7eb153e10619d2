/**
 * remark-parse for articles of any length: Markdown longer than a run of
 * `runSize` characters is parsed a run of top-level blocks at a time, and
 * the trees are joined into the very tree remark-parse would give.
 *
 * Why: micromark keeps the events of the whole document in a few arrays,
 * and past a few tens of KB their splices and reallocations (into V8's
 * large-object space, one memory mapping each) make it super-linear: a
 * 370 KB article took three times as long as the same text parsed in 8 KB
 * runs. In runs the time is linear in the length, and the memory of a long
 * article is the memory of one run plus the tree.
 *
 * A cut is only made where parsing the two sides apart cannot differ from
 * parsing them together: at the start of a line that follows a blank line,
 * is not indented and does not start a list item, block quote, fence, HTML,
 * table, thematic break or reference (so it starts a paragraph or an ATX
 * heading, and whatever came before has ended), outside fenced code,
 * outside an HTML block that can span blank lines (`<!--`, `<script`,
 * `<pre`, `<style`, `<textarea`, `<?`, `<!`, until the line that ends it)
 * and after the front matter. Inline content never crosses a blank line. A
 * document that may hold a link reference definition (a line starting
 * `[label]:`: a definition can be used above it) is parsed whole. Positions of each run
 * are moved to the run's place in the document.
 *
 * Fences and HTML blocks are told apart as CommonMark does: inside an HTML
 * block a fence is text, and inside fenced code HTML is text. Where a line
 * might start one (after any block quote or list markers, even in indented
 * code) it is taken to: at worst that leaves a stretch without cuts.
 *
 * Use it instead of remark-parse (micromark extensions such as
 * remark-frontmatter's apply to every run, as they do with remark-parse).
 */
import type {Root} from 'mdast'
import {fromMarkdown, type Options} from 'mdast-util-from-markdown'
import type {Processor} from 'unified'
import type {Node, Point} from 'unist'
// remark-parse declares the processor data its extensions use
// (`micromarkExtensions`, `fromMarkdownExtensions`): the same here.
import type {} from 'remark-parse'

/** Characters of Markdown per run (a run ends at the first cut past this). */
export const runSize = 8192

/**
 * Markdown that may hold a reference definition (its references can be
 * anywhere): `[label]:` at the start of a line, after any container
 * markers, the label on one or more lines (at most 999 characters).
 */
const wholeOnly = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*\[(?:[^\]\\]|\\[\s\S]){0,999}\]:/m

/**
 * The start of an HTML block that blank lines do not end (CommonMark's kinds
 * 1 to 5), after any container markers: group 1 is kind 1's tag name, then
 * one group per other kind.
 */
const htmlStart = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*<(?:(script|pre|style|textarea)(?=[\s>]|$)|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z]))/i

/** What ends an HTML block of each kind (a line containing it). */
const htmlEnds = [/<\/(?:script|pre|style|textarea)>/i, /-->/, /\?>/, /\]\]>/, />/]

/** Characters a line may start with to start a paragraph or ATX heading after a blank line. */
const cutBefore = /^(?![\s\-+*_>|<`~=[]|\d{1,9}[.)])\S/

/** A fence line of fenced code (its marker in group 1). */
const fence = /^ {0,3}(`{3,}|~{3,})/

/** A line that closes fenced code: the marker alone (and spaces or tabs). */
const closingFence = /^ {0,3}(`{3,}|~{3,})[ \t]*$/

/** A blank line, as CommonMark has it (spaces and tabs only). */
const blankLine = /^[ \t]*$/

export interface ParseOptions {
  /** Characters per run (default: `runSize`); tests use small runs. */
  runSize?: number | undefined
}

/** Parse Markdown with remark-parse's settings, in runs of blocks. */
export function remarkParseBlocks(this: Processor, options?: Readonly<ParseOptions> | null): undefined {
  const size = options?.runSize ?? runSize
  this.parser = (document: string): Root =>
    parseInRuns(document, {
      ...(this.data('settings') as Options | undefined),
      extensions: this.data('micromarkExtensions') ?? [],
      mdastExtensions: this.data('fromMarkdownExtensions') ?? []
    }, size)
}

/** `fromMarkdown(document, options)`, in runs of about `size` characters. */
export function parseInRuns(document: string, options: Options, size = runSize): Root {
  const cuts = document.length > size ? findCuts(document, size) : []
  if (cuts.length === 0) return fromMarkdown(document, options)
  const root: Root = {type: 'root', children: []}
  let start = 0
  let line = 1
  for (const end of [...cuts, document.length]) {
    const run = fromMarkdown(document.slice(start, end), options)
    if (start > 0) shift(run, line - 1, start)
    root.children.push(...run.children)
    if (start === 0 && run.position) root.position = {start: run.position.start, end: run.position.end}
    if (root.position && run.position) root.position.end = run.position.end
    line += countLines(document, start, end)
    start = end
  }
  return root
}

/** Offsets at which the document can be cut, the runs each at least `size` long. */
export function findCuts(document: string, size: number): number[] {
  if (wholeOnly.test(document)) return []
  const cuts: number[] = []
  let offset = 0
  // Front matter: skip to the line after its closing fence (none: parse whole).
  if (/^---\r?\n/.test(document)) {
    const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(document.slice(3))
    if (!close) return []
    offset = 3 + close.index + close[0].length
  }
  let last = 0
  let open: string | undefined
  /** What ends the open HTML block. */
  let html: RegExp | undefined
  let blank = false
  while (offset < document.length) {
    let end = document.indexOf('\n', offset)
    if (end === -1) end = document.length
    const text = document.slice(offset, end).replace(/\r$/, '')
    if (html !== undefined) {
      if (html.test(text)) html = undefined
    } else if (open !== undefined) {
      // Inside fenced code: only a closing fence (same character, no shorter) ends it.
      const close = closingFence.exec(text)
      if (close && close[1]![0] === open[0] && close[1]!.length >= open.length) open = undefined
    } else {
      const marker = fence.exec(text)
      const start = marker ? null : htmlStart.exec(text)
      if (marker) {
        open = marker[1]
      } else if (start) {
        // It may end on its first line, after the start.
        const ends = htmlEnds[start.slice(1).findIndex((group) => group !== undefined)]!
        if (!ends.test(text.slice(start[0].length))) html = ends
      } else if (blank && offset - last >= size && cutBefore.test(text)) {
        cuts.push(offset)
        last = offset
      }
    }
    blank = open === undefined && html === undefined && blankLine.test(text)
    offset = end + 1
  }
  return cuts
}

/** Line feeds in `document[start, end)` (micromark counts `\r\n`, `\r` and `\n`; cuts follow `\n`). */
function countLines(document: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = document.charCodeAt(index)
    if (code === 10) count++
    // A lone carriage return is a line ending too.
    else if (code === 13 && document.charCodeAt(index + 1) !== 10) count++
  }
  return count
}

/** Move every position in `tree` down `lines` lines and on `offset` characters. */
function shift(tree: Node, lines: number, offset: number): void {
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      move(node.position.start, lines, offset)
      move(node.position.end, lines, offset)
    }
    const children = (node as {children?: Node[]}).children
    if (children) for (const child of children) stack.push(child)
  }
}

function move(point: Point, lines: number, offset: number): void {
  point.line += lines
  if (point.offset !== undefined) point.offset += offset
}
