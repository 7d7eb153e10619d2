/**
 * `npm run eval [dir…]`: run the pipeline on annotated articles and print
 * extraction figures.
 *
 * A folder holds `<id>.txt|md` articles (directly or under `articles/`) and
 * their annotations as `gold/<id>.json` or `<id>.gold.json`. Without
 * arguments it reads `../shared/seed` and `../shared/corpus`; a folder that is
 * absent is noted and skipped, so a fresh machine exits 0.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {processArticle, type ArticleResult} from '../../pipeline/index.js'
import {scoreEvents} from './score-events.js'
import {scorePersons} from './score-persons.js'
import {scoreQuotations} from './score-quotations.js'
import type {EvalCase, Gold} from './types.js'

const root = path.resolve(import.meta.dirname, '../..')
const defaults = [path.join(root, '../shared/seed'), path.join(root, '../shared/corpus')]

/** Find the annotated articles in a folder. */
export function loadCases(dir: string): Array<{id: string; articlePath: string; gold: Gold}> {
  const articles = existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir
  const cases: Array<{id: string; articlePath: string; gold: Gold}> = []
  for (const name of readdirSync(articles).sort()) {
    const match = /^(.+)\.(txt|md)$/.exec(name)
    if (!match) continue
    const id = match[1]!
    const goldPath = [path.join(dir, 'gold', `${id}.json`), path.join(dir, `${id}.gold.json`)].find((p) =>
      existsSync(p)
    )
    if (!goldPath) continue
    cases.push({id, articlePath: path.join(articles, name), gold: JSON.parse(readFileSync(goldPath, 'utf8')) as Gold})
  }
  return cases
}

/** Run the pipeline on one annotated article, handing over `datePublished` as a CMS would. */
export async function runCase(articlePath: string, gold: Gold): Promise<ArticleResult> {
  const value = readFileSync(articlePath, 'utf8')
  const matter = gold.datePublished ? {datePublished: gold.datePublished} : undefined
  return processArticle({value, path: articlePath}, {matter})
}

async function main(argv: string[]): Promise<void> {
  const explicit = argv.length > 0
  const dirs = explicit ? argv.map((dir) => path.resolve(dir)) : defaults
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.log(`${path.relative(process.cwd(), dir) || dir}: not found, skipped (the annotated corpus is not on this machine)`)
      if (explicit) process.exitCode = 1
      continue
    }
    const cases: EvalCase[] = []
    for (const {id, articlePath, gold} of loadCases(dir)) {
      cases.push({id, gold, result: await runCase(articlePath, gold)})
    }
    console.log(`\n${path.relative(process.cwd(), dir) || dir}: ${cases.length} articles`)
    for (const line of [...scorePersons(cases), ...scoreQuotations(cases), ...scoreEvents(cases)]) {
      console.log(line)
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main(process.argv.slice(2))
}
