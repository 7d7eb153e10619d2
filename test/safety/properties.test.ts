/**
 * Property-based tests: for arbitrary article text and front matter, the
 * pipeline returns a document that passes its own validation, or
 * diagnostics — never an exception — and every emitted script parses to
 * exactly the `.jsonld`.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {renderOutputs} from '../../pipeline/emit/render.js'
import {processArticle} from '../../pipeline/index.js'
import {validateDocument} from '../../pipeline/validate/ajv.js'
import {graphLayer} from '../../pipeline/validate/graph-layer.js'
import {payloads} from './corpus.js'
import {problems} from './html-check.js'

/** Pieces that mean something to Markdown, YAML, quotes, HTML or the extractors. */
const token = fc.constantFrom(
  '# ', '## ', '> ', '- ', '1. ', '* ', '**', '_', '`', '[', '](', ')', '![', '\n', '\n\n', '---\n', '    ',
  '“', '”', '‘', '’', '"', "'", '«', '»', '…', ' said ', ' told reporters', 'Ada Lane', 'Governor Ines Ruiz',
  'Mr. ', ' on Monday', ' in Portmere', '2024-05-07', '.', ',', ':', ' ', '<', '>', '&', '</script>', '<!--',
  '\u2028', '\u00AD', '\r\n', '\t', 'é', '😀', '\uFEFF', 'https://news.example/a', 'javascript:', '|', '\\'
)
const text = fc.oneof(
  fc.array(fc.oneof(token, fc.string({maxLength: 8}), fc.constantFrom(...payloads)), {maxLength: 60}).map((parts) => parts.join('')),
  fc.string({unit: 'binary', maxLength: 200})
)

const keys = fc.constantFrom(
  'headline', 'title', 'description', 'datePublished', 'date', 'dateModified', 'author', 'authors', 'publisher',
  'url', 'section', 'keywords', 'tags', 'inLanguage', 'lang', 'slug', 'image', 'other'
)
const scalar = fc.oneof(
  fc.string({maxLength: 30}),
  fc.constantFrom('2024-05-07', '2024-05-07T09:30:00Z', 'yesterday', 'https://news.example/a', 'en', 'Ada Lane', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)
const value = fc.oneof(
  scalar,
  fc.array(scalar, {maxLength: 3}),
  fc.dictionary(fc.constantFrom('name', 'url', 'logo', 'caption', 'credit', 'width', 'height', 'x'), scalar, {maxKeys: 4})
)
/** Front matter as JSON, which is YAML: any value arrives as generated. */
const matter = fc.dictionary(keys, value, {maxKeys: 6}).map((fields) => {
  const lines = Object.entries(fields).map(([key, item]) => key + ': ' + JSON.stringify(item))
  return '---\n' + lines.join('\n') + '\n---\n'
})
/** Raw YAML-ish text between fences, most of it broken. */
const rawMatter = text.map((body) => '---\n' + body.replace(/^---$/gm, '- - -') + '\n---\n')

const article = fc.tuple(fc.oneof(matter, rawMatter, fc.constant('')), text, fc.boolean())

describe('any article', () => {
  it('should give a valid document or diagnostics, never an exception, and safe outputs', async () => {
    let valid = 0
    let invalid = 0
    await fc.assert(
      fc.asyncProperty(article, async ([front, body, plain]) => {
        const value = front + body
        const result = await processArticle({value, path: plain ? 'a.txt' : 'a.md'})
        const rules = result.diagnostics.map((message) => message.ruleId)
        // An exception inside the pipeline is caught and reported as `article-unreadable`.
        expect(rules).not.toContain('article-unreadable')
        if (!result.valid) {
          invalid++
          expect(result.diagnostics.some((message) => message.fatal === true)).toBe(true)
          return
        }
        valid++
        const document = result.document!
        expect(validateDocument(document), JSON.stringify(validateDocument.errors)).toBe(true)
        expect(graphLayer.check(document, {})).toEqual([])
        const outputs = renderOutputs(result.file)!
        const jsonld: unknown = JSON.parse(outputs.jsonld)
        expect(jsonld).toEqual(document)
        expect(problems(outputs.snippet, jsonld, true)).toEqual([])
        expect(problems(outputs.page, jsonld)).toEqual([])
      }),
      {numRuns: 150}
    )
    // Both sides of the property were exercised.
    expect(valid).toBeGreaterThan(20)
    expect(invalid).toBeGreaterThan(5)
  })

  it('should give the same outputs for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(article, async ([front, body]) => {
        const first = await processArticle({value: front + body, path: 'a.md'})
        const second = await processArticle({value: front + body, path: 'a.md'})
        expect(second.diagnostics.map(String)).toEqual(first.diagnostics.map(String))
        expect(renderOutputs(second.file)).toEqual(renderOutputs(first.file))
      }),
      {numRuns: 40}
    )
  })
})
