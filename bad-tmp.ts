import {processArticle} from '/work/wt/safety/pipeline/index.ts'
const cases: Record<string,string> = {
  empty: '',
  deepQuote: '# H\n\n' + '>'.repeat(10000) + ' deep\n',
  deepList: '# H\n\n' + Array.from({length: 10000}, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n',
  deepList2: '# H\n\n' + '- '.repeat(10000) + 'x\n',
  deepEmph: '# H\n\n' + '*'.repeat(10000) + 'x' + '*'.repeat(10000) + '\n',
  deepLinks: '# H\n\n' + '['.repeat(10000) + 'x' + '](u)'.repeat(10000) + '\n',
  quotes: '# H\n\n' + 'Ada said “hi”. '.repeat(10000) + '\n',
  unbalanced: '# H\n\n“Hello, said Ada. ” ” “ \'\n',
  big: '# H\n\n' + ('Ada Lane went to the harbour on Sunday and said “it is fine”. '.repeat(20) + '\n\n').repeat(8000),
  yaml: '---\ntitle: [unclosed\n---\n# H\n\nbody\n',
  wrongTypes: '---\ndatePublished: yesterday\nauthor: 7\n---\n# H\n\nbody\n',
  nul: '# H\n\nbo\u0000dy\n',
}
const only = process.argv[2]
for (const [name, value] of Object.entries(cases)) {
  if (only && name !== only) continue
  const t = performance.now()
  try {
    const r = await processArticle({value, path: name + '.md'})
    console.log(name, value.length, (performance.now()-t).toFixed(0)+'ms', r.valid, r.diagnostics.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason.slice(0,80)} ${m.cause instanceof Error ? m.cause.message.slice(0,80): ''}`))
  } catch (e) { console.log(name, 'THREW', String(e).slice(0,200)) }
}
