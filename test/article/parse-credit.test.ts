import {describe, expect, it} from 'vitest'
import {parseCredit} from '../../pipeline/article/parse-credit.js'

/** The credit as strings instead of spans. */
function read(line: string) {
  const credit = parseCredit(line)
  if (!credit) return undefined
  return {
    text: line.slice(...credit.text),
    creator: credit.creator && line.slice(...credit.creator),
    organization: credit.organization && line.slice(...credit.organization)
  }
}

describe('parseCredit', () => {
  it('should read `Name/Agency` as photographer and agency', () => {
    expect(read('Ada Lane/AP')).toEqual({text: 'Ada Lane/AP', creator: 'Ada Lane', organization: 'AP'})
    expect(read('Ben van Ode / Getty Images')).toEqual({
      text: 'Ben van Ode / Getty Images',
      creator: 'Ben van Ode',
      organization: 'Getty Images'
    })
  })

  it('should read `Agency Photo/Name` with the photographer after the slash', () => {
    expect(read('AP Photo/Ines Ruiz')).toEqual({text: 'AP Photo/Ines Ruiz', creator: 'Ines Ruiz', organization: 'AP'})
    expect(read('(AP Photo/Ines Ruiz)')).toEqual({text: 'AP Photo/Ines Ruiz', creator: 'Ines Ruiz', organization: 'AP'})
  })

  it('should strip a label such as `Photo:`, `Credit:` or `Photograph by`', () => {
    expect(read('Photo: Ada Lane/Reuters')).toEqual({text: 'Ada Lane/Reuters', creator: 'Ada Lane', organization: 'Reuters'})
    expect(read('Credit: Ada Lane')).toEqual({text: 'Ada Lane', creator: 'Ada Lane', organization: undefined})
    expect(read('Photograph by Ada Lane')).toEqual({text: 'Ada Lane', creator: 'Ada Lane', organization: undefined})
    expect(read('Image: Courtesy of the family')).toEqual({
      text: 'Courtesy of the family',
      creator: undefined,
      organization: undefined
    })
  })

  it('should read an agency alone, bracketed or not', () => {
    expect(read('Getty Images')).toEqual({text: 'Getty Images', creator: undefined, organization: 'Getty Images'})
    expect(read('(Reuters)')).toEqual({text: 'Reuters', creator: undefined, organization: 'Reuters'})
    expect(read('AFP Photo')).toEqual({text: 'AFP Photo', creator: undefined, organization: 'AFP'})
  })

  it('should skip qualifiers and read `via` agencies', () => {
    expect(read('Pool/AFP via Getty Images')).toMatchObject({creator: undefined, organization: 'AFP'})
    expect(read('Ada Lane/AFP via Getty Images')).toMatchObject({creator: 'Ada Lane', organization: 'AFP'})
    expect(read('Handout/Reuters')).toMatchObject({creator: undefined, organization: 'Reuters'})
    expect(read('Getty Images/AFP')).toMatchObject({creator: undefined, organization: 'Getty Images'})
  })

  it('should read `Name for The Paper`', () => {
    expect(read('Ada Lane for The Daily Example')).toEqual({
      text: 'Ada Lane for The Daily Example',
      creator: 'Ada Lane',
      organization: 'The Daily Example'
    })
  })

  it('should not take sentences, names alone or other slashes as credits', () => {
    for (const line of [
      'Ada Lane said the talks would resume.',
      'Ada Lane',
      'Yes/No',
      'Ada Lane/Ben Ode',
      'The Ada Lane/Ben Ode summit',
      'Profile: Ada Lane',
      'Votes for Women',
      'By the numbers',
      'Photo: the mayor said “no”.',
      'Ada Lane/AP. She said the vote would pass.',
      ''
    ]) {
      expect(read(line), line).toBeUndefined()
    }
  })
})
