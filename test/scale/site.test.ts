import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {ArticleSummary} from '../../pipeline/cli/result.js'
import {escapeXml, renderManifest, renderNewsSitemaps} from '../../pipeline/cli/site.js'
import {article, sandbox, type Sandbox} from './helpers.js'

const now = new Date('2024-05-08T12:00:00Z')

function summary(index: number, extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    slug: 'story-' + index,
    headline: 'Story ' + index,
    datePublished: '2024-05-08T09:00:00Z',
    url: 'https://news.example/story-' + index,
    inLanguage: 'en-GB',
    publisher: 'Example News',
    ...extra
  }
}

describe('renderNewsSitemaps', () => {
  it('should write news:news entries with XML-escaped values', () => {
    const result = renderNewsSitemaps(
      [summary(1, {headline: 'Tom & Jerry <say> "hi"', url: 'https://news.example/a?b=1&c=2', publisher: "Ada's Post"})],
      {siteUrl: 'https://news.example/', now}
    )
    expect(result.files.map((file) => file.name)).toEqual(['sitemap-news.xml'])
    const xml = result.files[0]!.content
    expect(xml).toContain('<loc>https://news.example/a?b=1&amp;c=2</loc>')
    expect(xml).toContain('<news:title>Tom &amp; Jerry &lt;say&gt; &quot;hi&quot;</news:title>')
    expect(xml).toContain('<news:name>Ada&apos;s Post</news:name>')
    expect(xml).toContain('<news:language>en</news:language>')
    expect(xml).toContain('<news:publication_date>2024-05-08T09:00:00Z</news:publication_date>')
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">')).toBe(true)
    expect(escapeXml('a\u0000b\u000Bc')).toBe('abc')
  })

  it('should keep only articles of the last 2 days (or the days asked for)', () => {
    const articles = [
      summary(1, {datePublished: '2024-05-08'}),
      summary(2, {datePublished: '2024-05-06T13:00:00Z'}),
      summary(3, {datePublished: '2024-05-06T11:00:00Z'}),
      summary(4, {datePublished: undefined}),
      summary(5, {datePublished: '2024-05-01'})
    ]
    const urls = (days?: number) =>
      [...renderNewsSitemaps(articles, {siteUrl: 'https://news.example/', now, days}).files[0]!.content.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(urls()).toEqual(['https://news.example/story-1', 'https://news.example/story-2'])
    expect(urls(10)).toEqual([
      'https://news.example/story-1',
      'https://news.example/story-2',
      'https://news.example/story-3',
      'https://news.example/story-5'
    ])
  })

  it('should split beyond 1,000 entries into numbered files under a sitemap index', () => {
    const articles = Array.from({length: 2001}, (_, index) => summary(index))
    const result = renderNewsSitemaps(articles, {siteUrl: 'https://news.example/', now})
    expect(result.included).toBe(2001)
    expect(result.files.map((file) => file.name)).toEqual([
      'sitemap-news.xml',
      'sitemap-news-1.xml',
      'sitemap-news-2.xml',
      'sitemap-news-3.xml'
    ])
    const index = result.files[0]!.content
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://news.example/sitemap-news-1.xml',
      'https://news.example/sitemap-news-2.xml',
      'https://news.example/sitemap-news-3.xml'
    ])
    const counts = result.files.slice(1).map((file) => file.content.split('<url>').length - 1)
    expect(counts).toEqual([1000, 1000, 1])
    // Exactly 1,000 stays one file.
    expect(renderNewsSitemaps(articles.slice(0, 1000), {siteUrl: 'https://news.example/', now}).files).toHaveLength(1)
  })

  it('should leave out (and count) recent articles without a page URL, publisher or language', () => {
    const result = renderNewsSitemaps([summary(1, {url: undefined}), summary(2, {publisher: undefined}), summary(3)], {
      siteUrl: 'https://news.example/',
      now
    })
    expect(result).toMatchObject({included: 1, incomplete: 2})
  })
})

describe('renderManifest', () => {
  it('should sort by source and total the counts', () => {
    const text = renderManifest(
      [
        {source: 'source/b.md', outputs: [], article: undefined, errors: 2, warnings: 0, infos: 0},
        {source: 'source/a.md', outputs: ['a.jsonld'], article: summary(1), errors: 0, warnings: 1, infos: 1}
      ],
      '1.2.3'
    )
    const manifest = JSON.parse(text) as {articles: Array<{source: string}>; errors: number; warnings: number; count: number}
    expect(manifest).toMatchObject({count: 2, errors: 2, warnings: 1, infos: 1, generator: 'newsld 1.2.3'})
    expect(manifest.articles.map((entry) => entry.source)).toEqual(['source/a.md', 'source/b.md'])
  })
})

