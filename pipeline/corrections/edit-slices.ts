/**
 * Edit the extracted slices (`people`, `quotations`, `events`) as one:
 * find an entity by name, add, remove, re-key or merge it, and keep every
 * reference to it (speaker, attendee, affiliation, location, role) in step,
 * so the graph builder never meets a key that points nowhere.
 *
 * Shared by the corrections and registry stages.
 */
import type {
  EventsData,
  Mention,
  OrganizationEntity,
  PeopleData,
  PersonEntity,
  PlaceEntity,
  QuotationsData,
  RegistryType
} from '../data.js'
import {slugify} from '../graph/ids.js'
import type {ArticleText} from '../text/article-text.js'

export interface Slices {
  people: PeopleData
  quotations?: QuotationsData | undefined
  events?: EventsData | undefined
}

export type NamedKind = 'person' | 'organization' | 'place'

export type Named =
  | {kind: 'person'; entity: PersonEntity}
  | {kind: 'organization'; entity: OrganizationEntity}
  | {kind: 'place'; entity: PlaceEntity}

/** Entity kind of a registry / correction `type`. */
export const kindOfType: Record<RegistryType, NamedKind> = {
  Person: 'person',
  Organization: 'organization',
  Place: 'place'
}

/** `type` of an entity kind. */
export const typeOfKind: Record<NamedKind, RegistryType> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place'
}

/**
 * Comparable form of a name: case, accents, dots, apostrophe shapes and
 * spacing do not count (`U.S.` = `US`, `Ruíz` = `ruiz`).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Every entity with its kind, persons first. */
export function allNamed(people: PeopleData): Named[] {
  return [
    ...people.persons.map((entity): Named => ({kind: 'person', entity})),
    ...people.organizations.map((entity): Named => ({kind: 'organization', entity})),
    ...people.places.map((entity): Named => ({kind: 'place', entity}))
  ]
}

/** The other names an entity goes by in the text. */
export function aliasesOf(named: Named): string[] {
  switch (named.kind) {
    case 'person': {
      return named.entity.aliases
    }
    case 'organization': {
      return named.entity.alternateName
    }
    default: {
      return []
    }
  }
}

/**
 * Entities called `name`, optionally of given kinds: those whose `name`
 * matches, else those with a matching alias.
 */
export function findNamed(people: PeopleData, name: string, kinds?: readonly NamedKind[]): Named[] {
  const wanted = normalizeName(name)
  const candidates = allNamed(people).filter((named) => kinds === undefined || kinds.includes(named.kind))
  const byName = candidates.filter((named) => normalizeName(named.entity.name) === wanted)
  if (byName.length > 0) return byName
  return candidates.filter((named) => aliasesOf(named).some((alias) => normalizeName(alias) === wanted))
}

/** The entity with `key`. */
export function findByKey(people: PeopleData, key: string): Named | undefined {
  return allNamed(people).find((named) => named.entity.key === key)
}

/** A key for a new entity of `kind` called `name`, unused in the slices. */
export function freeKey(people: PeopleData, kind: NamedKind, name: string): string {
  const base = kind + ':' + (slugify(name) || kind)
  const used = new Set(allNamed(people).map((named) => named.entity.key))
  let key = base
  for (let index = 2; used.has(key); index++) key = base + '-' + index
  return key
}

/** Add a new entity; its mentions are the places where the text has `name`. */
export function addEntity(
  slices: Slices,
  kind: NamedKind,
  name: string,
  text: ArticleText | undefined
): Named {
  const key = freeKey(slices.people, kind, name)
  const mentions = findMentions(text, name)
  switch (kind) {
    case 'person': {
      const entity: PersonEntity = {key, name, aliases: [], mentions, about: false}
      slices.people.persons.push(entity)
      return {kind, entity}
    }
    case 'organization': {
      const entity: OrganizationEntity = {key, name, alternateName: [], mentions, about: false}
      slices.people.organizations.push(entity)
      return {kind, entity}
    }
    default: {
      const entity: PlaceEntity = {key, name, mentions, about: false}
      slices.people.places.push(entity)
      return {kind: 'place', entity}
    }
  }
}

/** Remove the entity `key` and every reference to it. */
export function removeEntity(slices: Slices, key: string): void {
  dropEntity(slices.people, key)
  replaceReferences(slices, key, undefined)
}

function dropEntity(people: PeopleData, key: string): void {
  people.persons = people.persons.filter((entity) => entity.key !== key)
  people.organizations = people.organizations.filter((entity) => entity.key !== key)
  people.places = people.places.filter((entity) => entity.key !== key)
}

