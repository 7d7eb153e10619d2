import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {processArticle} from '../../pipeline/index.js'
import {sandbox, type Sandbox} from './helpers.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
})

afterEach(async () => {
  await box.remove()
})

interface Result {
  id: unknown
  document: Record<string, unknown> | null
  diagnostics: Array<{severity: string; ruleId: string | null; reason: string}>
}

function parse(stdout: string): Result[] {
  expect(stdout.endsWith('\n')).toBe(true)
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Result)
}

describe('newsld extract --ndjson', () => {
  it('should give one result line per article, with the same document as processArticle', async () => {
    const markdown = '# Harbour bridge opens\n\nGovernor Ines Ruiz cut the ribbon on Monday.\n'
    const text = 'Council votes on budget\n\nThe council of Portmere voted on Tuesday.\n'
    const input =
      JSON.stringify({id: 'a1', markdown, datePublished: '2024-05-07'}) + '\n' + JSON.stringify({id: 7, text}) + '\n'
    const result = await box.cli(['extract', '--ndjson', '--jobs', '1'], {input})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const lines = parse(result.stdout)
    expect(lines.map((line) => line.id)).toEqual(['a1', 7])
    const first = await processArticle({value: markdown, path: 'a1'}, {matter: {datePublished: '2024-05-07'}})
    expect(lines[0]!.document).toEqual(first.document)
    const graph = lines[1]!.document!['@graph'] as Array<Record<string, unknown>>
    expect(graph[0]!['headline']).toBe('Council votes on budget')
    // Front matter fields on the line are used: the first has a date, the second warns it has none.
    expect(lines[0]!.diagnostics.map((message) => message.ruleId)).not.toContain('date-published-missing')
    expect(lines[1]!.diagnostics.map((message) => message.ruleId)).toContain('date-published-missing')
  })

  it('should answer a bad line with a diagnostic and go on with the next', async () => {
    const good = JSON.stringify({id: 'ok', markdown: '# Ada Lane wins\n\nAda Lane won the race.\n'})
    const input = ['{not json', '[1, 2]', JSON.stringify({id: 'x'}), JSON.stringify({text: 'No id'}), '', good].join('\n') + '\n'
    const result = await box.cli(['extract', '--ndjson', '--jobs', '1'], {input})
    expect(result.code).toBe(1)
    const lines = parse(result.stdout)
    expect(lines).toHaveLength(5)
    for (const line of lines.slice(0, 4)) {
      expect(line.document).toBeNull()
      expect(line.diagnostics).toHaveLength(1)
      expect(line.diagnostics[0]).toMatchObject({severity: 'error', ruleId: 'input-invalid'})
    }
    expect(lines[0]!.diagnostics[0]!.reason).toBe('Cannot parse line 1 as JSON')
    expect(lines[1]!.diagnostics[0]!.reason).toBe('Unexpected list on line 2, expected an object')
    expect(lines[2]).toMatchObject({id: 'x'})
    expect(lines[2]!.diagnostics[0]!.reason).toBe('Missing `text` or `markdown` (a string) on line 3')
    expect(lines[3]!.diagnostics[0]!.reason).toBe('Missing `id` (a string or number) on line 4')
    expect(lines[4]!.id).toBe('ok')
    expect(lines[4]!.document).not.toBeNull()
  })

  it('should give a null document with the errors of an article that does not validate', async () => {
    const input = JSON.stringify({id: 'bad', markdown: '# Ada Lane wins\n\nText.\n', datePublished: 'May 1st'}) + '\n'
    const result = await box.cli(['extract', '--ndjson', '--jobs', '1'], {input})
    expect(result.code).toBe(1)
    const [line] = parse(result.stdout)
    expect(line!.document).toBeNull()
    expect(line!.diagnostics.map((message) => message.ruleId)).toContain('date-published-invalid')
  })

  it('should print nothing for empty input and refuse a file argument', async () => {
    expect(await box.cli(['extract', '--ndjson', '--jobs', '1'], {input: ''})).toEqual({code: 0, stdout: '', stderr: ''})
    const usage = await box.cli(['extract', '--ndjson', 'a.md'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Unexpected file with `extract --ndjson`, which reads stdin')
  })
})
