/**
 * Parser for articles exported as plain text by a CMS.
 *
 * Reads: the file's text. Writes: an mdast `Root` in which optional YAML front
 * matter (between `---` lines at the very start) is a `yaml` node, the first
 * line is the headline as a depth-1 heading, and every following run of
 * non-blank lines is a paragraph holding one text node. Nothing in the text is
 * read as Markdown syntax, so `*`, `_` or `#` stay literal; the same
 * extraction stages then run on this tree as on a Markdown one.
 */
import type {Heading, Paragraph, Root, RootContent, Yaml} from 'mdast'
import type {Plugin, Processor} from 'unified'
import type {Point} from 'unist'

/** Parse plain text into mdast. */
export const plainTextParse: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = parsePlainText
}

/** The parse function itself, exported for tests and for the Markdown-less API. */
export function parsePlainText(value: string): Root {
  const lines = splitLines(value)
  const children: RootContent[] = []
  let index = 0

  // Front matter, only when the very first line is a fence.
  if (lines[0]?.text === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line.text === '---' || line.text === '...'))
    if (close > 0) {
      const first = lines[1]
      const body = lines.slice(1, close).map((line) => line.text).join('\n')
      const yaml: Yaml = {
        type: 'yaml',
        value: body,
        position: {start: point(lines[0]!, 0), end: point(lines[close]!, lines[close]!.text.length)}
      }
      if (first === undefined) yaml.value = ''
      children.push(yaml)
      index = close + 1
    }
  }

  let headline = false
  while (index < lines.length) {
    // Skip blank lines between blocks.
    while (index < lines.length && lines[index]!.text.trim() === '') index++
    if (index >= lines.length) break
    let end = index
    if (headline) {
      while (end + 1 < lines.length && lines[end + 1]!.text.trim() !== '') end++
    }
    const first = lines[index]!
    const last = lines[end]!
    // The raw slice (line endings included) keeps text offsets equal to source offsets.
    const text = value.slice(first.offset, last.offset + last.text.length)
    const position = {start: point(first, 0), end: point(last, last.text.length)}
    const content = {type: 'text' as const, value: text, position}
    if (headline) {
      const paragraph: Paragraph = {type: 'paragraph', children: [content], position}
      children.push(paragraph)
    } else {
      const heading: Heading = {type: 'heading', depth: 1, children: [content], position}
      children.push(heading)
      headline = true
    }
    index = end + 1
  }

  const lastLine = lines.at(-1)
  return {
    type: 'root',
    children,
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: lastLine ? point(lastLine, lastLine.text.length) : {line: 1, column: 1, offset: 0}
    }
  }
}

interface Line {
  text: string
  /** Offset of the line's first character in the file. */
  offset: number
  /** 1-indexed line number. */
  line: number
}

function splitLines(value: string): Line[] {
  const lines: Line[] = []
  const pattern = /\r?\n|\r/g
  let start = 0
  let line = 1
  let match: RegExpExecArray | null
  while ((match = pattern.exec(value))) {
    lines.push({text: value.slice(start, match.index), offset: start, line})
    start = match.index + match[0].length
    line++
  }
  if (start < value.length) lines.push({text: value.slice(start), offset: start, line})
  return lines
}

function point(line: Line, column: number): Point {
  return {line: line.line, column: column + 1, offset: line.offset + column}
}
