import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {writeLinesSync} from '../../pipeline/cli/write.js'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsld-lines-'))
})

afterEach(async () => {
  await rm(folder, {recursive: true, force: true})
})

describe('writeLinesSync', () => {
  it('should write the lines joined by line feeds, across several chunks', async () => {
    // Lines longer than one chunk, short ones, empty ones, and characters of
    // two, three and four UTF-8 bytes at chunk edges.
    const lines = ['<p>Ada Lane said “yes” ✓</p>', 'é'.repeat(31_999), '', '𝒜'.repeat(20_000), 'x'.repeat(40_000), 'end', '']
    const path = join(folder, 'page.html')
    writeLinesSync(path, lines)
    expect(await readFile(path, 'utf8')).toBe(lines.join('\n'))
  })

  it('should write an empty file for no lines, and replace what was there', async () => {
    const path = join(folder, 'page.html')
    writeLinesSync(path, ['old content that is longer'])
    writeLinesSync(path, [])
    expect(await readFile(path, 'utf8')).toBe('')
  })
})
