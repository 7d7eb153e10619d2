/**
 * A picture of one article's graph as inline SVG, laid out without any
 * search or randomness: the NewsArticle on top, then four columns —
 * quotations, persons and organizations, events, places — each in graph
 * order. Links are the graph's references: who said a quotation, where it
 * was recorded, who attended or organized an event and where it was, whom a
 * person works for, and what the article is about.
 */
import {escapeHtml} from '../emit/escape.js'
import {label, speakerColors} from './labels.js'

export interface LaidOutNode {
  /** Index in `@graph`. */
  index: number
  type: string
  label: string
  x: number
  y: number
  width: number
  height: number
  column: number
}

export interface LaidOutEdge {
  from: number
  to: number
  /** The property (`spokenByCharacter`, `attendee`, …). */
  property: string
  color: string
}

export interface GraphLayout {
  nodes: LaidOutNode[]
  edges: LaidOutEdge[]
  width: number
  height: number
}

const nodeWidth = 240
const nodeHeight = 24
const rowGap = 8
const columnGap = 70
const margin = 20
const top = 90
const legendHeight = 24
const columnTitles = ['Quotations', 'People and organizations', 'Events', 'Places'] as const

/** Properties drawn as links, with their colour (`spokenByCharacter` takes the speaker's). */
const linkColors: Record<string, string> = {
  spokenByCharacter: '',
  recordedAt: '#9c36b5',
  attendee: '#868e96',
  organizer: '#495057',
  performer: '#495057',
  location: '#e8590c',
  affiliation: '#2f9e44',
  about: '#212529'
}

/** Lay out the nodes of a `@graph`. */
export function layoutGraph(graph: ReadonlyArray<Record<string, unknown>>): GraphLayout {
  const columns: number[][] = [[], [], [], []]
  const nodes: LaidOutNode[] = []
  const byId = new Map<string, number>()
  let article: number | undefined
  for (const [index, node] of graph.entries()) {
    byId.set(String(node['@id']), index)
    const type = String(node['@type'])
    if (type === 'NewsArticle') {
      article ??= index
      continue
    }
    columns[columnOf(type)]!.push(index)
  }
  const x = (column: number) => margin + column * (nodeWidth + columnGap)
  const width = x(columns.length) - columnGap + margin
  const place = new Map<number, LaidOutNode>()
  if (article !== undefined) {
    const node: LaidOutNode = {
      index: article,
      type: 'NewsArticle',
      label: label(graph[article]!),
      x: (width - nodeWidth * 2) / 2,
      y: margin,
      width: nodeWidth * 2,
      height: nodeHeight,
      column: -1
    }
    nodes.push(node)
    place.set(article, node)
  }
  for (const [column, members] of columns.entries()) {
    for (const [row, index] of members.entries()) {
      const node: LaidOutNode = {
        index,
        type: String(graph[index]!['@type']),
        label: label(graph[index]!),
        x: x(column),
        y: top + row * (nodeHeight + rowGap),
        width: nodeWidth,
        height: nodeHeight,
        column
      }
      nodes.push(node)
      place.set(index, node)
    }
  }
  const tallest = Math.max(0, ...columns.map((members) => members.length))
  const height = top + tallest * (nodeHeight + rowGap) + margin + legendHeight

  // Speaker colours in order of first quotation, as in the text.
  const speakers = new Map<string, string>()
  const edges: LaidOutEdge[] = []
  for (const [index, node] of graph.entries()) {
    for (const [property, base] of Object.entries(linkColors)) {
      for (const target of references(node[property])) {
        const to = byId.get(target)
        if (to === undefined || !place.has(to) || !place.has(index)) continue
        let color = base
        if (property === 'spokenByCharacter') {
          if (!speakers.has(target)) speakers.set(target, speakerColors[speakers.size % speakerColors.length]!)
          color = speakers.get(target)!
        }
        edges.push({from: index, to, property, color})
      }
    }
  }
  return {nodes, edges, width, height}
}

