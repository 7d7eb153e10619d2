/**
 * A real consumer: independent structured-data readers, not our code, read
 * the built page and find the headline, date, image and author.
 *
 * * `@marbec/web-auto-extractor` (a maintained fork of web-auto-extractor,
 *   with its own HTML tokenizer) pulls the JSON-LD out of the HTML;
 * * `@adobe/structured-data-validator` checks what it extracted against
 *   Google's rich-result rules for the types it knows (Person,
 *   Organization, ImageObject) — without schema.org's vocabulary file,
 *   which would need the network.
 */
import WebAutoExtractor from '@marbec/web-auto-extractor'
import Validator from '@adobe/structured-data-validator'
import {describe, expect, it} from 'vitest'
import {renderOutputs} from '../../pipeline/emit/render.js'
import {processArticle} from '../../pipeline/index.js'

const value = `---
headline: Harbour bridge opens after four years of work
description: Governor Ines Ruiz cut the ribbon on Monday.
datePublished: 2024-05-07T09:30:00+02:00
url: https://news.example/2024/05/harbour-bridge
author: {name: Sam Reed, url: https://news.example/staff/sam-reed}
publisher: {name: Example News, url: https://news.example/, logo: https://news.example/logo.png}
image: {url: https://news.example/img/bridge.jpg, caption: The new bridge at dawn, credit: Tom Hale/Coastal Press, width: 1600, height: 900}
---

# Harbour bridge opens after four years of work

Governor Ines Ruiz cut the ribbon on Monday.

“It is a good day for the harbour,” Ruiz told reporters in Portmere.
`

interface Extracted {
  jsonld: Record<string, Array<Record<string, unknown>>>
}

async function build() {
  const result = await processArticle({value, path: 'harbour-bridge.md'})
  expect(result.valid, result.diagnostics.map(String).join('\n')).toBe(true)
  // Google's guidance is met: no warning at all.
  expect(result.diagnostics.filter((message) => message.fatal === false).map(String)).toEqual([])
  return renderOutputs(result.file)!
}

function read(html: string): Extracted {
  const Extractor = ((WebAutoExtractor as unknown as {default?: unknown}).default ?? WebAutoExtractor) as new (options: object) => {
    parse(html: string): Extracted
  }
  return new Extractor({addLocation: false, embedSource: false}).parse(html)
}

describe('an independent structured-data reader', () => {
  for (const output of ['page', 'snippet'] as const) {
    it('should find headline, date, image and author in the ' + output, async () => {
      const outputs = await build()
      const extracted = read(outputs[output])
      const [article] = extracted.jsonld['NewsArticle'] ?? []
      expect(article).toBeDefined()
      expect(article!['headline']).toBe('Harbour bridge opens after four years of work')
      expect(article!['datePublished']).toBe('2024-05-07T09:30:00+02:00')
      expect(article!['image']).toMatchObject({'@type': 'ImageObject', url: 'https://news.example/img/bridge.jpg'})
      expect(article!['author']).toEqual([
        {
          '@type': 'Person',
          '@id': 'https://news.example/2024/05/harbour-bridge#person-sam-reed',
          name: 'Sam Reed',
          url: 'https://news.example/staff/sam-reed'
        }
      ])
      expect(article!['publisher']).toMatchObject({name: 'Example News', logo: {url: 'https://news.example/logo.png'}})
    })
  }

  it('should find no error by Google’s rules in what it read', async () => {
    const outputs = await build()
    const extracted = read(outputs.page)
    const issues = (await new Validator().validate(extracted)) as Array<{severity: string; issueMessage: string}>
    expect(issues.filter((issue) => issue.severity === 'ERROR')).toEqual([])
  })

  it('should not find an article where there is none (the reader can fail)', () => {
    expect(read('<!doctype html><title>Harbour</title><p>No data.</p>').jsonld['NewsArticle']).toBeUndefined()
  })
})
