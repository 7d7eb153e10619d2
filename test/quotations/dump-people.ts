/** Print what the people stage hands to the quotations stage (development aid). */
import {readFileSync} from 'node:fs'
import {processArticle} from '../../pipeline/index.js'

for (const path of process.argv.slice(2)) {
  const {file} = await processArticle({value: readFileSync(path, 'utf8'), path})
  const people = file.data.people
  console.log(path)
  for (const person of people?.persons ?? []) {
    console.log(`  P ${person.key} ${person.name} [${person.aliases.join('|')}] ${(person as {gender?: string}).gender ?? ''} ${person.mentions.length}`)
  }
  for (const org of people?.organizations ?? []) console.log(`  O ${org.key} ${org.name} [${org.alternateName.join('|')}] ${org.mentions.length}`)
  for (const role of people?.roles ?? []) console.log(`  R ${role.phrase} → ${role.entity} ${role.mentions.length}`)
}
