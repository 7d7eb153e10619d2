/** The package version, read once from `package.json` (two levels above `pipeline/cli/` and `lib/cli/`). */
import {readFileSync} from 'node:fs'

let cached: string | undefined

export function packageVersion(): string {
  if (cached === undefined) {
    const pack: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    cached = pack && typeof pack === 'object' && 'version' in pack ? String(pack.version) : 'unknown'
  }
  return cached
}
