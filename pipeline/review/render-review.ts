/**
 * The editor's review page, `<slug>.review.html`: what the pipeline found in
 * one article, shown on the article itself.
 *
 * * the article text, block by block, with every person, organization and
 *   place mention, every quotation (coloured by speaker, named above it) and
 *   every event date highlighted; each highlight's tooltip says what it is
 *   and where it is in the source (line:column);
 * * a side panel with every node of the graph and, for each value, where it
 *   came from (source position, front matter correction, or the registry),
 *   then the diagnostics, the corrections applied and the registry matches;
 * * a picture of the graph as inline SVG, laid out in fixed columns
 *   (quotations → persons and organizations → events → places), so the same
 *   article always gives the same picture.
 *
 * The page is static and self-contained: no script, no external style,
 * font or image, and a Content-Security-Policy that forbids fetching any.
 * All article text is escaped with `escapeHtml`.
 *
 * Reads: `file.data.text`, `.article`, `.people`, `.quotations`, `.events`,
 * `.jsonLd`, `.provenance`, `.corrections`, `.registry`, `file.messages`.
 * Writes nothing: the CLI writes the page.
 */
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {Mention} from '../data.js'
import {escapeHtml} from '../emit/escape.js'
import {layoutGraph, renderGraphSvg} from './graph-svg.js'
import {label, speakerColors, unknownSpeakerColor} from './labels.js'

export {label, speakerColors, unknownSpeakerColor} from './labels.js'

/** What a highlight marks. */
export type HighlightKind = 'person' | 'organization' | 'place' | 'quotation' | 'date'

/** One highlighted stretch of the text. */
export interface Highlight {
  /** Unique id (`h-<n>`), shared by the pieces of a highlight split by nesting. */
  id: string
  kind: HighlightKind
  start: number
  end: number
  /** Tooltip. */
  title: string
  /** Speaker colour and name (quotations). */
  color?: string | undefined
  speaker?: string | undefined
}

/** Render the review page, or undefined when the article has no text. */
export function renderReview(file: VFile): string | undefined {
  return renderReviewLines(file)?.join('\n')
}

/**
 * The review page as lines (`renderReview` joins them with line feeds), so
 * a writer can write it in pieces: the page of a 4 KB article is 150 KB of
 * UTF-16, past the size from which V8 gives every string a memory mapping
 * of its own.
 */
export function renderReviewLines(file: VFile): string[] | undefined {
  const text = file.data.text
  const article = file.data.article
  if (text === undefined || article === undefined) return undefined
  const highlights = collectHighlights(file)
  const headline = article.headline?.value ?? article.slug
  const graph = ((file.data.jsonLd?.['@graph'] ?? []) as Array<Record<string, unknown>>).filter(isRecord)

  const lines: string[] = [
    '<!doctype html>',
    '<html lang="' + escapeHtml(article.inLanguage?.value ?? 'en') + '">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing on this page may load anything: inline styles only.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    '<meta name="robots" content="noindex">',
    '<title>Review: ' + escapeHtml(headline) + '</title>',
    '<style>' + style + '</style>',
    '</head>',
    '<body>',
    '<header class="top">',
    '<p class="kicker">newsld review' + (file.path ? ' · <code>' + escapeHtml(file.path) + '</code>' : '') + '</p>',
    '<h1>' + escapeHtml(headline) + '</h1>',
    summary(file, graph),
    legend(),
    '</header>',
    '<div class="layout">',
    '<main class="text" aria-label="Article text">',
    ...renderBlocks(file, highlights),
    '</main>',
    '<aside class="panel" aria-label="Extracted data">',
    ...renderNodes(file, graph, highlights),
    ...renderDiagnostics(file),
    ...renderEditorial(file),
    '</aside>',
    '</div>',
    '<section class="graph" aria-label="Graph">',
    '<h2>Graph</h2>',
    renderGraphSvg(layoutGraph(graph)),
    '</section>',
    '</body>',
    '</html>',
    ''
  ]
  return lines
}

