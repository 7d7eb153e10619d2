/**
 * The article as one string, with every offset mapped back to the source.
 *
 * Extractors work on whole blocks of running text (a paragraph, a heading,
 * a caption), not on one mdast text node at a time: a quotation may contain
 * a link, a name may be bold. `buildArticleText` concatenates the inline
 * content of each block (text, emphasis, strong, links, inline code) into
 * `value`, blocks separated by a blank line, and records for each piece of
 * text where it came from, so any span of `value` can be turned back into a
 * `Position` in the source file.
 *
 * Plain text and Markdown go through the same model: the plain-text parser
 * produces an mdast tree of headings and paragraphs, just as remark-parse does.
 */
import type {Nodes, Root, RootContent} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Mention} from '../data.js'

/** What a block of text is in the article. */
export type BlockRole =
  | 'headline'
  | 'standfirst'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'heading'
  | 'body'

export interface TextBlock {
  role: BlockRole
  /** Offset of the block's first character in `ArticleText.value`. */
  start: number
  /** Offset just past the block's last character. */
  end: number
  /** The mdast node the block was read from. */
  node: Nodes
}

/** One run of text copied from one mdast node. */
interface Segment {
  start: number
  end: number
  /** Source offsets of the node the run came from (undefined without positions). */
  sourceStart: number | undefined
  sourceEnd: number | undefined
}

/** Separator put between blocks in `value`. */
export const blockSeparator = '\n\n'

export class ArticleText {
  /** The text of every block, in document order, separated by `blockSeparator`. */
  readonly value: string
  readonly blocks: readonly TextBlock[]
  readonly #segments: readonly Segment[]
  readonly #place: ReturnType<typeof location>

  constructor(value: string, blocks: TextBlock[], segments: Segment[], file: VFile) {
    this.value = value
    this.blocks = blocks
    this.#segments = segments
    this.#place = location(file)
  }

  /** The blocks with one of the given roles. */
  blocksWithRole(...roles: BlockRole[]): TextBlock[] {
    return this.blocks.filter((block) => roles.includes(block.role))
  }

  /** The block containing `offset`, if any. */
  blockAt(offset: number): TextBlock | undefined {
    let low = 0
    let high = this.blocks.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const block = this.blocks[middle]!
      if (offset < block.start) high = middle - 1
      else if (offset >= block.end) low = middle + 1
      else return block
    }
    return undefined
  }

  /** Source point of the character at `offset` in `value` (or just past it with `end`). */
  toPoint(offset: number, end = false): Point | undefined {
    const segment = this.#segmentAt(end ? offset - 1 : offset)
    if (!segment || segment.sourceStart === undefined || segment.sourceEnd === undefined) {
      return undefined
    }
    const delta = offset - segment.start
    // Escapes and character references make the source longer than the text;
    // map linearly and clamp to the node, which is exact for plain runs.
    const source = Math.min(segment.sourceStart + delta, segment.sourceEnd)
    const point = this.#place.toPoint(source)
    return point
  }

  /** Source position of the span `start`–`end` of `value`. */
  toPosition(start: number, end: number): Position | undefined {
    const from = this.toPoint(start)
    const to = this.toPoint(end, true)
    if (!from || !to) return undefined
    return {start: from, end: to}
  }

  /** A `Mention` for the span `start`–`end` of `value`. */
  mention(start: number, end: number): Mention {
    return {start, end, text: this.value.slice(start, end), position: this.toPosition(start, end)}
  }

  #segmentAt(offset: number): Segment | undefined {
    const segments = this.#segments
    let low = 0
    let high = segments.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const segment = segments[middle]!
      if (offset < segment.start) high = middle - 1
      else if (offset >= segment.end) low = middle + 1
      else return segment
    }
    return undefined
  }
}

/** A block to put into the text, with its role. */
export interface BlockInput {
  role: BlockRole
  node: Nodes
}

/**
 * Build the article text from blocks chosen by the article stage.
 *
 * Containers (block quotes, lists, list items) are opened so that each
 * paragraph inside becomes a block of its own with the container's role.
 */
export function buildArticleText(inputs: readonly BlockInput[], file: VFile): ArticleText {
  const parts: string[] = []
  const blocks: TextBlock[] = []
  const segments: Segment[] = []
  let length = 0

  for (const input of inputs) {
    for (const node of leafBlocks(input.node)) {
      const before = length
      if (blocks.length > 0) {
        parts.push(blockSeparator)
        length += blockSeparator.length
      }
      const start = length
      const pieces: string[] = []
      const add = (value: string, from: Nodes | undefined): void => {
        if (value.length === 0) return
        pieces.push(value)
        segments.push({
          start: length,
          end: length + value.length,
          sourceStart: from?.position?.start.offset,
          sourceEnd: from?.position?.end.offset
        })
        length += value.length
      }
      collectInline(node, add)
      if (length === start) {
        // Nothing readable in this block (an image alone, say): undo the separator.
        if (blocks.length > 0) parts.pop()
        length = before
        continue
      }
      parts.push(...pieces)
      blocks.push({role: input.role, start, end: length, node})
    }
  }

  return new ArticleText(parts.join(''), blocks, segments, file)
}

/** The default reading of a tree: first heading is the headline, the rest body. */
export function defaultBlocks(tree: Root): BlockInput[] {
  const inputs: BlockInput[] = []
  let headline = false
  for (const child of tree.children) {
    if (!isTextBlock(child)) continue
    if (!headline && child.type === 'heading') {
      headline = true
      inputs.push({role: 'headline', node: child})
    } else {
      inputs.push({role: child.type === 'heading' ? 'heading' : 'body', node: child})
    }
  }
  return inputs
}

/** Whether a top-level node holds running text worth reading. */
export function isTextBlock(node: RootContent): boolean {
  return (
    node.type === 'paragraph' ||
    node.type === 'heading' ||
    node.type === 'blockquote' ||
    node.type === 'list' ||
    node.type === 'table'
  )
}

/**
 * The paragraphs, headings and table cells in `node`, in document order.
 * Iterative (an explicit stack), so deep nesting never costs call stack.
 */
function leafBlocks(node: Nodes): Nodes[] {
  const result: Nodes[] = []
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    switch (current.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        result.push(current)
        break
      }
      case 'root':
      case 'blockquote':
      case 'list':
      case 'listItem':
      case 'table':
      case 'tableRow': {
        for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
        break
      }
      default:
    }
  }
  return result
}

/** Add the inline text of `node` in document order (iterative, like `leafBlocks`). */
function collectInline(node: Nodes, add: (value: string, from: Nodes | undefined) => void): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    switch (current.type) {
      case 'text':
      case 'inlineCode': {
        add(current.value, current)
        continue
      }
      case 'break': {
        add('\n', current)
        continue
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
      case 'definition':
      case 'code': {
        continue
      }
      default:
    }
    if ('children' in current) {
      const children = current.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
}
