/**
 * Turn one date expression into an ISO date, anchored on the publication
 * date and steered by the tense of its clause.
 *
 * chrono-node parses the expression (which weekday, which day and month, is
 * a year given); the anchoring is ours, because a plain parser ignores tense:
 *
 * - past ("met Friday") → the latest such day on or before publication;
 * - future ("are set to meet Monday") → the first such day on or after it;
 * - "today", "tonight" → the publication day; "yesterday", "last night" → the
 *   day before; "tomorrow" → the day after;
 * - a day and month without a year take the year by tense (or, when the
 *   tense cannot be told, the occurrence nearest to publication if it is
 *   within three months, else none);
 * - "March 9 next year" / "last year" take the publication's year plus or minus one;
 * - a full date is taken as written; "in 2022" gives `2022`; "February 2019"
 *   gives `2019-02`; "last month" a year-month, "this year" a year;
 * - "recently", "over the weekend", "last week" give nothing.
 *
 * Without a publication date only what the text writes in full resolves.
 */
import * as chrono from 'chrono-node'
import type {DateExpression} from './date-expressions.js'

export type Tense = 'past' | 'future'

/** A calendar day (UTC, no time). */
export interface Day {
  year: number
  /** 1–12. */
  month: number
  /** 1–31. */
  day: number
}

export interface ResolveOptions {
  /** Publication date of the article (optional; relative expressions need it). */
  published?: Day | undefined
  /** Tense of the clause the expression sits in (optional). */
  tense?: Tense | undefined
}

const dayMs = 86_400_000

/** Read a publication date given as ISO string or `Date` (front matter); undefined when unusable. */
export function toDay(value: unknown): Day | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined
    return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
  }
  if (typeof value !== 'string') return undefined
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return undefined
  const day: Day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day))
  if (check.getUTCMonth() !== day.month - 1 || check.getUTCDate() !== day.day) return undefined
  return day
}

/** ISO form of a day. */
export function isoDay(day: Day): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`
}

/** Resolve an expression to `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; undefined when the text gives no such date. */
export function resolveDate(expression: DateExpression, options: ResolveOptions = {}): string | undefined {
  const {published, tense} = options
  switch (expression.kind) {
    case 'year': {
      return /(?:19|20)\d{2}/.exec(expression.text)?.[0]
    }
    case 'month-year': {
      // chrono reads “February 2019” as a day in it; the month and year are plain words.
      const year = /(?:19|20)\d{2}/.exec(expression.text)?.[0]
      const monthNumber = monthOf(expression.text)
      return year !== undefined && monthNumber !== undefined ? `${year}-${pad(monthNumber)}` : undefined
    }
    case 'calendar': {
      // “March 9 next year”, “12 May last year”: the year is the publication's, one on or one back.
      const step = /\s(next|last)\s+year$/.exec(expression.text)
      const parsed = parse(step ? expression.text.slice(0, step.index) : expression.text, published)
      if (step) {
        const monthNumber = parsed?.known('month')
        const dayNumber = parsed?.known('day')
        if (!published || monthNumber === undefined || dayNumber === undefined) return undefined
        return validDay(published.year + (step[1] === 'next' ? 1 : -1), monthNumber, dayNumber)
      }
      const monthNumber = parsed?.known('month')
      const dayNumber = parsed?.known('day')
      if (monthNumber === undefined || dayNumber === undefined) return undefined
      const year = parsed?.known('year')
      if (year !== undefined) return validDay(year, monthNumber, dayNumber)
      if (!published) return undefined
      // “Saturday, Dec. 5”: the year in which that day is that weekday, when one of the three is.
      const weekdayNumber = parsed?.known('weekday')
      if (weekdayNumber !== undefined) {
        const years = [published.year - 1, published.year, published.year + 1].filter(
          (candidate) => validDay(candidate, monthNumber, dayNumber) !== undefined && new Date(Date.UTC(candidate, monthNumber - 1, dayNumber)).getUTCDay() === weekdayNumber
        )
        if (years.length === 1) return validDay(years[0]!, monthNumber, dayNumber)
      }
      return calendarByTense(monthNumber, dayNumber, published, tense)
    }
    case 'weekday': {
      if (!published) return undefined
      const parsed = parse(expression.text, published)
      const weekdayNumber = parsed?.known('weekday')
      if (weekdayNumber === undefined) return undefined
      const direction = expression.direction ?? tense
      if (!direction) return undefined
      const strict = expression.direction !== undefined
      const anchor = utc(published)
      const today = anchor.getUTCDay()
      let offset: number
      if (direction === 'past') {
        offset = -((today - weekdayNumber + 7) % 7)
        if (strict && offset === 0) offset = -7
      } else {
        offset = (weekdayNumber - today + 7) % 7
        if (strict && offset === 0) offset = 7
      }
      return isoDay(fromUtc(anchor.getTime() + offset * dayMs))
    }
    case 'relative-day': {
      if (!published) return undefined
      const parsed = parse(expression.text, published)
      if (!parsed) return undefined
      const date = parsed.date()
      return isoDay({year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()})
    }
    case 'relative-period': {
      if (!published) return undefined
      const words = expression.text.toLowerCase()
      const step = /\blast\b/.test(words) ? -1 : /\bnext\b/.test(words) ? 1 : 0
      if (/\bmonth\b/.test(words)) {
        const index = published.year * 12 + (published.month - 1) + step
        return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
      }
      if (/\byear\b/.test(words)) return String(published.year + step)
      return undefined
    }
    case 'month': {
      if (!published || !tense) return undefined
      const parsed = parse(expression.text, published)
      const monthNumber = parsed?.known('month')
      if (monthNumber === undefined) return undefined
      let year = published.year
      if (tense === 'past' && monthNumber > published.month) year--
      if (tense === 'future' && monthNumber < published.month) year++
      return `${year}-${pad(monthNumber)}`
    }
    case 'vague':
    case 'offset': {
      return undefined
    }
  }
}

