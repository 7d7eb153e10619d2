/**
 * Decide what each top-level block of an article is: headline, standfirst,
 * figure caption and credit, byline, subheading or body.
 *
 * The same rules serve Markdown and plain text (both arrive as mdast):
 *
 * - **Headline**: the first depth-1 heading; without one (and without a
 *   front matter headline), the first line of the article.
 * - **Figure**: a paragraph holding only an image, and/or a caption paragraph
 *   followed by a credit line that `parseCredit` recognises (`Name/Agency`,
 *   `Photo: …`, `Getty Images`…). A paragraph whose last line is a credit is
 *   split into caption and credit. A caption is only taken in front of a
 *   credit (or right after an image, when wholly emphasised), so a body
 *   paragraph is never eaten.
 * - **Byline**: a short `By Name[, Name and Name][, Organisation]` line near
 *   the top.
 * - **Standfirst**: the first paragraph after the headline (figure, byline
 *   and paragraphs without text, such as badges, skipped) is the
 *   description candidate. Its role is `standfirst` when it is set apart as
 *   one: followed by the figure, wholly emphasised, or equal
 *   to the front matter description. Otherwise it is the lede and stays
 *   `body` (it is still the description when the front matter has none).
 */
import type {Image, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isTextBlock, type BlockInput, type BlockRole} from '../text/article-text.js'
import {isOrganization, isPerson, parseCredit} from './parse-credit.js'

/** A figure found in the article body. */
export interface Figure {
  image?: Image | undefined
  caption?: Paragraph | undefined
  credit?: Paragraph | undefined
}

export interface Structure {
  /** Every text block, in document order, with its role. */
  blocks: BlockInput[]
  /** The headline block, when the article has one. */
  headline?: Nodes | undefined
  /** The description candidate (standfirst or lede), when there is one. */
  lede?: Paragraph | undefined
  /** The byline block, when there is one. */
  byline?: Paragraph | undefined
  figures: Figure[]
}

export interface StructureHints {
  /** The front matter has a headline: only a leading `#` heading is then the headline block. */
  headline?: string | undefined
  /** The front matter description: the paragraph that repeats it is the standfirst. */
  description?: string | undefined
}

/** A bracketed credit that names a photo or carries a label, at the end of a caption. */
const trailingCredit = /\((?:[^()\n]*\bPhoto\/[^()\n]+|(?:Photo|Photograph|Credit|Image|Picture)s?:[^()\n]+)\)$/u
/** Longest caption taken in front of a credit line, in characters. */
const maxCaption = 400
/** How many blocks after the headline may hold the byline and the standfirst. */
const topWindow = 5

interface Item {
  node: RootContent
  /** Inline text of a paragraph or heading (`''` for other blocks). */
  text: string
  image?: Image | undefined
  role?: BlockRole | undefined
  /** An image already taken into a figure. */
  used?: boolean | undefined
}

