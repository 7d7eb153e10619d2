import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../../pipeline/index.js'
import {readRegistry} from '../../pipeline/registry/read-registry.js'

const seed = readFileSync(new URL('../../source/witkoff-article.md', import.meta.url), 'utf8')
const fixture = readFileSync(new URL('../fixtures/registry/entities.yaml', import.meta.url), 'utf8')

type Node = Record<string, unknown>

function graphOf(document: Record<string, unknown> | undefined): Node[] {
  return (document?.['@graph'] ?? []) as Node[]
}

describe('readRegistry', () => {
  it('should read entries, with `sameAs` as a list', () => {
    const {entries, file} = readRegistry(fixture, 'entities.yaml')
    expect(file.messages).toEqual([])
    expect(entries).toEqual([
      {
        id: 'https://newsld.example/entity/donald-trump',
        type: 'Person',
        name: 'Donald Trump',
        sameAs: ['https://www.wikidata.org/wiki/Q22686']
      }
    ])
  })

  it('should report entries that do not match the schema, at their line', () => {
    const {entries, file} = readRegistry(
      [
        '- id: ada-lane',
        '  type: Person',
        '  name: Ada Lane',
        '- id: https://news.example/entity/harbour-board',
        '  type: Company',
        '  name: Harbour Board',
        '  sameAs: [ftp://example.org/x]',
        '- type: Place',
        '  name: Portmere',
        ''
      ].join('\n'),
      'entities.yaml'
    )
    expect(entries).toEqual([])
    expect(file.messages.map((message) => `${message.ruleId}@${message.line}:${message.column} ${message.reason}`)).toEqual([
      'registry-invalid@1:7 Unexpected `entities/0/id`, expected an absolute `https://` URL',
      'registry-invalid@5:9 Unexpected `entities/1/type`, expected one of `Person`, `Organization`, `Place`',
      'registry-invalid@7:11 Unexpected `entities/1/sameAs`, expected an `https://` URL or a list of them',
      'registry-invalid@8:3 Missing `id` in `entities/2`'
    ])
  })

  it('should report YAML that does not parse', () => {
    const {entries, file} = readRegistry('- id: [unclosed\n', 'entities.yaml')
    expect(entries).toEqual([])
    expect(file.messages[0]?.ruleId).toBe('registry-invalid')
    expect(file.messages[0]?.line).toBe(2)
  })

  it('should report a shared id and a name given to two entries of one type', () => {
    const {entries, file} = readRegistry(
      [
        '- {id: "https://news.example/e/1", type: Person, name: Ada Lane, aliases: [Lane]}',
        '- {id: "https://news.example/e/1", type: Person, name: Bo Lane, aliases: [Lane]}',
        // Another type may share the name.
        '- {id: "https://news.example/e/3", type: Place, name: Lane}',
        ''
      ].join('\n')
    )
    expect(entries).toEqual([])
    expect(file.messages.map((message) => `${message.ruleId}@${message.line}`)).toEqual([
      'registry-conflict@2',
      'registry-conflict@2'
    ])
  })
})

