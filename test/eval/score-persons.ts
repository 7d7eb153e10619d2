/**
 * Persons figures for `npm run eval`.
 *
 * A predicted person is a true positive when its `name` equals a gold
 * person's `name` (case, quote marks and punctuation normalised) and that gold
 * person was not already matched: a second node for the same human, or a
 * surname-only node when the gold has the full name, is a false positive.
 * Job titles are scored over matched persons: right when the predicted title
 * (alone, or joined to its affiliation: "Ada Corp" + "chief" → "Ada Corp
 * chief", "Ada Corp’s chief") equals the gold title (alone, or joined to the
 * gold affiliation); a gold `null` is right only when nothing is predicted.
 */
import type {EvalCase, GoldPerson} from './types.js'
import {fixed, prf} from './types.js'

/** Normalise a name or title for comparison. */
export function normalize(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/['"“”]s\b/g, 's')
    .replace(/["“”()[\]]/g, '')
    .replace(/[.,;:!?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

interface PredictedPerson {
  name: string
  jobTitle?: {value: string} | undefined
  affiliation?: string | undefined
}

interface Named {
  key: string
  name: string
}

export interface PersonScore {
  truePositives: number
  predicted: number
  expected: number
  titlesRight: number
  titlesScored: number
  falsePositives: string[]
  falseNegatives: string[]
  wrongTitles: string[]
}

/** Score one article's predicted persons against the gold. */
export function scoreArticle(
  gold: GoldPerson[],
  predicted: PredictedPerson[],
  entities: Named[] = []
): PersonScore {
  const names = new Map(entities.map((entity) => [entity.key, entity.name]))
  const unmatched = new Map<string, GoldPerson>()
  for (const person of gold) unmatched.set(normalize(person.name), person)
  const score: PersonScore = {
    truePositives: 0,
    predicted: predicted.length,
    expected: gold.length,
    titlesRight: 0,
    titlesScored: 0,
    falsePositives: [],
    falseNegatives: [],
    wrongTitles: []
  }
  for (const person of predicted) {
    const key = normalize(person.name)
    const match = unmatched.get(key)
    if (!match) {
      score.falsePositives.push(person.name)
      continue
    }
    unmatched.delete(key)
    score.truePositives++
    score.titlesScored++
    const affiliation = person.affiliation ? names.get(person.affiliation) : undefined
    if (titleMatches(match, person.jobTitle?.value, affiliation)) score.titlesRight++
    else score.wrongTitles.push(`${person.name}: ${person.jobTitle?.value ?? 'null'} (gold ${match.jobTitle ?? 'null'})`)
  }
  for (const person of unmatched.values()) score.falseNegatives.push(person.name)
  return score
}

/** Whether a predicted title (with its affiliation's name) agrees with the gold. */
export function titleMatches(gold: GoldPerson, title: string | undefined, affiliation: string | undefined): boolean {
  if (gold.jobTitle === null || gold.jobTitle === undefined) return title === undefined
  if (title === undefined) return false
  const expected = new Set([normalize(gold.jobTitle)])
  if (gold.affiliation) expected.add(normalize(`${gold.affiliation} ${gold.jobTitle}`))
  const actual = [normalize(title)]
  if (affiliation) actual.push(normalize(`${affiliation} ${title}`), normalize(`${affiliation}'s ${title}`))
  return actual.some((value) => expected.has(value))
}

/** Figures for `npm run eval`. */
export function scorePersons(cases: EvalCase[]): string[] {
  const total: PersonScore = {
    truePositives: 0,
    predicted: 0,
    expected: 0,
    titlesRight: 0,
    titlesScored: 0,
    falsePositives: [],
    falseNegatives: [],
    wrongTitles: []
  }
  const details: string[] = []
  for (const item of cases) {
    const people = item.result.file.data.people
    const predicted = people?.persons ?? []
    const entities: Named[] = [...(people?.organizations ?? []), ...(people?.places ?? [])]
    const score = scoreArticle(item.gold.persons, predicted, entities)
    total.truePositives += score.truePositives
    total.predicted += score.predicted
    total.expected += score.expected
    total.titlesRight += score.titlesRight
    total.titlesScored += score.titlesScored
    if (score.falsePositives.length + score.falseNegatives.length + score.wrongTitles.length > 0) {
      details.push(`  ${item.id}`)
      if (score.falsePositives.length > 0) details.push(`    FP ${score.falsePositives.join(' | ')}`)
      if (score.falseNegatives.length > 0) details.push(`    FN ${score.falseNegatives.join(' | ')}`)
      for (const wrong of score.wrongTitles) details.push(`    title ${wrong}`)
    }
  }
  const {p, r, f1} = prf(total.truePositives, total.predicted, total.expected)
  const titles = total.titlesScored === 0 ? 0 : total.titlesRight / total.titlesScored
  const lines = [
    `persons: precision ${fixed(p)}  recall ${fixed(r)}  F1 ${fixed(f1)}  (${total.truePositives} right of ${total.predicted} predicted, ${total.expected} expected)`,
    `persons: job titles ${fixed(titles)}  (${total.titlesRight} of ${total.titlesScored} matched persons)`
  ]
  if (process.env['EVAL_VERBOSE']) lines.push(...details)
  return lines
}
