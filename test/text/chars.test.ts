import {describe, expect, it} from 'vitest'
import {scanWords} from '../../pipeline/people/tokens.js'
import {handleWords, isLetterCode, isUpperCode, letterNumberWords} from '../../pipeline/text/chars.js'

/** Invented text with the hard cases: accents, combining marks, astral letters, curly apostrophes, dotted capitals. */
const samples = [
  'Governor Ines Ruiz’s aide met Ada Lane at 10:30 in São Paulo on Jan. 7, 2012.',
  'The U.S. and the E.U. signed; Mr. O’Neill-Ode (a.k.a. “Ace”) said 1,200.5 were there.',
  'Café owner Zoë Ode\u0301 posted @ada_lane #vote2024 with R&D and AT&T at 3.14 p.m.',
  'Mathematical 𝐀𝐁 and 𝟙𝟚, a lone \ud800 surrogate, Ω-ratings, ٣ and ½ and x‐y and don’t.',
  "It's rock'n'roll -- 'quoted' -x- .5 5. A.B C.D.E. a.b.c ABC. É.",
  ''
]

function offsets(regex: RegExp, value: string): number[] {
  return [...value.matchAll(regex)].flatMap((match) => [match.index, match.index + match[0].length])
}

describe('character classes', () => {
  it('should agree with the Unicode property escapes', () => {
    for (const char of ['a', 'Z', 'é', 'Ω', 'ß', '中', '1', '’', ' ', '\u0301']) {
      const code = char.codePointAt(0)!
      expect(isLetterCode(code)).toBe(/\p{L}/u.test(char))
      expect(isUpperCode(code)).toBe(/\p{Lu}/u.test(char))
    }
  })
})

describe('word scanners', () => {
  it('should find the words of the letter-and-number pattern, with and without a final period', () => {
    for (const value of samples) {
      expect(letterNumberWords(value, true)).toEqual(offsets(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?/gu, value))
      expect(letterNumberWords(value, false)).toEqual(offsets(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu, value))
    }
  })

  it('should find handles and hashtags as words', () => {
    for (const value of samples) {
      expect(handleWords(value)).toEqual(offsets(/[\p{L}\p{N}@#]+(?:[’'\-.&][\p{L}\p{N}]+)*/gu, value))
    }
    const value = 'Ask @ada_lane about #vote2024'
    expect(handleWords(value).length / 2).toBe(5)
  })

  it('should find the people stage’s words (dotted capitals, apostrophes, hyphens, numbers)', () => {
    const pattern =
      /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}\p{N}]*|[-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*/gu
    for (const value of samples) expect(scanWords(value)).toEqual(offsets(pattern, value))
    const value = 'The U.S. envoy O’Neill-Ode paid 1,200.50.'
    const spans = scanWords(value)
    const words: string[] = []
    for (let index = 0; index < spans.length; index += 2) words.push(value.slice(spans[index], spans[index + 1]))
    expect(words).toEqual(['The', 'U.S.', 'envoy', 'O’Neill-Ode', 'paid', '1,200.50'])
  })
})