/** The layout as an `<svg>` element. */
export function renderGraphSvg(layout: GraphLayout): string {
  const byIndex = new Map(layout.nodes.map((node) => [node.index, node]))
  const parts: string[] = [
    '<svg xmlns="http://www.w3.org/2000/svg" class="graph-svg" role="img" aria-label="Graph of the article" ' +
      'width="' + layout.width + '" height="' + layout.height + '" viewBox="0 0 ' + layout.width + ' ' + layout.height + '" ' +
      'font-family="system-ui, sans-serif" font-size="12">'
  ]
  for (const [column, title] of columnTitles.entries()) {
    parts.push(
      '<text class="column-title" x="' + (margin + column * (nodeWidth + columnGap)) + '" y="' + (top - 10) + '" fill="#868e96" font-size="11">' +
        escapeHtml(title.toUpperCase()) + '</text>'
    )
  }
  for (const edge of layout.edges) {
    const from = byIndex.get(edge.from)!
    const to = byIndex.get(edge.to)!
    parts.push(
      '<path class="edge" data-property="' + escapeHtml(edge.property) + '" d="' + curve(from, to) + '" fill="none" stroke="' +
        edge.color + '" stroke-width="' + (edge.property === 'spokenByCharacter' ? 2 : 1.2) + '"' +
        (edge.property === 'about' ? ' stroke-dasharray="4 3"' : '') +
        // Links to events cross the people column: drawn faint, behind the boxes.
        ' opacity="' + (edge.property === 'recordedAt' ? 0.3 : 0.75) + '"><title>' + escapeHtml(edge.property) + '</title></path>'
    )
  }
  for (const node of layout.nodes) {
    const fill = fills[node.column === -1 ? 'NewsArticle' : node.type] ?? fills['Event']!
    parts.push(
      '<a href="#n-' + node.index + '"><g class="node" data-index="' + node.index + '" data-type="' + escapeHtml(node.type) + '">' +
        '<title>' + escapeHtml(node.type + ': ' + node.label) + '</title>' +
        '<rect x="' + node.x + '" y="' + node.y + '" width="' + node.width + '" height="' + node.height + '" rx="4" fill="' +
        fill.background + '" stroke="' + fill.border + '"/>' +
        '<text x="' + (node.x + 8) + '" y="' + (node.y + 16) + '" fill="#212529">' + escapeHtml(clip(node.label, node.width)) + '</text>' +
        '</g></a>'
    )
  }
  // What the link colours mean.
  let x = margin
  const y = layout.height - margin / 2
  for (const [name, color] of legend) {
    parts.push(
      '<g class="legend"><line x1="' + x + '" y1="' + (y - 4) + '" x2="' + (x + 18) + '" y2="' + (y - 4) + '" stroke="' + color +
        '" stroke-width="2"' + (name === 'about' ? ' stroke-dasharray="4 3"' : '') + '/><text x="' + (x + 24) + '" y="' + y +
        '" fill="#495057" font-size="11">' + escapeHtml(name) + '</text></g>'
    )
    x += 32 + name.length * 6.5
  }
  parts.push('</svg>')
  return parts.join('\n')
}

const legend: ReadonlyArray<readonly [string, string]> = [
  ['said (speaker colour)', speakerColors[0]],
  ['recorded at', '#9c36b5'],
  ['attendee', '#868e96'],
  ['organizer / performer', '#495057'],
  ['location', '#e8590c'],
  ['affiliation', '#2f9e44'],
  ['about', '#212529']
]

const fills: Record<string, {background: string; border: string}> = {
  NewsArticle: {background: '#f1f3f5', border: '#212529'},
  Quotation: {background: '#f8f9fa', border: '#868e96'},
  Person: {background: '#dbe4ff', border: '#4263eb'},
  Organization: {background: '#d3f9d8', border: '#2f9e44'},
  Event: {background: '#f3d9fa', border: '#9c36b5'},
  Place: {background: '#ffe8cc', border: '#e8590c'}
}

function columnOf(type: string): number {
  switch (type) {
    case 'Quotation': {
      return 0
    }
    case 'Person':
    case 'Organization': {
      return 1
    }
    case 'Place': {
      return 3
    }
    default: {
      return 2
    }
  }
}

function references(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  const result: string[] = []
  for (const item of list) {
    if (item && typeof item === 'object' && typeof (item as Record<string, unknown>)['@id'] === 'string') {
      result.push((item as Record<string, string>)['@id']!)
    }
  }
  return result
}

/** Path from one box to another: side to side across columns, an arc within one, top-down from the article. */
function curve(from: LaidOutNode, to: LaidOutNode): string {
  const middle = (node: LaidOutNode) => node.y + node.height / 2
  if (from.column === -1) {
    const x1 = from.x + from.width / 2
    const y1 = from.y + from.height
    const x2 = to.x + to.width / 2
    const y2 = to.y
    return 'M' + x1 + ' ' + y1 + ' C' + x1 + ' ' + (y1 + 40) + ' ' + x2 + ' ' + (y2 - 40) + ' ' + x2 + ' ' + y2
  }
  if (from.column === to.column) {
    const x = from.x + from.width
    const bulge = x + 20 + Math.min(40, Math.abs(middle(to) - middle(from)) / 6)
    return 'M' + x + ' ' + middle(from) + ' C' + bulge + ' ' + middle(from) + ' ' + bulge + ' ' + middle(to) + ' ' + x + ' ' + middle(to)
  }
  const forward = to.column > from.column
  const x1 = forward ? from.x + from.width : from.x
  const x2 = forward ? to.x : to.x + to.width
  const mid = (x1 + x2) / 2
  return 'M' + x1 + ' ' + middle(from) + ' C' + mid + ' ' + middle(from) + ' ' + mid + ' ' + middle(to) + ' ' + x2 + ' ' + middle(to)
}

/** Cut a label to what fits a box (about 6.2 px a character at 12 px). */
function clip(text: string, width: number): string {
  const fit = Math.floor((width - 14) / 6.2)
  return text.length > fit ? text.slice(0, fit - 1) + '…' : text
}
