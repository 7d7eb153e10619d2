/**
 * Write `validators.js` next to this module (`npm run compile` runs it from
 * `lib/validate/`): the validators of `precompiledNames` as Ajv's
 * standalone code, so that no process or worker compiles the schemas (see
 * `ajv.ts`). The code is Ajv's own, generated from the same instance
 * settings; this module only adds the imports it needs.
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
  const ajv = createAjv({code: {source: true, esm: true, formats: _`formats`}})
  const exports = Object.fromEntries(Object.entries(precompiledNames).map(([file, name]) => [name, schemaBase + file]))
  const code = standaloneCode(ajv, exports).replace(/^"use strict";/, '')
  return (
    '// Generated from schemas/ by generate-validators.js (npm run compile): do not edit.\n' +
    "import {createRequire} from 'node:module'\n" +
    "import {formats} from './formats.js'\n" +
    // Ajv's code requires its runtime helpers (`ucs2length`) even as ES module code.
    'const require = createRequire(import.meta.url)\n' +
    'export const schemasHash = ' + JSON.stringify(schemasHash) + '\n' +
    code +
    '\n'
  )
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('validators.js', import.meta.url), validatorsModule())
}
