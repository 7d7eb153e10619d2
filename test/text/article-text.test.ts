import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../../pipeline/article/plain-text-parse.js'
import {buildArticleText, defaultBlocks} from '../../pipeline/text/article-text.js'

function markdownText(value: string) {
  const file = new VFile(value)
  const tree = unified().use(remarkParse).parse(file)
  return buildArticleText(defaultBlocks(tree), file)
}

describe('buildArticleText', () => {
  it('should read a block across inline markup as one string', () => {
    const text = markdownText('# Head\n\n**Ada Lane** said: “We [won](https://x.test) *today*.”\n')
    expect(text.value).toBe('Head\n\nAda Lane said: “We won today.”')
    expect(text.blocks.map((block) => block.role)).toEqual(['headline', 'body'])
  })

  it('should map offsets back to source lines and columns through markup', () => {
    const source = '# Head\n\nIntro line.\n\n**Ada Lane** said: “We [won](https://x.test) *today*.”\n'
    const text = markdownText(source)
    const start = text.value.indexOf('won')
    const position = text.toPosition(start, start + 3)
    expect(position?.start).toMatchObject({line: 5, column: 25})
    expect(source.slice(position!.start.offset!, position!.end.offset!)).toBe('won')
    const name = text.value.indexOf('Ada Lane')
    const namePosition = text.toPosition(name, name + 8)
    expect(source.slice(namePosition!.start.offset!, namePosition!.end.offset!)).toBe('Ada Lane')
  })

  it('should find the block that holds an offset', () => {
    const text = markdownText('# Head\n\nOne.\n\nTwo.\n')
    expect(text.blockAt(text.value.indexOf('Two'))?.start).toBe(text.value.indexOf('Two'))
    expect(text.blockAt(text.value.indexOf('\n\nTwo'))).toBeUndefined()
  })
})

describe('parsePlainText', () => {
  it('should make the first line the headline and blank-line blocks paragraphs, literally', () => {
    const tree = parsePlainText('A *headline*\n\nFirst para\nstill first.\n\n# not a heading\n')
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph'])
    const file = new VFile('A *headline*\n\nFirst para\nstill first.\n\n# not a heading\n')
    const text = buildArticleText(defaultBlocks(tree), file)
    expect(text.value).toBe('A *headline*\n\nFirst para\nstill first.\n\n# not a heading')
    const offset = text.value.indexOf('still')
    expect(text.toPoint(offset)).toMatchObject({line: 4, column: 1})
  })

  it('should read YAML front matter at the start as a yaml node', () => {
    const tree = parsePlainText('---\ndatePublished: 2025-01-02\n---\nHeadline\n\nBody.')
    expect(tree.children[0]).toMatchObject({type: 'yaml', value: 'datePublished: 2025-01-02'})
    expect(tree.children[1]).toMatchObject({type: 'heading'})
  })
})
