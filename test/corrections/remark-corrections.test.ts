import {describe, expect, it} from 'vitest'
import {processArticle} from '../../pipeline/index.js'

const body = `# Harbour bridge opens after four years of work

Governor Ines Ruiz cut the ribbon on Monday.

“It is a good day for the harbour,” Ruiz told reporters in Portmere.

Mayor Tom Hale of the Portmere Council said the bridge was late. “We waited too long,” Hale said.

Sam Reed, an engineer, watched from the shore.
`

/** Process the article with `corrections` (YAML lines, indented two spaces) in its front matter. */
async function withCorrections(corrections: string) {
  const value = '---\ndatePublished: 2024-05-07\ncorrections:\n' + corrections + '---\n\n' + body
  const result = await processArticle({value, path: 'bridge.md'})
  const graph = (result.document?.['@graph'] ?? []) as Array<Record<string, unknown>>
  const node = (id: string) => graph.find((item) => item['@id'] === 'urn:newsld:bridge#' + id)
  // Only this stage's rules: the guidance layer also warns (no author, no image…).
  const messages = result.diagnostics
    .filter((message) => /^correction/.test(message.ruleId ?? ''))
    .map((message) => `${message.ruleId}@${message.line}:${message.column}`)
  return {result, graph, node, messages}
}

