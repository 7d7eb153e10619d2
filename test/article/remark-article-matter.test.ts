import {describe, expect, it} from 'vitest'
import {places, runArticle} from './process.js'

describe('remarkArticleMatter', () => {
  it('should parse front matter with the source position of every value', async () => {
    const file = await runArticle(
      [
        '---',
        'headline: Mayor opens bridge',
        'datePublished: 2025-03-04',
        'author:',
        '  - name: Ada Lane',
        '    url: https://example.test/ada',
        '---',
        '',
        'Body text.'
      ].join('\n')
    )
    expect(file.data.matter).toEqual({
      headline: 'Mayor opens bridge',
      datePublished: '2025-03-04',
      author: [{name: 'Ada Lane', url: 'https://example.test/ada'}]
    })
    const positions = file.data.matterPositions!
    expect(positions['headline']).toMatchObject({start: {line: 2, column: 11, offset: 14}, end: {line: 2, column: 29}})
    expect(positions['datePublished']).toMatchObject({start: {line: 3, column: 16}, end: {line: 3, column: 26}})
    expect(positions['author/0/name']).toMatchObject({start: {line: 5, column: 11}})
    expect(positions['author/0/url']).toMatchObject({start: {line: 6, column: 10}})
    const value = String(file.value)
    const date = positions['datePublished']!
    expect(value.slice(date.start.offset, date.end.offset)).toBe('2025-03-04')
  })

  it('should keep an unquoted date as written, not as a Date', async () => {
    const file = await runArticle('---\ndatePublished: 2025-08-17\n---\n# Head\n\nBody.\n')
    expect(file.data.matter!['datePublished']).toBe('2025-08-17')
    expect(file.data.article!.datePublished?.value).toBe('2025-08-17')
  })

  it('should report malformed YAML as a fatal message at its line and column, without throwing', async () => {
    const file = await runArticle('---\nheadline: Mayor opens bridge\nkeywords: [roads, city\n---\n# Head\n\nBody.\n')
    const message = file.messages.find((message) => message.ruleId === 'matter-invalid-yaml')
    expect(message).toBeDefined()
    expect(message!.fatal).toBe(true)
    expect(message!.line).toBe(3)
    expect(message!.column).toBeGreaterThan(1)
    expect(message!.reason).toMatch(/^Cannot parse the front matter: /)
    expect(message!.source).toBe('remark-article-matter')
    expect(file.data.matter).toEqual({})
    // The rest of the article is still read.
    expect(file.data.article!.headline?.value).toBe('Head')
  })

  it('should report a duplicated key with the line of the second one', async () => {
    const file = await runArticle('---\nheadline: One\nheadline: Two\n---\nBody.\n')
    expect(places(file)).toContain('matter-invalid-yaml@3:1')
  })

  it('should report front matter that is not a mapping', async () => {
    const file = await runArticle('---\n- one\n- two\n---\n# Head\n\nBody.\n')
    expect(places(file)).toContain('matter-not-mapping@1:1')
    expect(file.data.matter).toEqual({})
  })

  it('should merge metadata handed over by a CMS over the front matter, dropping replaced positions', async () => {
    const file = await runArticle('---\ndatePublished: 2025-01-01\nsection: City\n---\n# Head\n\nBody.\n', {
      matter: {datePublished: '2025-08-17', url: 'https://example.test/a'}
    })
    expect(file.data.matter).toEqual({datePublished: '2025-08-17', section: 'City', url: 'https://example.test/a'})
    expect(file.data.matterPositions!['datePublished']).toBeUndefined()
    expect(file.data.matterPositions!['section']).toMatchObject({start: {line: 3, column: 10}})
    expect(file.data.article!.datePublished).toEqual({value: '2025-08-17'})
  })

  it('should read front matter at the top of a plain-text article too', async () => {
    const file = await runArticle('---\ndatePublished: yesterday\n---\nMayor opens bridge\n\nBody.\n', {format: 'text'})
    expect(file.data.matter).toEqual({datePublished: 'yesterday'})
    expect(places(file)).toContain('date-published-invalid@2:16')
    expect(file.data.article!.headline?.value).toBe('Mayor opens bridge')
  })
})