/** Every highlight of the article: entity mentions, quotations, event dates. */
export function collectHighlights(file: VFile): Highlight[] {
  const highlights: Highlight[] = []
  let count = 0
  const add = (kind: HighlightKind, mention: Mention, title: string, extra?: Partial<Highlight>): void => {
    if (!(mention.end > mention.start)) return
    highlights.push({id: 'h-' + ++count, kind, start: mention.start, end: mention.end, title: title + at(mention.position), ...extra})
  }
  const people = file.data.people
  const names = new Map<string, string>()
  for (const person of people?.persons ?? []) names.set(person.key, person.name)
  for (const organization of people?.organizations ?? []) names.set(organization.key, organization.name)
  for (const person of people?.persons ?? []) {
    for (const mention of person.mentions) add('person', mention, 'Person: ' + person.name + (person.jobTitle ? ', ' + person.jobTitle.value : ''))
  }
  for (const organization of people?.organizations ?? []) {
    for (const mention of organization.mentions) add('organization', mention, 'Organization: ' + organization.name)
  }
  for (const place of people?.places ?? []) {
    for (const mention of place.mentions) add('place', mention, 'Place: ' + place.name)
  }
  const colors = speakerColorMap(file)
  for (const [index, quotation] of (file.data.quotations?.quotations ?? []).entries()) {
    const speaker = quotation.speaker === undefined ? undefined : names.get(quotation.speaker)
    const title = 'Quotation ' + (index + 1) + ': ' + (speaker ?? 'speaker unknown')
    for (const mention of quotation.mentions) {
      add('quotation', mention, title, {
        color: quotation.speaker === undefined ? unknownSpeakerColor : colors.get(quotation.speaker),
        speaker: speaker ?? 'speaker unknown'
      })
    }
  }
  for (const event of file.data.events?.events ?? []) {
    if (event.dateMention && event.startDate !== undefined) {
      add('date', event.dateMention, 'Date of ' + event.name + ': ' + event.startDate)
    }
  }
  return highlights
}

/** Speaker key → colour, in order of each speaker's first quotation. */
function speakerColorMap(file: VFile): Map<string, string> {
  const colors = new Map<string, string>()
  for (const quotation of file.data.quotations?.quotations ?? []) {
    if (quotation.speaker !== undefined && !colors.has(quotation.speaker)) {
      colors.set(quotation.speaker, speakerColors[colors.size % speakerColors.length]!)
    }
  }
  return colors
}

/** The text blocks, with highlights nested (a highlight that crosses another is split, keeping its id). */
function renderBlocks(file: VFile, highlights: readonly Highlight[]): string[] {
  const text = file.data.text!
  const lines: string[] = []
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || order(a) - order(b))
  let cursor = 0
  for (const block of text.blocks) {
    // Highlights are sorted by start; move past those that end before this block.
    while (cursor < sorted.length && sorted[cursor]!.end <= block.start) cursor++
    const inside: Highlight[] = []
    for (let index = cursor; index < sorted.length && sorted[index]!.start < block.end; index++) {
      const highlight = sorted[index]!
      if (highlight.end > block.start) inside.push(highlight)
    }
    const tag = blockTags[block.role] ?? 'p'
    const place = file.data.text!.toPoint(block.start)
    lines.push(
      '<' + tag + ' class="block ' + block.role + '" data-role="' + block.role + '"' +
        (place ? ' data-line="' + place.line + '"' : '') + '>' +
        (place ? '<span class="line" aria-hidden="true">' + place.line + '</span>' : '') +
        renderSpan(text.value, block.start, block.end, inside) +
        '</' + tag + '>'
    )
  }
  return lines
}

const blockTags: Record<string, string> = {headline: 'h2', heading: 'h3'}

function order(highlight: Highlight): number {
  return ['quotation', 'date', 'person', 'organization', 'place'].indexOf(highlight.kind)
}

/** Render `value[start, end)` with nested highlight elements. */
function renderSpan(value: string, start: number, end: number, highlights: readonly Highlight[]): string {
  const bounds = new Set<number>([start, end])
  for (const highlight of highlights) {
    bounds.add(Math.max(start, highlight.start))
    bounds.add(Math.min(end, highlight.end))
  }
  const points = [...bounds].sort((a, b) => a - b)
  const open: Highlight[] = []
  const started = new Set<string>()
  let html = ''
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!
    const to = points[index + 1]!
    const active = highlights.filter((highlight) => highlight.start <= from && highlight.end >= to)
    let common = 0
    while (common < open.length && common < active.length && open[common] === active[common]) common++
    for (let close = open.length - 1; close >= common; close--) html += '</span>'
    open.length = common
    for (const highlight of active.slice(common)) {
      html += openTag(highlight, !started.has(highlight.id))
      started.add(highlight.id)
      open.push(highlight)
    }
    html += escapeHtml(value.slice(from, to)).replace(/\n/g, '<br>')
  }
  for (let close = open.length - 1; close >= 0; close--) html += '</span>'
  return html
}

