/**
 * Every place the text names a person, an organisation or a role tied to one,
 * sorted by offset, for attribution.
 *
 * The mentions come from the people stage; the names and aliases it found are
 * also looked up in the text once (one regex, one pass), so a mention the
 * people stage did not record still counts. An alias shared by two entities
 * is ambiguous and left out of that lookup.
 */
import type {PeopleData} from '../data.js'
import {isLetterOrNumberCode, letterNumberWords, toLower} from '../text/chars.js'

export type EntityKind = 'person' | 'organization'

export type Gender = 'male' | 'female'

export interface EntityMention {
  start: number
  end: number
  key: string
  kind: EntityKind
  /** Followed by `’s` / `'s` (the name modifies another noun). */
  possessive: boolean
  /** Came from a role reference ("the mayor’s chief of staff"). */
  role: boolean
}

export interface EntityInfo {
  key: string
  kind: EntityKind
  name: string
  /** Every name form, lower case (name, aliases, alternate names). */
  forms: string[]
  /** Lower-case job title and role phrases tied to the entity. */
  descriptions: string[]
  gender?: Gender | undefined
}

export interface EntityIndex {
  mentions: EntityMention[]
  entities: Map<string, EntityInfo>
}

/** A word of a name: letters and digits, with inner apostrophes, dots and hyphens. */
/** Same words as `letterNumberWords(value, true)`. */
const formWord = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu

const possessiveAfter = /^(?:’s|'s|’|')(?![\p{L}])/u

/** Build the mention index for a text. */
export function indexEntities(value: string, people: PeopleData | undefined): EntityIndex {
  const entities = new Map<string, EntityInfo>()
  const raw: Array<{start: number; end: number; key: string; role: boolean}> = []
  if (!people) return {mentions: [], entities}

  for (const person of people.persons) {
    const gender = readGender(person)
    entities.set(person.key, {
      key: person.key,
      kind: 'person',
      name: person.name,
      forms: unique([person.name, ...person.aliases].map(normalizeForm)),
      descriptions: person.jobTitle ? [person.jobTitle.value.toLowerCase()] : [],
      gender
    })
    for (const mention of person.mentions) raw.push({start: mention.start, end: mention.end, key: person.key, role: false})
  }
  for (const organization of people.organizations) {
    entities.set(organization.key, {
      key: organization.key,
      kind: 'organization',
      name: organization.name,
      forms: unique([organization.name, ...organization.alternateName].map(normalizeForm)),
      descriptions: []
    })
    for (const mention of organization.mentions) {
      raw.push({start: mention.start, end: mention.end, key: organization.key, role: false})
    }
  }
  for (const role of people.roles) {
    const entity = entities.get(role.entity)
    if (!entity) continue
    entity.descriptions.push(role.phrase.toLowerCase())
    for (const mention of role.mentions) raw.push({start: mention.start, end: mention.end, key: role.entity, role: true})
  }

  // Look every unambiguous name form up in the text once.
  const owners = new Map<string, string | null>()
  for (const entity of entities.values()) {
    for (const form of entity.forms) {
      if (form.length < 2) continue
      const owner = owners.get(form)
      owners.set(form, owner === undefined || owner === entity.key ? entity.key : null)
    }
  }
  // Word-by-word lookup: first word → the forms starting with it (longest first).
  const byFirst = new Map<string, Array<{words: string[]; key: string}>>()
  for (const [form, key] of owners) {
    if (key === null) continue
    const words = form.match(formWord)
    if (!words || words.length === 0) continue
    const list = byFirst.get(words[0]!) ?? []
    list.push({words, key})
    byFirst.set(words[0]!, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  if (byFirst.size > 0) {
    // Token offsets only; a token's normalised word is built when a lookup needs it.
    const tokens: Array<{start: number; end: number; word: string | undefined}> = []
    const spans = letterNumberWords(value, true)
    for (let index = 0; index < spans.length; index += 2) {
      tokens.push({start: spans[index]!, end: spans[index + 1]!, word: undefined})
    }
    const wordAt = (index: number): string => {
      const token = tokens[index]!
      return (token.word ??= normalizeForm(value.slice(token.start, token.end)))
    }
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!
      // A lower-case hit of a capitalised name ("bush", "may") is a common word.
      const code = value.charCodeAt(token.start)
      if (code < 128 ? code < 65 || code > 90 : !/\p{Lu}/u.test(value[token.start]!)) continue
      const candidates = byFirst.get(wordAt(t))
      if (!candidates) continue
      for (const candidate of candidates) {
        let u = 1
        for (; u < candidate.words.length; u++) {
          const next = tokens[t + u]
          if (!next || wordAt(t + u) !== candidate.words[u] || !/^\s+$/.test(value.slice(tokens[t + u - 1]!.end, next.start))) break
        }
        if (u === candidate.words.length) {
          raw.push({start: token.start, end: tokens[t + u - 1]!.end, key: candidate.key, role: false})
          break
        }
      }
    }
  }

  // Sort by start, longest first, and drop mentions inside a longer one of the same entity.
  raw.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.role) - Number(a.role))
  const mentions: EntityMention[] = []
  for (const item of raw) {
    const last = mentions.at(-1)
    if (last && item.start >= last.start && item.end <= last.end && (last.key === item.key || last.role)) continue
    if (last && item.start === last.start && item.end === last.end) continue
    const entity = entities.get(item.key)
    if (!entity) continue
    mentions.push({
      start: item.start,
      end: item.end,
      key: item.key,
      kind: entity.kind,
      possessive: possessiveAfter.test(value.slice(item.end, item.end + 3)),
      role: item.role
    })
  }
  collectDescriptions(value, mentions, entities)
  return {mentions, entities}
}