describe('remarkCorrections', () => {
  it('should leave an article without corrections alone', async () => {
    const {node, messages} = await withCorrections('  []\n')
    expect(messages).toEqual([])
    expect(node('person-tom-hale')).toMatchObject({name: 'Tom Hale', jobTitle: 'Mayor'})
  })

  it('should rename a person, move its @id and every reference to it', async () => {
    const {node, graph, result} = await withCorrections('  - name: Ruiz\n    rename: Ines Ruiz Vega\n')
    expect(node('person-ines-ruiz')).toBeUndefined()
    expect(node('person-ines-ruiz-vega')).toMatchObject({name: 'Ines Ruiz Vega', jobTitle: 'Governor'})
    expect(node('quotation-1')).toMatchObject({spokenByCharacter: {'@id': 'urn:newsld:bridge#person-ines-ruiz-vega'}})
    const event = graph.find((item) => item['@type'] === 'Event')
    expect(event?.['attendee']).toEqual([{'@id': 'urn:newsld:bridge#person-ines-ruiz-vega'}])
    expect(result.valid).toBe(true)
    expect(result.file.data.corrections?.records).toMatchObject([
      {index: 0, action: 'rename', target: 'person:ines-ruiz-vega', fields: ['name']}
    ])
  })

  it('should merge a person renamed to another person’s name', async () => {
    const {node, result} = await withCorrections('  - name: Tom Hale\n    rename: Sam Reed\n')
    expect(node('person-tom-hale')).toBeUndefined()
    expect(node('quotation-2')).toMatchObject({spokenByCharacter: {'@id': 'urn:newsld:bridge#person-sam-reed'}})
    const sam = result.file.data.people?.persons.find((person) => person.key === 'person:sam-reed')
    expect(sam?.aliases).toContain('Tom Hale')
    // Mentions of both, in text order.
    expect(sam?.mentions.map((mention) => mention.text)).toEqual(['Tom Hale', 'Hale', 'Sam Reed'])
  })

  it('should remove a person and every reference to it', async () => {
    const {node, graph, result} = await withCorrections('  - name: Tom Hale\n    remove: true\n')
    expect(node('person-tom-hale')).toBeUndefined()
    const quotation = node('quotation-2')
    expect(quotation).toBeDefined()
    expect(quotation?.['spokenByCharacter']).toBeUndefined()
    expect(JSON.stringify(graph)).not.toContain('person-tom-hale')
    expect(result.valid).toBe(true)
  })

  it('should add an entity the extraction missed, with its mentions in the text', async () => {
    const {node, result} = await withCorrections('  - name: Portmere\n    type: Place\n    add: true\n    about: true\n')
    expect(node('place-portmere')).toEqual({'@type': 'Place', '@id': 'urn:newsld:bridge#place-portmere', name: 'Portmere'})
    const place = result.file.data.people?.places.find((item) => item.key === 'place:portmere')
    expect(place?.mentions.length).toBeGreaterThan(0)
    expect(place?.mentions.every((mention) => mention.text === 'Portmere')).toBe(true)
    const article = result.document?.['@graph'] as Array<Record<string, unknown>>
    expect(article[0]?.['about']).toContainEqual({'@id': 'urn:newsld:bridge#place-portmere'})
  })

  it('should set jobTitle, affiliation, sameAs and about, with provenance in the front matter', async () => {
    const {node, result} = await withCorrections(
      [
        '  - name: Sam Reed',
        '    jobTitle: Chief engineer',
        '    affiliation: Harbour Trust',
        '    sameAs: https://www.wikidata.org/wiki/Q4115189',
        '    about: true',
        ''
      ].join('\n')
    )
    expect(node('person-sam-reed')).toEqual({
      '@type': 'Person',
      '@id': 'urn:newsld:bridge#person-sam-reed',
      name: 'Sam Reed',
      jobTitle: 'Chief engineer',
      affiliation: {'@id': 'urn:newsld:bridge#organization-harbour-trust'},
      sameAs: ['https://www.wikidata.org/wiki/Q4115189']
    })
    expect(node('organization-harbour-trust')).toMatchObject({name: 'Harbour Trust'})
    const graph = result.document?.['@graph'] as Array<Record<string, unknown>>
    const index = graph.findIndex((item) => item['@id'] === 'urn:newsld:bridge#person-sam-reed')
    // `jobTitle` comes from line 5 of the file (the front matter), not from the text.
    expect(result.file.data.provenance?.['/@graph/' + index + '/jobTitle']?.start).toMatchObject({line: 5, column: 15})
    expect(graph[0]?.['about']).toContainEqual({'@id': 'urn:newsld:bridge#person-sam-reed'})
    expect(result.valid).toBe(true)
  })

  it('should set the speaker of a quotation found by a fragment or by its number', async () => {
    const {node} = await withCorrections(
      '  - quotation: good DAY\n    speaker: Tom Hale\n  - quotation: 2\n    speaker: null\n'
    )
    expect(node('quotation-1')?.['spokenByCharacter']).toEqual({'@id': 'urn:newsld:bridge#person-tom-hale'})
    expect(node('quotation-2')?.['spokenByCharacter']).toBeUndefined()
  })

  it('should report a correction of something that is not there, at its place', async () => {
    const {messages, node, result} = await withCorrections(
      [
        '  - name: Ada Lane',
        '    about: true',
        '  - quotation: not said by anyone',
        '    speaker: Tom Hale',
        '  - quotation: 1',
        '    speaker: Ada Lane',
        '  - quotation: 7',
        '    speaker: Tom Hale',
        ''
      ].join('\n')
    )
    expect(messages).toEqual([
      'correction-unmatched@4:11',
      'correction-unmatched@6:16',
      'correction-unmatched@9:14',
      'correction-unmatched@10:16'
    ])
    // Warnings only: the rest of the article is still published, uncorrected.
    expect(result.valid).toBe(true)
    expect(node('quotation-1')?.['spokenByCharacter']).toEqual({'@id': 'urn:newsld:bridge#person-ines-ruiz'})
  })

  it('should not apply an ambiguous correction', async () => {
    const {messages, node} = await withCorrections('  - quotation: "oo"\n    speaker: Sam Reed\n')
    expect(messages).toEqual(['correction-ambiguous@4:16'])
    expect(node('quotation-1')?.['spokenByCharacter']).toEqual({'@id': 'urn:newsld:bridge#person-ines-ruiz'})
  })

  it('should reject corrections that do not match the schema, applying none', async () => {
    const {messages, result, node} = await withCorrections(
      [
        '  - name: Tom Hale',
        '    remove: true',
        '    rename: Tom Hales',
        '  - quotation: 1',
        '  - name: Sam Reed',
        '    sameAs: not a url',
        '  - name: Sam Reed',
        '    colour: blue',
        ''
      ].join('\n')
    )
    expect(messages).toEqual([
      'corrections-invalid@6:13',
      'corrections-invalid@7:5',
      'corrections-invalid@9:13',
      'corrections-invalid@11:13'
    ])
    expect(result.valid).toBe(false)
    expect(result.diagnostics.map((message) => message.reason)).toContain(
      'Missing `speaker` in `corrections/1`'
    )
    expect(node('person-tom-hale')).toBeDefined()
  })

  it('should reject a jobTitle for an organization', async () => {
    const {messages} = await withCorrections('  - name: Portmere Council\n    jobTitle: Council\n')
    expect(messages).toEqual(['corrections-invalid@5:15'])
  })
})
