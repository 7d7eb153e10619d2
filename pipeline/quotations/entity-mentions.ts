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
import {isAscii, isLetterOrNumberCode, letterNumberWords, toLower} from '../text/chars.js'

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
  /** Lower-case name of the organisation a person is affiliated with. */
  affiliation?: string | undefined
  gender?: Gender | undefined
}

export interface EntityIndex {
  mentions: EntityMention[]
  entities: Map<string, EntityInfo>
}


const possessiveAfter = /^(?:’s|'s|’|')(?![\p{L}])/u

/**
 * Build the mention index for a text; `words` is `letterNumberWords(value, true)`
 * when the caller has it already.
 */
export function indexEntities(value: string, people: PeopleData | undefined, words?: readonly number[]): EntityIndex {
  const entities = new Map<string, EntityInfo>()
  const raw: Array<{start: number; end: number; key: string; role: boolean}> = []
  if (!people) return {mentions: [], entities}

  const organizationNames = new Map(people.organizations.map((organization) => [organization.key, organization.name.toLowerCase()]))
  for (const person of people.persons) {
    const gender = readGender(person)
    entities.set(person.key, {
      key: person.key,
      kind: 'person',
      name: person.name,
      forms: unique([person.name, ...person.aliases].map(normalizeForm)),
      descriptions: person.jobTitle ? [person.jobTitle.value.toLowerCase()] : [],
      affiliation: person.affiliation === undefined ? undefined : organizationNames.get(person.affiliation),
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

  findForms(value, entities, raw, words)
  const mentions = mergeMentions(value, raw, entities)
  collectDescriptions(value, mentions, entities)
  return {mentions, entities}
}

/** Every place the text names an entity by one of its unambiguous forms, added to `raw`. */
function findForms(value: string, entities: Map<string, EntityInfo>, raw: Array<{start: number; end: number; key: string; role: boolean}>, words: readonly number[] | undefined): void {
  // Look every unambiguous name form up in the text once. A surname that
  // several persons share ("Vane" of Ada and Tom Vane) is no one's
  // form here: the people stage has placed each of its mentions already.
  const surnames = new Map<string, number>()
  for (const entity of entities.values()) {
    if (entity.kind !== 'person') continue
    const words = wordsOf(normalizeForm(entity.name))
    if (words.length > 1) surnames.set(words.at(-1)!, (surnames.get(words.at(-1)!) ?? 0) + 1)
  }
  const owners = new Map<string, string | null>()
  for (const entity of entities.values()) {
    for (const form of entity.forms) {
      if (form.length < 2) continue
      if ((surnames.get(form) ?? 0) > 1) continue
      const owner = owners.get(form)
      owners.set(form, owner === undefined || owner === entity.key ? entity.key : null)
    }
  }
  // Word-by-word lookup: first word → the forms starting with it (longest first).
  const byFirst = new Map<string, Array<{words: string[]; key: string}>>()
  for (const [form, key] of owners) {
    if (key === null) continue
    const words = wordsOf(form)
    if (words.length === 0) continue
    const list = byFirst.get(words[0]!)
    if (list) list.push({words, key})
    else byFirst.set(words[0]!, [{words, key}])
  }
  // ASCII first words by length and first character: an ASCII token is
  // matched by comparing its characters case-folded, with no lower-cased copy
  // (lower-casing ASCII changes only A–Z and keeps the length).
  const asciiFirst = new Map<number, Array<{first: string; list: Array<{words: string[]; key: string}>}>>()
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.words.length - a.words.length)
    if (!isAscii(first, 0, first.length)) continue
    const shape = shapeKey(first.length, first.charCodeAt(0))
    const entries = asciiFirst.get(shape)
    if (entries) entries.push({first, list})
    else asciiFirst.set(shape, [{first, list}])
  }
  if (byFirst.size > 0) {
    // Token offsets only (pairs start, end); a token's normalised word is
    // built only for a capitalised token, and the next words of a long form
    // only when its first word matched.
    const spans = words ?? letterNumberWords(value, true)
    for (let t = 0; t < spans.length; t += 2) {
      const start = spans[t]!
      const end = spans[t + 1]!
      // A lower-case hit of a capitalised name ("bush", "may") is a common word.
      const code = value.charCodeAt(start)
      if (code < 128 ? code < 65 || code > 90 : !/\p{Lu}/u.test(value[start]!)) continue
      let candidates: Array<{words: string[]; key: string}> | undefined
      if (code < 128 && isAscii(value, start + 1, end)) {
        for (const entry of asciiFirst.get(shapeKey(end - start, code | 32)) ?? []) {
          if (equalsFolded(value, start, entry.first)) {
            candidates = entry.list
            break
          }
        }
      } else {
        candidates = byFirst.get(normalizeForm(value.slice(start, end)))
      }
      if (!candidates) continue
      for (const candidate of candidates) {
        let u = 1
        for (; u < candidate.words.length; u++) {
          const next = t + 2 * u
          if (next >= spans.length) break
          if (!isWord(value, spans[next]!, spans[next + 1]!, candidate.words[u]!)) break
          if (!/^\s+$/.test(value.slice(spans[next - 1]!, spans[next]!))) break
        }
        if (u === candidate.words.length) {
          raw.push({start, end: spans[t + 2 * u - 1]!, key: candidate.key, role: false})
          break
        }
      }
    }
  }
}

/** The mentions by start, longest first, without those inside a longer one of the same entity. */
function mergeMentions(value: string, raw: Array<{start: number; end: number; key: string; role: boolean}>, entities: Map<string, EntityInfo>): EntityMention[] {
  // Sort by start, longest first, and drop mentions inside a longer one of the same entity.
  raw.sort((a, b) => a.start - b.start || b.end - a.end || (b.role ? 1 : 0) - (a.role ? 1 : 0))
  const mentions: EntityMention[] = []
  for (const item of raw) {
    const last = mentions.at(-1)
    if (last && item.start >= last.start && item.end <= last.end && (last.key === item.key || last.role)) continue
    if (last && item.start === last.start && item.end === last.end) continue
    const entity = entities.get(item.key)
    if (!entity) continue
    // "Calder" inside "David Calder" is David, not the other Calder.
    if (last && item.start >= last.start && item.end <= last.end && last.kind === 'person' && entity.kind === 'person') continue
    mentions.push({
      start: item.start,
      end: item.end,
      key: item.key,
      kind: entity.kind,
      possessive: isPossessiveAt(value, item.end),
      role: item.role
    })
  }
  return mentions
}

const descriptionStop = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'that', 'who', 'which', 'said', 'says', 'told', 'with', 'by', 'to', 'of',
  'for', 'from', 'in', 'on', 'at', 'as', 'when', 'while', 'after', 'before', 'is', 'was', 'has', 'had', 'have'
])

