import {createProcessor} from '/work/wt/safety/pipeline/processor.ts'
import {VFile} from 'vfile'
const n = 10000
const cases: Record<string,string> = {
  deepQuote: '# H\n\n' + '>'.repeat(n) + ' deep\n',
  deepEmph: '# H\n\n' + '*'.repeat(n) + 'x' + '*'.repeat(n) + '\n',
}
const value = cases[process.argv[2]!]!
const file = new VFile({value, path: 'x.md'})
const p = createProcessor({})
let t = performance.now()
const tree = p.parse(file)
console.log('parse', (performance.now()-t).toFixed(0))
t = performance.now()
try { await p.run(tree, file); console.log('run ok', (performance.now()-t).toFixed(0)) } catch (e) { console.log('run threw', (performance.now()-t).toFixed(0), (e as Error).stack?.split('\n').slice(0,14).join('\n')) }
