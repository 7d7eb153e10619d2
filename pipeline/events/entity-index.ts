/**
 * Look up the people, organisations and places of `file.data.people` by
 * offset in the article text: every mention, sorted, with binary search.
 */
import type {PeopleData} from '../data.js'

export type IndexedKind = 'person' | 'organization' | 'place'

export interface IndexedMention {
  start: number
  end: number
  key: string
  name: string
  kind: IndexedKind
}

export class EntityIndex {
  readonly mentions: readonly IndexedMention[]
  readonly #names: ReadonlyMap<string, string>
  /** Persons' lower-case job titles. */
  readonly #titles: ReadonlyArray<{key: string; name: string; title: string}>

  constructor(people: PeopleData | undefined) {
    const mentions: IndexedMention[] = []
    const names = new Map<string, string>()
    const titles: Array<{key: string; name: string; title: string}> = []
    if (people) {
      for (const person of people.persons) {
        if (person.jobTitle) titles.push({key: person.key, name: person.name, title: person.jobTitle.value.toLowerCase()})
      }
      const add = (kind: IndexedKind, key: string, name: string, list: ReadonlyArray<{start: number; end: number}>): void => {
        names.set(key, name)
        for (const mention of list) mentions.push({start: mention.start, end: mention.end, key, name, kind})
      }
      for (const person of people.persons) add('person', person.key, person.name, person.mentions)
      for (const organization of people.organizations) add('organization', organization.key, organization.name, organization.mentions)
      for (const place of people.places) add('place', place.key, place.name, place.mentions)
      // Role descriptions ("the envoy") stand for their entity too.
      for (const role of people.roles) {
        const kind: IndexedKind = role.entity.startsWith('organization:') ? 'organization' : role.entity.startsWith('place:') ? 'place' : 'person'
        for (const mention of role.mentions) {
          mentions.push({start: mention.start, end: mention.end, key: role.entity, name: names.get(role.entity) ?? role.phrase, kind})
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end)
    this.mentions = mentions
    this.#names = names
    this.#titles = titles
  }

  /**
   * The one person whose job title is, or ends with, `phrase` (lower case:
   * "treasurer" for "Treasurer", "opposition leader"); undefined when none
   * or several are.
   */
  byTitle(phrase: string): {key: string; name: string} | undefined {
    let found: {key: string; name: string} | undefined
    for (const {key, name, title} of this.#titles) {
      if (title !== phrase && !title.endsWith(` ${phrase}`)) continue
      if (found && found.key !== key) return undefined
      found = {key, name}
    }
    return found
  }

  /** Last person mention of each surname, or null when two persons share it (built on first use). */
  #surnames: Map<string, IndexedMention | null> | undefined

  /** The person whose name ends with the last word of `name`, when only one does. */
  bySurname(name: string): IndexedMention | undefined {
    const last = name.split(/\s+/).at(-1)?.toLowerCase()
    if (!last) return undefined
    if (!this.#surnames) {
      const surnames = new Map<string, IndexedMention | null>()
      for (const mention of this.mentions) {
        if (mention.kind !== 'person') continue
        const surname = mention.name.split(/\s+/).at(-1)!.toLowerCase()
        const found = surnames.get(surname)
        if (found === null) continue
        surnames.set(surname, found && found.key !== mention.key ? null : mention)
      }
      this.#surnames = surnames
    }
    return this.#surnames.get(last) ?? undefined
  }

  /** Name of an entity key. */
  nameOf(key: string): string | undefined {
    return this.#names.get(key)
  }

  /** Mentions lying wholly inside `from`–`to`, optionally of some kinds. */
  within(from: number, to: number, ...kinds: IndexedKind[]): IndexedMention[] {
    const found: IndexedMention[] = []
    for (let index = this.#firstAtOrAfter(from); index < this.mentions.length; index++) {
      const mention = this.mentions[index]!
      if (mention.start >= to) break
      if (mention.end <= to && (kinds.length === 0 || kinds.includes(mention.kind))) found.push(mention)
    }
    return found
  }

  /** The mention covering `offset`, if any. */
  at(offset: number): IndexedMention | undefined {
    let best: IndexedMention | undefined
    for (let index = this.#firstAtOrAfter(offset - 200); index < this.mentions.length; index++) {
      const mention = this.mentions[index]!
      if (mention.start > offset) break
      if (mention.end > offset && (!best || mention.end - mention.start > best.end - best.start)) best = mention
    }
    return best
  }

  /** The last mention of one of `kinds` ending at or before `offset` and starting at or after `floor`. */
  lastBefore(offset: number, floor: number, ...kinds: IndexedKind[]): IndexedMention | undefined {
    let index = this.#firstAtOrAfter(offset) - 1
    for (; index >= 0; index--) {
      const mention = this.mentions[index]!
      if (mention.start < floor) return undefined
      if (mention.end <= offset && (kinds.length === 0 || kinds.includes(mention.kind))) return mention
    }
    return undefined
  }

  /** The last mention of entity `key` starting before `offset`, else its first one. */
  lastWithKey(key: string, offset: number): IndexedMention | undefined {
    let found: IndexedMention | undefined
    for (const mention of this.mentions) {
      if (mention.key !== key) continue
      if (found && mention.start >= offset) break
      found = mention
    }
    return found
  }

  #firstAtOrAfter(offset: number): number {
    let low = 0
    let high = this.mentions.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.mentions[middle]!.start < offset) low = middle + 1
      else high = middle
    }
    return low
  }
}
