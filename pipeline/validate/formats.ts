/**
 * The formats of newsld's schemas beyond ajv-formats' own, shared by the
 * Ajv instance (`ajv.ts`) and the precompiled validators
 * (`generate-validators.ts`), which import this module by name.
 */
import addFormatsModule from 'ajv-formats'
import type {FormatDefinition} from 'ajv'

// Note: `ajv-formats` is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

export const formats: Record<string, FormatDefinition<string>> = {
  uri: {type: 'string', validate: rememberUris(addFormats.get('uri') as (value: string) => boolean)},
  'iso-8601-date': {type: 'string', validate: isIsoDate}
}

/** Most answers to keep in `rememberUris` (a few articles' worth of `@id`s). */
const rememberedUris = 1024

/**
 * ajv-formats' `uri` check, with its answers remembered: it runs a long
 * regular expression, and a graph names each node's `@id` several times (the
 * node and every reference to it), about 200 checks of 50 ids per article.
 */
function rememberUris(isUri: (value: string) => boolean): (value: string) => boolean {
  const answers = new Map<string, boolean>()
  return function (value) {
    let answer = answers.get(value)
    if (answer === undefined) {
      answer = isUri(value)
      if (answers.size >= rememberedUris) answers.clear()
      answers.set(value, answer)
    }
    return answer
  }
}

const isoDate =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?)?)?$/

/** ISO 8601 calendar date at year, month or day precision, optionally with a time. */
function isIsoDate(value: string): boolean {
  const match = isoDate.exec(value)
  if (!match) return false
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(Number(match[1]), month)
}

/**
 * Days in a month of the Gregorian calendar, as `Date.UTC(year, month, 0)`
 * counts them (without making a `Date`): that maps years 0–99 to 1900–1999,
 * so the year 0 has no 29 February.
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  const gregorian = year < 100 ? year + 1900 : year
  return (gregorian % 4 === 0 && gregorian % 100 !== 0) || gregorian % 400 === 0 ? 29 : 28
}
