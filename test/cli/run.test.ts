import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {help} from '../../pipeline/cli/args.js'
import {exitCodeFor, isPlainFileName, run} from '../../pipeline/cli/run.js'
import {writeAtomically} from '../../pipeline/cli/write.js'
import {processArticle} from '../../pipeline/index.js'

// Complete metadata, so the article has no warning (Google's guidance included).
const good =
  '---\ndatePublished: 2024-05-07T09:30:00+02:00\nauthor: {name: Sam Reed, url: https://news.example/sam}\n' +
  'publisher: {name: Example News, url: https://news.example/, logo: https://news.example/logo.png}\n' +
  'image: {url: https://news.example/race.jpg, width: 1200, height: 800}\n---\n\n' +
  '# Ada Lane wins the harbour race\n\nAda Lane won the race on Sunday.\n'

let cwd: string

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'newsld-cli-'))
})

afterEach(async () => {
  await rm(cwd, {recursive: true, force: true})
})

/** Run the CLI in-process (with `--jobs 1` unless given). */
async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  if (argv[0] === 'build' && !argv.includes('--jobs')) argv = ['build', '--jobs', '1', ...argv.slice(1)]
  const code = await run(argv, {stdout: {write: (chunk) => out.push(chunk)}, stderr: {write: (chunk) => err.push(chunk)}, cwd, inProcess: argv.includes('--jobs') && argv[argv.indexOf('--jobs') + 1] === '1'})
  return {code, stdout: out.join(''), stderr: err.join('')}
}

async function write(path: string, value: string): Promise<void> {
  await mkdir(join(cwd, path, '..'), {recursive: true})
  await writeFile(join(cwd, path), value)
}

describe('newsld --help and --version', () => {
  it('should print the help on stdout and exit 0', async () => {
    const result = await cli('--help')
    expect(result).toEqual({code: 0, stdout: help, stderr: ''})
  })

  it('should print the package version', async () => {
    const pack = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(await cli('-v')).toEqual({code: 0, stdout: pack.version + '\n', stderr: ''})
  })
})

describe('bad usage', () => {
  it('should reject an unknown flag with a sentence pointing to --help, exit 2, no stack trace', async () => {
    const result = await cli('build', '--nope')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith('newsld: Unknown option `--nope`, expected:\n')).toBe(true)
    expect(result.stderr).toContain('-o, --output <dir>')
    expect(result.stderr.endsWith('See `newsld --help` for usage.\n')).toBe(true)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('should exit 2 without a command, with an unknown command, or a bad report format', async () => {
    expect((await cli()).stderr).toContain('Missing command, expected `build`, `extract` or `entities`')
    expect((await cli()).code).toBe(2)
    expect(await cli('publish')).toMatchObject({code: 2, stderr: expect.stringContaining('Unknown command `publish`')})
    expect((await cli('build', '--report', 'xml')).code).toBe(2)
    expect((await cli('build', '-o')).stderr).toContain('Missing value for `--output`')
  })

  it('should exit 2 when an input does not exist or holds no articles', async () => {
    expect((await cli('build', 'missing')).stderr).toContain('Cannot find `missing`')
    expect((await cli('build', 'missing')).code).toBe(2)
    await write('notes/a.json', '{}')
    expect((await cli('build', 'notes')).code).toBe(2)
  })

  it('should want exactly one file for extract', async () => {
    expect((await cli('extract')).code).toBe(2)
    expect((await cli('extract', 'a.md', 'b.md')).code).toBe(2)
  })
})

describe('newsld build', () => {
  it('should build source/ into dist/ by default and exit 0', async () => {
    await write('source/race.md', good)
    const result = await cli('build')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^newsld: no news sitemap without a site URL .*\nBuilt 1, skipped 0, failed 0 of 1 article into `dist` in \d+ m?s\n$/
    )
    expect((await readdir(join(cwd, 'dist'))).sort()).toEqual([
      'index.json',
      'race.html',
      'race.jsonld',
      'race.review.html',
      'race.snippet.html'
    ])
    const expected = await processArticle({value: good, path: 'source/race.md'})
    expect(await readFile(join(cwd, 'dist/race.jsonld'), 'utf8')).toBe(JSON.stringify(expected.document, null, 2) + '\n')
    // Sources are never written.
    expect(await readdir(join(cwd, 'source'))).toEqual(['race.md'])
    expect(await readFile(join(cwd, 'source/race.md'), 'utf8')).toBe(good)
  })

  it('should take files, folders and globs, and `-o`', async () => {
    await write('a/one.md', good)
    await write('b/two.txt', 'Ada Lane wins\n\nShe won on Sunday.\n')
    await write('c/three.markdown', good)
    await write('c/ignored.json', '{}')
    const result = await cli('build', 'a/one.md', 'b', 'c/*', '-o', 'out/ld')
    expect(result.code).toBe(0)
    expect((await readdir(join(cwd, 'out/ld'))).filter((name) => name.endsWith('.jsonld')).sort()).toEqual([
      'one.jsonld',
      'three.jsonld',
      'two.jsonld'
    ])
  })

  it('should report a broken article, write nothing for it, still build the rest and exit 1', async () => {
    await write('source/good.md', good)
    await write('source/broken.md', '\n')
    const result = await cli('build')
    expect(result.code).toBe(1)
    expect((await readdir(join(cwd, 'dist'))).sort()).toEqual([
      'good.html',
      'good.jsonld',
      'good.review.html',
      'good.snippet.html',
      'index.json'
    ])
    const lines = result.stderr.split('\n')
    expect(result.stderr).toMatch(/^source\/broken\.md:\d+:\d+ {2}error {2}\S.* {2}[a-z]+(-[a-z\d]+)+$/m)
    expect(result.stderr).not.toContain('good.md')
    expect(lines.at(-2)).toMatch(/^Built 1, skipped 0, failed 1 of 2 articles into `dist` in \d+ m?s$/)
  })

  it('should refuse two articles that would write the same outputs', async () => {
    await write('source/race.md', good)
    await write('source/race.txt', 'Ada Lane wins\n\nShe won.\n')
    const result = await cli('build')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^source\/race\.txt:1:1 {2}error {2}Unexpected output `dist\/race\.jsonld`, already written for `source\/race\.md` {2}output-conflict$/m
    )
  })

  it('should print a JSON report with --report json', async () => {
    await write('source/good.md', good)
    await write('source/broken.md', '')
    const result = await cli('build', '--report', 'json')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stderr) as {
      files: Array<{path: string; written: string[]; messages: Array<{severity: string; ruleId: string}>}>
      errors: number
    }
    expect(report.files.map((file) => file.path)).toEqual(['source/broken.md', 'source/good.md'])
    expect(report.files[0]!.written).toEqual([])
    expect(report.files[0]!.messages.map((message) => message.severity)).toContain('error')
    expect(report.files[1]!.written).toEqual(['dist/good.jsonld', 'dist/good.html', 'dist/good.snippet.html', 'dist/good.review.html'])
    expect(report.errors).toBeGreaterThan(0)
  })

  it('should leave no temporary file behind', async () => {
    await write('source/race.md', good)
    await cli('build')
    await cli('build')
    expect((await readdir(join(cwd, 'dist'))).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('should report an unwritable output folder as an error of the article', async () => {
    await write('source/race.md', good)
    await write('dist', 'a file, not a folder')
    const result = await cli('build')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^source\/race\.md:1:1 {2}error {2}Cannot write outputs to `dist` {2}output-unwritable$/m)
  })
})

