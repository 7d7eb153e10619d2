/**
 * The graph layer: what JSON Schema cannot say about a `@graph`. Every
 * top-level node has its own `@id`, and every reference (`{"@id": …}` alone)
 * points at a node defined somewhere in the document.
 */
import type {Finding, RuleLayer} from './layer.js'

export const graphLayer: RuleLayer = {
  name: 'graph',
  check(document) {
    const graph = document['@graph']
    if (!Array.isArray(graph)) return []
    const findings: Finding[] = []
    const topLevel = new Set<string>()
    graph.forEach((node: unknown, index) => {
      const id = idOf(node)
      if (id === undefined) return
      if (topLevel.has(id)) {
        findings.push({
          ruleId: 'graph-id-duplicate',
          reason: 'Unexpected second node with `@id` `' + id + '`, expected each node once',
          instancePath: '/@graph/' + index + '/@id',
          actual: id
        })
      }
      topLevel.add(id)
    })

    // Nodes can also be defined inline (the article's image, authors, publisher).
    const defined = new Set<string>()
    const references: Array<{id: string; pointer: string}> = []
    walk(document, '', (value, pointer) => {
      const id = idOf(value)
      if (id === undefined) return
      if (Object.keys(value as object).length === 1) references.push({id, pointer})
      else defined.add(id)
    })
    for (const reference of references) {
      if (defined.has(reference.id)) continue
      findings.push({
        ruleId: 'graph-ref-dangling',
        reason: 'Unexpected reference to `' + reference.id + '`, expected a node with that `@id` in the document',
        instancePath: reference.pointer,
        actual: reference.id
      })
    }
    return findings
  }
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const id = (value as Record<string, unknown>)['@id']
  return typeof id === 'string' ? id : undefined
}

function walk(value: unknown, pointer: string, visit: (value: unknown, pointer: string) => void): void {
  if (value === null || typeof value !== 'object') return
  visit(value, pointer)
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => walk(item, pointer + '/' + index, visit))
    return
  }
  for (const [key, item] of Object.entries(value)) {
    walk(item, pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1'), visit)
  }
}
