/**
 * Atomic writes: every output is first written to `<name>.tmp-<pid>` next to
 * its target and then renamed over it, so a reader never sees half a file
 * and a failed run leaves no partial output (and no temporary file) behind.
 */
import {closeSync, openSync, writeSync} from 'node:fs'
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
