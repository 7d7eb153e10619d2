import {mkdir, readFile, readdir, rename, rm, utimes, writeFile} from 'node:fs/promises'
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

describe('outputs of deleted articles', () => {
  const outputsOf = async (slug: string) => (await readdir(join(box.cwd, 'dist'))).filter((name) => name.startsWith(slug + '.')).sort()
  const all = ['b.html', 'b.jsonld', 'b.review.html', 'b.snippet.html']

  it('should remove the outputs of a deleted article, and only those', async () => {
    await box.write('dist/notes.html', '<p>not newsld’s</p>')
    await box.cli(['build'])
    expect(await outputsOf('b')).toEqual(all)
    await rm(join(box.cwd, 'source/b.md'))
    const second = await box.cli(['build'])
    expect(second.code).toBe(0)
    expect(second.stderr).toContain('removed 4 outputs of 1 deleted article')
    expect(await outputsOf('b')).toEqual([])
    expect(await outputsOf('a')).toEqual(['a.html', 'a.jsonld', 'a.review.html', 'a.snippet.html'])
    expect(await readdir(join(box.cwd, 'dist'))).toContain('notes.html')
    // Nothing left to remove the next time.
    expect((await box.cli(['build'])).stderr).not.toContain('removed')
  })

  it('should remember the articles outside a build of some, and remove their outputs once deleted', async () => {
    await box.cli(['build'])
    expect(summaryOf((await box.cli(['build', 'source/a.md'])).stderr)).toEqual([0, 1, 0])
    expect(await outputsOf('b')).toEqual(all)
    // b was not forgotten: a build of all skips it.
    expect(summaryOf((await box.cli(['build'])).stderr)).toEqual([0, 2, 0])
    await box.cli(['build', 'source/a.md'])
    await rm(join(box.cwd, 'source/b.md'))
    const partial = await box.cli(['build', 'source/a.md'])
    expect(partial.stderr).toContain('removed 4 outputs of 1 deleted article')
    expect(await outputsOf('b')).toEqual([])
  })

  it('should keep outputs that an article of this build now writes', async () => {
    await box.cli(['build'])
    await mkdir(join(box.cwd, 'source/moved'))
    await rename(join(box.cwd, 'source/b.md'), join(box.cwd, 'source/moved/b.md'))
    const second = await box.cli(['build'])
    expect(second.stderr).not.toContain('removed')
    expect(summaryOf(second.stderr)).toEqual([1, 1, 0])
    expect(await outputsOf('b')).toEqual(all)
  })

  it('should remove them with --no-cache and after the options change too', async () => {
    await box.cli(['build'])
    await rm(join(box.cwd, 'source/b.md'))
    expect((await box.cli(['build', '--no-cache', '--site-url', 'https://news.example/'])).stderr).toContain('removed 4 outputs')
    expect(await outputsOf('b')).toEqual([])
  })
})
