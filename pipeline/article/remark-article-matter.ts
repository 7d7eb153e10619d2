/**
 * Front matter: parse the YAML at the top of the article, with the source
 * position of every value, and merge metadata handed over by a CMS over it.
 *
 * Reads: the `yaml` node (from remark-frontmatter or the plain-text parser).
 * Writes: `file.data.matter` (the raw values, not yet validated: narrowing is
 * the article stage's job) and `file.data.matterPositions` (top-level keys by
 * name, nested values by `/`-joined path such as `author/0/name`).
 * Emits: `matter-invalid-yaml`, `matter-not-mapping`.
 *
 * The YAML is parsed with the `yaml` package's `parseDocument` and a
 * `LineCounter`; YAML lines are offset by the line of the opening `---`, so a
 * position points into the article file, not into the YAML body. YAML is
 * parsed with the core schema and no custom tags, so unquoted dates stay
 * strings exactly as written.
 */
import type {Root, Yaml} from 'mdast'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {report} from '../diagnostics.js'
import {matterKeys} from './read-matter.js'

export interface ArticleMatterOptions {
  /**
   * Metadata handed over by a CMS (or an eval harness), merged over the front
   * matter key by key (optional). Its values have no source position.
   */
  matter?: Record<string, unknown> | undefined
  /**
   * Site-wide defaults (from the config: publisher, language, author), used
   * only for what neither the front matter nor `matter` gives, by meaning:
   * a default `inLanguage` is not used when the article says `lang`
   * (optional). Its values have no source position.
   */
  defaults?: Record<string, unknown> | undefined
}

const emptyOptions: ArticleMatterOptions = {}
const source = 'remark-article-matter'

/** Parse front matter into `file.data.matter` and `file.data.matterPositions`. */
export function remarkArticleMatter(options?: Readonly<ArticleMatterOptions> | null) {
  const settings = options ?? emptyOptions
  return function (tree: Root, file: VFile): undefined {
    const matter: Record<string, unknown> = {}
    const positions: Record<string, Position> = {}
    const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml')
    if (yaml) readYaml(yaml, file, matter, positions)

    if (settings.matter) {
      for (const [key, value] of Object.entries(settings.matter)) {
        matter[key] = value
        // A handed-over value replaces the written one: its position no longer applies.
        for (const path of Object.keys(positions)) {
          if (path === key || path.startsWith(key + '/')) delete positions[path]
        }
      }
    }

    if (settings.defaults) {
      const given = new Set<string>()
      for (const key of Object.keys(matter)) given.add(matterKeys.get(key) ?? key)
      for (const [key, value] of Object.entries(settings.defaults)) {
        if (value !== undefined && !given.has(matterKeys.get(key) ?? key)) matter[key] = value
      }
    }

    file.data.matter = matter
    file.data.matterPositions = positions
  }
}

function readYaml(yaml: Yaml, file: VFile, matter: Record<string, unknown>, positions: Record<string, Position>): void {
  const lineCounter = new LineCounter()
  const document = parseDocument(yaml.value, {lineCounter, prettyErrors: false, merge: false})
  const place = location(file)
  // The YAML body starts on the line after the opening `---`.
  const firstLine = (yaml.position?.start.line ?? 0) + 1
  const hasPlace = yaml.position !== undefined

  const toPoint = (offset: number): Point | undefined => {
    if (!hasPlace) return undefined
    const {line, col} = lineCounter.linePos(offset)
    const point: Point = {line: firstLine + line - 1, column: col}
    const fileOffset = place.toOffset(point)
    if (fileOffset !== undefined) point.offset = fileOffset
    return point
  }

  const toPosition = (range: readonly [number, number]): Position | undefined => {
    const start = toPoint(range[0])
    const end = toPoint(range[1])
    return start && end ? {start, end} : undefined
  }

  const error = document.errors[0]
  if (error) {
    const start = toPoint(error.pos[0])
    const end = error.pos[1] > error.pos[0] ? toPoint(error.pos[1]) : undefined
    report(file, 'matter-invalid-yaml', `Cannot parse the front matter: ${sentence(error.message)}`, {
      place: start && end ? {start, end} : (start ?? yaml.position),
      source,
      note: 'Quote values that contain `: ` or start with `[`, `{`, `*`, `&` or `!`.',
      cause: error
    })
    return
  }

  let value: unknown
  try {
    value = document.toJS({maxAliasCount: 100})
  } catch (cause) {
    report(file, 'matter-invalid-yaml', `Cannot read the front matter: ${sentence(String(cause))}`, {
      place: yaml.position,
      source,
      cause
    })
    return
  }

  if (value === null || value === undefined) return
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(document.contents)) {
    report(file, 'matter-not-mapping', 'Unexpected front matter that is not a mapping, expected `key: value` lines', {
      place: yaml.position,
      source,
      actual: Array.isArray(value) ? 'list' : typeof value
    })
    return
  }

  Object.assign(matter, value as Record<string, unknown>)
  collectPositions(document.contents, '', positions, toPosition)
}

/** Record the position of every value under `node`, by `/`-joined key path. */
function collectPositions(
  node: YamlNode,
  prefix: string,
  positions: Record<string, Position>,
  toPosition: (range: readonly [number, number]) => Position | undefined
): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const path = prefix + key
      const valueNode = pair.value as YamlNode | null
      // An empty value (`author:`) has no range of its own: point at the key.
      const target = valueNode?.range ? valueNode : (pair.key as YamlNode | null)
      const range = target?.range
      const position = range ? toPosition([range[0], range[1]]) : undefined
      if (position) positions[path] = position
      if (valueNode && (isMap(valueNode) || isSeq(valueNode))) {
        collectPositions(valueNode, path + '/', positions, toPosition)
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const itemNode = item as YamlNode | null
      const path = prefix + String(index)
      const range = itemNode?.range
      const position = range ? toPosition([range[0], range[1]]) : undefined
      if (position) positions[path] = position
      if (itemNode && (isMap(itemNode) || isSeq(itemNode))) {
        collectPositions(itemNode, path + '/', positions, toPosition)
      }
    })
  }
}

/** A library message as the tail of our sentence: first letter lower-cased, no final period. */
function sentence(message: string): string {
  const line = message.split('\n')[0]!.trim().replace(/\.$/, '')
  return line.charAt(0).toLowerCase() + line.slice(1)
}
