import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import {processArticle} from '../../pipeline/index.js'
import {roles, runArticle} from './process.js'

const root = new URL('../../', import.meta.url)
const plain = readFileSync(new URL('test/fixtures/seed/witkoff-article.txt', root), 'utf8')
const markdown = readFileSync(new URL('source/witkoff-article.md', root), 'utf8')
const gold = JSON.parse(readFileSync(new URL('test/fixtures/seed/witkoff-article.gold.json', root), 'utf8')) as {
  headline: string
  description: string
  datePublished: string
}

const headline = 'Putin Ready to Allow NATO-Like Security Agreement for Ukraine, Witkoff Claims'
const description =
  'Trump’s Middle East envoy called the potential for an agreement a “breakthrough” in negotiations to end the protracted war.'
const caption = "President Donald Trump, right, shakes the hand of Russia's President Vladimir Putin"

/** The fields both forms must agree on, without source positions. */
function summary(file: VFile) {
  const article = file.data.article!
  return {
    headline: article.headline?.value,
    description: article.description?.value,
    caption: article.image?.caption?.value,
    creditText: article.image?.creditText?.value,
    creator: article.image?.creator?.value,
    creditOrganization: article.image?.creditOrganization?.value,
    datePublished: article.datePublished?.value,
    articleBody: article.articleBody,
    wordCount: article.wordCount,
    slug: article.slug,
    roles: roles(file)
  }
}

describe('the seed article', () => {
  it('should give the exact headline, description, caption and credit from plain text', async () => {
    const file = await runArticle(plain, {format: 'text', path: 'witkoff-article.txt', matter: {datePublished: '2025-08-17'}})
    const article = file.data.article!
    expect(article.headline?.value).toBe(headline)
    expect(article.headline?.value).toBe(gold.headline)
    expect(article.description?.value).toBe(description)
    expect(article.description?.value).toBe(gold.description)
    expect(article.image?.caption?.value).toBe(caption)
    expect(article.image?.creditText?.value).toBe('Sergei Bulkin/AP')
    expect(article.image?.creator?.value).toBe('Sergei Bulkin')
    expect(article.image?.creditOrganization?.value).toBe('AP')
    expect(article.image?.url).toBeUndefined()
    expect(article.datePublished?.value).toBe(gold.datePublished)
    expect(article.slug).toBe('witkoff-article')
    expect(roles(file).slice(0, 5).map(([role]) => role)).toEqual(['headline', 'standfirst', 'caption', 'credit', 'body'])
    expect(article.articleBody.startsWith('President Donald Trump’s Middle East envoy, Steve Witkoff, claimed on Sunday')).toBe(true)
    expect(article.articleBody).not.toContain('Sergei Bulkin/AP')
    expect(article.wordCount).toBeGreaterThan(500)
    expect(file.messages).toEqual([])
  })

  it('should point the credit people at their place in the source', async () => {
    const file = await runArticle(plain, {format: 'text', matter: {datePublished: '2025-08-17'}})
    const image = file.data.article!.image!
    expect(image.creator?.position).toMatchObject({start: {line: 7, column: 1}, end: {line: 7, column: 14}})
    expect(image.creditOrganization?.position).toMatchObject({start: {line: 7, column: 15}, end: {line: 7, column: 17}})
    expect(plain.slice(image.creator!.position!.start.offset, image.creator!.position!.end.offset)).toBe('Sergei Bulkin')
  })

  it('should give the same article from the Markdown source in `source/`', async () => {
    const fromText = await runArticle(plain, {format: 'text', path: 'witkoff-article.txt', matter: {datePublished: '2025-08-17'}})
    const fromMarkdown = await runArticle(markdown, {path: 'source/witkoff-article.md'})
    expect(summary(fromMarkdown)).toEqual(summary(fromText))
    expect(fromMarkdown.data.article!.datePublished).toMatchObject({value: '2025-08-17', position: {start: {line: 2, column: 16}}})
    expect(fromMarkdown.data.text!.value).toBe(fromText.data.text!.value)
    expect(fromMarkdown.messages).toEqual([])
  })

  it('should run through the whole pipeline with the format picked from the path', async () => {
    const result = await processArticle({value: plain, path: 'witkoff-article.txt'}, {matter: {datePublished: '2025-08-17'}})
    expect(result.file.data.article?.headline?.value).toBe(headline)
    expect(result.file.data.article?.image?.creditText?.value).toBe('Sergei Bulkin/AP')
  })
})
