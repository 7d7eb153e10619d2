import {describe, expect, it} from 'vitest'
import {sentenceSpans} from '../../pipeline/text/sentences.js'

function split(value: string): string[] {
  return sentenceSpans(value, 0, value.length).map(([start, end]) => value.slice(start, end))
}

describe('sentenceSpans', () => {
  it('should split on terminal punctuation before a capital', () => {
    expect(split('The vote passed. Critics were angry! Why? Nobody knows.')).toEqual([
      'The vote passed.',
      'Critics were angry!',
      'Why?',
      'Nobody knows.'
    ])
  })

  it('should keep closing quote marks with the sentence they end', () => {
    expect(split('“We won.” The mayor smiled. "Again?" she asked.')).toEqual([
      '“We won.”',
      'The mayor smiled.',
      '"Again?" she asked.'
    ])
  })

  it('should not split after honorifics, titles, initials or dotted abbreviations', () => {
    expect(split('Mr. Hale met Gov. Ines Ruiz and J. K. Moss in the U.S. Senate on Sept. 4. Then he left.')).toEqual([
      'Mr. Hale met Gov. Ines Ruiz and J. K. Moss in the U.S. Senate on Sept. 4.',
      'Then he left.'
    ])
  })

  it('should not split before a lower-case word', () => {
    expect(split('It cost 3.5 million, e.g. more than planned. Done.')).toEqual([
      'It cost 3.5 million, e.g. more than planned.',
      'Done.'
    ])
  })
})
