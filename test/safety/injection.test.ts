/**
 * Injection corpus: every hostile string in every place an article can put
 * text (front matter values, headline, standfirst, body, quotes, captions,
 * credits, links, images, plain text) must come out of every HTML output as
 * data — checked with parse5, the parser browsers use.
 */
import {describe, expect, it} from 'vitest'
import {renderOutputs} from '../../pipeline/emit/render.js'
import {safeUrl} from '../../pipeline/emit/escape.js'
import {processArticle} from '../../pipeline/index.js'
import {payloads} from './corpus.js'
import {inspect, problems} from './html-check.js'


/** Places in an article, each a function of the payload (and a URL-shaped variant). */
const places: Record<string, (text: string) => string> = {
  'front matter headline': (text) => matter({headline: text}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter description': (text) => matter({description: text}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter author name': (text) => matter({author: {name: text, url: 'https://news.example/a'}}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter author url': (text) => matter({author: {name: 'Sam Reed', url: text}}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter url': (text) => matter({url: text}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter image url': (text) => matter({image: text}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter image fields': (text) =>
    matter({image: {url: 'https://news.example/a.jpg', caption: text, credit: text + '/Coastal Press'}}) + '# Ada Lane wins\n\nShe won.\n',
  'front matter section, keywords, publisher': (text) =>
    matter({section: text, keywords: [text], publisher: {name: text, url: 'https://news.example/', logo: 'https://news.example/logo.png'}}) +
    '# Ada Lane wins\n\nShe won.\n',
  'front matter language and slug': (text) => matter({inLanguage: text, slug: text}) + '# Ada Lane wins\n\nShe won.\n',
  'heading and body': (text) => '# ' + text + '\n\n' + text + '\n\n## ' + text + '\n\n> ' + text + '\n\n- ' + text + '\n',
  quotation: (text) => '# Ada Lane wins\n\n“' + text + ',” Ada Lane said.\n',
  'markdown link and image': (text) => '# Ada Lane wins\n\n![' + text + '](' + text + ' "' + text + '")\n\nSee [' + text + '](' + text + ').\n',
  'raw html in markdown': (text) => '# Ada Lane wins\n\n<div>' + text + '</div>\n\nShe won <b>' + text + '</b>.\n',
  'plain text': (text) => text + '\n\n' + text + '\n\n' + text + '/Coastal Press\n\n' + text + '\n'
}

function matter(fields: Record<string, unknown>): string {
  // JSON is YAML: every value, whatever its characters, arrives as written.
  return '---\n' + Object.entries(fields).map(([key, value]) => key + ': ' + JSON.stringify(value)).join('\n') + '\n---\n'
}

describe('injection corpus', () => {
  for (const [place, make] of Object.entries(places)) {
    it('should keep hostile text in ' + place + ' inert in every output', async () => {
      let built = 0
      for (const payload of payloads) {
        const path = place === 'plain text' ? 'article.txt' : 'article.md'
        const result = await processArticle({value: make(payload), path})
        // Never an exception: an internal error would be `article-unreadable`.
        expect(result.diagnostics.map((message) => message.ruleId), payload).not.toContain('article-unreadable')
        if (!result.valid) continue
        const outputs = renderOutputs(result.file)!
        const jsonld: unknown = JSON.parse(outputs.jsonld)
        expect(problems(outputs.snippet, jsonld, true), payload).toEqual([])
        expect(problems(outputs.page, jsonld), payload).toEqual([])
        // No more elements than the same article with harmless text (line
        // breaks in the text are `<br>`s of the template; a payload with a line
        // break can start a new Markdown block, so it has no twin).
        const twin = await processArticle({value: make('harmless'), path})
        const twinOutputs = renderOutputs(twin.file)
        if (twinOutputs && !payload.includes('\n')) {
          const count = (html: string) => inspect(html).elements.filter((element) => element.tag !== 'br').length
          expect(count(outputs.page), payload).toBeLessThanOrEqual(count(twinOutputs.page))
        }
        built++
      }
      // Most payloads are valid text somewhere: the check must have run.
      if (!/url|language/.test(place)) expect(built).toBeGreaterThan(payloads.length / 2)
    })
  }

  it('should build the articles whose text is hostile but valid, keeping the text as text', async () => {
    const result = await processArticle({value: places['front matter headline']!(payloads[0]!), path: 'a.md'})
    expect(result.valid).toBe(true)
    const outputs = renderOutputs(result.file)!
    const h1 = inspect(outputs.page).elements.find((element) => element.tag === 'h1')!
    expect(h1.text).toBe(payloads[0])
    expect(outputs.snippet).not.toContain('</script><script>')
    expect((JSON.parse(outputs.jsonld) as {'@graph': Array<{headline: string}>})['@graph'][0]!.headline).toBe(payloads[0])
  })

  it('should drop raw HTML written in Markdown, never render it', async () => {
    const result = await processArticle({value: places['raw html in markdown']!('<i>x</i>'), path: 'a.md'})
    const outputs = renderOutputs(result.file)!
    expect(inspect(outputs.page).elements.map((element) => element.tag)).not.toContain('div')
    expect(outputs.page).not.toContain('<b>')
  })
})

describe('safeUrl', () => {
  it('should refuse every scripting URL a browser would run', () => {
    for (const url of payloads.filter((payload) => /script|data:/i.test(payload) && !payload.startsWith('<'))) {
      const safe = safeUrl(url)
      if (safe !== undefined) expect(/^[a-z][a-z\d+.-]*:/i.test(safe.replace(/[\t\n\r]/g, '')), url).toBe(false)
    }
    expect(safeUrl('java\nscript:alert(1)')).toBeUndefined()
    expect(safeUrl('java\tscript:alert(1)')).toBeUndefined()
    expect(safeUrl('https://news.example/a b.jpg')).toBeUndefined()
    expect(safeUrl(' https://news.example/a.jpg ')).toBe('https://news.example/a.jpg')
  })
})
