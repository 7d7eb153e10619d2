import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = fileURLToPath(new URL('../../lib/cli/bin.js', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/seed/witkoff-article.txt', import.meta.url))

function newsld(...argv: string[]) {
  return spawnSync(process.execPath, [bin, ...argv], {cwd: root, encoding: 'utf8'})
}

describe('the built `newsld` binary', () => {
  beforeAll(() => {
    // Compile exactly as `npm run compile` does, so the test works on a fresh clone.
    execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {cwd: root})
    execFileSync(process.execPath, ['lib/validate/generate-validators.js'], {cwd: root})
  }, 120_000)

  it('should use the precompiled validators, which judge documents as Ajv compiling the schemas does', async () => {
    const ajvModule = (await import(pathToFileURL(join(root, 'lib/validate/ajv.js')).href)) as typeof import('../../pipeline/validate/ajv.js')
    expect(ajvModule.isPrecompiled).toBe(true)
    const runtime = ajvModule.createAjv()
    const document = JSON.parse(newsld('extract', seed).stdout) as Record<string, unknown>
    const graph = document['@graph'] as Array<Record<string, unknown>>
    const broken = [
      document,
      {...document, '@graph': []},
      {...document, '@graph': [{...graph[0], datePublished: 'May 1st', url: 'not a url', wordCount: -1}, ...graph.slice(1)]},
      {...document, '@graph': [...graph, {'@type': 'Quotation', '@id': 'urn:x', text: ''}]},
      {'@context': 'https://schema.org', '@graph': [{'@type': 'Person'}], extra: true}
    ]
    for (const value of broken) {
      const precompiled = ajvModule.validateDocument
      const compiled = runtime.getSchema(ajvModule.schemaBase + 'document.schema.json')!
      expect(precompiled(value)).toBe(compiled(value))
      expect(precompiled.errors ?? null).toEqual(compiled.errors ?? null)
    }
    for (const [name, value] of [
      ['config.schema.json', {siteUrl: 'ftp://x', outputs: ['pdf']}],
      ['corrections.schema.json', {corrections: 3}],
      ['entities.schema.json', [{name: ''}]]
    ] as const) {
      const precompiled = ajvModule.validatorFor(name)
      const compiled = runtime.getSchema(ajvModule.schemaBase + name)!
      expect(precompiled).not.toBe(compiled)
      expect(precompiled(value)).toBe(compiled(value))
      expect(precompiled.errors).toEqual(compiled.errors)
      expect(precompiled.errors?.length).toBeGreaterThan(0)
    }
  })

  it('should start with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('should print help and exit 0', () => {
    const result = newsld('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: newsld <command> [options]')
  })

  it('should exit 2 on an unknown flag without a stack trace', () => {
    const result = newsld('--frobnicate')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unknown option `--frobnicate`')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('should extract the seed article into a valid document with its headline', () => {
    const result = newsld('extract', seed)
    expect(result.status, result.stderr).toBe(0)
    const document = JSON.parse(result.stdout) as {'@graph': Array<Record<string, unknown>>}
    const headline = readFileSync(seed, 'utf8').split('\n')[0]
    expect(document['@graph'][0]!['headline']).toBe(headline)
  })
})

