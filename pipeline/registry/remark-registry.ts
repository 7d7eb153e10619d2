/**
 * Registry stage: give entities the site's entity registry lists their
 * registry `@id` and `sameAs`, so one person is one node across the site.
 *
 * An extracted Person, Organization or Place is registered when its name, or
 * one of its aliases, is the `name` or an alias of a registry entry of the
 * same type. It then gets the entry's `id` (the graph builder uses it as the
 * node's `@id` and in every reference), `name` (the text's form becomes an
 * alias, an organization's `alternateName`) and `sameAs`; the entry's `jobTitle`
 * and `affiliation` only fill in what the article and its corrections do not
 * say. Two extracted entities registered as the same entry by their names
 * are merged (one node per `@id`); an entity that reaches a taken entry only
 * through an alias (a shared surname) is left alone.
 *
 * Runs after `remarkCorrections`, so a renamed entity is matched by its
 * corrected name and a corrected `jobTitle` wins over the registry's.
 *
 * Reads: `file.data.people`, `.quotations`, `.events`, `.text`.
 * Writes: `file.data.people` (and references in `.quotations`, `.events`:
 * in place, like the corrections stage, see `data.ts`), `file.data.registry`
 * (matches and the unregistered entities, for `newsld entities --unknown`).
 * Emits: (none; the CLI reports problems in the registry file itself).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {
  addEntity,
  aliasesOf,
  findNamed,
  mergeEntity,
  typeOfKind,
  union,
  type Named,
  type Slices
} from '../corrections/edit-slices.js'
import type {RegistryEntry, RegistryMatch, UnregisteredEntity} from '../data.js'
import {indexRegistry, type RegistryIndex} from './read-registry.js'

export interface RegistryOptions {
  /** Entries of the site's registry, as `readRegistry` returns them (optional). */
  entities?: readonly RegistryEntry[] | undefined
}

const emptyOptions: RegistryOptions = {}
const noEntries: readonly RegistryEntry[] = []

/** Match extracted entities against the registry. */
export function remarkRegistry(options?: Readonly<RegistryOptions> | null) {
  const entries = (options ?? emptyOptions).entities ?? noEntries
  return function (_tree: Root, file: VFile): undefined {
    const people = file.data.people
    if (people === undefined) return
    const slices: Slices = {people, quotations: file.data.quotations, events: file.data.events}
    const index = indexRegistry(entries)
    /** Registry id → key of the entity that holds it. */
    const claimed = new Map<string, string>()
    const matches: RegistryMatch[] = []

    // Organizations first, so a person's registry affiliation finds its node;
    // matches by name before matches by alias, so a shared surname never
    // takes the entry of the person it names in full. Without a registry
    // nothing can match: the name look-ups are skipped.
    const order =
      entries.length === 0
        ? []
        : [
            ...people.organizations.map(wrap('organization')),
            ...people.places.map(wrap('place')),
            ...people.persons.map(wrap('person'))
          ]
    const found = order.map((named) => ({named, match: matchEntry(index, named)}))
    for (const byName of [true, false]) {
      for (const {named, match} of found) {
        if (match === undefined || match.byName !== byName) continue
        const holder = claimed.get(match.entry.id)
        if (holder !== undefined) {
          if (byName) {
            mergeEntity(slices, named.entity.key, holder)
            matches.find((item) => item.key === holder)?.fields.push('merged `' + named.entity.name + '`')
          }
          continue
        }
        claimed.set(match.entry.id, named.entity.key)
        matches.push(apply(named, match.entry))
      }
    }

    // Persons, organizations, places (the order of `allNamed`), in one pass.
    const unknown: UnregisteredEntity[] = []
    for (const [type, entities] of [
      ['Person', people.persons],
      ['Organization', people.organizations],
      ['Place', people.places]
    ] as const) {
      for (const entity of entities) {
        if (entity.id === undefined) {
          unknown.push({key: entity.key, type, name: entity.name, mentions: entity.mentions.length})
        }
      }
    }
    file.data.registry = {matches, unknown}

    function apply(named: Named, entry: RegistryEntry): RegistryMatch {
      const fields = ['@id']
      named.entity.id = entry.id
      // The registry's name is the entity's name on every page; the text's
      // own form stays an alias (an organization's `alternateName`).
      if (named.entity.name !== entry.name) {
        const old = named.entity.name
        named.entity.name = entry.name
        fields.push('name')
        if (named.kind === 'person' && !named.entity.aliases.includes(old)) named.entity.aliases.unshift(old)
        if (named.kind === 'organization' && !named.entity.alternateName.includes(old)) {
          named.entity.alternateName.unshift(old)
        }
      }
      if (entry.sameAs !== undefined) {
        named.entity.sameAs = union(named.entity.sameAs, entry.sameAs)
        fields.push('sameAs')
      }
      if (named.kind === 'person') {
        if (named.entity.jobTitle === undefined && entry.jobTitle !== undefined) {
          named.entity.jobTitle = {value: entry.jobTitle}
          fields.push('jobTitle')
        }
        if (named.entity.affiliation === undefined && entry.affiliation !== undefined) {
          const key = affiliationKey(entry.affiliation)
          if (key !== undefined) {
            named.entity.affiliation = key
            fields.push('affiliation')
          }
        }
      }
      return {key: named.entity.key, id: entry.id, name: entry.name, fields}
    }

    /** The organization node for a registry `affiliation` (an entry id or a name). */
    function affiliationKey(value: string): string | undefined {
      const entry = index.byId(value) ?? index.byName('Organization', value)
      if (entry !== undefined && entry.type !== 'Organization') return undefined
      if (entry !== undefined) {
        const holder = claimed.get(entry.id)
        if (holder !== undefined) return holder
      }
      const name = entry?.name ?? value
      const found = findNamed(people!, name, ['organization'])
      if (found.length > 1) return undefined
      // The registry says whom the person works for: that organization gets a node.
      const organization = found[0] ?? addEntity(slices, 'organization', name, file.data.text)
      if (entry !== undefined && organization.entity.id === undefined) {
        claimed.set(entry.id, organization.entity.key)
        matches.push(apply(organization, entry))
      }
      return organization.entity.key
    }
  }
}

function wrap<K extends Named['kind']>(kind: K) {
  return (entity: Extract<Named, {kind: K}>['entity']) => ({kind, entity}) as Named
}

function matchEntry(index: RegistryIndex, named: Named): {entry: RegistryEntry; byName: boolean} | undefined {
  const type = typeOfKind[named.kind]
  const entry = index.byName(type, named.entity.name)
  if (entry !== undefined) return {entry, byName: true}
  for (const alias of aliasesOf(named)) {
    const found = index.byName(type, alias)
    if (found !== undefined) return {entry: found, byName: false}
  }
  return undefined
}