/** Read the structure of `tree`. */
export function readStructure(tree: Root, file: VFile, hints: StructureHints = {}): Structure {
  const splitter = createSplitter(file)
  const items: Item[] = []
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const image = onlyImage(node)
      items.push({node, text: inlineText(node), image})
    } else if (isTextBlock(node)) {
      items.push({node, text: node.type === 'heading' ? inlineText(node) : ''})
    }
  }

  const structure: Structure = {blocks: [], figures: []}

  // Headline.
  let headlineIndex = items.findIndex((item) => item.node.type === 'heading' && item.node.depth === 1 && item.text.trim() !== '')
  if (hints.headline !== undefined && headlineIndex > 0) headlineIndex = -1
  if (headlineIndex === -1 && hints.headline === undefined) {
    const first = items.findIndex((item) => (item.node.type === 'paragraph' || item.node.type === 'heading') && item.text.trim() !== '')
    const item = items[first]
    if (item && item.node.type === 'paragraph' && !item.image && item.text.trim().includes('\n')) {
      // The first line of a paragraph: split it off as a block of its own.
      const parts = splitter(item.node, 'first')
      if (parts) {
        items.splice(first, 1, {node: parts[0], text: inlineText(parts[0])}, {node: parts[1], text: inlineText(parts[1])})
      }
    }
    headlineIndex = first
  }
  if (headlineIndex === -1 && hints.headline !== undefined) {
    // A body that repeats the front matter's headline as its first paragraph (a CMS export).
    const first = items.findIndex((item) => item.node.type !== 'heading' || item.text.trim() !== '')
    const item = items[first]
    if (item && item.node.type === 'paragraph' && !item.image && sameLine(inlineText(item.node), hints.headline)) headlineIndex = first
  }
  const headline = items[headlineIndex]
  if (headline) {
    headline.role = 'headline'
    structure.headline = headline.node
  }

  // Figures: credit lines, with the caption in front of them and an image before that.
  for (let index = headlineIndex + 1; index < items.length; index++) {
    const item = items[index]!
    if (item.node.type !== 'paragraph' || item.image || item.role) continue
    let credit = isCreditLine(item.text)
    if (!credit && item.text.includes('\n')) {
      const lastLine = item.text.slice(item.text.lastIndexOf('\n') + 1)
      if (isCreditLine(lastLine)) {
        const parts = splitter(item.node, 'last')
        if (parts && isCreditLine(inlineText(parts[1]))) {
          items.splice(index, 1, {node: parts[0], text: inlineText(parts[0])}, {node: parts[1], text: inlineText(parts[1])})
          index++
          credit = true
        }
      }
    }
    if (!credit) {
      // `A caption sentence. (AP Photo/Ines Ruiz)`: a bracketed photo credit ending the paragraph.
      const tail = trailingCredit.exec(item.text.trimEnd())
      if (tail && parseCredit(tail[0]) && item.text.length <= maxCaption + tail[0].length) {
        const parts = splitter(item.node, tail[0].length)
        if (parts && isCreditLine(inlineText(parts[1]))) {
          items.splice(index, 1, {node: parts[0], text: inlineText(parts[0])}, {node: parts[1], text: inlineText(parts[1])})
          index++
          credit = true
        }
      }
    }
    if (!credit) continue
    const creditItem = items[index]!
    creditItem.role = 'credit'
    const figure: Figure = {credit: creditItem.node as Paragraph}
    let before = items[index - 1]
    if (before && index - 1 > headlineIndex && !before.role && !before.image && isCaption(before)) {
      before.role = 'caption'
      figure.caption = before.node as Paragraph
      before = items[index - 2]
    }
    if (before?.image && !before.used) {
      before.used = true
      figure.image = before.image
    }
    structure.figures.push(figure)
  }

  // Images without a credit line, with an emphasised caption paragraph after them.
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (!item.image || item.used) continue
    item.used = true
    const figure: Figure = {image: item.image}
    const next = items[index + 1]
    if (next && !next.role && next.node.type === 'paragraph' && !next.image && isEmphasised(next.node) && isCaption(next)) {
      next.role = 'caption'
      figure.caption = next.node
    }
    structure.figures.push(figure)
  }
  structure.figures.sort((a, b) => start(a) - start(b))

  // Byline and standfirst, near the top.
  const isFigurePart = (item: Item): boolean => item.role === 'caption' || item.role === 'credit' || item.image !== undefined
  let seen = 0
  for (let index = headlineIndex + 1; index < items.length && seen < topWindow; index++) {
    const item = items[index]!
    // Figures, and paragraphs with no text (badges, icons), are passed over.
    if (isFigurePart(item) || (item.node.type === 'paragraph' && item.text.trim() === '')) continue
    seen++
    if (item.node.type !== 'paragraph' || item.role) break
    if (!structure.byline && parseByline(item.text)) {
      item.role = 'byline'
      structure.byline = item.node
      continue
    }
    structure.lede = item.node
    const next = items[index + 1]
    const set =
      (next !== undefined && isFigurePart(next)) ||
      isEmphasised(item.node) ||
      (hints.description !== undefined && normalize(item.text) === normalize(hints.description))
    if (set) item.role = 'standfirst'
    break
  }

  for (const item of items) {
    if (item.image && item.text.trim() === '') continue
    const role: BlockRole = item.role ?? (item.node.type === 'heading' ? 'heading' : 'body')
    structure.blocks.push({role, node: item.node})
  }
  return structure
}

/** Parse a byline: the spans of the people it names (offsets into `line`), or undefined. */
export function parseByline(line: string): Array<[number, number]> | undefined {
  const match = /^(?:By|BY)\s+/.exec(line)
  if (!match || line.length > 120 || line.includes('\n') || /[.!?;:"“”]$|\.\s/.test(line.trim())) return undefined
  const names: Array<[number, number]> = []
  const separator = /\s*(?:,|\||—|–|\band\b|&)\s*/g
  let from = match[0].length
  let piece: RegExpExecArray | null
  const pieces: Array<[number, number]> = []
  while ((piece = separator.exec(line))) {
    if (piece.index < from) continue
    pieces.push([from, piece.index])
    from = piece.index + piece[0].length
  }
  pieces.push([from, line.trimEnd().length])
  for (const [index, [start, end]] of pieces.entries()) {
    const value = line.slice(start, end)
    if (value === '') continue
    if (isPerson(value) && !roleWord.test(value)) names.push([start, end])
    // After the names may come the organisation or the writer's role.
    else if (index === 0 || !(isOrganization(value) || roleWord.test(value) || /^\p{Lu}/u.test(value))) return undefined
  }
  return names.length > 0 ? names : undefined
}

const roleWord = /\b(?:Correspondent|Editor|Reporter|Writer|Staff|Contributor|Columnist|Chief|Analyst|Producer|Journalist|Desk|Team|Bureau)\b/u

function isCreditLine(text: string): boolean {
  return !text.includes('\n') && parseCredit(text) !== undefined
}

function isCaption(item: Item): boolean {
  if (item.node.type !== 'paragraph') return false
  const text = item.text.trim()
  return text.length > 0 && text.length <= maxCaption && parseByline(text) === undefined
}

/** A paragraph whose whole content is one emphasis or strong span. */
function isEmphasised(node: Paragraph): boolean {
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return children.length === 1 && (children[0]!.type === 'emphasis' || children[0]!.type === 'strong')
}

/** The image of a paragraph that holds only an image (possibly linked). */
function onlyImage(node: Paragraph): Image | undefined {
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  if (children.length !== 1) return undefined
  const child = children[0]!
  if (child.type === 'image') return child
  if (child.type === 'link' && child.children.length === 1 && child.children[0]!.type === 'image') return child.children[0]
  return undefined
}

function start(figure: Figure): number {
  const node = figure.image ?? figure.caption ?? figure.credit
  return node?.position?.start.offset ?? 0
}

/** The inline text of a block as `buildArticleText` reads it. */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      return node.value
    }
    case 'break': {
      return '\n'
    }
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference': {
      return ''
    }
    default:
  }
  return 'children' in node ? node.children.map((child) => inlineText(child)).join('') : ''
}

