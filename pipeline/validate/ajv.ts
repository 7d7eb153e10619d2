/**
 * The one Ajv instance: every schema in `schemas/` compiled once, at import.
 *
 * Ajv runs in strict mode (unknown keywords and formats are errors in the
 * schemas, not silently ignored), with `allErrors` (every problem in an
 * article is reported in one run; articles are our own input, see the
 * README's Security section) and `ajv-formats`. The schemas are read from
 * the package's `schemas/` folder, which sits two levels above both
 * `pipeline/validate/` and the compiled `lib/validate/`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {Ajv2020, type ErrorObject, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type {Graph} from 'schema-dts'

// Note: `ajv-formats` is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** Folder holding the `*.schema.json` files. */
export const schemasFolder = new URL('../../schemas/', import.meta.url)

/** Base of every schema `$id`. */
export const schemaBase = 'https://github.com/newsld/newsld/schemas/'

/** `$id` of the document schema. */
export const documentSchemaId = schemaBase + 'document.schema.json'

export const ajv = new Ajv2020({strict: true, allErrors: true})
addFormats(ajv)
ajv.addFormat('uri', {type: 'string', validate: rememberUris(addFormats.get('uri') as (value: string) => boolean)})
ajv.addFormat('iso-8601-date', {type: 'string', validate: isIsoDate})

/** File name → parsed schema, for every schema in `schemas/`. */
export const schemas: ReadonlyMap<string, Record<string, unknown>> = loadSchemas()

for (const schema of schemas.values()) ajv.addSchema(schema)

/** Validate a whole document. */
export const validateDocument: ValidateFunction<Graph> = compile<Graph>(documentSchemaId)

/** Validator for one schema by file name (`person.schema.json`). */
export function validatorFor(name: string): ValidateFunction {
  return compile(schemaBase + name)
}

export type {ErrorObject}

function compile<T = unknown>(id: string): ValidateFunction<T> {
  const validate = ajv.getSchema<T>(id)
  if (validate === undefined) throw new Error('Cannot find schema `' + id + '`')
  return validate
}

function loadSchemas(): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>()
  for (const name of readdirSync(schemasFolder).filter((name) => name.endsWith('.schema.json')).sort()) {
    const schema: unknown = JSON.parse(readFileSync(new URL(name, schemasFolder), 'utf8'))
    if (!schema || typeof schema !== 'object') throw new Error('Cannot load schema `' + name + '`')
    result.set(name, schema as Record<string, unknown>)
  }
  return result
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
