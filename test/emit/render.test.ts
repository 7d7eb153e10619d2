import {parse, parseFragment} from 'parse5'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {ArticleFields} from '../../pipeline/data.js'
import {escapeHtml, safeUrl, toScriptJson} from '../../pipeline/emit/escape.js'
import {renderJsonLd, renderOutputs, renderPage, renderSnippet} from '../../pipeline/emit/render.js'
import {processArticle} from '../../pipeline/index.js'

interface Element {
  nodeName: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: Element[]
  content?: Element
  value?: string
}

function elements(root: unknown, name: string): Element[] {
  const found: Element[] = []
  const walk = (node: Element): void => {
    if (node.nodeName === name) found.push(node)
    for (const child of node.childNodes ?? []) walk(child)
    if (node.content) walk(node.content)
  }
  walk(root as Element)
  return found
}

function textOf(node: Element): string {
  if (node.nodeName === '#text') return node.value ?? ''
  return (node.childNodes ?? []).map(textOf).join('')
}

const payload = '</script><script>alert(1)</script>'
const hostile = 'Ada Lane & the <b>race</b> ' + payload + ' \u2028\u2029 ends'

function article(): ArticleFields {
  return {
    headline: {value: hostile},
    description: {value: 'Standfirst ' + payload},
    image: {
      url: {value: 'javascript:alert(1)'},
      caption: {value: 'Caption ' + payload},
      creditText: {value: 'Credit ' + payload}
    },
    authors: [{name: {value: 'Sam <i>Reed</i>'}, url: 'https://news.example/"onmouseover="x'}],
    datePublished: {value: '2024-05-07'},
    keywords: [],
    slug: 'race',
    articleBody: 'Body ' + payload,
    wordCount: 3
  }
}

const document = {
  '@context': 'https://schema.org',
  '@graph': [{'@type': 'NewsArticle', '@id': 'urn:newsld:race#article', headline: hostile}]
}

describe('escaping', () => {
  it('should write `<`, `>`, `&`, U+2028 and U+2029 as \\u escapes that parse back to the same value', () => {
    const json = toScriptJson(document)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(json).toContain('\\u2028\\u2029')
    expect(JSON.parse(json)).toEqual(document)
  })

  it('should HTML-escape text and attribute values', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('should only allow web and relative URLs in links and images', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl('https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg')
    expect(safeUrl('images/a.jpg')).toBe('images/a.jpg')
  })
})

describe('renderJsonLd', () => {
  it('should pretty-print with two spaces and end with a newline', () => {
    const text = renderJsonLd(document)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "@context": "https://schema.org",')
    expect(JSON.parse(text)).toEqual(document)
  })
})

describe('renderSnippet', () => {
  it('should be exactly one inert script element whose text parses to the document', () => {
    const fragment = parseFragment(renderSnippet(document))
    const scripts = elements(fragment, 'script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]!.attrs).toEqual([{name: 'type', value: 'application/ld+json'}])
    expect(JSON.parse(textOf(scripts[0]!))).toEqual(document)
    expect(fragment.childNodes.filter((node) => node.nodeName !== '#text')).toHaveLength(1)
  })
})

describe('renderPage', () => {
  const page = renderPage(document, article(), [
    {role: 'heading', text: 'Sub ' + payload},
    {role: 'body', text: 'First line\nsecond line ' + payload}
  ])
  const tree = parse(page)

  it('should hold exactly one script element, in the head, parsing to the document', () => {
    const scripts = elements(tree, 'script')
    expect(scripts).toHaveLength(1)
    expect(elements(elements(tree, 'head')[0], 'script')).toHaveLength(1)
    expect(JSON.parse(textOf(scripts[0]!))).toEqual(document)
  })

  it('should show the article text escaped, exactly as written', () => {
    expect(textOf(elements(tree, 'title')[0]!)).toBe(hostile)
    expect(textOf(elements(tree, 'h1')[0]!)).toBe(hostile)
    expect(textOf(elements(tree, 'h2')[0]!)).toBe('Sub ' + payload)
    const paragraphs = elements(tree, 'p').map(textOf)
    expect(paragraphs).toContain('Standfirst ' + payload)
    expect(paragraphs).toContain('First line\nsecond line ' + payload)
    expect(textOf(elements(tree, 'figcaption')[0]!)).toBe('Caption ' + payload + ' Credit ' + payload)
    expect(elements(tree, 'b')).toHaveLength(0)
    expect(elements(tree, 'i')).toHaveLength(0)
  })

  it('should drop unsafe image URLs and keep attribute values quoted', () => {
    expect(elements(tree, 'img')).toHaveLength(0)
    const links = elements(tree, 'a')
    expect(links).toHaveLength(1)
    expect(links[0]!.attrs).toEqual([{name: 'href', value: 'https://news.example/"onmouseover="x'}])
  })
})

describe('renderOutputs', () => {
  it('should keep a hostile plain-text headline inert in every HTML output', async () => {
    const headline = 'Ada Lane & the <b>race</b> ' + payload + ' ends'
    const value = headline + '\n\nAda Lane won the race \u2028on Sunday ' + payload + '.\n'
    const result = await processArticle({value, path: 'race.txt'})
    const outputs = renderOutputs(result.file)
    expect(outputs).toBeDefined()
    const expected: unknown = JSON.parse(outputs!.jsonld)
    expect((expected as typeof document)['@graph'][0]!.headline).toBe(headline)
    for (const html of [outputs!.page, outputs!.snippet]) {
      const tree = html.startsWith('<!doctype') ? parse(html) : parseFragment(html)
      const scripts = elements(tree, 'script')
      expect(scripts).toHaveLength(1)
      expect(JSON.parse(textOf(scripts[0]!))).toEqual(expected)
    }
    expect(textOf(elements(parse(outputs!.page), 'h1')[0]!)).toBe(headline)
  })

  it('should give nothing for a file without a document', () => {
    expect(renderOutputs(new VFile())).toBeUndefined()
  })
})
