/**
 * Cost of the people stage per article: `npx tsx test/people/bench-people.ts [file]`.
 *
 * Times N runs of remark-parse alone, of the article stage, and of the
 * article stage plus `extractPeople`, on the seed (or a given file).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {remarkArticle} from '../../pipeline/article/remark-article.js'
import {extractPeople} from '../../pipeline/people/extract-people.js'

const file = process.argv[2] ?? path.resolve(import.meta.dirname, '../fixtures/seed/witkoff-article.txt')
const value = readFileSync(file, 'utf8')
const runs = 1000
const parser = unified().use(remarkParse)
const articleStage = remarkArticle()

function time(label: string, run: () => void): number {
  for (let index = 0; index < 100; index++) run()
  const start = performance.now()
  for (let index = 0; index < runs; index++) run()
  const each = (performance.now() - start) / runs
  console.log(`${label.padEnd(28)} ${each.toFixed(3)} ms`)
  return each
}

const parse = time('remark-parse', () => {
  parser.parse(new VFile({value}))
})
const prepared = new VFile({value})
const tree = parser.parse(prepared)
articleStage(tree, prepared)
const text = prepared.data.text!
const people = time('people stage (extract only)', () => {
  extractPeople(text)
})
console.log(`people / remark-parse       ${(people / parse).toFixed(2)}× (${value.length} characters)`)
