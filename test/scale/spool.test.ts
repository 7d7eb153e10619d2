import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createCacheSpool, readIndex, type CacheEntry} from '../../pipeline/cli/cache.js'
import {createManifestSpool, renderManifest, type ManifestEntry} from '../../pipeline/cli/site.js'
import {Spool} from '../../pipeline/cli/write.js'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsld-spool-'))
})

afterEach(async () => {
  await rm(folder, {recursive: true, force: true})
})

/** `count` manifest entries with invented titles, sorted by source. */
function entries(count: number): ManifestEntry[] {
  return Array.from({length: count}, (_, index) => {
    const slug = 'story-' + String(index).padStart(4, '0')
    return {
      source: 'source/' + slug + '.md',
      outputs: index % 7 === 3 ? [] : [slug + '.jsonld', slug + '.html'],
      article:
        index % 7 === 3
          ? undefined
          : {slug, headline: 'Harbour “bridge” ✓ opens, part ' + index, datePublished: '2024-05-08', url: undefined, inLanguage: 'en', publisher: undefined},
      errors: index % 7 === 3 ? 1 : 0,
      warnings: index % 5,
      infos: 1
    }
  })
}

describe('Spool', () => {
  it('should write head, entries and tail, across several chunks, and leave no other file', async () => {
    const target = join(folder, 'out.txt')
    const spool = new Spool(target, ';')
    const pieces = ['é'.repeat(31_999), 'a', '𝒜'.repeat(20_000), '', 'x'.repeat(40_000), 'end']
    for (const piece of pieces) spool.add(piece)
    expect(spool.count).toBe(6)
    spool.finish('<', '>')
    expect(await readFile(target, 'utf8')).toBe('<' + pieces.join(';') + '>')
    expect(await readdir(folder)).toEqual(['out.txt'])
  })

  it('should leave no file when discarded or when it cannot be written', async () => {
    const target = join(folder, 'out.txt')
    const spool = new Spool(target, ',')
    spool.add('y'.repeat(50_000))
    spool.discard()
    expect(await readdir(folder)).toEqual([])

    // A body that cannot be written fails `finish`, not `add`.
    const missing = new Spool(join(folder, 'gone', 'out.txt'), ',')
    for (let index = 0; index < 3; index++) missing.add('z'.repeat(20_000))
    expect(() => missing.finish('[', ']')).toThrow(/ENOENT/)
    missing.discard()
    expect(await readdir(folder)).toEqual([])
  })
})

describe('createManifestSpool', () => {
  it('should write the bytes of renderManifest, which are pretty-printed JSON', async () => {
    for (const count of [0, 1, 3, 400]) {
      const path = join(folder, 'index.json')
      const spool = createManifestSpool(path, '1.2.3')
      const list = entries(count)
      for (const entry of list) spool.add(entry)
      spool.finish()
      const text = await readFile(path, 'utf8')
      expect(text).toBe(renderManifest([...list].reverse(), '1.2.3'))
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
      expect(JSON.parse(text)).toMatchObject({count, errors: list.filter((entry) => entry.errors > 0).length})
      expect(await readdir(folder)).toEqual(['index.json'])
    }
  })
})

describe('createCacheSpool', () => {
  it('should write an index that readIndex reads back, and refuse a source twice', async () => {
    const path = join(folder, 'cache', 'index.json')
    const spool = createCacheSpool(path, 'key-1')
    const written: Record<string, CacheEntry> = {}
    for (const [index, entry] of entries(300).entries()) {
      if (entry.article === undefined) continue
      written[entry.source] = {hash: 'h' + index, size: index, mtimeMs: index * 1.5, outputs: entry.outputs, summary: entry.article, counts: {errors: 0, warnings: 1, infos: 2}}
      spool.set(entry.source, written[entry.source]!)
    }
    expect(spool.has('source/story-0000.md')).toBe(true)
    expect(spool.has('source/story-0003.md')).toBe(false)
    expect(() => spool.set('source/story-0000.md', written['source/story-0000.md']!)).toThrow(/second cache entry/)
    spool.finish()
    expect(await readIndex(path)).toEqual(JSON.parse(JSON.stringify({key: 'key-1', entries: written})))
    expect(await readdir(join(folder, 'cache'))).toEqual(['index.json'])
    // One line for the key, then one per source: no line holds the whole index.
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(1 + Object.keys(written).length)
    expect(JSON.parse(lines[0]!)).toEqual({key: 'key-1'})
    expect(JSON.parse(lines[1]!)).toEqual(['source/story-0000.md', JSON.parse(JSON.stringify(written['source/story-0000.md']))])
  })

  it('should read an index of no entries, and the single-line index of earlier versions', async () => {
    const path = join(folder, 'index.json')
    const spool = createCacheSpool(path, 'key-2')
    spool.finish()
    expect(await readIndex(path)).toEqual({key: 'key-2', entries: {}})

    const entry = {hash: 'h', size: 1, mtimeMs: 2, outputs: ['a.jsonld'], summary: {slug: 'a'}, counts: {errors: 0, warnings: 0, infos: 0}}
    await writeFile(path, JSON.stringify({key: 'key-3', entries: {'source/a.md': entry}}) + '\n')
    expect(await readIndex(path)).toEqual({key: 'key-3', entries: {'source/a.md': entry}})

    await writeFile(path, '{"key": "key-4"}\n["source/a.md", {"hash": ')
    expect(await readIndex(path)).toBeUndefined()
    expect(await readIndex(join(folder, 'missing.json'))).toBeUndefined()
  })
})