/** Whether a resolved value is a full day. */
export function isFullDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value)
}

interface Parsed {
  known(component: 'year' | 'month' | 'day' | 'weekday'): number | undefined
  date(): Date
}

const cache = new Map<string, chrono.ParsedResult | undefined>()

/** Parse one short expression with chrono, relative to noon UTC of the publication day. */
function parse(text: string, published: Day | undefined): Parsed | undefined {
  const reference = published ? new Date(Date.UTC(published.year, published.month - 1, published.day, 12)) : new Date(0)
  const cacheKey = `${published ? isoDay(published) : ''}\u0000${text}`
  let result = cache.get(cacheKey)
  if (!cache.has(cacheKey)) {
    result = chrono.en.parse(text, {instant: reference, timezone: 0})[0]
    if (cache.size > 2000) cache.clear()
    cache.set(cacheKey, result)
  }
  if (!result) return undefined
  const start = result.start
  return {
    known(component) {
      return start.isCertain(component) ? (start.get(component) ?? undefined) : undefined
    },
    date() {
      return start.date()
    }
  }
}

function calendarByTense(monthNumber: number, dayNumber: number, published: Day, tense: Tense | undefined): string | undefined {
  const anchor = utc(published).getTime()
  const candidates = [published.year - 1, published.year, published.year + 1]
    .map((year) => validDay(year, monthNumber, dayNumber))
    .filter((value): value is string => value !== undefined)
    .map((value) => ({value, time: Date.parse(`${value}T00:00:00Z`)}))
  if (tense === 'past') return candidates.filter((c) => c.time <= anchor).at(-1)?.value
  if (tense === 'future') return candidates.find((c) => c.time >= anchor)?.value
  // Tense unknown: the occurrence nearest to publication, if within three months
  // (further away, the previous and the next one are both plausible).
  let best: {value: string; time: number} | undefined
  for (const candidate of candidates) {
    if (!best || Math.abs(candidate.time - anchor) < Math.abs(best.time - anchor)) best = candidate
  }
  return best && Math.abs(best.time - anchor) <= 92 * dayMs ? best.value : undefined
}

function validDay(year: number, monthNumber: number, dayNumber: number): string | undefined {
  const date = new Date(Date.UTC(year, monthNumber - 1, dayNumber))
  if (date.getUTCMonth() !== monthNumber - 1) return undefined
  return isoDay({year, month: monthNumber, day: dayNumber})
}

function utc(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day))
}

function fromUtc(time: number): Day {
  const date = new Date(time)
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

function monthOf(text: string): number | undefined {
  const match = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(text)
  return match ? monthNames.indexOf(match[1]!.toLowerCase()) + 1 : undefined
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