/** Give the entity `from` the key `to` (unused), everywhere. */
export function rekeyEntity(slices: Slices, from: string, to: string): void {
  const named = findByKey(slices.people, from)
  if (named === undefined) return
  named.entity.key = to
  replaceReferences(slices, from, to)
}

/**
 * Merge the entity `from` into `into` (same kind): mentions, names, `about`
 * and the fields `into` lacks move over, references follow, `from` goes.
 */
export function mergeEntity(slices: Slices, from: string, into: string): void {
  const source = findByKey(slices.people, from)
  const target = findByKey(slices.people, into)
  if (source === undefined || target === undefined || from === into) return
  target.entity.mentions = mergeMentions(target.entity.mentions, source.entity.mentions)
  target.entity.about ||= source.entity.about
  target.entity.sameAs = union(target.entity.sameAs, source.entity.sameAs)
  target.entity.id ??= source.entity.id
  if (target.kind === 'person' && source.kind === 'person') {
    const names = [source.entity.name, ...source.entity.aliases]
    target.entity.aliases = unionText(target.entity.aliases, names, target.entity.name)
    target.entity.jobTitle ??= source.entity.jobTitle
    target.entity.affiliation ??= source.entity.affiliation
    target.entity.gender ??= source.entity.gender
  } else if (target.kind === 'organization' && source.kind === 'organization') {
    target.entity.alternateName = unionText(target.entity.alternateName, source.entity.alternateName, target.entity.name)
  }
  dropEntity(slices.people, from)
  replaceReferences(slices, from, into)
}

/** Point every reference to `from` at `to`, or drop it when `to` is undefined. */
export function replaceReferences(slices: Slices, from: string, to: string | undefined): void {
  const swap = (keys: string[]): string[] => {
    const result: string[] = []
    for (const key of keys) {
      const next = key === from ? to : key
      if (next !== undefined && !result.includes(next)) result.push(next)
    }
    return result
  }
  for (const person of slices.people.persons) {
    if (person.affiliation === from) person.affiliation = to
  }
  slices.people.roles = slices.people.roles.flatMap((role) => {
    if (role.entity !== from) return [role]
    return to === undefined ? [] : [{...role, entity: to}]
  })
  for (const quotation of slices.quotations?.quotations ?? []) {
    if (quotation.speaker === from) {
      quotation.speaker = to
      if (to === undefined) quotation.attribution = undefined
    }
  }
  for (const event of slices.events?.events ?? []) {
    event.attendees = swap(event.attendees)
    event.organizers = swap(event.organizers)
    event.performers = swap(event.performers)
    if (event.location === from) event.location = to
  }
}

/** Places where the text has `name` as a whole word (case-sensitive, as written). */
export function findMentions(text: ArticleText | undefined, name: string): Mention[] {
  const mentions: Mention[] = []
  const needle = name.trim()
  if (text === undefined || needle === '') return mentions
  const value = text.value
  let from = 0
  while (from <= value.length) {
    const start = value.indexOf(needle, from)
    if (start === -1) break
    const end = start + needle.length
    if (!isWordCharacter(value.charAt(start - 1)) && !isWordCharacter(value.charAt(end))) {
      mentions.push(text.mention(start, end))
    }
    from = end
  }
  return mentions
}

/** Union of two URL lists, in order, without duplicates; undefined when empty. */
export function union(left: readonly string[] | undefined, right: readonly string[] | undefined): string[] | undefined {
  const result = [...new Set([...(left ?? []), ...(right ?? [])])]
  return result.length > 0 ? result : undefined
}

function unionText(left: readonly string[], right: readonly string[], except: string): string[] {
  const result = [...left]
  const seen = new Set([normalizeName(except), ...left.map(normalizeName)])
  for (const name of right) {
    const normal = normalizeName(name)
    if (seen.has(normal)) continue
    seen.add(normal)
    result.push(name)
  }
  return result
}

function mergeMentions(left: readonly Mention[], right: readonly Mention[]): Mention[] {
  const seen = new Set<string>()
  const result: Mention[] = []
  for (const mention of [...left, ...right].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const id = mention.start + ':' + mention.end
    if (seen.has(id)) continue
    seen.add(id)
    result.push(mention)
  }
  return result
}

const wordCharacter = /[\p{L}\p{N}]/u

function isWordCharacter(character: string): boolean {
  return character !== '' && wordCharacter.test(character)
}
