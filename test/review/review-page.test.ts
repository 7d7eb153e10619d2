import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {processArticle, type ArticleResult} from '../../pipeline/index.js'
import {readRegistry} from '../../pipeline/registry/read-registry.js'
import {collectHighlights, renderReview} from '../../pipeline/review/render-review.js'
import {chromiumPath, hasChromium, launchChromium} from '../browser/launch.js'

const seed = readFileSync(new URL('../../source/witkoff-article.md', import.meta.url), 'utf8')
const registry = readRegistry(readFileSync(new URL('../fixtures/registry/entities.yaml', import.meta.url), 'utf8'))

/** Mentions in the extracted data, counted from the slices (not from the renderer). */
function expectedMentions(result: ArticleResult) {
  const data = result.file.data
  const people = data.people!
  return {
    person: people.persons.reduce((sum, entity) => sum + entity.mentions.length, 0),
    organization: people.organizations.reduce((sum, entity) => sum + entity.mentions.length, 0),
    place: people.places.reduce((sum, entity) => sum + entity.mentions.length, 0),
    quotation: data.quotations!.quotations.reduce((sum, quotation) => sum + quotation.mentions.length, 0),
    date: data.events!.events.filter((event) => event.startDate !== undefined && event.dateMention !== undefined).length
  }
}

describe('renderReview', () => {
  it('should escape article text, names and attributes', async () => {
    // Plain text: markup in it is text, and must stay text on the page.
    const value =
      'Bridge <script>alert(1)</script> opens\n\n' +
      'Governor Ines "<b>" Ruiz said “it is <b>open</b> & free” on Monday in Portmere.\n'
    const result = await processArticle({value, path: 'x.txt'})
    const html = renderReview(result.file)!
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<b>open')
    expect(html).not.toMatch(/"<b>|<b>"/)
    expect(html).toContain('Bridge &lt;script&gt;alert(1)&lt;/script&gt; opens')
    expect(html).toContain('&lt;b&gt;open&lt;/b&gt; &amp; free')
  })

  it('should be the same bytes for the same article', async () => {
    const one = await processArticle({value: seed, path: 'source/witkoff-article.md'})
    const two = await processArticle({value: seed, path: 'source/witkoff-article.md'})
    expect(renderReview(one.file)).toBe(renderReview(two.file))
  })

  it('should highlight every mention the stages found', async () => {
    const result = await processArticle({value: seed, path: 'source/witkoff-article.md'})
    const expected = expectedMentions(result)
    const counts: Record<string, number> = {}
    for (const highlight of collectHighlights(result.file)) counts[highlight.kind] = (counts[highlight.kind] ?? 0) + 1
    expect(counts).toEqual(expected)
    expect(expected.date).toBeGreaterThan(0)
  })
})

describe.skipIf(!hasChromium)(
  hasChromium
    ? 'review page in headless Chromium'
    : 'review page in headless Chromium (skipped: ' + chromiumPath + ' is missing, the page is not checked in a browser)',
  () => {
  let folder: string
  let server: Server
  let base: string
  let result: ArticleResult

  beforeAll(async () => {
    result = await processArticle({value: seed, path: 'source/witkoff-article.md'}, {entities: registry.entries})
    folder = mkdtempSync(join(tmpdir(), 'newsld-review-'))
    const html = renderReview(result.file)!
    server = createServer((request, response) => {
      if (request.url === '/witkoff-article.review.html') {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
        response.end(html)
      } else {
        response.writeHead(404)
        response.end()
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    if (folder) rmSync(folder, {recursive: true, force: true})
  })

  it('should show every person, quotation and dated event, and the graph, without errors or requests', async () => {
    const context = await launchChromium(join(folder, 'profile'))
    try {
      const page = await context.newPage()
      const problems: string[] = []
      const requests: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(String(error)))
      page.on('request', (request) => requests.push(request.url()))
      const url = base + '/witkoff-article.review.html'
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await page.waitForLoadState('load')

      // Every highlight is in the DOM once (a highlight split by nesting keeps its id).
      const expected = expectedMentions(result)
      // (A string, run in the page: the project's types have no DOM.)
      const inPage = await page.evaluate<Record<string, number>>(`(() => {
        const ids = {}
        for (const element of document.querySelectorAll('main .m')) {
          const kind = [...element.classList].find((name) => name.startsWith('m-')).slice(2)
          ;(ids[kind] ??= new Set()).add(element.dataset.m)
        }
        return Object.fromEntries(Object.entries(ids).map(([kind, set]) => [kind, set.size]))
      })()`)
      expect(inPage).toEqual(expected)

      // Every person and every dated event is named in the panel; every quotation shows its speaker.
      const panel = await page.locator('aside').innerText()
      for (const person of result.file.data.people!.persons) expect(panel).toContain(person.name)
      for (const event of result.file.data.events!.events) {
        if (event.startDate !== undefined) expect(panel).toContain(event.name)
      }
      const speakers = await page.evaluate<string[]>(
        `[...document.querySelectorAll('main .m-quotation.first')].map((element) => getComputedStyle(element, '::before').content)`
      )
      expect(speakers.length).toBe(expected.quotation)
      expect(speakers).toContain('"Steve Witkoff"')
      expect(speakers.every((content) => content !== 'none' && content !== '""')).toBe(true)

      // The registry entry shows, and the SVG draws one box per node.
      expect(panel).toContain('https://newsld.example/entity/donald-trump')
      const graph = (result.document!['@graph'] as unknown[]).length
      expect(await page.locator('section.graph svg g.node').count()).toBe(graph)
      expect(await page.locator('section.graph svg path.edge').count()).toBeGreaterThan(10)
      const box = await page.locator('section.graph svg').boundingBox()
      expect(box?.width).toBeGreaterThan(500)

      expect(problems).toEqual([])
      expect(requests).toEqual([url])
    } finally {
      await context.close()
    }
  }, 60_000)
  }
)
