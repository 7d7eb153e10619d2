/**
 * The graph layer: what JSON Schema cannot say about a `@graph`.
 *
 * * every top-level node has its own `@id` (`graph-id-duplicate`);
 * * a node repeated inline (an author, the publisher) agrees with every other
 *   definition of its `@id`: same `@type`, same value for each property both
 *   give (`graph-id-conflict`);
 * * every reference (`{"@id": …}` alone) points at a node defined somewhere
 *   in the document (`graph-ref-dangling`), of a type in the property's
 *   schema.org range (`graph-ref-type`): `spokenByCharacter`, `attendee`,
 *   `organizer`, `performer`, `creator` take a Person or Organization,
 *   `affiliation` and `sourceOrganization` an Organization, `location` a
 *   Place, `recordedAt` an Event, `isPartOf` the NewsArticle, `hasPart` a
 *   Quotation.
 *
 * That every `@id` is absolute is checked by the schemas (`format: uri` on
 * every `@id`, inline or not: `schema-format`).
 */
import {isRecord, type Finding, type RuleLayer} from './layer.js'

const personOrOrganization = ['Person', 'Organization']
const events = ['Event', 'BroadcastEvent', 'BusinessEvent', 'SocialEvent', 'SportsEvent', 'EducationEvent', 'PublicationEvent']

/** Property → the `@type`s a reference in it may point at. */
export const ranges: ReadonlyMap<string, readonly string[]> = new Map([
  ['spokenByCharacter', personOrOrganization],
  ['attendee', personOrOrganization],
  ['organizer', personOrOrganization],
  ['performer', personOrOrganization],
  ['creator', personOrOrganization],
  ['affiliation', ['Organization']],
  ['sourceOrganization', ['Organization']],
  ['location', ['Place']],
  ['recordedAt', events],
  ['isPartOf', ['NewsArticle']],
  ['hasPart', ['Quotation']]
])

interface Definition {
  node: Record<string, unknown>
  pointer: string
}

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
    const defined = new Map<string, Definition>()
    const references: Array<{id: string; pointer: string; property: string}> = []
    walk(document, '', '', (value, pointer, property) => {
      const id = idOf(value)
      if (id === undefined) return
      if (Object.keys(value).length === 1) {
        references.push({id, pointer, property})
        return
      }
      const first = defined.get(id)
      if (first === undefined) {
        defined.set(id, {node: value, pointer})
        return
      }
      // Top-level twins are already reported as duplicates.
      if (isTopLevel(first.pointer) && isTopLevel(pointer)) return
      const conflict = firstConflict(first.node, value)
      if (conflict !== undefined) {
        findings.push({
          ruleId: 'graph-id-conflict',
          reason:
            'Unexpected `' + conflict + '` ' + short(value[conflict]) + ' for `' + id + '` at `' + pointer +
            '`, expected ' + short(first.node[conflict]) + ' as at `' + first.pointer + '`',
          instancePath: pointer + '/' + escapePointer(conflict),
          actual: short(value[conflict])
        })
      }
    })
    for (const reference of references) {
      const target = defined.get(reference.id)
      if (target === undefined) {
        findings.push({
          ruleId: 'graph-ref-dangling',
          reason: 'Unexpected reference to `' + reference.id + '`, expected a node with that `@id` in the document',
          instancePath: reference.pointer,
          actual: reference.id
        })
        continue
      }
      const range = ranges.get(reference.property)
      const type = target.node['@type']
      if (range === undefined || typeof type !== 'string' || range.includes(type)) continue
      findings.push({
        ruleId: 'graph-ref-type',
        reason:
          'Unexpected `' + reference.property + '` pointing at ' + type + ' `' + reference.id + '`, expected ' +
          range.join(' or '),
        instancePath: reference.pointer,
        actual: type,
        expected: [...range]
      })
    }
    return findings
  }
}

function idOf(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  const id = value['@id']
  return typeof id === 'string' ? id : undefined
}

function isTopLevel(pointer: string): boolean {
  return /^\/@graph\/\d+$/.test(pointer)
}

/** The first property both nodes give with different values (`@type` first). */
function firstConflict(a: Record<string, unknown>, b: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(b)) {
    if (!(key in a)) continue
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return key
  }
  return undefined
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return '`' + (text.length > 60 ? text.slice(0, 59) + '…' : text) + '`'
}

function escapePointer(key: string): string {
  if (!key.includes('~') && !key.includes('/')) return key
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Visit every object in `value` with its JSON pointer and the property it is
 * the value of (list items take their list's property). Iterative: a
 * document's depth never costs stack.
 */
function walk(
  value: unknown,
  pointer: string,
  property: string,
  visit: (value: Record<string, unknown>, pointer: string, property: string) => void
): void {
  const stack: Array<[unknown, string, string]> = [[value, pointer, property]]
  while (stack.length > 0) {
    const [item, path, key] = stack.pop()!
    if (item === null || typeof item !== 'object') continue
    if (Array.isArray(item)) {
      for (let index = item.length - 1; index >= 0; index--) {
        const child: unknown = item[index]
        // Strings, numbers and the like hold no object: no pointer is built for them.
        if (child !== null && typeof child === 'object') stack.push([child, path + '/' + index, key])
      }
      continue
    }
    const record = item as Record<string, unknown>
    visit(record, path, key)
    const entries = Object.entries(record)
    for (let index = entries.length - 1; index >= 0; index--) {
      const [name, child] = entries[index]!
      if (child !== null && typeof child === 'object') stack.push([child, path + '/' + escapePointer(name), name])
    }
  }
}
