import {describe, expect, it} from 'vitest'
import {findDateExpressions} from '../../pipeline/events/date-expressions.js'
import {resolveDate, toDay, type Tense} from '../../pipeline/events/resolve-date.js'
import {tenseAt} from '../../pipeline/events/tense.js'

/** Resolve the first date expression in `sentence`, with the tense read from the sentence. */
function resolveIn(sentence: string, published?: string, tense?: Tense): string | undefined {
  const [expression] = findDateExpressions(sentence)
  if (!expression) throw new Error(`no date expression in ${sentence}`)
  const clauseTense = tense ?? tenseAt(sentence, 0, sentence.length, expression.start, expression.end)
  return resolveDate(expression, {published: published ? toDay(published) : undefined, tense: clauseTense})
}

describe('findDateExpressions', () => {
  it('should find weekdays, relative days, calendar dates and years with their kinds', () => {
    const found = findDateExpressions(
      'Ada Lane spoke on Tuesday night’s show, yesterday, on Sept. 11, 2012, on 4 June and since 2019; the vote was in May.'
    )
    expect(found.map((e) => [e.kind, e.text])).toEqual([
      ['weekday', 'Tuesday night’s'],
      ['relative-day', 'yesterday'],
      ['calendar', 'Sept. 11, 2012'],
      ['calendar', '4 June'],
      ['year', '2019'],
      ['month', 'in May']
    ])
    expect(found[0]!.possessive).toBe(true)
  })

  it('should read a capitalised “Today” inside a sentence as a programme, not a day', () => {
    expect(findDateExpressions('Ode told the BBC’s Today programme and Tonight viewers.').map((e) => e.text)).toEqual([])
    expect(findDateExpressions('Today, the minister resigned. He said today was sad.').map((e) => e.text)).toEqual(['Today', 'today'])
  })

  it('should not read a score or a lower-case “may” as a date', () => {
    expect(findDateExpressions('They won 112-107 and may 2020-21 be better.').map((e) => e.text)).toEqual([])
  })
})

describe('a day and month with “next year” or “last year”', () => {
  it('should take the publication’s year plus or minus one, and leave “a trial date of” a day of unknown tense', () => {
    expect(resolveIn('The judge set a trial date of March 9 next year.', '2026-10-08')).toBe('2027-03-09')
    expect(resolveIn('The fair was held on 12 May last year.', '2026-10-08')).toBe('2025-05-12')
    expect(resolveIn('The judge set a trial date of March 9.', '2026-10-08')).toBeUndefined()
    expect(resolveIn('The judge set a trial date of November 9.', '2026-10-08')).toBe('2026-11-09')
  })
})

describe('days moved and days before', () => {
  it('should give a day an occasion is moved to no past tense, and a phrase opened by “before” no tense from the main clause', () => {
    expect(resolveIn('The debate was moved to Oct. 16.', '2026-09-09')).toBe('2026-10-16')
    expect(resolveIn('Before the Nov. 5 election, Lane campaigned hard.', '2026-09-09')).toBe('2026-11-05')
    expect(resolveIn('Before the Nov. 5 election, Lane campaigned hard.', '2026-12-20')).toBe('2026-11-05')
    expect(resolveIn('After the Nov. 5 election, Lane campaigned hard.', '2026-09-09')).toBe('2025-11-05')
  })
})

