/**
 * Atomic writes: every output is first written to `<name>.tmp-<pid>` next to
 * its target and then renamed over it, so a reader never sees half a file
 * and a failed run leaves no partial output (and no temporary file) behind.
 */
import {closeSync, openSync, readSync, renameSync, rmSync, writeSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

export interface OutputFile {
  /** Absolute path of the target. */
  path: string
  content: string
}

export interface WriteOptions {
  /** Whether to create the folders first (default: `true`). */
  createFolders?: boolean | undefined
}

/**
 * Write all `files` or, on failure, none of the temporary files remain.
 * The files are written, then renamed, in parallel.
 */
export async function writeAtomically(
  files: readonly OutputFile[],
  pid = process.pid,
  options: WriteOptions = {}
): Promise<void> {
  if (options.createFolders !== false) {
    for (const folder of new Set(files.map((file) => dirname(file.path)))) await mkdir(folder, {recursive: true})
  }
  const temporary = files.map((file) => file.path + '.tmp-' + pid)
  try {
    const written = await Promise.allSettled(files.map((file, index) => writeFile(temporary[index]!, file.content, 'utf8')))
    const failed = written.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    await Promise.all(files.map((file, index) => rename(temporary[index]!, file.path)))
  } catch (error) {
    await Promise.all(temporary.map((temp) => rm(temp, {force: true})))
    throw error
  }
}

/** Characters per write of `writeLinesSync`: at most 96 KB of UTF-8. */
const chunkSize = 32_000

/**
 * Write `lines`, each followed by a line feed but the last, to `path`, a few
 * tens of KB at a time. Joining them first would make one big string, and a
 * string (or buffer) over 128 KB gets a memory mapping of its own: on a
 * sandboxed machine, where a mapping costs milliseconds, joining a 150 KB
 * review page took longer than rendering it.
 */
export function writeLinesSync(path: string, lines: readonly string[]): void {
  const fd = openSync(path, 'w')
  try {
    let chunk = ''
    for (const [index, line] of lines.entries()) {
      const piece = index === 0 ? line : '\n' + line
      if (chunk.length > 0 && chunk.length + piece.length > chunkSize) {
        writeSync(fd, chunk)
        chunk = ''
      }
      chunk += piece
    }
    if (chunk.length > 0) writeSync(fd, chunk)
  } finally {
    closeSync(fd)
  }
}

/**
 * A big JSON output built one entry at a time without holding it in memory:
 * `add` appends an entry's text to a temporary body file (a few tens of KB
 * per write), and `finish` writes `head`, the entries joined by `separator`,
 * and `tail` to the target's own temporary file and renames it over the
 * target. The head can depend on every entry (counts, totals): the body is
 * copied after it. `discard` (also after a failed `finish`) leaves no file.
 * A failure to write the body is kept until `finish`, which throws it: the
 * build goes on and reports it with the other site outputs.
 */
export class Spool {
  readonly target: string
  readonly #body: string
  #fd: number | undefined
  #chunk = ''
  #count = 0
  #error: unknown
  readonly #separator: string

  constructor(target: string, separator: string, pid = process.pid) {
    this.target = target
    this.#body = target + '.body.tmp-' + pid
    this.#separator = separator
  }

  /** Entries added so far. */
  get count(): number {
    return this.#count
  }

  add(text: string): void {
    const piece = this.#count === 0 ? text : this.#separator + text
    this.#count++
    if (this.#error !== undefined) return
    if (this.#chunk.length > 0 && this.#chunk.length + piece.length > chunkSize) this.#flush()
    this.#chunk += piece
  }

  /** Write the target (atomically) and remove the body. */
  finish(head: string, tail: string): void {
    this.#flush()
    const temp = this.target + '.tmp-' + process.pid
    try {
      if (this.#error !== undefined) throw this.#error
      const fd = openSync(temp, 'w')
      try {
        writeSync(fd, head)
        if (this.#fd !== undefined) {
          const buffer = Buffer.allocUnsafe(1 << 16)
          let position = 0
          for (let read = readSync(this.#fd, buffer, 0, buffer.length, position); read > 0; read = readSync(this.#fd, buffer, 0, buffer.length, position)) {
            writeSync(fd, buffer, 0, read)
            position += read
          }
        }
        writeSync(fd, tail)
      } finally {
        closeSync(fd)
      }
      renameSync(temp, this.target)
    } catch (error) {
      removeQuietly(temp)
      throw error
    } finally {
      this.discard()
    }
  }

  /** Drop what was added. */
  discard(): void {
    if (this.#fd !== undefined) {
      closeSync(this.#fd)
      this.#fd = undefined
    }
    this.#chunk = ''
    removeQuietly(this.#body)
  }

  #flush(): void {
    if (this.#chunk.length === 0 || this.#error !== undefined) return
    try {
      this.#fd ??= openSync(this.#body, 'w+')
      writeSync(this.#fd, this.#chunk)
    } catch (error) {
      this.#error = error
    }
    this.#chunk = ''
  }
}

/** Remove a temporary file, ignoring any error (it may never have been written). */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, {force: true})
  } catch {}
}

/** A temporary file of newsld: an output or site file, `.tmp-<pid>` or `.tmp-<pid>-<n>`. */
const temporaryName = /\.(?:jsonld|html|json|xml)(?:\.body)?\.tmp-(\d+)(?:-\d+)?$/

/**
 * The names among `names` that are temporary files of a newsld process that
 * is gone: a build killed before renaming them (Ctrl-C, a CI time-out).
 * Those of a running process are left alone.
 */
export function staleTemporaryFiles(names: Iterable<string>, alive: (pid: number) => boolean = isAlive): string[] {
  const stale: string[] = []
  for (const name of names) {
    const match = temporaryName.exec(name)
    if (match && !alive(Number(match[1]))) stale.push(name)
  }
  return stale
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
