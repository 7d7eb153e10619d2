/**
 * Development aid: print each quotation of an article with its speaker and
 * attribution, next to the gold speaker when a gold file sits beside it.
 * `npx tsx test/quotations/trace-quotes.ts <article.txt>…`
 */
import {existsSync, readFileSync} from 'node:fs'
import {processArticle} from '../../pipeline/index.js'

for (const path of process.argv.slice(2)) {
  const {file} = await processArticle({value: readFileSync(path, 'utf8'), path})
  const goldPath = path.replace('/articles/', '/gold/').replace(/\.txt$/, '.json')
  const gold = existsSync(goldPath)
    ? (JSON.parse(readFileSync(goldPath, 'utf8')) as {quotations: Array<{text: string; speaker: string | null}>})
    : undefined
  const names = new Map<string, string>()
  for (const person of file.data.people?.persons ?? []) names.set(person.key, person.name)
  for (const org of file.data.people?.organizations ?? []) names.set(org.key, org.name)
  console.log(path)
  for (const quote of file.data.quotations?.quotations ?? []) {
    const speaker = quote.speaker ? names.get(quote.speaker) ?? quote.speaker : null
    const expected = gold?.quotations.find((item) => item.text.slice(0, 30) === quote.text.slice(0, 30))
    const mark = expected === undefined ? '?' : expected.speaker === speaker ? ' ' : 'X'
    console.log(`${mark} ${quote.text.slice(0, 50).padEnd(50)} → ${speaker} ${expected && mark === 'X' ? `(gold ${expected.speaker})` : ''} via ${quote.attribution?.text ?? '-'}`)
  }
}
