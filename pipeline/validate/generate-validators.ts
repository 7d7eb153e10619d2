/**
 * Write `validators.cjs` next to this module (`npm run compile` runs it from
 * `lib/validate/`): the validators of `precompiledNames` as Ajv's
 * standalone code, so that no process or worker compiles the schemas (see
 * `ajv.ts`). The code is Ajv's own, generated from the same instance
 * settings. It is CommonJS, so that `ajv.ts` can load it synchronously
 * (no top-level await), wrapped in a function that takes the formats.
 */
import {writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {_} from 'ajv'
import standaloneCodeModule from 'ajv/dist/standalone/index.js'
import {createAjv, precompiledNames, schemaBase, schemasHash} from './ajv.js'

// Note: CommonJS; under NodeNext its default export is the module object.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default

/** The source of the precompiled module. */
export function validatorsModule(): string {
  // Formats are referred to by name (`formats.uri`), from `formats.js`.
  const ajv = createAjv({code: {source: true, formats: _`formats`}})
  const names = Object.fromEntries(Object.entries(precompiledNames).map(([file, name]) => [name, schemaBase + file]))
  const code = standaloneCode(ajv, names).replace(/^"use strict";/, '')
  return (
    '// Generated from schemas/ by generate-validators.js (npm run compile): do not edit.\n' +
    "'use strict'\n" +
    'exports.schemasHash = ' + JSON.stringify(schemasHash) + '\n' +
    '/** The validators, given the formats of `formats.js`. */\n' +
    'exports.create = function (formats) {\n' +
    'const exports = {}\n' +
    code +
    '\nreturn exports\n}\n'
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('validators.cjs', import.meta.url), validatorsModule())
}
