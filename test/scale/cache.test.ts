import {readFile, readdir, rm, utimes, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {article, sandbox, type Sandbox} from './helpers.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
  await box.write('source/a.md', article('Harbour bridge opens'))
  await box.write('source/b.md', article('Council votes on budget'))
})

afterEach(async () => {
  await box.remove()
})

const summaryOf = (stderr: string) => /Built (\d+), skipped (\d+), failed (\d+) of/.exec(stderr)?.slice(1).map(Number)

describe('the incremental cache', () => {
  it('should skip unchanged articles on the second build, keeping their outputs', async () => {
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([2, 0, 0])
    expect(await readdir(join(box.cwd, '.newsld-cache'))).toHaveLength(1)
    const before = await readFile(join(box.cwd, 'dist/a.jsonld'), 'utf8')
    const second = await box.cli(['build'])
    expect(second.code).toBe(0)
    expect(summaryOf(second.stderr)).toEqual([0, 2, 0])
    expect(await readFile(join(box.cwd, 'dist/a.jsonld'), 'utf8')).toBe(before)
  })

  it('should rebuild a changed article only, and not an article only touched', async () => {
    await box.cli(['build'])
    const path = join(box.cwd, 'source/a.md')
    const old = await readFile(path, 'utf8')
    await writeFile(path, old.replace('Monday', 'Friday'))
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([1, 1, 0])
    expect(await readFile(join(box.cwd, 'dist/a.jsonld'), 'utf8')).toContain('Friday')
    // Same content, new mtime: read and hashed, but not rebuilt.
    await utimes(path, new Date(), new Date(Date.now() + 5000))
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([0, 2, 0])
  })

  it('should rebuild everything with --no-cache', async () => {
    await box.cli(['build'])
    expect(summaryOf((await box.cli(['build', '--no-cache'])).stderr)).toEqual([2, 0, 0])
    // And the index it writes is used next time.
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([0, 2, 0])
  })

  it('should rebuild everything when the options change', async () => {
    await box.cli(['build'])
    const other = await box.cli(['build', '--site-url', 'https://news.example/'])
    expect(summaryOf(other.stderr)).toEqual([2, 0, 0])
    expect(await readFile(join(box.cwd, 'dist/a.jsonld'), 'utf8')).toContain('https://news.example/a#article')
    await box.write('newsld.config.json', JSON.stringify({siteUrl: 'https://news.example/', inLanguage: 'en'}))
    expect(summaryOf((await box.cli(['build', '--site-url', 'https://news.example/'])).stderr)).toEqual([2, 0, 0])
  })

  it('should rebuild an article whose outputs were deleted, and one added', async () => {
    await box.cli(['build'])
    await rm(join(box.cwd, 'dist/b.html'))
    await box.write('source/c.md', article('Ferry returns'))
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([2, 1, 0])
    expect(await readdir(join(box.cwd, 'dist'))).toContain('b.html')
  })

  it('should keep a cached article in the manifest and drop a removed one', async () => {
    await box.cli(['build'])
    await rm(join(box.cwd, 'source/b.md'))
    await box.cli(['build'])
    const manifest = JSON.parse(await readFile(join(box.cwd, 'dist/index.json'), 'utf8')) as {articles: Array<{source: string}>}
    expect(manifest.articles.map((entry) => entry.source)).toEqual(['source/a.md'])
  })

  it('should always rebuild an article that failed', async () => {
    await box.write('source/bad.md', article('Bad', 'datePublished: May 1st\n'))
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([2, 0, 1])
    const again = await box.cli(['build'])
    expect(summaryOf(again.stderr)).toEqual([0, 2, 1])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('date-published-invalid')
  })
})