describe('the worker pool (compiled)', () => {
  let cwd: string

  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'newsld-pool-'))
    mkdirSync(join(cwd, 'source'))
    const seedText = readFileSync(seed, 'utf8')
    writeFileSync(join(cwd, 'source/seed.txt'), seedText)
    for (let index = 0; index < 8; index++) {
      writeFileSync(
        join(cwd, 'source/story-' + index + '.md'),
        '---\ndatePublished: 2024-05-0' + (index + 1) + '\n---\n\n# Harbour story ' + index + '\n\n' +
          'Governor Ines Ruiz opened pier ' + index + ' on Monday, Ada Lane said.\n'
      )
    }
    writeFileSync(join(cwd, 'source/broken.md'), '---\ndatePublished: May 1st\n---\n\n# Broken\n\nText.\n')
  })

  afterAll(() => {
    rmSync(cwd, {recursive: true, force: true})
  })

  function cli(...argv: string[]) {
    return spawnSync(process.execPath, [bin, ...argv], {cwd, encoding: 'utf8'})
  }

  it('should write byte-identical outputs with --jobs 2 and --jobs 1', () => {
    const one = cli('build', '--jobs', '1', '-o', 'one', '--no-cache')
    const two = cli('build', '--jobs', '2', '-o', 'two', '--no-cache')
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(two.stderr).toMatch(/Built 9, skipped 0, failed 1 of 10 articles into `two`/)
    const names = readdirSync(join(cwd, 'one')).sort()
    expect(names).toHaveLength(9 * 4 + 1) // four outputs an article (review page included), plus index.json
    expect(readdirSync(join(cwd, 'two')).sort()).toEqual(names)
    for (const name of names) {
      expect(readFileSync(join(cwd, 'two', name), 'utf8'), name).toBe(readFileSync(join(cwd, 'one', name), 'utf8'))
    }
  })

  it('should answer NDJSON with --jobs 2, one line per input', () => {
    const lines = Array.from({length: 6}, (_, index) =>
      JSON.stringify({id: 'n' + index, markdown: '# Story ' + index + '\n\nAda Lane spoke on Monday.\n'})
    )
    const result = spawnSync(process.execPath, [bin, 'extract', '--ndjson', '--jobs', '2'], {
      cwd,
      encoding: 'utf8',
      input: [...lines, 'oops'].join('\n') + '\n'
    })
    expect(result.status).toBe(1)
    const results = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {id: string | null; document: unknown})
    expect(results.map((entry) => String(entry.id)).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'null'])
    expect(results.filter((entry) => entry.document !== null)).toHaveLength(6)
  })

  it('should turn a job the worker cannot take into a diagnostic, not a crash', async () => {
    const {createPool} = (await import(pathToFileURL(join(root, 'lib/cli/pool.js')).href)) as typeof import('../../pipeline/cli/pool.js')
    const pool = createPool(2)
    try {
      // A function cannot be sent to a worker thread.
      const result = await pool.run({name: 'odd.md', value: '# Odd\n', options: {matter: {x: () => 1}}, render: false})
      expect(result.valid).toBe(false)
      expect(result.messages).toMatchObject([{severity: 'error', ruleId: 'article-unreadable', reason: 'Cannot process article'}])
      const fine = await pool.run({name: 'fine.md', value: '# Fine\n\nAda Lane spoke.\n', options: {}, render: false})
      expect(fine.valid).toBe(true)
    } finally {
      await pool.close()
    }
  })

  it('should leave no half-written output when killed, and the next build removes what it left', async () => {
    const folder = join(cwd, 'many')
    mkdirSync(folder, {recursive: true})
    for (let index = 0; index < 300; index++) {
      writeFileSync(join(folder, 'p' + index + '.md'), '# Pier ' + index + ' opens\n\nGovernor Ines Ruiz opened pier ' + index + ' on Monday, Ada Lane said.\n')
    }
    const output = join(cwd, 'killed')
    const child = spawn(process.execPath, [bin, 'build', 'many', '--jobs', '1', '-o', 'killed', '--no-cache'], {cwd})
    const exited = new Promise((resolve) => child.on('exit', resolve))
    // Kill it once some articles are written, mid-build.
    for (let tries = 0; tries < 1000; tries++) {
      if (existsSync(output) && readdirSync(output).length >= 40) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    child.kill('SIGKILL')
    await exited
    const written = readdirSync(output)
    expect(written.filter((name) => name.endsWith('.jsonld')).length).toBeGreaterThan(0)
    expect(written).not.toContain('index.json')
    for (const name of written.filter((name) => name.endsWith('.jsonld'))) {
      expect(() => JSON.parse(readFileSync(join(output, name), 'utf8')), name).not.toThrow()
    }
    // Temporary files of a process that is gone, of a running one (this one), and a file newsld never writes.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!
    const planted = ['p1.jsonld.tmp-' + gone + '-7', 'index.json.body.tmp-' + gone, 'p2.jsonld.tmp-' + process.pid + '-1', 'notes.txt.tmp-' + gone]
    for (const name of planted) writeFileSync(join(output, name), 'partial')
    const again = cli('build', 'many', '--jobs', '1', '-o', 'killed')
    expect(again.status).toBe(0)
    const after = readdirSync(output)
    expect(after.filter((name) => name.includes('.tmp-')).sort()).toEqual(['notes.txt.tmp-' + gone, 'p2.jsonld.tmp-' + process.pid + '-1'])
    expect(after.filter((name) => name.endsWith('.jsonld'))).toHaveLength(300)
  }, 60_000)

  it('should stop `build --watch` cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [bin, 'build', '--watch', '--jobs', '2', '-o', 'watched'], {cwd})
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (stderr.includes('Watching… (press CTRL+C to exit)')) child.kill('SIGINT')
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)))
    expect(stderr).toContain('Watching… (press CTRL+C to exit)')
    expect(code).toBe(0)
  }, 20_000)
})
