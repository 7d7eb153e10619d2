/**
 * A batch of broken articles plus good ones, built in-process: every broken
 * article is reported at a position, every good one is built, nothing is
 * half-written, no source changes, no stack trace, exit 1.
 *
 * The inputs are generated here (a 10 MB article is not committed).
 */
import {mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {run} from '../../pipeline/cli/run.js'
import {processArticle} from '../../pipeline/index.js'
import {checkInput, decodeArticle, firstInvalidByte} from '../../pipeline/validate/check-input.js'
import {VFile} from 'vfile'

const complete =
  '---\ndatePublished: 2024-05-07T09:30:00+02:00\nauthor: {name: Sam Reed, url: https://news.example/sam}\n' +
  'publisher: {name: Example News, url: https://news.example/, logo: https://news.example/logo.png}\n' +
  'image: {url: https://news.example/race.jpg, width: 1200, height: 800}\n---\n\n'

/** File name → [content, rule expected at `line:col`, or undefined when the article must build]. */
const inputs: Record<string, [string | Uint8Array, {ruleId: string; line: number; column: number} | undefined]> = {
  'good.md': [complete + '# Ada Lane wins the harbour race\n\nAda Lane won the race on Sunday.\n', undefined],
  'unbalanced.md': [complete + '# Ada Lane wins\n\n“She said, “it went well. ” And then ’ left.\n\n"Open\n', undefined],
  'many-quotes.md': [complete + '# Ada Lane wins\n\n' + 'Ada Lane said “we won” and “we will win again”. '.repeat(5000) + '\n', undefined],
  'empty.md': ['', {ruleId: 'article-empty', line: 1, column: 1}],
  'blank.txt': ['  \n\n\t\n', {ruleId: 'article-empty', line: 1, column: 1}],
  'binary.md': [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), {ruleId: 'article-not-text', line: 1, column: 1}],
  'latin1.md': [
    new Uint8Array([...Buffer.from('# Harbour news\n\nThe caf'), 0xe9, ...Buffer.from(' opened.\n')]),
    {ruleId: 'article-not-text', line: 3, column: 8}
  ],
  'nul.txt': ['Ada Lane wins\n\nShe won\0 the race.\n', {ruleId: 'article-not-text', line: 3, column: 8}],
  'huge.md': [
    '# Ada Lane wins\n\n' + ('Ada Lane won the race on Sunday, and the crowd cheered. '.repeat(40) + '\n\n').repeat(4700),
    {ruleId: 'article-too-large', line: 0, column: 0}
  ],
  'bad-yaml.md': ['---\ntitle: [unclosed\nauthor: Sam\n---\n# Ada Lane wins\n\nShe won.\n', {ruleId: 'matter-invalid-yaml', line: 3, column: 1}],
  'wrong-types.md': [
    '---\ndatePublished: yesterday\nauthor: 7\n---\n# Ada Lane wins\n\nShe won.\n',
    {ruleId: 'date-published-invalid', line: 2, column: 16}
  ],
  'no-headline.md': ['---\ndatePublished: 2024-05-07\n---\n', {ruleId: 'headline-missing', line: 1, column: 1}],
  'deep-quote.md': ['# Ada Lane wins\n\n' + '>'.repeat(10_000) + ' deep\n', {ruleId: 'article-too-deep', line: 3, column: 101}],
  'deep-list.md': ['# Ada Lane wins\n\n' + '- '.repeat(10_000) + 'x\n', {ruleId: 'article-too-deep', line: 3, column: 0}],
  'deep-emphasis.md': ['# Ada Lane wins\n\n' + '*'.repeat(10_000) + 'x' + '*'.repeat(10_000) + '\n', {ruleId: 'article-too-deep', line: 3, column: 1}]
}

let cwd: string
const before = new Map<string, {bytes: Buffer; mtimeMs: number}>()
let result: {code: number; stderr: string; stdout: string}
let json: {files: Array<{path: string; written: string[]; messages: Array<{line: number | null; column: number | null; severity: string; ruleId: string | null}>}>}

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, {stdout: {write: (chunk) => out.push(chunk)}, stderr: {write: (chunk) => err.push(chunk)}, cwd})
  return {code, stdout: out.join(''), stderr: err.join('')}
}

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'newsld-bad-'))
  await mkdir(join(cwd, 'source'))
  for (const [name, [content]] of Object.entries(inputs)) {
    const path = join(cwd, 'source', name)
    await writeFile(path, content)
  }
  for (const name of Object.keys(inputs)) {
    const path = join(cwd, 'source', name)
    before.set(name, {bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs})
  }
  result = await cli('build')
  const second = await cli('build', '--report', 'json', '-o', 'dist-json')
  expect(second.code).toBe(1)
  json = JSON.parse(second.stderr) as typeof json
}, 120_000)

afterAll(async () => {
  await rm(cwd, {recursive: true, force: true})
})