function openTag(highlight: Highlight, first: boolean): string {
  let attributes = ' class="m m-' + highlight.kind + (first ? ' first' : '') + '" data-m="' + highlight.id + '"'
  if (first) attributes += ' id="' + highlight.id + '"'
  attributes += ' title="' + escapeHtml(highlight.title) + '"'
  if (highlight.kind === 'quotation') {
    attributes += ' style="--c:' + (highlight.color ?? unknownSpeakerColor) + '" data-speaker="' + escapeHtml(highlight.speaker ?? '') + '"'
  }
  return '<span' + attributes + '>'
}

function summary(file: VFile, graph: ReadonlyArray<Record<string, unknown>>): string {
  const people = file.data.people
  const counts: Array<[number, string]> = [
    [people?.persons.length ?? 0, 'people'],
    [people?.organizations.length ?? 0, 'organizations'],
    [people?.places.length ?? 0, 'places'],
    [file.data.events?.events.length ?? 0, 'events'],
    [file.data.quotations?.quotations.length ?? 0, 'quotations'],
    [graph.length, 'nodes'],
    [file.messages.length, 'messages']
  ]
  const errors = file.messages.filter((message) => message.fatal === true).length
  return (
    '<p class="summary">' +
    counts.map(([count, label]) => '<span><b>' + count + '</b> ' + label + '</span>').join(' ') +
    (errors > 0 ? ' <span class="bad"><b>' + errors + '</b> errors: not publishable</span>' : '') +
    '</p>'
  )
}

function legend(): string {
  return (
    '<p class="legend">' +
    '<span class="m m-person">person</span> <span class="m m-organization">organization</span> ' +
    '<span class="m m-place">place</span> <span class="m m-date">event date</span> ' +
    '<span class="m m-quotation" style="--c:' + speakerColors[0] + '">quotation, coloured by speaker</span>' +
    '</p>'
  )
}

/** The nodes of the graph, each value with its source. */
function renderNodes(file: VFile, graph: ReadonlyArray<Record<string, unknown>>, highlights: readonly Highlight[]): string[] {
  const provenance = file.data.provenance ?? {}
  const names = new Map<string, string>()
  for (const node of graph) names.set(String(node['@id']), label(node))
  const mentionsOf = mentionIndex(file, highlights)
  const registered = new Map((file.data.registry?.matches ?? []).map((match) => [match.id, match]))
  const lines = ['<h2>Nodes</h2>', '<ol class="nodes">']
  for (const [index, node] of graph.entries()) {
    const type = String(node['@type'])
    const id = String(node['@id'])
    lines.push('<li id="n-' + index + '" class="node t-' + escapeHtml(type.toLowerCase()) + '">')
    lines.push('<p><span class="type">' + escapeHtml(type) + '</span> <b>' + escapeHtml(label(node)) + '</b></p>')
    const rows: string[] = []
    const registry = registered.get(id)
    rows.push(row('@id', '<code>' + escapeHtml(id) + '</code>', registry ? 'registry' : 'derived'))
    for (const [key, value] of Object.entries(node)) {
      if (key === '@type' || key === '@id' || key === 'articleBody') continue
      const pointer = '/@graph/' + index + '/' + key
      const from = provenance[pointer]
      let origin = from ? 'source ' + point(from) : registry?.fields.includes(key) ? 'registry' : ''
      if (origin === '' && key === 'sameAs') origin = 'front matter'
      rows.push(row(key, describe(value, names), origin))
    }
    const mentions = mentionsOf.get(type + '\0' + label(node)) ?? (type === 'Quotation' ? mentionsOf.get('Quotation\0' + index) : undefined)
    if (mentions && mentions.length > 0) {
      rows.push(
        row(
          'mentions',
          mentions
            .map((mention) => '<a href="#' + mention.id + '">' + (mention.position ? point(mention.position) : '?') + '</a>')
            .join(', '),
          mentions.length + '×'
        )
      )
    }
    lines.push('<table>' + rows.join('') + '</table>', '</li>')
  }
  lines.push('</ol>')
  return lines
}