/** Length of the longest stop word (shorter words only are looked up). */
const maxStopLength = Math.max(...[...descriptionStop].map((word) => word.length))

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
    const phrase = descriptionBefore(value, mention.start)
    if (phrase !== undefined && /\p{Ll}/u.test(phrase)) entity.descriptions.push(phrase.toLowerCase())
    // Only a comma right after the name can open an apposition.
    if (value.charCodeAt(mention.end) !== 44) continue
    const after = appositionAfter.exec(value.slice(mention.end, mention.end + 80))
    if (after) entity.descriptions.push(after[1]!.toLowerCase())
  }
}

const appositionAfter = /^,\s+(?:the|a|an)\s+([^,.;:]{3,60}),/u

/** A `gender` hint the people stage may add to a person (`male` / `female`). */
function readGender(person: object): Gender | undefined {
  const gender: unknown = (person as {gender?: unknown}).gender
  return gender === 'male' || gender === 'female' ? gender : undefined
}

/**
 * The words right before `end` (one optional comma allowed just before it)
 * after the last stop word or sentence end, up to six, joined by one space.
 * Read right to left: the words before a stop word are never needed.
 */
function descriptionBefore(value: string, end: number): string | undefined {
  let i = end
  while (i > 0 && /\s/.test(value[i - 1]!)) i--
  if (value[i - 1] === ',') i--
  const words: string[] = []
  while (words.length < 6 && i > 0) {
    while (i > 0 && (value[i - 1] === ' ' || value[i - 1] === '\u00a0')) i--
    let start = i
    while (start > 0 && isWordUnit(value.charCodeAt(start - 1))) start--
    if (start === i) break
    const word = value.slice(start, i)
    const last = word.charCodeAt(word.length - 1)
    // A stop word ("the", "and" …) or a sentence end: the description starts after it.
    if ((word.length <= maxStopLength && descriptionStop.has(toLower(word))) || last === 46 || last === 33 || last === 63) break
    words.push(word)
    i = start
    if (i > 0 && value[i - 1] !== ' ' && value[i - 1] !== '\u00a0') break
  }
  return words.length > 0 ? words.reverse().join(' ') : undefined
}

/** `’s` / `'s` / a bare apostrophe at `end`, not followed by a letter. */
function isPossessiveAt(value: string, end: number): boolean {
  const code = value.charCodeAt(end)
  if (code !== 0x2019 && code !== 39) return false
  return possessiveAfter.test(value.slice(end, end + 3))
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

function shapeKey(length: number, firstCode: number): number {
  return length * 0x10000 + firstCode
}

/** Whether `normalizeForm(value.slice(start, end)) === word`. */
function isWord(value: string, start: number, end: number, word: string): boolean {
  if (!isAscii(value, start, end)) return normalizeForm(value.slice(start, end)) === word
  return end - start === word.length && equalsFolded(value, start, word)
}

/**
 * Whether the ASCII text at `start` lower-cased is `word` (a normalised word
 * of the same length).
 */
function equalsFolded(value: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    let code = value.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code |= 32
    if (code !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * The words of a name form: letters and digits, with inner apostrophes, dots
 * and hyphens, and a final dot (`letterNumberWords(value, true)`).
 */
function wordsOf(form: string): string[] {
  const spans = letterNumberWords(form, true)
  const words: string[] = []
  for (let index = 0; index < spans.length; index += 2) words.push(form.slice(spans[index]!, spans[index + 1]!))
  return words
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

