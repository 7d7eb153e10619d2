import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {parseConfig, processorOptionsOf} from '../../pipeline/cli/config.js'
import {processArticle} from '../../pipeline/index.js'
import {article, sandbox, type Sandbox} from './helpers.js'

let box: Sandbox

beforeEach(async () => {
  box = await sandbox()
})

afterEach(async () => {
  await box.remove()
})

const config = {
  siteUrl: 'https://news.example/',
  publisher: {name: 'Example News', url: 'https://news.example/', logo: 'https://news.example/logo.png'},
  inLanguage: 'en-GB',
  author: 'Sam Reed'
}

async function articleNode(path: string): Promise<Record<string, unknown>> {
  const document = JSON.parse(await readFile(join(box.cwd, path), 'utf8')) as {'@graph': Array<Record<string, unknown>>}
  return document['@graph'][0]!
}

describe('config', () => {
  it('should use newsld.config.json for site URL, publisher, language and author where the article says nothing', async () => {
    await box.write('newsld.config.json', JSON.stringify(config, null, 2))
    await box.write('source/plain.md', article('Harbour bridge opens', 'datePublished: 2024-05-07\n'))
    await box.write(
      'source/own.md',
      article('Council votes', 'datePublished: 2024-05-07\nlang: fr\nauthor: Ada Lane\npublisher: Portmere Post\nurl: https://post.example/council\n')
    )
    const result = await box.cli(['build'])
    expect(result.code, result.stderr).toBe(0)

    const plain = await articleNode('dist/plain.jsonld')
    expect(plain['@id']).toBe('https://news.example/plain#article')
    expect(plain['inLanguage']).toBe('en-GB')
    expect(plain['publisher']).toMatchObject({name: 'Example News', url: 'https://news.example/', logo: {url: 'https://news.example/logo.png'}})
    expect(plain['author']).toMatchObject([{name: 'Sam Reed'}])

    // The article's own values win, `lang` included (an alias of `inLanguage`).
    const own = await articleNode('dist/own.jsonld')
    expect(own['@id']).toBe('https://post.example/council#article')
    expect(own['inLanguage']).toBe('fr')
    expect(own['author']).toMatchObject([{name: 'Ada Lane'}])
    expect(own['publisher']).toMatchObject({name: 'Portmere Post'})
  })

  it('should read the "newsld" key of package.json, and let --site-url win', async () => {
    await box.write('package.json', JSON.stringify({name: 'site', newsld: {siteUrl: 'https://news.example/', output: 'public'}}))
    await box.write('source/plain.md', article('Harbour bridge opens'))
    expect((await box.cli(['build'])).code).toBe(0)
    expect((await articleNode('public/plain.jsonld'))['@id']).toBe('https://news.example/plain#article')
    expect((await box.cli(['build', '--site-url', 'https://other.example/news/', '-o', 'other'])).code).toBe(0)
    expect((await articleNode('other/plain.jsonld'))['@id']).toBe('https://other.example/news/plain#article')
  })

  it('should write only the outputs the config names', async () => {
    await box.write('newsld.config.json', JSON.stringify({outputs: ['jsonld']}))
    await box.write('source/plain.md', article('Harbour bridge opens'))
    const result = await box.cli(['build'])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('sitemap')
    const {readdir} = await import('node:fs/promises')
    expect(await readdir(join(box.cwd, 'dist'))).toEqual(['plain.jsonld'])
  })

  it('should refuse an invalid config with a positioned diagnostic, build nothing and exit 2', async () => {
    await box.write(
      'newsld.config.json',
      '{\n  "siteUrl": "news.example",\n  "publisher": {"url": "https://news.example/"},\n  "outputs": ["pdf"],\n  "sitemapDays": 3\n}\n'
    )
    await box.write('source/plain.md', article('Harbour bridge opens'))
    const result = await box.cli(['build'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'newsld.config.json:2:14  error  Unexpected `siteUrl` "news.example", expected an absolute `https://` URL  config-invalid\n'
    )
    expect(result.stderr).toContain('newsld.config.json:3:16  error  Missing `publisher.name` in config  config-invalid\n')
    expect(result.stderr).toContain(
      'newsld.config.json:4:15  error  Unexpected `outputs.0` "pdf", expected one of `jsonld`, `html`, `snippet`, `review`, `manifest`, `sitemap`  config-invalid\n'
    )
    expect(result.stderr).toContain(
      'newsld.config.json:5:3  error  Unexpected key `sitemapDays` in config, expected one of the keys of `schemas/config.schema.json`  config-invalid\n'
    )
    expect(result.stderr.endsWith('newsld: Invalid config, nothing built\n')).toBe(true)
    const {readdir} = await import('node:fs/promises')
    expect(await readdir(box.cwd)).not.toContain('dist')
  })

  it('should report config that is not JSON at its line, and a missing --config file', async () => {
    await box.write('broken.json', '{\n  "siteUrl": "https://news.example/",\n  oops\n}\n')
    const broken = await box.cli(['build', '--config', 'broken.json'])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/^broken\.json:3:\d+ {2}error {2}Cannot parse config `broken\.json` as JSON {2}config-invalid$/m)
    const missing = await box.cli(['build', '--config', 'nope.json'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/^nope\.json:1:1 {2}error {2}Cannot read config `nope\.json` {2}config-invalid$/m)
  })

  it('should position problems of the "newsld" key of package.json inside package.json', async () => {
    const result = await parseConfig('{\n  "name": "site",\n  "newsld": {\n    "inLanguage": "English"\n  }\n}\n', 'package.json', 'newsld')
    expect(result?.ok).toBe(false)
    const message = result && !result.ok ? result.file.messages[0] : undefined
    expect(message?.reason).toBe('Unexpected `newsld.inLanguage` "English", expected a BCP 47 language tag such as `en-GB`')
    expect(message?.line).toBe(4)
    expect(message?.column).toBe(19)
    expect(await parseConfig('{"name": "site"}', 'package.json', 'newsld')).toBeUndefined()
  })

  it('should turn a config into processor options that processArticle honours', async () => {
    const options = processorOptionsOf(config, undefined)
    expect(options.siteUrl).toBe('https://news.example/')
    const result = await processArticle({value: article('Harbour bridge opens'), path: 'bridge.md'}, options)
    const node = (result.document!['@graph'] as Array<Record<string, unknown>>)[0]!
    expect(node['inLanguage']).toBe('en-GB')
    expect(processorOptionsOf({}, undefined)).toEqual({})
  })
})