/** `Type\0name` (or `Quotation\0graph index`) → highlight ids and positions of its mentions. */
function mentionIndex(file: VFile, highlights: readonly Highlight[]): Map<string, Array<{id: string; position: Position | undefined}>> {
  const index = new Map<string, Array<{id: string; position: Position | undefined}>>()
  const byStart = new Map<string, string>()
  for (const highlight of highlights) byStart.set(highlight.kind + ':' + highlight.start + ':' + highlight.end, highlight.id)
  const put = (key: string, kind: HighlightKind, mentions: readonly Mention[]): void => {
    index.set(
      key,
      mentions.map((mention) => ({
        id: byStart.get(kind + ':' + mention.start + ':' + mention.end) ?? '',
        position: mention.position
      }))
    )
  }
  const people = file.data.people
  for (const person of people?.persons ?? []) put('Person\0' + person.name, 'person', person.mentions)
  for (const organization of people?.organizations ?? []) put('Organization\0' + organization.name, 'organization', organization.mentions)
  for (const place of people?.places ?? []) put('Place\0' + place.name, 'place', place.mentions)
  const graph = ((file.data.jsonLd?.['@graph'] ?? []) as Array<Record<string, unknown>>)
  const first = graph.findIndex((node) => node['@type'] === 'Quotation')
  for (const [offset, quotation] of (file.data.quotations?.quotations ?? []).entries()) {
    if (first !== -1) put('Quotation\0' + (first + offset), 'quotation', quotation.mentions)
  }
  for (const event of file.data.events?.events ?? []) {
    if (event.dateMention) put(event.type + '\0' + event.name, 'date', [event.dateMention])
  }
  return index
}

function renderDiagnostics(file: VFile): string[] {
  const lines = ['<h2>Diagnostics</h2>']
  if (file.messages.length === 0) return [...lines, '<p class="none">No messages.</p>']
  lines.push('<ul class="messages">')
  for (const message of file.messages) {
    const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
    lines.push(
      '<li class="' + severity + '"><span class="sev">' + severity + '</span> ' +
        '<span class="at">' + (message.line ? message.line + ':' + (message.column ?? 1) : '–') + '</span> ' +
        escapeHtml(message.reason) + (message.ruleId ? ' <code>' + escapeHtml(message.ruleId) + '</code>' : '') + '</li>'
    )
  }
  lines.push('</ul>')
  return lines
}

function renderEditorial(file: VFile): string[] {
  const lines: string[] = []
  const records = file.data.corrections?.records ?? []
  if (records.length > 0) {
    lines.push('<h2>Corrections applied</h2>', '<ul class="records">')
    for (const record of records) {
      lines.push(
        '<li><span class="at">' + (record.position ? point(record.position) : '–') + '</span> ' +
          '<code>corrections/' + record.index + '</code> ' + escapeHtml(record.action) + ' <b>' + escapeHtml(record.target) + '</b>' +
          (record.fields.length > 0 ? ' (' + escapeHtml(record.fields.join(', ')) + ')' : '') + '</li>'
      )
    }
    lines.push('</ul>')
  }
  const registry = file.data.registry
  if (registry) {
    lines.push('<h2>Entity registry</h2>')
    if (registry.matches.length > 0) {
      lines.push('<ul class="records">')
      for (const match of registry.matches) {
        lines.push('<li><b>' + escapeHtml(match.name) + '</b> → <code>' + escapeHtml(match.id) + '</code> (' + escapeHtml(match.fields.join(', ')) + ')</li>')
      }
      lines.push('</ul>')
    }
    if (registry.unknown.length > 0) {
      lines.push(
        '<p class="unknown">Not in the registry: ' +
          registry.unknown.map((entity) => escapeHtml(entity.name) + ' <small>(' + entity.type + ')</small>').join(', ') +
          '</p>'
      )
    }
  }
  return lines
}

function row(key: string, value: string, origin: string): string {
  return '<tr><th>' + escapeHtml(key) + '</th><td>' + value + '</td><td class="origin">' + escapeHtml(origin) + '</td></tr>'
}

/** A value of a node, in short: references by name, long text cut. */
function describe(value: unknown, names: ReadonlyMap<string, string>): string {
  if (Array.isArray(value)) {
    const shown = value.slice(0, 6).map((item) => describe(item, names)).join(', ')
    return value.length > 6 ? shown + ' <i>and ' + (value.length - 6) + ' more</i>' : shown
  }
  if (isRecord(value)) {
    const id = value['@id']
    if (typeof id === 'string' && Object.keys(value).length === 1) {
      return '→ ' + escapeHtml(names.get(id) ?? id)
    }
    if (typeof value['@type'] === 'string') return escapeHtml(String(value['@type'])) + ' {…}'
    return '{…}'
  }
  const text = String(value)
  return escapeHtml(text.length > 120 ? text.slice(0, 119) + '…' : text)
}

