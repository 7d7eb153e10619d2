/**
 * Atomic writes: every output is first written to `<name>.tmp-<pid>` next to
 * its target and then renamed over it, so a reader never sees half a file
 * and a failed run leaves no partial output (and no temporary file) behind.
 */
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
