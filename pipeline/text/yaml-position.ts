/**
 * Source positions of YAML nodes, for files that are YAML (or JSON) from
 * their first byte: the entity registry and the config. (Front matter starts
 * after its `---` line and maps its own offsets in `remark-article-matter.ts`.)
 */
import type {Position} from 'unist'
import type {LineCounter} from 'yaml'

/** The `Position` of a node's `range` (start and end offsets), if it has one. */
export function yamlRangeToPosition(
  lineCounter: LineCounter,
  range: readonly [number, number, ...number[]] | readonly number[] | undefined | null
): Position | undefined {
  if (!range || range.length < 2) return undefined
  const from = range[0]!
  const to = range[1]!
  const start = lineCounter.linePos(from)
  const end = lineCounter.linePos(to)
  return {
    start: {line: start.line, column: start.col, offset: from},
    end: {line: end.line, column: end.col, offset: to}
  }
}
