import {describe, expect, it} from 'vitest'
import {indexWords, startsOf, stickyMatches, toSticky, wordIndex} from '../../pipeline/text/word-index.js'

indexWords(['said', 'told'])
indexWords(['mon'], true)

describe('wordIndex', () => {
  it('should record the starts of registered words and of numbers, lower-cased', () => {
    const value = 'Ada Lane said Monday. Ines SAID 12 things, told_x and told.'
    const index = wordIndex({}, value)
    expect(index.get('said')).toEqual([9, 27])
    expect(index.get('monday')).toEqual([14])
    expect(index.get('12')).toEqual([32])
    expect(index.get('told')).toEqual([54])
    expect(index.has('ada')).toBe(false)
  })

  it('should build the index once per owner', () => {
    const owner = {}
    expect(wordIndex(owner, 'said')).toBe(wordIndex(owner, 'said'))
  })
})

describe('stickyMatches', () => {
  it('should find what a global search finds, without overlapping matches', () => {
    const regex = /\b(?:said|told(?:\s+said)?)\s+/g
    const value = 'Ada told said Ines said, told reporters said  it.'
    const index = wordIndex({}, value)
    const found = stickyMatches(toSticky(regex), value, startsOf(index, ['said', 'told']))
    const expected = [...value.matchAll(regex)]
    expect(found.map((match) => [match.index, match[0]])).toEqual(expected.map((match) => [match.index, match[0]]))
    expect(found.length).toBe(3)
  })
})