describe('tenseAt', () => {
  it('should read the past from a past verb and the future from “set to” in the same clause', () => {
    const past = 'Ada Lane met the mayor Friday.'
    expect(tenseAt(past, 0, past.length, past.indexOf('Friday'), past.indexOf('Friday') + 6)).toBe('past')
    const future = 'The two leaders are set to meet Monday, officials said.'
    expect(tenseAt(future, 0, future.length, future.indexOf('Monday'), future.indexOf('Monday') + 6)).toBe('future')
  })

  it('should take a participle after “be” in the auxiliary’s tense', () => {
    const tense = (sentence: string): string | undefined =>
      tenseAt(sentence, 0, sentence.length, sentence.indexOf('Saturday'), sentence.indexOf('Saturday') + 8)
    expect(tense('A memorial service will be held on Saturday.')).toBe('future')
    expect(tense('The final is to be played on Saturday.')).toBe('future')
    expect(tense('The minister is to visit the site on Saturday.')).toBe('future')
    expect(tense('The service has been held on Saturday since 1990.')).toBe('past')
    expect(tense('The service was held on Saturday.')).toBe('past')
    expect(tense('She said the firm would set out its plan on Saturday.')).toBe('future')
    expect(tense('The trial begins on Saturday at the Crown Court.')).toBe('future')
    expect(tense('Voters go to the polls on Saturday.')).toBe('future')
  })

  it('should read the present of a fixture (“faces”, “meets”, “hosts”, “plays”) as the future', () => {
    const tense = (sentence: string): string | undefined =>
      tenseAt(sentence, 0, sentence.length, sentence.indexOf('Thursday'), sentence.indexOf('Thursday') + 8)
    expect(tense('Ada Lane faces a confidence vote on Thursday.')).toBe('future')
    expect(tense('The board meets on Thursday.')).toBe('future')
    expect(tense('Rovers host Tolley and Marsh plays Dunmore on Thursday.')).toBe('future')
    expect(tense('Ada Lane faced a confidence vote on Thursday.')).toBe('past')
  })

  it('should read “has become” as the past and “returns” as the future', () => {
    const tense = (sentence: string): string | undefined =>
      tenseAt(sentence, 0, sentence.length, sentence.indexOf('Sunday'), sentence.indexOf('Sunday') + 6)
    expect(tense('He has become a grandmaster after a draw in the final round on Sunday.')).toBe('past')
    expect(tense('The show has run for years and returns on Sunday.')).toBe('future')
  })

  it('should not read the tense of a clause reported after the expression', () => {
    const sentence = 'Ada Lane defended the plan, telling Radio Marsh on Wednesday that it would pass.'
    expect(tenseAt(sentence, 0, sentence.length, sentence.indexOf('Wednesday'), sentence.indexOf('Wednesday') + 9)).toBe('past')
  })

  it('should give no tense when the sentence has no marker', () => {
    const note = 'Rovers: Host the Lions on Friday.'
    expect(tenseAt(note, 0, note.length, note.indexOf('Friday'), note.indexOf('Friday') + 6)).toBeUndefined()
  })
})