describe('site outputs of newsld build', () => {
  let box: Sandbox

  beforeEach(async () => {
    box = await sandbox()
  })

  afterEach(async () => {
    await box.remove()
  })

  it('should write index.json with every article, its outputs and counts, and the news sitemap', async () => {
    await box.write(
      'newsld.config.json',
      JSON.stringify({siteUrl: 'https://news.example/', publisher: {name: 'Example News'}, inLanguage: 'en'})
    )
    await box.write('source/new.md', article('New & shiny', 'datePublished: 2024-05-08\n'))
    await box.write('source/old.md', article('Old story', 'datePublished: 2024-04-01\n'))
    await box.write('source/broken.md', article('Broken', 'datePublished: May 1st\n'))
    const result = await box.cli(['build'], {now: () => now})
    expect(result.code).toBe(1)
    expect((await readdir(join(box.cwd, 'dist'))).sort()).toEqual([
      'index.json',
      'new.html',
      'new.jsonld',
      'new.review.html',
      'new.snippet.html',
      'old.html',
      'old.jsonld',
      'old.review.html',
      'old.snippet.html',
      'sitemap-news.xml'
    ])
    const manifest = JSON.parse(await readFile(join(box.cwd, 'dist/index.json'), 'utf8')) as {
      count: number
      articles: Array<{source: string; slug: string | null; outputs: string[]; errors: number; url: string | null}>
    }
    expect(manifest.count).toBe(3)
    expect(manifest.articles.map((entry) => [entry.source, entry.outputs.length, entry.errors > 0])).toEqual([
      ['source/broken.md', 0, true],
      ['source/new.md', 4, false],
      ['source/old.md', 4, false]
    ])
    expect(manifest.articles[1]).toMatchObject({slug: 'new', url: 'https://news.example/new', outputs: ['new.jsonld', 'new.html', 'new.snippet.html', 'new.review.html']})
    const sitemap = await readFile(join(box.cwd, 'dist/sitemap-news.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://news.example/new</loc>')
    expect(sitemap).toContain('<news:title>New &amp; shiny</news:title>')
    expect(sitemap).not.toContain('Old story')
  })

  it('should skip the sitemap with an info line without a site URL', async () => {
    await box.write('source/new.md', article('New', 'datePublished: 2024-05-08\n'))
    const result = await box.cli(['build'], {now: () => now})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('newsld: no news sitemap without a site URL')
    expect(await readdir(join(box.cwd, 'dist'))).not.toContain('sitemap-news.xml')
  })

  it('should list the articles sorted by their names even when those sort unlike their paths', async () => {
    // From `site/`, `/…/site/b.md` sorts before `/…/z/x.md`, but `../z/x.md` before `b.md`.
    await box.write('site/b.md', article('B'))
    await box.write('z/x.md', article('X'))
    const result = await box.cli(['build', 'b.md', '../z/x.md', '-o', 'out'], {cwd: join(box.cwd, 'site')})
    expect(result.code).toBe(0)
    const manifest = JSON.parse(await readFile(join(box.cwd, 'site/out/index.json'), 'utf8')) as {articles: Array<{source: string; slug: string}>}
    expect(manifest.articles.map((entry) => [entry.source, entry.slug])).toEqual([
      ['../z/x.md', 'x'],
      ['b.md', 'b']
    ])
  })

  it('should keep the manifest sorted when a cached article has to be rebuilt over a conflict', async () => {
    for (const name of ['a', 'b', 'c']) await box.write('source/' + name + '.md', article(name.toUpperCase()))
    await box.cli(['build'])
    // `a` now takes the outputs of `b`, which is unchanged and cached.
    await box.write('source/a.md', article('A', 'slug: b\n'))
    const result = await box.cli(['build'])
    expect(result.stderr).toMatch(/^source\/b\.md.*output-conflict$/m)
    const manifest = JSON.parse(await readFile(join(box.cwd, 'dist/index.json'), 'utf8')) as {articles: Array<{source: string; outputs: string[]}>}
    expect(manifest.articles.map((entry) => [entry.source, entry.outputs.length])).toEqual([
      ['source/a.md', 4],
      ['source/b.md', 0],
      ['source/c.md', 4]
    ])
  })

  it('should write a byte-identical manifest on a second build', async () => {
    await box.write('source/a.md', article('A'))
    await box.write('source/b.md', article('B'))
    await box.cli(['build'])
    const first = await readFile(join(box.cwd, 'dist/index.json'), 'utf8')
    const second = await box.cli(['build'])
    expect(second.stderr).toContain('skipped 2')
    expect(await readFile(join(box.cwd, 'dist/index.json'), 'utf8')).toBe(first)
  })
})
