import {unified} from 'unified'
import remarkParse from 'remark-parse'
const n = Number(process.argv[3] ?? 10000)
const cases: Record<string,(n:number)=>string> = {
  openers: (n) => '*a '.repeat(n),
  pairs: (n) => '*a* '.repeat(n),
  nested: (n) => '*a '.repeat(n) + 'b' + '* '.repeat(n),
  run: (n) => 'x ' + '*'.repeat(n) + ' y',
  under: (n) => 'Name: ' + '_'.repeat(n),
  hr: (n) => '*'.repeat(n),
  brackets: (n) => '['.repeat(n) + 'x',
  ticks: (n) => '`a '.repeat(n),
  lt: (n) => '<a '.repeat(n),
}
const value = '# H\n\n' + cases[process.argv[2]!]!(n) + '\n'
const t = performance.now()
unified().use(remarkParse).parse(value); console.log(process.argv[2], n, (performance.now()-t).toFixed(0))
