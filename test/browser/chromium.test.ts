/**
 * A real browser: build the seed and hostile articles into a temporary
 * `dist/`, serve it on loopback, open every page and snippet in Debian's
 * Chromium (headless, driven by playwright-core), and check what the browser
 * sees: the JSON-LD scripts parse to exactly the `.jsonld`, no script from
 * article text ran (`window.__pwned`), no dialog, no console error.
 *
 * Skips, saying why, where Chromium is not installed (`.ci/run` installs it).
 */
import {copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {extname, join} from 'node:path'
import type {BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../pipeline/cli/run.js'
import {payloads} from '../safety/corpus.js'
import {chromiumPath, hasChromium, launchChromium} from './launch.js'

const available = hasChromium
if (!available) {
  console.warn(
    'Skipping the browser tests: no Chromium at `' + chromiumPath + '` (install it with `apt-get install -y chromium`, as .ci/run does).'
  )
}

/** A GIF of one pixel: what every request off loopback gets. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

let folder: string
let server: Server
let base: string
let context: BrowserContext | undefined
let pages: string[] = []

/** Hostile front matter and text: one article per payload. */
function hostile(payload: string, index: number): string {
  const json = JSON.stringify(payload)
  return (
    '---\n' +
    `headline: ${json}\ndescription: ${json}\nauthor: {name: ${json}, url: ${json}}\n` +
    `image: {url: ${json}, caption: ${json}, credit: ${JSON.stringify(payload + '/Coastal Press')}}\n` +
    `section: ${json}\nkeywords: [${json}]\nslug: hostile-${index}\n---\n\n` +
    `# ${payload}\n\n${payload}\n\n“${payload},” Ada Lane said.\n\n[${payload}](${payload})\n`
  )
}

beforeAll(async () => {
  if (!available) return
  folder = await mkdtemp(join(tmpdir(), 'newsld-browser-'))
  await mkdir(join(folder, 'source'))
  await copyFile(new URL('../../source/witkoff-article.md', import.meta.url), join(folder, 'source/witkoff-article.md'))
  for (const [index, payload] of payloads.entries()) {
    if (payload.includes('\0')) continue
    await writeFile(join(folder, 'source', 'hostile-' + index + '.md'), hostile(payload, index))
    // Front matter cannot hold every payload as a URL: also one with only text fields.
    await writeFile(
      join(folder, 'source', 'text-' + index + '.md'),
      hostile(payload, index).replace(/url: [^,}\n]+/g, 'url: https://news.example/a').replace('slug: hostile-', 'slug: text-')
    )
  }
  const quiet = {write: () => true}
  await run(['build', 'source', '-o', 'dist'], {stdout: quiet, stderr: quiet, cwd: folder})
  pages = (await readdir(join(folder, 'dist'))).filter((name) => name.endsWith('.html')).sort()

  server = createServer(async (request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname.slice(1))
    if (name === '__naive.html') {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(naive)
      return
    }
    if (!pages.includes(name)) {
      response.writeHead(name === 'favicon.ico' ? 204 : 404).end()
      return
    }
    const body = await readFile(join(folder, 'dist', name))
    response.writeHead(200, {'content-type': extname(name) === '.html' ? 'text/html; charset=utf-8' : 'text/plain'}).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port + '/'

  context = await launchChromium(join(folder, 'profile'))
  // Nothing leaves loopback: images on other hosts get one pixel.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.fulfill({status: 200, contentType: 'image/gif', body: pixel})
  )
}, 120_000)

afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  if (folder) await rm(folder, {recursive: true, force: true})
})

interface Seen {
  scripts: Array<{type: string | null; text: string}>
  pwned: unknown
  handlers: string[]
}

/** What the page holds once the browser has run it (evaluated in the page, hence a string). */
async function look(page: import('playwright-core').Page): Promise<Seen> {
  return (await page.evaluate(`({
    scripts: [...document.querySelectorAll('script')].map((script) => ({type: script.getAttribute('type'), text: script.textContent ?? ''})),
    pwned: window.__pwned,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((attribute) => attribute.name).filter((name) => name.startsWith('on')))
  })`)) as Seen
}

/** A page as a naive tool writes it (JSON-LD not escaped): the check must see its script run. */
const naive =
  '<!doctype html><title>naive</title><script type="application/ld+json">{"headline": "</script><script>window.__pwned=1</script>"}</script>'

describe.skipIf(!available)('every built page in Chromium', () => {
  it('should catch script breakout in a naively escaped page (the check can fail)', async () => {
    const page = await context!.newPage()
    await page.goto(base + '__naive.html')
    const seen = await look(page)
    expect(seen.pwned).toBe(1)
    expect(seen.scripts.length).toBe(2)
    await page.close()
  })

  it('should have built the seed, the hostile articles, their snippets and review pages', () => {
    expect(pages).toContain('witkoff-article.html')
    expect(pages).toContain('witkoff-article.snippet.html')
    expect(pages).toContain('witkoff-article.review.html')
    expect(pages.filter((name) => name.startsWith('text-') && !name.includes('snippet')).length).toBeGreaterThan(payloads.length / 2)
  })

  it('should parse every ld+json script to exactly the .jsonld, and run no script from article text', async () => {
    expect(context).toBeDefined()
    for (const name of pages) {
      const page = await context!.newPage()
      const dialogs: string[] = []
      const errors: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      const response = await page.goto(base + encodeURIComponent(name), {waitUntil: 'load'})
      expect(response?.status(), name).toBe(200)
      const seen = await look(page)
      if (name.endsWith('.review.html')) {
        // The review page carries no script at all, article text included.
        expect(seen.scripts, name).toEqual([])
      } else {
        const jsonld: unknown = JSON.parse(await readFile(join(folder, 'dist', name.replace(/(\.snippet)?\.html$/, '.jsonld')), 'utf8'))
        expect(seen.scripts.map((script) => script.type), name).toEqual(['application/ld+json'])
        expect(JSON.parse(seen.scripts[0]!.text), name).toEqual(jsonld)
      }
      expect(seen.pwned, name).toBeUndefined()
      expect(seen.handlers, name).toEqual([])
      expect(dialogs, name).toEqual([])
      expect(errors, name).toEqual([])
      await page.close()
    }
  }, 180_000)
})