describe('remarkRegistry', () => {
  it('should give a registered person the registry’s @id and sameAs in the seed, in every reference', async () => {
    const {entries} = readRegistry(fixture)
    const plain = await processArticle({value: seed, path: 'source/witkoff-article.md'})
    const result = await processArticle({value: seed, path: 'source/witkoff-article.md'}, {entities: entries})
    expect(result.valid).toBe(true)
    const graph = graphOf(result.document)
    const trump = graph.find((node) => node['name'] === 'Donald Trump')
    expect(trump).toMatchObject({
      '@type': 'Person',
      '@id': 'https://newsld.example/entity/donald-trump',
      sameAs: ['https://www.wikidata.org/wiki/Q22686']
    })
    // Every reference that pointed at the local id now points at the registry's.
    const local = 'urn:newsld:witkoff-article#person-donald-trump'
    const before = JSON.stringify(plain.document).split('"' + local + '"').length - 1
    const text = JSON.stringify(result.document)
    expect(before).toBeGreaterThan(1)
    expect(text).not.toContain(local)
    expect(text.split('"https://newsld.example/entity/donald-trump"').length - 1).toBe(before)
    // Nobody else changed.
    expect(graph.filter((node) => 'sameAs' in node)).toHaveLength(1)
    expect(result.file.data.registry?.matches).toEqual([
      {key: 'person:donald-trump', id: 'https://newsld.example/entity/donald-trump', name: 'Donald Trump', fields: ['@id', 'sameAs']}
    ])
  })

  it('should keep the same @id across articles and use the registry’s name', async () => {
    const {entries} = readRegistry(
      [
        '- id: https://news.example/entity/ines-ruiz',
        '  type: Person',
        '  name: Ines Ruiz',
        '  aliases: [Ines Ruiz-Vega]',
        '  jobTitle: Governor',
        '  affiliation: https://news.example/entity/harbour-board',
        '- id: https://news.example/entity/harbour-board',
        '  type: Organization',
        '  name: Harbour Board',
        '  sameAs: [https://www.wikidata.org/wiki/Q1]',
        ''
      ].join('\n')
    )
    const one = await processArticle(
      {value: '# Bridge opens\n\nGovernor Ines Ruiz cut the ribbon on Monday in Portmere.\n', path: 'one.md'},
      {entities: entries}
    )
    const two = await processArticle(
      {value: '# Budget passes\n\nThe budget was signed by Ines Ruiz-Vega, the state treasurer, on Friday.\n', path: 'two.md'},
      {entities: entries}
    )
    const ruiz = (result: typeof one) => graphOf(result.document).find((node) => node['@type'] === 'Person')
    expect(ruiz(one)).toEqual({
      '@type': 'Person',
      '@id': 'https://news.example/entity/ines-ruiz',
      name: 'Ines Ruiz',
      jobTitle: 'Governor',
      affiliation: {'@id': 'https://news.example/entity/harbour-board'}
    })
    // The registered organization gets a node: the registry says she works there.
    expect(graphOf(one.document).find((node) => node['@type'] === 'Organization')).toEqual({
      '@type': 'Organization',
      '@id': 'https://news.example/entity/harbour-board',
      name: 'Harbour Board',
      sameAs: ['https://www.wikidata.org/wiki/Q1']
    })
    // Matched by alias; the article's own job title wins over the registry's.
    expect(ruiz(two)).toMatchObject({'@id': 'https://news.example/entity/ines-ruiz', name: 'Ines Ruiz'})
    expect(one.valid && two.valid).toBe(true)
  })

  it('should list the entities the registry does not know', async () => {
    const {entries} = readRegistry(fixture)
    const result = await processArticle({value: seed, path: 'source/witkoff-article.md'}, {entities: entries})
    const unknown = result.file.data.registry?.unknown ?? []
    const names = unknown.map((entity) => entity.type + ' ' + entity.name)
    expect(names).toContain('Person Steve Witkoff')
    expect(names).toContain('Organization NATO')
    expect(names).toContain('Place Brussels')
    expect(names).not.toContain('Person Donald Trump')
    expect(unknown.find((entity) => entity.name === 'Steve Witkoff')?.mentions).toBeGreaterThan(3)
  })

  it('should let a front matter correction rename an entity into a registered one', async () => {
    const {entries} = readRegistry(fixture)
    const value = '---\ncorrections:\n  - name: Don Trumpet\n    rename: Donald Trump\n---\n\n# A visit\n\nPresident Don Trumpet arrived in Portmere on Monday, officials said.\n'
    const result = await processArticle({value, path: 'visit.md'}, {entities: entries})
    const person = graphOf(result.document).find((node) => node['@type'] === 'Person')
    expect(person?.['@id']).toBe('https://newsld.example/entity/donald-trump')
  })
})
