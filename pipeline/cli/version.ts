/** The package version, read once from `package.json` (two levels above `pipeline/cli/` and `lib/cli/`). */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'

let cached: string | undefined

export function packageVersion(): string {
  if (cached === undefined) {
    const pack: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    cached = pack && typeof pack === 'object' && 'version' in pack ? String(pack.version) : 'unknown'
  }
  return cached
}

let fingerprint: string | undefined

/**
 * A hash of the code and schemas that are running (the `.js`/`.ts` files
 * beside this module's parent folder, and `schemas/`), read once per run.
 * It goes into the build cache's key with the version, so a changed
 * pipeline never reuses outputs of the old one, even before a release.
 */
export function codeFingerprint(): string {
  if (fingerprint === undefined) {
    const hash = createHash('sha256')
    for (const folder of [new URL('../', import.meta.url), new URL('../../schemas/', import.meta.url)]) {
      let names: string[]
      try {
        names = readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => /\.(?:js|ts|json)$/.test(name)).sort()
      } catch {
        continue
      }
      for (const name of names) hash.update(name).update('\0').update(readFileSync(new URL(name, folder))).update('\0')
    }
    fingerprint = hash.digest('hex').slice(0, 16)
  }
  return fingerprint
}