describe('newsld extract', () => {
  it('should print the JSON-LD on stdout and exit 0', async () => {
    await write('race.md', good)
    const result = await cli('extract', 'race.md')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const expected = await processArticle({value: good, path: 'race.md'})
    expect(JSON.parse(result.stdout)).toEqual(expected.document)
  })

  it('should print nothing on stdout for an invalid article, report on stderr and exit 1', async () => {
    await write('empty.md', '')
    const result = await cli('extract', 'empty.md')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^empty\.md:\d+:\d+ {2}error {2}/m)
    expect(result.stderr).toMatch(/\n\n\d+ messages? \(\d+ errors?.*\)\n$/)
  })
})

describe('exitCodeFor', () => {
  it('should fail on errors, and on warnings only when frail', () => {
    const warned = new VFile()
    warned.message('Something to check')
    const informed = new VFile()
    informed.info('A note')
    const failed = new VFile()
    failed.message('Broken').fatal = true
    expect(exitCodeFor([warned, informed], false)).toBe(0)
    expect(exitCodeFor([warned], true)).toBe(1)
    expect(exitCodeFor([informed], true)).toBe(0)
    expect(exitCodeFor([informed, failed], false)).toBe(1)
  })
})

describe('isPlainFileName', () => {
  it('should refuse slugs that could leave the output folder', () => {
    expect(isPlainFileName('harbour-bridge')).toBe(true)
    for (const slug of ['', '.', '..', '../up', 'a/b', 'a\\b', '.hidden']) expect(isPlainFileName(slug), slug).toBe(false)
  })
})

describe('writeAtomically', () => {
  it('should write every file and leave no temporary file', async () => {
    await writeAtomically([
      {path: join(cwd, 'x/a.txt'), content: 'a'},
      {path: join(cwd, 'x/b.txt'), content: 'b'}
    ], 4242)
    expect((await readdir(join(cwd, 'x'))).sort()).toEqual(['a.txt', 'b.txt'])
  })

  it('should remove its temporary files when a rename fails', async () => {
    await mkdir(join(cwd, 'x/taken'), {recursive: true})
    await writeFile(join(cwd, 'x/taken/inside'), '')
    await expect(
      writeAtomically([
        {path: join(cwd, 'x/a.txt'), content: 'a'},
        {path: join(cwd, 'x/taken'), content: 'b'}
      ], 4242)
    ).rejects.toThrow()
    expect((await readdir(join(cwd, 'x'))).filter((name) => name.includes('.tmp-'))).toEqual([])
  })
})