/** Collapse white space, for comparing and for field values. */
export function normalize(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * Split a paragraph at its first or last line break, when the break is in a
 * top-level text node or is a hard break, into two paragraphs with positions.
 */
function createSplitter(file: VFile) {
  const place = location(file)
  const source = String(file.value ?? '')

  const toPoint = (offset: number): Point | undefined => place.toPoint(offset)

  /** Source offset of character `index` of text node `node`. */
  const offsetOf = (node: Text, index: number): number | undefined => {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined) return undefined
    // Exact when the source holds the value verbatim; otherwise approximate, clamped to the node.
    return source.slice(from, to) === node.value ? from + index : Math.min(from + index, to)
  }

  const textNode = (node: Text, from: number, to: number): Text => {
    const result: Text = {type: 'text', value: node.value.slice(from, to)}
    const start = offsetOf(node, from)
    const end = offsetOf(node, to)
    const startPoint = start === undefined ? undefined : toPoint(start)
    const endPoint = end === undefined ? undefined : toPoint(end)
    if (startPoint && endPoint) result.position = {start: startPoint, end: endPoint}
    return result
  }

  return function split(node: Paragraph, which: 'first' | 'last' | number): [Paragraph, Paragraph] | undefined {
    const children = node.children
    if (typeof which === 'number') {
      // Split the last `which` characters off the last text node.
      const last = children.at(-1)
      if (last?.type !== 'text' || last.value.trimEnd().length <= which) return undefined
      const value = last.value.trimEnd()
      let leftEnd = value.length - which
      const rightStart = leftEnd
      while (leftEnd > 0 && /\s/.test(value[leftEnd - 1]!)) leftEnd--
      const left = [...children.slice(0, -1), textNode(last, 0, leftEnd)]
      const right = [textNode(last, rightStart, value.length)]
      if (inlineText({type: 'paragraph', children: left}).trim() === '') return undefined
      return [paragraph(left, node.position?.start, left.at(-1)?.position?.end), paragraph(right, right[0]?.position?.start, node.position?.end)]
    }
    const order = which === 'first' ? children.keys() : [...children.keys()].reverse()
    for (const index of order) {
      const child = children[index]!
      let left: PhrasingContent[]
      let right: PhrasingContent[]
      if (child.type === 'break') {
        left = children.slice(0, index)
        right = children.slice(index + 1)
      } else if (child.type === 'text' && child.value.includes('\n')) {
        const at = which === 'first' ? child.value.indexOf('\n') : child.value.lastIndexOf('\n')
        let leftEnd = at
        while (leftEnd > 0 && /\s/.test(child.value[leftEnd - 1]!)) leftEnd--
        let rightStart = at + 1
        while (rightStart < child.value.length && /[ \t]/.test(child.value[rightStart]!)) rightStart++
        left = [...children.slice(0, index)]
        right = []
        if (leftEnd > 0) left.push(textNode(child, 0, leftEnd))
        if (rightStart < child.value.length) right.push(textNode(child, rightStart, child.value.length))
        right.push(...children.slice(index + 1))
      } else {
        continue
      }
      if (inlineText({type: 'paragraph', children: left}).trim() === '') return undefined
      if (inlineText({type: 'paragraph', children: right}).trim() === '') return undefined
      return [paragraph(left, node.position?.start, left.at(-1)?.position?.end), paragraph(right, right[0]?.position?.start, node.position?.end)]
    }
    return undefined
  }
}

function paragraph(children: PhrasingContent[], start: Point | undefined, end: Point | undefined): Paragraph {
  const node: Paragraph = {type: 'paragraph', children}
  if (start && end) node.position = {start, end} satisfies Position
  return node
}

/** Whether two one-line texts read the same, spacing and a final full stop aside. */
function sameLine(a: string, b: string): boolean {
  const fold = (value: string): string => value.replace(/\s+/g, ' ').trim().replace(/\.$/, '')
  return fold(a) === fold(b)
}
