/**
 * Development eval for the quotations stage alone: runs article → quotations
 * with `PeopleData` built from the gold persons (plus the gold organisation
 * speakers), so attribution can be measured without the people stage.
 *
 * `npx tsx test/quotations/dev-eval.ts [dir…]` (default: ../shared/seed and ../shared/corpus).
 * `QUOTES_VERBOSE=1` lists the errors.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {plainTextParse} from '../../pipeline/article/plain-text-parse.js'
import {remarkArticle} from '../../pipeline/article/remark-article.js'
import {remarkQuotations} from '../../pipeline/quotations/remark-quotations.js'
import {loadCases} from '../eval/eval.js'
import {scoreQuotations} from '../eval/score-quotations.js'
import type {EvalCase, Gold} from '../eval/types.js'
import {buildPeople} from './people-fixture.js'

function goldPeople(gold: Gold) {
  return function (_tree: Root, file: VFile): undefined {
    const names = new Set(gold.persons.map((person) => person.name))
    const organizations = [...new Set(gold.quotations.map((q) => q.speaker).filter((s): s is string => s !== null && !names.has(s)))]
    file.data.people = buildPeople(file.data.text!, {
      persons: gold.persons.map((person) => ({name: person.name, aliases: person.aliases, ...(person.jobTitle ? {jobTitle: person.jobTitle} : {})})),
      organizations: organizations.map((name) => ({name}))
    })
  }
}

const root = path.resolve(import.meta.dirname, '../..')
const argv = process.argv.slice(2)
const dirs = argv.length > 0 ? argv : [path.join(root, '../shared/seed'), path.join(root, '../shared/corpus')]
for (const dir of dirs) {
  if (!existsSync(dir)) continue
  const cases: EvalCase[] = []
  for (const {id, articlePath, gold} of loadCases(dir)) {
    const file = new VFile({value: readFileSync(articlePath, 'utf8'), path: articlePath})
    const processor = unified()
      .use(plainTextParse)
      .use(remarkArticle)
      .use(() => goldPeople(gold))
      .use(remarkQuotations) as unknown as Processor<Root, Root, Root>
    const tree = processor.parse(file)
    await processor.run(tree, file)
    cases.push({id, gold, result: {document: undefined, valid: false, diagnostics: file.messages, file}})
  }
  console.log(`\n${dir}: ${cases.length} articles (gold people)`)
  for (const line of scoreQuotations(cases)) console.log(line)
}