function at(position: Position | undefined): string {
  return position ? ' (line ' + point(position) + ')' : ''
}

function point(position: Position): string {
  return position.start.line + ':' + position.start.column
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const style = [
  ':root{--person:#dbe4ff;--organization:#d3f9d8;--place:#ffe8cc;--date:#f3d9fa;color-scheme:light}',
  'body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#212529;background:#f8f9fa}',
  '.top{padding:1rem 1.5rem .5rem;background:#fff;border-bottom:1px solid #dee2e6}',
  '.kicker{margin:0;color:#868e96;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em}',
  'h1{margin:.2rem 0 .4rem;font:600 1.5rem/1.25 Georgia,serif}',
  '.summary span{margin-right:.9rem}.summary .bad{color:#c92a2a}.legend .m{margin-right:.4rem}',
  '.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:1.5rem;padding:1rem 1.5rem}',
  '.text{background:#fff;padding:1rem 1.5rem;border:1px solid #dee2e6;border-radius:6px;font:17px/1.9 Georgia,serif}',
  '.block{position:relative;margin:0 0 1.1rem}.block .line{position:absolute;left:-1.3rem;width:1rem;text-align:right;color:#adb5bd;font:11px/2.7 system-ui,sans-serif}',
  '.block.headline{font-size:1.4rem;line-height:1.6}.block.standfirst{font-style:italic;color:#495057}',
  '.block.caption,.block.credit{font-size:.9rem;color:#495057}',
  '.m{border-radius:3px;padding:0 1px}',
  '.m-person{background:var(--person);box-shadow:inset 0 -2px #4263eb}',
  '.m-organization{background:var(--organization);box-shadow:inset 0 -2px #2f9e44}',
  '.m-place{background:var(--place);box-shadow:inset 0 -2px #e8590c}',
  '.m-date{background:var(--date);outline:1px dashed #9c36b5}',
  '.m-quotation{background:color-mix(in srgb,var(--c) 12%,transparent);border-bottom:2px solid var(--c)}',
  '.m-quotation.first::before{content:attr(data-speaker);display:inline-block;margin-right:.25rem;padding:0 .3rem;border-radius:3px;background:var(--c);color:#fff;font:600 11px/1.6 system-ui,sans-serif;vertical-align:2px}',
  '.panel{font-size:13px;max-height:calc(100vh - 2rem);overflow:auto;position:sticky;top:1rem}',
  '.panel h2,.graph h2{font-size:1rem;margin:1rem 0 .4rem}.panel h2:first-child{margin-top:0}',
  '.nodes{list-style:none;margin:0;padding:0}.node{background:#fff;border:1px solid #dee2e6;border-left-width:4px;border-radius:4px;margin:0 0 .5rem;padding:.3rem .5rem}',
  '.node p{margin:0 0 .2rem}.node .type{font-size:11px;color:#495057;text-transform:uppercase}',
  '.t-person{border-left-color:#4263eb}.t-organization{border-left-color:#2f9e44}.t-place{border-left-color:#e8590c}.t-quotation{border-left-color:#495057}.t-newsarticle{border-left-color:#212529}',
  '.node:target{outline:2px solid #fab005}',
  'table{border-collapse:collapse;width:100%}th{text-align:left;font-weight:500;color:#495057;width:7rem;vertical-align:top;padding:1px 4px 1px 0}',
  'td{vertical-align:top;padding:1px 4px;word-break:break-word}td.origin{color:#868e96;white-space:nowrap;font-size:11px;text-align:right}',
  'code{font:12px ui-monospace,monospace;word-break:break-all}',
  '.messages,.records{margin:0;padding-left:1.1rem}.messages .sev{font-weight:600}.messages .error .sev{color:#c92a2a}.messages .warning .sev{color:#e67700}.messages .info .sev{color:#1971c2}',
  '.at{color:#868e96;font:12px ui-monospace,monospace}.none,.unknown{color:#495057}',
  '.graph{padding:0 1.5rem 2rem}.graph svg{background:#fff;border:1px solid #dee2e6;border-radius:6px;max-width:100%;height:auto}',
  '@media (max-width:900px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none}}'
].join('')
