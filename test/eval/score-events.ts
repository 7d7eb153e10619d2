/**
 * Events figures for `npm run eval`.
 *
 * Where a gold file gives `datePublished`, each annotated event with a full
 * date (`YYYY-MM-DD`) is paired with at most one predicted Event of the same
 * `startDate` whose name, place or participants share a (non-stopword) word
 * with it. Dated-event precision is over predicted Events with a full date,
 * recall over annotated events with a full date. The count of predicted
 * events per article is printed next to the gold count.
 */
import type {EventEntity} from '../../pipeline/data.js'
import {fixed, prf, type EvalCase, type GoldEvent} from './types.js'

const stopwords = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'by', 'and', 'or', 'from', 'between', 'over', 'against',
  'about', 'into', 'as', 'his', 'her', 'their', 'its', 's', 'this', 'that', 'who', 'which', 'was', 'were', 'is', 'be',
  'event', 'off'
])

/** Content words, lower-cased and lightly stemmed ("dancing" and "dance" meet). */
export function contentWords(value: string): Set<string> {
  const words = new Set<string>()
  for (const raw of value.toLowerCase().normalize('NFKD').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || stopwords.has(raw)) continue
    words.add(stem(raw))
  }
  return words
}

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s|e)$/, '') || word
}

function goldWords(event: GoldEvent): Set<string> {
  return contentWords([event.name, event.location ?? '', ...(event.participants ?? [])].join(' '))
}

function predictedWords(event: EventEntity, names: Map<string, string>): Set<string> {
  const keys = [event.location, ...event.attendees, ...event.organizers, ...event.performers].filter(
    (key): key is string => key !== undefined
  )
  return contentWords([event.name, ...keys.map((key) => names.get(key) ?? key.replace(/^[a-z]+:/, ''))].join(' '))
}

function overlap(a: Set<string>, b: Set<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}

const fullDate = /^\d{4}-\d{2}-\d{2}/

export interface EventPairing {
  paired: number
  predicted: number
  expected: number
  unpairedGold: GoldEvent[]
  unpairedPredicted: EventEntity[]
}

/** Pair one article's dated gold events with its dated predicted events. */
export function pairEvents(gold: GoldEvent[], predicted: EventEntity[], names: Map<string, string>): EventPairing {
  const goldDated = gold.filter((event) => event.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(event.date))
  const predictedDated = predicted.filter((event) => event.startDate !== undefined && fullDate.test(event.startDate))
  const candidates: Array<{g: number; p: number; score: number}> = []
  for (const [g, goldEvent] of goldDated.entries()) {
    const words = goldWords(goldEvent)
    for (const [p, event] of predictedDated.entries()) {
      if (event.startDate!.slice(0, 10) !== goldEvent.date) continue
      const score = overlap(words, predictedWords(event, names))
      if (score > 0) candidates.push({g, p, score})
    }
  }
  candidates.sort((a, b) => b.score - a.score)
  const usedGold = new Set<number>()
  const usedPredicted = new Set<number>()
  for (const {g, p} of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue
    usedGold.add(g)
    usedPredicted.add(p)
  }
  return {
    paired: usedGold.size,
    predicted: predictedDated.length,
    expected: goldDated.length,
    unpairedGold: goldDated.filter((_, index) => !usedGold.has(index)),
    unpairedPredicted: predictedDated.filter((_, index) => !usedPredicted.has(index))
  }
}

export function scoreEvents(cases: EvalCase[]): string[] {
  let paired = 0
  let predicted = 0
  let expected = 0
  let dated = 0
  const lines: string[] = []
  const counts: string[] = []
  for (const {id, gold, result} of cases) {
    const events = result.file.data.events?.events ?? []
    counts.push(`${id} ${events.length}/${gold.events.length}`)
    if (!gold.datePublished) continue
    dated++
    const people = result.file.data.people
    const names = new Map<string, string>()
    for (const list of [people?.persons, people?.organizations, people?.places]) {
      for (const entity of list ?? []) names.set(entity.key, entity.name)
    }
    const pairing = pairEvents(gold.events, events, names)
    paired += pairing.paired
    predicted += pairing.predicted
    expected += pairing.expected
    for (const event of pairing.unpairedGold) lines.push(`    missed  ${id}: ${event.date} ${event.name}`)
    for (const event of pairing.unpairedPredicted) lines.push(`    extra   ${id}: ${event.startDate} ${event.name}`)
  }
  const {p, r, f1} = prf(paired, predicted, expected)
  return [
    `events: dated-event precision ${fixed(p)} recall ${fixed(r)} F1 ${fixed(f1)} (${paired} paired, ${predicted} predicted, ${expected} annotated, ${dated} articles with datePublished)`,
    ...lines,
    `  events per article (predicted/gold): ${counts.join(', ')}`
  ]
}
