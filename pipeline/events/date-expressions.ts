/**
 * Find date expressions in a stretch of text with cheap, precompiled
 * regexes: weekdays ("on Friday", "Tuesday night’s"), relative days ("today",
 * "last night"), calendar dates ("Dec. 12", "Sept. 11, 2012", "4 June"),
 * month-years ("February 2019"), years ("in 2022", "since 2022") and vague
 * periods ("last month", "recently", "over the weekend").
 *
 * Only the expressions found here are handed to the date parser, never the
 * whole text.
 */

import {indexWords, startsOf, stickyMatches, type WordIndex} from '../text/word-index.js'

/** What kind of expression was found. */
export type DateExpressionKind =
  | 'weekday'
  | 'relative-day'
  | 'calendar'
  | 'month-year'
  | 'month'
  | 'year'
  | 'relative-period'
  | 'vague'
  | 'offset'

export interface DateExpression {
  kind: DateExpressionKind
  /** Offset of the first character in the searched string. */
  start: number
  /** Offset just past the last character. */
  end: number
  /** The expression as written. */
  text: string
  /** Explicit direction the words give ("last Friday", "next Monday"), if any. */
  direction?: 'past' | 'future' | undefined
  /** True for a possessive ("Friday’s hearing"): the expression qualifies a noun. */
  possessive: boolean
  /** For an `offset` ("a couple hours earlier", "in three days"): days from the day it counts from. */
  days?: number | undefined
}

const weekday = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const partOfDay = '(?:morning|afternoon|evening|night)'
const month =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'
const possessive = "(?:['’]s)?"

/**
 * One alternation, longest forms first; named groups tell the kinds apart.
 * Months and weekdays must be capitalised (so “may” is never a month).
 * Every alternative starts at a word boundary: `\b` is checked once, before them all.
 */
const expression = new RegExp(
  '\\b(?:' +
    [
    // “Sept. 11, 2012”, “Dec. 12”, “January 7th”, “Saturday, Dec. 5” (the weekday with it), “March 9 next year”.
    `(?<calendar>(?:${weekday},?\\s+)?${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(?:19|20)\\d{2}\\b|\\s+(?:next|last)\\s+year\\b)?)`,
    // “11 September 2012”, “4 June”, “Saturday 5 December”.
    `(?<calendarDayFirst>(?:${weekday},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?![a-z])(?:,?\\s+(?:19|20)\\d{2}\\b|\\s+(?:next|last)\\s+year\\b)?)`,
    // “February 2019”.
    `(?<monthYear>${month}\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b)`,
    // “last Friday”, “on Tuesday night”, “Tuesday night’s”, “Monday”.
    `(?<weekday>(?:(?<weekdayDirection>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming)\\s+)?${weekday}(?:\\s+${partOfDay})?${possessive})`,
    // “earlier today”, “this morning”, “yesterday afternoon”, “last night”.
    `(?<relativeDay>(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Tt]oday|[Tt]onight|[Tt]his\\s+${partOfDay}|[Yy]esterday(?:\\s+${partOfDay})?|[Tt]omorrow(?:\\s+${partOfDay})?|[Ll]ast\\s+night)${possessive}\\b)`,
    // “two days ago”, “a day ago”.
    `(?<daysAgo>(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\\d{1,2})\\s+days?\\s+ago\\b)`,
    // “last month”, “next year”, “this year”, “earlier this month”.
    `(?<relativePeriod>(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+(?:week|month|year|fall|autumn|spring|summer|winter|weekend)${possessive}\\b)`,
    // “a couple hours earlier”, “one night after”, “in three days”.
    `(?<offset>(?:(?:[Aa] couple(?: of)?|[Aa] few|[Ss]everal|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\\d+)\\s+(?:hours?|days?|nights?)\\s+(?:earlier|later|after|before)|in\\s+(?:one|two|three|four|five|six|seven|\\d+)\\s+days?)\\b)`,
    // “recently”, “over the weekend”, “in recent days”.
    `(?<vague>(?:[Rr]ecently|over the weekend|in recent (?:days|weeks|months)|earlier this (?:week|month|year))\\b)`,
    // “in February” (a month with no day).
    `(?<month>(?:in|In|since|Since|during|until|by)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,?\\s+(?:of\\s+)?\\d))`,
    // “in 2022”, “since 2022”, “2022” (a year standing alone).
    `(?<year>(?<![\\d,.-])(?:19|20)\\d{2}\\b(?![\\d-]|,\\d))`
  ].join('|') +
    ')',
  'g'
)

