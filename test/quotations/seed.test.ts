import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../../pipeline/index.js'
import {normaliseQuote, overlap} from '../eval/score-quotations.js'

const fixtures = path.resolve(import.meta.dirname, '../fixtures/seed')
const articlePath = path.join(fixtures, 'witkoff-article.txt')
const gold = JSON.parse(readFileSync(path.join(fixtures, 'witkoff-article.gold.json'), 'utf8')) as {
  quotations: Array<{text: string; speaker: string | null; partial: boolean}>
  nonQuotations: string[]
}

describe('remarkQuotations on the seed article (whole pipeline)', () => {
  it('should find every quotation with its speaker and partial flag, in order', async () => {
    const {file} = await processArticle({value: readFileSync(articlePath, 'utf8'), path: articlePath})
    const people = file.data.people!
    const nameOf = (key: string | undefined): string | null =>
      key === undefined
        ? null
        : (people.persons.find((person) => person.key === key)?.name ??
          people.organizations.find((organization) => organization.key === key)?.name ??
          key)
    const found = file.data.quotations!.quotations
    expect(found).toHaveLength(gold.quotations.length)
    found.forEach((quotation, index) => {
      const expected = gold.quotations[index]!
      expect(overlap(normaliseQuote(quotation.text), normaliseQuote(expected.text))).toBeGreaterThanOrEqual(0.99)
      expect(nameOf(quotation.speaker)).toBe(expected.speaker)
      expect(quotation.partial).toBe(expected.partial)
      expect(quotation.mentions[0]!.position?.start.line).toBeGreaterThan(1)
    })
  })

  it('should not make the nested term a quotation of its own', async () => {
    const {file} = await processArticle({value: readFileSync(articlePath, 'utf8'), path: articlePath})
    const texts = file.data.quotations!.quotations.map((quotation) => quotation.text)
    for (const term of gold.nonQuotations) expect(texts).not.toContain(term)
  })
})
