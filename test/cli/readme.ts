/**
 * Generated parts of the README: the CLI help, the diagnostics table (from
 * the catalogue) and the example output. `npm run docs` rewrites them in
 * place; `readme.test.ts` fails when they are out of date.
 */
import {readFile, writeFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import {help} from '../../pipeline/cli/args.js'
import {catalogue} from '../../pipeline/diagnostics.js'
import {processArticle} from '../../pipeline/index.js'

export const readmeUrl = new URL('../../README.md', import.meta.url)
const exampleUrl = new URL('readme-example.md', import.meta.url)

/** The diagnostics table, one row per catalogue rule. */
export function diagnosticsTable(): string {
  const rows = Object.entries(catalogue)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, info]) => '| `' + id + '` | ' + info.severity + ' | ' + cell(info.description) + ' | ' + cell(info.fix) + ' |')
  return ['| Rule | Severity | Meaning | Fix |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

export function helpBlock(): string {
  return '```text\n' + help.trimEnd() + '\n```'
}

export async function exampleBlocks(): Promise<string> {
  const value = await readFile(exampleUrl, 'utf8')
  const result = await processArticle({value, path: 'source/harbour-bridge.md'})
  return (
    '```markdown\n' + value.trimEnd() + '\n```\n\n' +
    '`npx newsld extract source/harbour-bridge.md` yields:\n\n' +
    '```json\n' + JSON.stringify(result.document, null, 2) + '\n```'
  )
}

/** Replace the text between `<!-- name -->` and `<!-- /name -->`. */
export function replaceSection(readme: string, name: string, content: string): string {
  const start = '<!-- ' + name + ' -->'
  const end = '<!-- /' + name + ' -->'
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) throw new Error('Missing section `' + name + '` in README.md')
  return readme.slice(0, from + start.length) + '\n' + content + '\n' + readme.slice(to)
}

/** Extract the text between the markers of a section. */
export function sectionOf(readme: string, name: string): string {
  const start = '<!-- ' + name + ' -->'
  const from = readme.indexOf(start)
  const to = readme.indexOf('<!-- /' + name + ' -->')
  if (from < 0 || to < from) throw new Error('Missing section `' + name + '` in README.md')
  return readme.slice(from + start.length, to).trim()
}

export async function updateReadme(): Promise<void> {
  let readme = await readFile(readmeUrl, 'utf8')
  readme = replaceSection(readme, 'newsld:help', helpBlock())
  readme = replaceSection(readme, 'newsld:diagnostics', diagnosticsTable())
  readme = replaceSection(readme, 'newsld:example', await exampleBlocks())
  await writeFile(readmeUrl, readme)
}

function cell(value: string): string {
  return value.replace(/\|/g, '\\|')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await updateReadme()
}