/** Every date expression in `value.slice(from, to)`, in text order. */
export function findDateExpressions(value: string, from = 0, to = value.length): DateExpression[] {
  const found: DateExpression[] = []
  const slice = value.slice(from, to)
  expression.lastIndex = 0
  for (let match = expression.exec(slice); match; match = expression.exec(slice)) {
    const expression1 = toExpression(match, from)
    if (expression1) found.push(expression1)
  }
  return found
}

const stickyExpression = new RegExp(expression.source, 'y')

/**
 * First three letters of every word an expression can start with (months,
 * weekdays, “last”, “next”, “this”, “earlier”, “later”, “today”, “tonight”,
 * “yesterday”, “tomorrow”, number words and “a”, “recently”, “over”, “since”,
 * “during”, “until”), and the shorter ones whole; an expression can also
 * start with a digit.
 */
const firstLetters = new Set(
  'jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun las nex thi ear lat tod ton yes tom sev one two thr fou fiv six rec ove sin dur unt'.split(' ')
)
const shortFirstWords = new Set(['a', 'an', 'in', 'by'])
indexWords(firstLetters, true)
indexWords(shortFirstWords)

/**
 * Every date expression in the whole of `value`, the same as
 * `findDateExpressions(value)`: the expression is tried only at the starts
 * of the words (from `index`, the word index of `value`) it can start with.
 */
export function findDateExpressionsIndexed(value: string, index: WordIndex): DateExpression[] {
  const words: string[] = []
  for (const word of index.keys()) {
    const code = word.charCodeAt(0)
    if ((code >= 48 && code <= 57) || (word.length < 3 ? shortFirstWords.has(word) : firstLetters.has(word.slice(0, 3)))) words.push(word)
  }
  const found: DateExpression[] = []
  for (const match of stickyMatches(stickyExpression, value, startsOf(index, words))) {
    const expression1 = toExpression(match, 0)
    if (expression1) found.push(expression1)
  }
  return found
}

function toExpression(match: RegExpExecArray, from: number): DateExpression | undefined {
  const groups = match.groups ?? {}
  const text = match[0]
  const start = from + match.index
  const end = start + text.length
  const isPossessive = /['’]s$/.test(text)
  let kind: DateExpressionKind
  let direction: 'past' | 'future' | undefined
  if (groups['calendar'] !== undefined || groups['calendarDayFirst'] !== undefined) kind = 'calendar'
  else if (groups['monthYear'] !== undefined) kind = 'month-year'
  else if (groups['weekday'] !== undefined) {
    kind = 'weekday'
    const word = groups['weekdayDirection']?.toLowerCase()
    if (word === 'last' || word === 'this past') direction = 'past'
    else if (word === 'next' || word === 'this coming') direction = 'future'
  } else if (groups['relativeDay'] !== undefined || groups['daysAgo'] !== undefined) {
    // "the BBC's Today programme", "on Today": a capitalised "Today" inside a sentence names a programme.
    if (/^To(?:day|night)\b/.test(text) && /[\p{L}\p{N},’']\s*$/u.test(match.input.slice(Math.max(0, match.index - 3), match.index))) return undefined
    kind = 'relative-day'
  }
  else if (groups['relativePeriod'] !== undefined) kind = 'relative-period'
  else if (groups['vague'] !== undefined) kind = 'vague'
  else if (groups['offset'] !== undefined) kind = 'offset'
  else if (groups['month'] !== undefined) kind = 'month'
  else kind = 'year'
  const days = kind === 'offset' ? offsetDays(text) : undefined
  if (kind === 'offset' && days === undefined) return undefined
  return {kind, start, end, text, direction, possessive: isPossessive, days}
}

const numberWords: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7}

/**
 * Days an offset moves from the day it counts from: “in three days” → +3,
 * “a couple hours earlier” → 0 (same day), “one night after <event>” → −1
 * (the event named after it was the night before).
 */
function offsetDays(text: string): number | undefined {
  const lower = text.toLowerCase()
  const ahead = /^in\s+(\w+)\s+days?$/.exec(lower)
  if (ahead) return numberWords[ahead[1]!] ?? (Number(ahead[1]) || undefined)
  const match = /^(a couple(?: of)?|a few|several|an?|one|two|three|four|five|six|seven|\d+)\s+(hours?|days?|nights?)\s+(earlier|later|after|before)$/.exec(lower)
  if (!match) return undefined
  if (match[2]!.startsWith('hour')) return 0
  const amount = numberWords[match[1]!] ?? Number(match[1])
  if (!Number.isFinite(amount) || amount > 14) return undefined
  return match[3] === 'later' || match[3] === 'before' ? amount : -amount
}