const descriptionStop = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'that', 'who', 'which', 'said', 'says', 'told', 'with', 'by', 'to', 'of',
  'for', 'from', 'in', 'on', 'at', 'as', 'when', 'while', 'after', 'before', 'is', 'was', 'has', 'had', 'have'
])

/**
 * Descriptions the text ties to a person: a role written before the name
 * ("Tory leader Ann Bell", "Acme’s chief envoy, Ann Bell,") or an apposition
 * after it ("Ann Bell, the agency’s director,"). Used to resolve "the Tory
 * leader said" when the people stage gave no role for it.
 */
function collectDescriptions(value: string, mentions: EntityMention[], entities: Map<string, EntityInfo>): void {
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.role || mention.possessive) continue
    const entity = entities.get(mention.key)
    if (!entity) continue
    const words = wordsBefore(value, mention.start, 6)
    if (words.length > 0) {
      // Keep the run of words after the last stop word ("the", "and" …).
      let start = words.length
      while (start > 0 && !descriptionStop.has(words[start - 1]!.toLowerCase()) && !/[.!?]$/.test(words[start - 1]!)) start--
      const phrase = words.slice(start).join(' ')
      if (phrase && /\p{Ll}/u.test(phrase) && start < words.length) entity.descriptions.push(phrase.toLowerCase())
    }
    const after = /^,\s+(?:the|a|an)\s+([^,.;:]{3,60}),/u.exec(value.slice(mention.end, mention.end + 80))
    if (after) entity.descriptions.push(after[1]!.toLowerCase())
  }
}

/** A `gender` hint the people stage may add to a person (`male` / `female`). */
function readGender(person: object): Gender | undefined {
  const gender: unknown = (person as {gender?: unknown}).gender
  return gender === 'male' || gender === 'female' ? gender : undefined
}

/** Up to `limit` words right before `end` (one optional comma allowed just before it). */
function wordsBefore(value: string, end: number, limit: number): string[] {
  let i = end
  while (i > 0 && /\s/.test(value[i - 1]!)) i--
  if (value[i - 1] === ',') i--
  const words: string[] = []
  while (words.length < limit && i > 0) {
    while (i > 0 && (value[i - 1] === ' ' || value[i - 1] === '\u00a0')) i--
    let start = i
    while (start > 0 && isWordUnit(value.charCodeAt(start - 1))) start--
    if (start === i) break
    words.unshift(value.slice(start, i))
    i = start
    if (i > 0 && value[i - 1] !== ' ' && value[i - 1] !== '\u00a0') break
  }
  return words
}

/**
 * Whether one UTF-16 unit matches `[\p{L}\p{N}’'.-]` (u flag) on its own: a
 * letter, a digit, an apostrophe, a period or a hyphen (never a surrogate).
 */
function isWordUnit(code: number): boolean {
  if (code === 0x2019 || code === 39 || code === 46 || code === 45) return true
  if (code >= 0xd800 && code <= 0xdfff) return false
  return isLetterOrNumberCode(code)
}

/** Lower case, curly apostrophes straightened. */
export function normalizeForm(value: string): string {
  const lower = toLower(value)
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

