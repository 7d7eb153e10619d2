/**
 * Quotations figures for `npm run eval`.
 *
 * - precision, recall, F1: a predicted quotation matches a gold one when
 *   their texts overlap by ≥ 0.8 (token overlap over the longer text, after
 *   lower-casing, straightening quote characters, dropping punctuation and
 *   quote marks). Predicted quotations wholly in line 1 (the headline) are
 *   ignored (corpus rule S1). Matching is one-to-one, in text order.
 * - speaker accuracy over matched quotations: the predicted speaker's name
 *   (a person's `name`, an organisation's `name`) against the gold `speaker`
 *   (or any alias of that gold person; organisation names compared leniently);
 *   `null` gold is right only when no speaker is predicted.
 * - attributed-quote F1: a quotation counts when it is matched and its
 *   speaker is right.
 *
 * `QUOTES_VERBOSE=1` lists every miss, false alarm and wrong speaker.
 */
import type {PeopleData, QuotationEntity} from '../../pipeline/data.js'
import {fixed, prf, type EvalCase, type Gold, type GoldQuotation} from './types.js'

export interface QuotationCounts {
  predicted: number
  expected: number
  matched: number
  speakerRight: number
  partialRight: number
  details: string[]
}

export function normaliseQuote(value: string): string[] {
  return value
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″"]/g, ' ')
    .replace(/'(?![\p{L}])|(?<![\p{L}])'/gu, ' ')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** Token overlap of two normalised texts, over the longer one. */
export function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1)
  let common = 0
  for (const token of b) {
    const count = counts.get(token) ?? 0
    if (count > 0) {
      common++
      counts.set(token, count - 1)
    }
  }
  return common / Math.max(a.length, b.length)
}

function speakerName(people: PeopleData | undefined, key: string | undefined): string | null {
  if (key === undefined) return null
  const person = people?.persons.find((entity) => entity.key === key)
  if (person) return person.name
  const organization = people?.organizations.find((entity) => entity.key === key)
  if (organization) return organization.name
  return key
}

function simplify(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim()
}

export function speakerMatches(gold: Gold, expected: string | null, predicted: string | null): boolean {
  if (expected === null || predicted === null) return expected === predicted
  const want = simplify(expected)
  const got = simplify(predicted)
  if (want === got) return true
  const person = gold.persons.find((entry) => entry.name === expected)
  if (person) return person.aliases.some((alias) => simplify(alias) === got)
  // Organisations: lenient ("Swedish Prosecution Authority" vs "Swedish prosecutors").
  return want.includes(got) || got.includes(want)
}

/** Count one article. */
export function countQuotations(testCase: EvalCase): QuotationCounts {
  const {gold, result} = testCase
  const text = result.file.data.text
  const headlineEnd = text?.blocksWithRole('headline')[0]?.end ?? -1
  const predicted: QuotationEntity[] = (result.file.data.quotations?.quotations ?? []).filter(
    (quotation) => !quotation.mentions.every((mention) => mention.end <= headlineEnd)
  )
  const people = result.file.data.people
  const golds = gold.quotations.map((quotation) => ({quotation, tokens: normaliseQuote(quotation.text)}))
  const used = new Set<number>()
  const counts: QuotationCounts = {
    predicted: predicted.length,
    expected: gold.quotations.length,
    matched: 0,
    speakerRight: 0,
    partialRight: 0,
    details: []
  }
  for (const quotation of predicted) {
    const tokens = normaliseQuote(quotation.text)
    let best = -1
    let bestScore = 0
    golds.forEach((entry, index) => {
      if (used.has(index)) return
      const score = overlap(tokens, entry.tokens)
      if (score > bestScore) {
        best = index
        bestScore = score
      }
    })
    const name = speakerName(people, quotation.speaker)
    if (best >= 0 && bestScore >= 0.8) {
      used.add(best)
      const expected: GoldQuotation = golds[best]!.quotation
      counts.matched++
      if (expected.partial === quotation.partial) counts.partialRight++
      else counts.details.push(`  partial ${gold.id}: ${short(quotation.text)} predicted ${quotation.partial}`)
      if (speakerMatches(gold, expected.speaker, name)) counts.speakerRight++
      else counts.details.push(`  speaker ${gold.id}: ${short(quotation.text)} → ${name ?? 'null'} (gold ${expected.speaker ?? 'null'}) via ${quotation.attribution?.text ?? '—'}`)
    } else {
      counts.details.push(`  extra   ${gold.id}: ${short(quotation.text)}`)
    }
  }
  golds.forEach((entry, index) => {
    if (!used.has(index)) counts.details.push(`  missed  ${gold.id}: ${short(entry.quotation.text)}`)
  })
  return counts
}

function short(value: string): string {
  return JSON.stringify(value.length > 70 ? `${value.slice(0, 67)}…` : value)
}

export function scoreQuotations(cases: EvalCase[]): string[] {
  let predicted = 0
  let expected = 0
  let matched = 0
  let speakerRight = 0
  let partialRight = 0
  const details: string[] = []
  for (const testCase of cases) {
    const counts = countQuotations(testCase)
    predicted += counts.predicted
    expected += counts.expected
    matched += counts.matched
    speakerRight += counts.speakerRight
    partialRight += counts.partialRight
    details.push(...counts.details)
  }
  const found = prf(matched, predicted, expected)
  const attributed = prf(speakerRight, predicted, expected)
  const lines = [
    `quotations: P ${fixed(found.p)} R ${fixed(found.r)} F1 ${fixed(found.f1)} (${matched} matched, ${predicted} predicted, ${expected} gold)`,
    `quotation speakers: accuracy ${fixed(matched === 0 ? 0 : speakerRight / matched)} over matched (${speakerRight}/${matched}); attributed-quote F1 ${fixed(attributed.f1)}`,
    `quotation partial flag: accuracy ${fixed(matched === 0 ? 0 : partialRight / matched)} over matched`
  ]
  if (process.env['QUOTES_VERBOSE']) lines.push(...details)
  return lines
}
