import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {diagnosticsTable, helpBlock, readmeUrl, sectionOf} from './readme.js'

const readme = await readFile(readmeUrl, 'utf8')

describe('README.md', () => {
  it('should quote the CLI help verbatim (run `npm run docs` to update)', () => {
    expect(sectionOf(readme, 'newsld:help')).toBe(helpBlock())
  })

  it('should list every rule of the catalogue in the diagnostics table (run `npm run docs` to update)', () => {
    expect(sectionOf(readme, 'newsld:diagnostics')).toBe(diagnosticsTable())
  })

  it('should give the quick start as exactly two commands', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('\n## ')[0]!
    const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1]!.trim().split('\n')
    expect(commands).toEqual(['npm ci && npm run build', 'npm test'])
  })
})