describe('a batch with broken articles', () => {
  it('should check that the huge article really is 10 MB', () => {
    expect(Buffer.byteLength(inputs['huge.md']![0] as string)).toBeGreaterThan(10_000_000)
  })

  it('should exit 1, print no stack trace and nothing on stdout', () => {
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stderr).not.toContain('article-unreadable')
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(/^Built 3, skipped 0, failed 12 of 15 articles into `dist` in \S+ m?s$/)
  })

  it('should report every broken article with an error at its position', () => {
    for (const [name, [, expected]] of Object.entries(inputs)) {
      if (expected === undefined) continue
      const line = result.stderr
        .split('\n')
        .find((line) => line.startsWith('source/' + name + ':') && line.endsWith('  ' + expected.ruleId))
      expect(line, name + '\n' + result.stderr.slice(0, 3000)).toBeDefined()
      const match = /^[^:]+:(\d+):(\d+) {2}error {2}\S/.exec(line!)
      expect(match, line).not.toBeNull()
      if (expected.line > 0) expect(Number(match![1]), line).toBe(expected.line)
      if (expected.column > 0) expect(Number(match![2]), line).toBe(expected.column)
    }
    expect(result.stderr).toMatch(/^source\/wrong-types\.md:3:9 {2}error {2}.* {2}author-invalid$/m)
    // The huge article is cut where it passes the limit, past its first line.
    expect(result.stderr).toMatch(/^source\/huge\.md:(\d{3,}):\d+ {2}error {2}Unexpected article of 10\.\d MB, expected at most 5\.0 MB {2}article-too-large$/m)
  })

  it('should give a position to every message of a broken article in the JSON report', () => {
    const broken = Object.entries(inputs).filter(([, [, expected]]) => expected !== undefined)
    for (const [name] of broken) {
      const file = json.files.find((file) => file.path === 'source/' + name)
      expect(file, name).toBeDefined()
      expect(file!.written).toEqual([])
      const [first] = file!.messages.filter((message) => message.severity === 'error')
      expect(first, name).toBeDefined()
      expect(first!.line, name + ' ' + first!.ruleId).toBeGreaterThan(0)
      expect(first!.column, name + ' ' + first!.ruleId).toBeGreaterThan(0)
    }
  })

  it('should build every good article, and only those', async () => {
    const names = (await readdir(join(cwd, 'dist'))).sort()
    expect(names).toEqual(
      ['good', 'many-quotes', 'unbalanced']
        .flatMap((slug) => [slug + '.html', slug + '.jsonld', slug + '.review.html', slug + '.snippet.html'])
        .concat('index.json')
        .sort()
    )
    const good = await processArticle({value: inputs['good.md']![0] as string, path: 'source/good.md'})
    expect(await readFile(join(cwd, 'dist/good.jsonld'), 'utf8')).toBe(JSON.stringify(good.document, null, 2) + '\n')
  })

  it('should leave no temporary file and never write a source', async () => {
    for (const folder of ['dist', 'dist-json', 'source']) {
      expect((await readdir(join(cwd, folder))).filter((name) => name.includes('.tmp'))).toEqual([])
    }
    expect((await readdir(join(cwd, 'source'))).sort()).toEqual(Object.keys(inputs).sort())
    for (const [name, {bytes, mtimeMs}] of before) {
      const path = join(cwd, 'source', name)
      expect((await readFile(path)).equals(bytes), name).toBe(true)
      expect((await stat(path)).mtimeMs, name).toBe(mtimeMs)
    }
  })

  it('should keep the old outputs of an article that breaks later', async () => {
    const path = join(cwd, 'source', 'good.md')
    const old = await readFile(join(cwd, 'dist/good.html'), 'utf8')
    await writeFile(path, '---\ndatePublished: yesterday\n---\n# Ada Lane wins\n\nShe won.\n')
    try {
      expect((await cli('build', 'source/good.md')).code).toBe(1)
      expect(await readFile(join(cwd, 'dist/good.html'), 'utf8')).toBe(old)
    } finally {
      await writeFile(path, before.get('good.md')!.bytes)
    }
  })
})

describe('--strict', () => {
  it('should make warnings fail, like --frail', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsld-strict-'))
    try {
      await writeFile(join(dir, 'race.md'), '# Ada Lane wins\n\nAda Lane won the race.\n')
      const io = {stdout: {write: () => true}, stderr: {write: () => true}, cwd: dir}
      expect(await run(['build', 'race.md', '-o', 'out'], io)).toBe(0)
      expect(await run(['build', 'race.md', '-o', 'out', '--strict'], io)).toBe(1)
      expect(await run(['build', 'race.md', '-o', 'out', '--frail'], io)).toBe(1)
    } finally {
      await rm(dir, {recursive: true, force: true})
    }
  })
})

describe('checkInput and decodeArticle', () => {
  it('should accept ordinary articles, rules and blanks to fill', () => {
    for (const value of ['# A\n\nText.\n', '# A\n\n' + '*'.repeat(300) + '\n\nName: ' + '_'.repeat(300) + '\n', '> > quoted\n']) {
      const file = new VFile()
      expect(checkInput(file, value), value.slice(0, 20)).toBe(true)
      expect(file.messages).toEqual([])
    }
  })

  it('should find the first byte that is not UTF-8', () => {
    const bytes = (...values: number[]) => new Uint8Array(values)
    expect(firstInvalidByte(Buffer.from('Ünïcödé ✓ 😀'))).toBe(Buffer.byteLength('Ünïcödé ✓ 😀'))
    expect(firstInvalidByte(bytes(0x41, 0xc0, 0x80))).toBe(1) // overlong
    expect(firstInvalidByte(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1) // surrogate
    expect(firstInvalidByte(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2) // truncated
    expect(firstInvalidByte(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0) // above U+10FFFF
  })

  it('should decode UTF-8 without its byte order mark, and report other bytes at their line and column', () => {
    const file = new VFile({path: 'a.md'})
    expect(decodeArticle(file, new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A')
    expect(decodeArticle(file, new Uint8Array([...Buffer.from('ab\nü'), 0xff]))).toBeUndefined()
    expect(file.messages.map(String)).toEqual(['a.md:2:2: Unexpected byte `0xff` that is not UTF-8, expected UTF-8 text'])
  })
})