describe('resolveDate', () => {
  // 2025-08-17 is a Sunday.
  it('should resolve a past weekday to the latest such day on or before publication', () => {
    expect(resolveIn('Governor Ines Ruiz met the unions Friday.', '2025-08-17')).toBe('2025-08-15')
  })

  it('should resolve a future weekday to the first such day on or after publication', () => {
    expect(resolveIn('The leaders are set to meet Monday at the palace.', '2025-08-17')).toBe('2025-08-18')
    expect(resolveIn('Ada Lane will speak on Saturday.', '2025-08-17')).toBe('2025-08-23')
  })

  it('should resolve the publication weekday to the same day in either tense', () => {
    expect(resolveIn('Ada Lane spoke on Sunday.', '2025-08-17')).toBe('2025-08-17')
    expect(resolveIn('Ada Lane will speak on Sunday.', '2025-08-17')).toBe('2025-08-17')
  })

  it('should step a week back or forward for “last” and “next” on the same weekday', () => {
    expect(resolveIn('Ada Lane spoke last Sunday.', '2025-08-17')).toBe('2025-08-10')
    expect(resolveIn('Ada Lane speaks next Sunday.', '2025-08-17')).toBe('2025-08-24')
  })

  it('should cross a month boundary', () => {
    // 2025-09-02 is a Tuesday; the Friday before is in August.
    expect(resolveIn('The council voted on Friday.', '2025-09-02')).toBe('2025-08-29')
    // 2025-01-30 is a Thursday; the coming Monday is in February.
    expect(resolveIn('The trial will open Monday.', '2025-01-30')).toBe('2025-02-03')
  })

  it('should cross a year boundary, for weekdays and for a day and month without a year', () => {
    // 2026-01-02 is a Friday.
    expect(resolveIn('The clubs met on Tuesday.', '2026-01-02')).toBe('2025-12-30')
    expect(resolveIn('Ada Lane won the Dec. 28 election.', '2026-01-02')).toBe('2025-12-28')
    expect(resolveIn('The Jan. 5 hearing will decide it.', '2025-12-20')).toBe('2026-01-05')
  })

  it('should not read the tense of a clause reported after “that”', () => {
    // 2025-05-16 is a Friday.
    expect(resolveIn('Ada Lane said in an interview on Wednesday that she would run.', '2025-05-16')).toBe('2025-05-14')
  })

  it('should count days back for “ago” and read “set for” as the future', () => {
    expect(resolveIn('Ada Lane spoke in Leeds two days ago.', '2025-03-12')).toBe('2025-03-10')
    expect(resolveIn('Ada Lane spoke 3 days ago.', '2025-03-01')).toBe('2025-02-26')
    expect(resolveIn('The election is set for Nov. 4.', '2025-03-12')).toBe('2025-11-04')
    // A plan told in the past: the nearest day, before or after.
    expect(resolveIn('The vote was scheduled for March 2.', '2025-03-12')).toBe('2025-03-02')
    expect(resolveIn('The vote was scheduled for March 20.', '2025-03-12')).toBe('2025-03-20')
  })

  it('should read a weekday written with a day and month as one date, in the year where they agree', () => {
    expect(findDateExpressions('The fair opens on Saturday, Dec. 5, and on Sunday 6 December.').map((e) => [e.kind, e.text])).toEqual([
      ['calendar', 'Saturday, Dec. 5'],
      ['calendar', 'Sunday 6 December']
    ])
    // 2026-11-22 is a Sunday; 2026-12-05 is a Saturday, 2025-12-05 a Friday.
    expect(resolveIn('The fair opens on Saturday, Dec. 5.', '2026-11-22')).toBe('2026-12-05')
    // Seven months ahead, beyond the three months that an unknown tense allows: the weekday decides.
    expect(resolveIn('The Saturday, May 1 final sold out.', '2026-10-12')).toBe('2027-05-01')
    expect(resolveIn('The May 1 final sold out.', '2026-10-12')).toBe('2026-05-01')
  })

  it('should not read a day fixed “for” or “until” later by a past act as a past day', () => {
    // 2026-11-20: May 24 is six months either way.
    expect(resolveIn('The premier called an early election for May 24.', '2026-11-20')).toBeUndefined()
    expect(resolveIn('The premier called an early election for Dec. 4.', '2026-11-20')).toBe('2026-12-04')
    // A possessive names a day that has passed.
    expect(resolveIn('Ada Lane was charged for Tuesday’s attack.', '2026-11-20')).toBe('2026-11-17')
    // "until": the day the inquest resumes, nine weeks on (not ten months back).
    expect(resolveIn('The coroner adjourned the inquest until January 20.', '2026-11-12')).toBe('2027-01-20')
  })

  it('should take a day and month of unknown tense only when one occurrence is within three months', () => {
    expect(resolveIn('The sides meet in the May 3 final.', '2025-04-20')).toBe('2025-05-03')
    expect(resolveIn('The sides meet in the Dec. 28 final.', '2026-01-02')).toBe('2025-12-28')
    // Five months back or seven ahead: either could be meant.
    expect(resolveIn('The sides meet in the May 3 final.', '2025-10-12')).toBeUndefined()
    expect(resolveIn('The sides will meet in the May 3 final.', '2025-10-12')).toBe('2026-05-03')
  })

  it('should resolve today, tonight, yesterday, last night and tomorrow against publication', () => {
    expect(resolveIn('The mayor spoke today.', '2024-03-01')).toBe('2024-03-01')
    expect(resolveIn('The band plays tonight.', '2024-03-01')).toBe('2024-03-01')
    expect(resolveIn('The mayor spoke yesterday.', '2024-03-01')).toBe('2024-02-29')
    expect(resolveIn('The mayor spoke last night.', '2024-03-01')).toBe('2024-02-29')
    expect(resolveIn('The mayor speaks tomorrow.', '2024-12-31')).toBe('2025-01-01')
  })

  it('should keep a full date as written and give a year or year-month when that is all the text states', () => {
    expect(resolveIn('The Sept. 11, 2012 attack shocked the town.', '2016-03-15')).toBe('2012-09-11')
    expect(resolveIn('They have been at odds since 2022.', '2025-08-17')).toBe('2022')
    expect(resolveIn('The plant opened in February 2019.')).toBe('2019-02')
    expect(resolveIn('The fair was held last month.', '2025-01-10')).toBe('2024-12')
  })

  it('should give no day for vague periods', () => {
    expect(resolveIn('The mayor spoke recently.', '2025-08-17')).toBeUndefined()
    expect(resolveIn('The mayor spoke over the weekend.', '2025-08-17')).toBeUndefined()
    expect(resolveIn('The mayor spoke last week.', '2025-08-17')).toBeUndefined()
  })

  it('should leave a weekday whose tense cannot be told without a date', () => {
    expect(resolveIn('Rovers: Host the Lions on Friday.', '2025-08-17')).toBeUndefined()
  })

  it('should resolve nothing relative without a publication date', () => {
    expect(resolveIn('Ada Lane met the mayor Friday.')).toBeUndefined()
    expect(resolveIn('The mayor spoke yesterday.')).toBeUndefined()
    expect(resolveIn('Ada Lane won the Dec. 28 election.')).toBeUndefined()
    expect(resolveIn('The Sept. 11, 2012 attack shocked the town.')).toBe('2012-09-11')
  })

  it('should accept a publication date given as a Date or a date-time', () => {
    expect(toDay(new Date('2025-08-17T00:00:00Z'))).toEqual({year: 2025, month: 8, day: 17})
    expect(toDay('2025-08-17T23:50:22-05:00')).toEqual({year: 2025, month: 8, day: 17})
    expect(toDay('not a date')).toBeUndefined()
  })
})
