import {readFile, readdir, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {watchRoots} from '../../pipeline/cli/watch.js'
import {article, sandbox, type Sandbox} from './helpers.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
})

afterEach(async () => {
  await box.remove()
})

/** Resolve when `check` passes, polling every 25 ms, or reject after `ms`. */
async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('newsld build --watch', () => {
  it('should build, rebuild only what changed, and close when aborted', async () => {
    await box.write('source/a.md', article('Harbour bridge opens'))
    await box.write('source/b.md', article('Council votes on budget'))
    const controller = new AbortController()
    const err: string[] = []
    const running = box.cli(['build', '--watch'], {signal: controller.signal, stderr: {write: (chunk: string) => err.push(chunk)}})
    await until(() => err.join('').includes('Watching… (press CTRL+C to exit)\n'))
    expect(err.join('')).toMatch(/Built 2, skipped 0, failed 0 of 2 articles/)

    await box.write('source/a.md', article('Harbour bridge opens at last'))
    await until(() => /Built 1, skipped 1, failed 0 of 2 articles/.test(err.join('')))
    expect(await readFile(join(box.cwd, 'dist/a.jsonld'), 'utf8')).toContain('Harbour bridge opens at last')

    await box.write('source/nested/c.md', article('Ferry returns'))
    await until(() => /Built 1, skipped 2, failed 0 of 3 articles/.test(err.join('')))

    // A removed article takes its outputs with it.
    await rm(join(box.cwd, 'source/b.md'))
    await until(() => /Built 0, skipped 2, failed 0 of 2 articles/.test(err.join('')))
    expect(err.join('')).toContain('removed 4 outputs of 1 deleted article')
    expect((await readdir(join(box.cwd, 'dist'))).filter((name) => name.startsWith('b.'))).toEqual([])

    controller.abort()
    const result = await running
    expect(result.code).toBe(0)
  })

  it('should return at once when already aborted after the first build', async () => {
    await box.write('source/a.md', article('Harbour bridge opens'))
    const result = await box.cli(['build', '--watch'], {signal: AbortSignal.abort()})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Watching… (press CTRL+C to exit)')
  })

  it('should watch the folders of files, folders and the static part of globs', async () => {
    await box.write('a/one.md', '# One\n')
    await box.write('b/c/two.md', '# Two\n')
    expect(await watchRoots(['a/one.md', 'b', 'b/c/*.md', 'missing/**/*.md'], box.cwd)).toEqual([
      join(box.cwd, 'a'),
      join(box.cwd, 'b'),
      join(box.cwd, 'missing')
    ])
  })
})
