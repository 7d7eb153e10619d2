/**
 * Build `PeopleData` by hand for quotation tests: every name, alias and role
 * phrase is looked up in the article text, so the quotations stage can be
 * tested without depending on the people stage.
 */
import type {Mention, PeopleData, PersonEntity} from '../../pipeline/data.js'
import type {ArticleText} from '../../pipeline/text/article-text.js'

export interface PersonSpec {
  name: string
  aliases?: string[]
  jobTitle?: string
  gender?: 'male' | 'female'
}

export interface PeopleSpec {
  persons?: PersonSpec[]
  organizations?: Array<{name: string; alternateName?: string[]}>
  /** Role phrases tied to an entity by its name ("the company’s envoy" → "Ada Lane"). */
  roles?: Array<{phrase: string; entity: string}>
}

export function slug(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')
}

/** Every whole-word occurrence of any of `forms` in the text (longest first, no overlaps). */
export function findMentions(text: ArticleText, forms: string[], taken: Set<number> = new Set()): Mention[] {
  const mentions: Mention[] = []
  const sorted = [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length)
  for (const form of sorted) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')
    for (const match of text.value.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      let free = true
      for (let i = start; i < end; i++) if (taken.has(i)) free = false
      if (!free) continue
      for (let i = start; i < end; i++) taken.add(i)
      mentions.push(text.mention(start, end))
    }
  }
  return mentions.sort((a, b) => a.start - b.start)
}

export function buildPeople(text: ArticleText, spec: PeopleSpec): PeopleData {
  const taken = new Set<number>()
  const keyOf = new Map<string, string>()
  const people: PeopleData = {persons: [], organizations: [], places: [], roles: []}
  for (const role of spec.roles ?? []) {
    const key = `person:${slug(role.entity)}`
    const isOrg = (spec.organizations ?? []).some((org) => org.name === role.entity)
    people.roles.push({
      phrase: role.phrase,
      entity: isOrg ? `organization:${slug(role.entity)}` : key,
      mentions: findMentions(text, [role.phrase], taken)
    })
  }
  for (const person of spec.persons ?? []) {
    const key = `person:${slug(person.name)}`
    keyOf.set(person.name, key)
    const entity: PersonEntity & {gender?: string} = {
      key,
      name: person.name,
      aliases: person.aliases ?? [],
      mentions: findMentions(text, [person.name, ...(person.aliases ?? [])], taken),
      about: false
    }
    if (person.jobTitle) entity.jobTitle = {value: person.jobTitle}
    if (person.gender) entity.gender = person.gender
    people.persons.push(entity)
  }
  for (const organization of spec.organizations ?? []) {
    people.organizations.push({
      key: `organization:${slug(organization.name)}`,
      name: organization.name,
      alternateName: organization.alternateName ?? [],
      mentions: findMentions(text, [organization.name, ...(organization.alternateName ?? [])], taken),
      about: false
    })
  }
  return people
}
