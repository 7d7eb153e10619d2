import {readFileSync} from 'node:fs'
import {processArticle} from '/work/wt/people/pipeline/index.js'
const [file, pattern] = process.argv.slice(2)
const res = await processArticle({value: readFileSync(file!, 'utf8'), path: file})
const people = res.file.data.people!
for (const p of people.persons) {
  if (pattern && !new RegExp(pattern).test(p.name)) continue
  console.log(p.name, '|', p.aliases.join(', '), '|', p.jobTitle?.value, '|', p.affiliation, '|', p.mentions.map(m=>m.text).join(', '), p.about ? 'ABOUT' : '', p.gender ?? '')
}
if (!pattern) { console.log('ORGS', people.organizations.map(o=>o.name+(o.alternateName.length?'('+o.alternateName+')':'')).join('; ')); console.log('PLACES', people.places.map(o=>o.name).join('; ')); console.log('ROLES', JSON.stringify(people.roles.map(r=>[r.phrase,r.entity,r.mentions.map(m=>m.text)]))) }
