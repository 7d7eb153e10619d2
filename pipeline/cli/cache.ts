/**
 * The incremental cache: `.newsld-cache/<output>.json` in the working
 * directory, one index per output folder, mapping each source (relative
 * path) to the hash of what built it and what it wrote.
 *
 * The hash is over the newsld version, the build options and the source
 * text, so a changed article, changed options (config, `--site-url`,
 * outputs) or another newsld version rebuilds. An article is skipped when
 * its hash is unchanged and all its outputs still exist. Reading a source is
 * skipped too when its size and mtime are those recorded with the hash.
 * Only articles that built without errors are cached. The index also keeps
 * the entries of sources outside the current build, so that the outputs of
 * an article deleted later can be removed by any build into the folder.
 *
 * The index is one line of `{"key"}` and then one line per source,
 * `["path", {entry}]`: it is written and read a line at a time, so it never
 * has to fit in one string (V8's limit, about 512 MB, would be reached
 * near a million articles).
 */
import {createHash} from 'node:crypto'
import {createReadStream, mkdirSync} from 'node:fs'
import {createInterface} from 'node:readline'
import {dirname, join, relative} from 'node:path'
import type {ArticleSummary} from './job.js'
import type {Counts} from './report.js'
import {Spool} from './write.js'

export interface CacheEntry {
  hash: string
  size: number
  mtimeMs: number
  /** Output file names, relative to the output folder. */
  outputs: string[]
  summary: ArticleSummary
  counts: Counts
}

export interface CacheIndex {
  /** Hash of the newsld version and the options: another key discards every entry. */
  key: string
  entries: Record<string, CacheEntry>
}

export const cacheFolderName = '.newsld-cache'

/** Where the index of an output folder lives. */
export function cachePath(cwd: string, outputFolder: string): string {
  const name = relative(cwd, outputFolder).replace(/\\/g, '/') || '.'
  return join(cwd, cacheFolderName, createHash('sha256').update(name).digest('hex').slice(0, 16) + '.json')
}

/** The key of a build: version and options. */
export function cacheKey(version: string, options: unknown): string {
  return createHash('sha256').update(version + '\0' + JSON.stringify(options)).digest('hex')
}

/** Hash of one source under `key`. */
export function contentHash(key: string, value: string): string {
  return createHash('sha256').update(key).update('\0').update(value).digest('hex')
}

/**
 * Read the index whatever its key, or undefined when missing or unreadable.
 * Under another key its hashes are no use, but its outputs still say what
 * newsld wrote for each source (see `build`: outputs of deleted articles).
 * The single-line index of earlier versions is read too.
 */
export async function readIndex(path: string): Promise<CacheIndex | undefined> {
  const lines = createInterface({input: createReadStream(path, {encoding: 'utf8'}), crlfDelay: Number.POSITIVE_INFINITY})
  try {
    let index: CacheIndex | undefined
    for await (const line of lines) {
      if (index === undefined) {
        const head = JSON.parse(line) as Partial<CacheIndex>
        if (typeof head.key !== 'string') return undefined
        const entries = head.entries && typeof head.entries === 'object' ? head.entries : {}
        index = {key: head.key, entries}
      } else if (line !== '') {
        const [name, entry] = JSON.parse(line) as [unknown, unknown]
        if (typeof name === 'string' && entry && typeof entry === 'object') index.entries[name] = entry as CacheEntry
      }
    }
    return index
  } catch {
    return undefined
  } finally {
    lines.close()
  }
}

/**
 * An entry kept only for what it wrote: its hash, size and mtime match
 * nothing, so its article is rebuilt when it is next in a build.
 */
export function outputsOnly(entry: CacheEntry): CacheEntry {
  return {...entry, hash: '', size: -1, mtimeMs: -1}
}

/**
 * Write the next index one entry (line) at a time (see `Spool`),
 * atomically, without holding every entry in memory. Only the source names
 * are kept, to answer `has`.
 */
export function createCacheSpool(
  path: string,
  key: string
): {has(name: string): boolean; set(name: string, entry: CacheEntry): void; finish(): void; discard(): void} {
  try {
    mkdirSync(dirname(path), {recursive: true})
  } catch {
    // The spool fails to write, and `finish` says why.
  }
  const spool = new Spool(path, '\n')
  const names = new Set<string>()
  return {
    has: (name) => names.has(name),
    set(name, entry) {
      if (names.has(name)) throw new Error('Unexpected second cache entry for `' + name + '`')
      names.add(name)
      spool.add(JSON.stringify([name, entry]))
    },
    finish() {
      spool.finish(JSON.stringify({key}) + '\n', '\n')
    },
    discard() {
      spool.discard()
    }
  }
}
