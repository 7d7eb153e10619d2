import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {run} from '../../pipeline/cli/run.js'

const article =
  '---\ndatePublished: 2024-05-07\n---\n\n# Harbour bridge opens\n\n' +
  'Governor Ines Ruiz cut the ribbon on Monday in Portmere. “It is a good day,” Ruiz said.\n\n' +
  'Mayor Tom Hale of the Portmere Council watched.\n'
const registry =
  '- id: https://news.example/entity/ines-ruiz\n  type: Person\n  name: Ines Ruiz\n  sameAs: https://www.wikidata.org/wiki/Q1\n'

let cwd: string

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'newsld-registry-cli-'))
  await mkdir(join(cwd, 'source'))
  await writeFile(join(cwd, 'source/bridge.md'), article)
})

afterEach(async () => {
  await rm(cwd, {recursive: true, force: true})
})

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, {stdout: {write: (chunk) => out.push(chunk)}, stderr: {write: (chunk) => err.push(chunk)}, cwd})
  return {code, stdout: out.join(''), stderr: err.join('')}
}

describe('newsld build with an entity registry', () => {
  it('should read entities.yaml beside the articles and write the review page', async () => {
    await writeFile(join(cwd, 'source/entities.yaml'), registry)
    const result = await cli('build')
    expect(result.code).toBe(0)
    expect((await readdir(join(cwd, 'dist'))).sort()).toEqual([
      'bridge.html',
      'bridge.jsonld',
      'bridge.review.html',
      'bridge.snippet.html',
      'index.json'
    ])
    const document = JSON.parse(await readFile(join(cwd, 'dist/bridge.jsonld'), 'utf8')) as {'@graph': Array<Record<string, unknown>>}
    expect(document['@graph'].find((node) => node['name'] === 'Ines Ruiz')).toMatchObject({
      '@id': 'https://news.example/entity/ines-ruiz',
      sameAs: ['https://www.wikidata.org/wiki/Q1']
    })
    const review = await readFile(join(cwd, 'dist/bridge.review.html'), 'utf8')
    expect(review).toContain('class="m m-person first"')
    expect(review).toContain('<svg')
  })

  it('should take the registry from --entities and skip the review page with --no-review', async () => {
    await writeFile(join(cwd, 'site.yaml'), registry)
    const result = await cli('build', '--entities', 'site.yaml', '--no-review')
    expect(result.code).toBe(0)
    expect((await readdir(join(cwd, 'dist'))).sort()).toEqual(['bridge.html', 'bridge.jsonld', 'bridge.snippet.html', 'index.json'])
    expect(await readFile(join(cwd, 'dist/bridge.jsonld'), 'utf8')).toContain('https://news.example/entity/ines-ruiz')
  })

  it('should report a broken registry at its line and build nothing', async () => {
    await writeFile(join(cwd, 'source/entities.yaml'), '- id: https://news.example/e/1\n  type: Persn\n  name: Ines Ruiz\n')
    const result = await cli('build')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('source/entities.yaml:2:9  error  Unexpected `entities/0/type`')
    expect(result.stderr).toContain('registry-invalid')
    await expect(readdir(join(cwd, 'dist'))).rejects.toThrow()
  })
})

describe('newsld entities', () => {
  it('should list the entities not in the registry, as YAML to complete', async () => {
    await writeFile(join(cwd, 'source/entities.yaml'), registry)
    const result = await cli('entities', '--unknown')
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('# ')).toBe(true)
    expect(result.stdout).toContain('- type: Person\n  name: "Tom Hale"  # ')
    expect(result.stdout).toContain('- type: Organization\n  name: "Portmere Council"')
    expect(result.stdout).not.toContain('Ines Ruiz')
  })

  it('should list every entity with its registry id without --unknown', async () => {
    await writeFile(join(cwd, 'source/entities.yaml'), registry)
    const result = await cli('entities', 'source')
    expect(result.stdout).toContain('  name: "Ines Ruiz"  # 2 mentions in 1 article\n  id: https://news.example/entity/ines-ruiz\n')
    expect(result.stdout).toContain('name: "Tom Hale"')
  })

  it('should reject --unknown outside `entities`', async () => {
    expect((await cli('build', '--unknown')).code).toBe(2)
  })
})
