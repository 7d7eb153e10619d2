import {describe, expect, it} from 'vitest'
import * as api from '../../pipeline/index.js'

describe('the public API (pipeline/index.ts)', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'catalogue',
      'createProcessor',
      'escapeXml',
      'formatOf',
      'loadConfig',
      'parseConfig',
      'plainTextParse',
      'processArticle',
      'processorOptionsOf',
      'remarkArticle',
      'remarkArticleMatter',
      'remarkEvents',
      'remarkGraph',
      'remarkParseBlocks',
      'remarkPeople',
      'remarkQuotations',
      'remarkValidate',
      'renderManifest',
      'renderNewsSitemaps',
      'renderOutputs'
    ])
  })

  it('should let the stages be used as plugins in a pipeline of one’s own', async () => {
    const {unified} = await import('unified')
    const {default: remarkParse} = await import('remark-parse')
    const {default: remarkFrontmatter} = await import('remark-frontmatter')
    const {VFile} = await import('vfile')
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(api.remarkArticleMatter)
      .use(api.remarkArticle)
      .use(api.remarkPeople)
      .use(api.remarkQuotations)
      .use(api.remarkEvents)
      .use(api.remarkGraph, {siteUrl: 'https://news.example/'})
      .use(api.remarkValidate)
    const file = new VFile({value: '---\ndatePublished: 2024-05-07\n---\n\n# Ada Lane wins\n\nAda Lane won on Sunday.\n', path: 'win.md'})
    await processor.run(processor.parse(file), file)
    const expected = await api.processArticle({value: String(file.value), path: 'win.md'}, {siteUrl: 'https://news.example/'})
    expect(file.data.jsonLd).toEqual(expected.document)
    expect(file.messages.filter((message) => message.fatal === true)).toEqual([])
  })
})
