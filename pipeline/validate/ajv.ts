/**
 * Validators for the schemas in `schemas/`.
 *
 * `npm run compile` also writes `lib/validate/validators.cjs`: the validators
 * of the document, corrections, entities and config schemas as Ajv's
 * standalone code (see `generate-validators.ts`), stamped with a hash of
 * the schemas. When that module is there and its hash is that of the
 * schemas, the validators come from it: importing it takes about 12 ms,
 * where compiling the schemas took about 200 ms in every process and
 * worker. Otherwise (the TypeScript sources under test, or schemas edited
 * since) one Ajv instance compiles them on first use. Both run the same
 * code: it is what Ajv generates either way.
 *
 * Ajv runs in strict mode (unknown keywords and formats are errors in the
 * schemas, not silently ignored), with `allErrors` (every problem in an
 * article is reported in one run; articles are our own input, see the
 * README's Security section) and `ajv-formats`. The schemas are read from
 * the package's `schemas/` folder, which sits two levels above both
 * `pipeline/validate/` and the compiled `lib/validate/`.
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {Ajv2020, type ErrorObject, type Options, type ValidateFunction} from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type {Graph} from 'schema-dts'
import {formats} from './formats.js'

// Note: `ajv-formats` is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** Folder holding the `*.schema.json` files. */
export const schemasFolder = new URL('../../schemas/', import.meta.url)

/** Base of every schema `$id`. */
export const schemaBase = 'https://github.com/newsld/newsld/schemas/'

/** Schema file → export of the precompiled module. */
export const precompiledNames: Readonly<Record<string, string>> = {
  'document.schema.json': 'document',
  'corrections.schema.json': 'corrections',
  'entities.schema.json': 'entities',
  'config.schema.json': 'config'
}

/** File name → text, for every schema in `schemas/`. */
const texts = readSchemaTexts()

/** File name → parsed schema, for every schema in `schemas/`. */
export const schemas: ReadonlyMap<string, Record<string, unknown>> = parseSchemas(texts)

/** Hash of the schemas' names and texts: a precompiled module of other schemas is not used. */
export const schemasHash = createHash('sha256')
  .update([...texts].map(([name, text]) => name + '\0' + text).join('\0'))
  .digest('hex')
  .slice(0, 16)

const precompiled = loadPrecompiled()

/** Whether the validators come from the precompiled module. */
export const isPrecompiled = precompiled !== undefined

let instance: Ajv2020 | undefined

/** An Ajv instance with newsld's settings, formats and schemas (`options` for generating code). */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({strict: true, allErrors: true, ...options})
  addFormats(ajv)
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format)
  for (const schema of schemas.values()) ajv.addSchema(schema)
  return ajv
}

/** Validator for one schema by file name (`person.schema.json`). */
export function validatorFor<T = unknown>(name: string): ValidateFunction<T> {
  const exported = precompiledNames[name]
  const fromModule = exported === undefined ? undefined : precompiled?.[exported]
  if (fromModule !== undefined) return fromModule as ValidateFunction<T>
  instance ??= createAjv()
  const validate = instance.getSchema<T>(schemaBase + name)
  if (validate === undefined) throw new Error('Cannot find schema `' + schemaBase + name + '`')
  return validate
}

/** Validate a whole document. */
export const validateDocument: ValidateFunction<Graph> = validatorFor<Graph>('document.schema.json')

export type {ErrorObject}

/** The precompiled validators, loaded synchronously (CommonJS), when they are those of these schemas. */
function loadPrecompiled(): Record<string, ValidateFunction> | undefined {
  const url = new URL('validators.cjs', import.meta.url)
  if (!existsSync(url)) return undefined
  try {
    const module = createRequire(import.meta.url)(fileURLToPath(url)) as {schemasHash?: unknown; create?: (value: typeof formats) => Record<string, ValidateFunction>}
    return module.schemasHash === schemasHash && typeof module.create === 'function' ? module.create(formats) : undefined
  } catch {
    return undefined
  }
}

function readSchemaTexts(): Map<string, string> {
  const result = new Map<string, string>()
  for (const name of readdirSync(schemasFolder).filter((name) => name.endsWith('.schema.json')).sort()) {
    result.set(name, readFileSync(new URL(name, schemasFolder), 'utf8'))
  }
  return result
}

function parseSchemas(texts: ReadonlyMap<string, string>): Map<string, Record<string, unknown>> {
  const result = new Map<string, Record<string, unknown>>()
  for (const [name, text] of texts) {
    const schema: unknown = JSON.parse(text)
    if (!schema || typeof schema !== 'object') throw new Error('Cannot load schema `' + name + '`')
    result.set(name, schema as Record<string, unknown>)
  }
  return result
}
