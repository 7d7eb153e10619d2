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

/** Write all `files` or, on failure, none of the temporary files remain. */
export async function writeAtomically(files: readonly OutputFile[], pid = process.pid): Promise<void> {
  const temporary: string[] = []
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), {recursive: true})
      const temp = file.path + '.tmp-' + pid
      temporary.push(temp)
      await writeFile(temp, file.content, 'utf8')
    }
    for (const [index, file] of files.entries()) {
      await rename(temporary[index]!, file.path)
    }
  } catch (error) {
    await Promise.all(temporary.map((temp) => rm(temp, {force: true})))
    throw error
  }
}
