import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {catalogue} from '../../pipeline/diagnostics.js'
import {processArticle} from '../../pipeline/index.js'
import {schemas} from '../../pipeline/validate/ajv.js'
import type {RuleLayer} from '../../pipeline/validate/layer.js'
import {placeOf, remarkValidate, type ValidateOptions} from '../../pipeline/validate/remark-validate.js'
import {graphLayer} from '../../pipeline/validate/graph-layer.js'
import {schemaLayer, schemaRuleId} from '../../pipeline/validate/schema-layer.js'

const tree: Root = {type: 'root', children: []}

function article(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    '@id': 'urn:newsld:t#article',
    headline: 'Ada Lane wins the harbour race',
    articleBody: 'Ada Lane won.',
    wordCount: 3,
    ...extra
  }
}

/** Schema and graph layers only (the guidance and text layers have tests of their own). */
const structural: ValidateOptions = {layers: [schemaLayer, graphLayer]}

function validate(graph: unknown[], provenance: Record<string, unknown> = {}, options = structural): VFile {
  const file = new VFile({path: 't.md'})
  file.data.jsonLd = {'@context': 'https://schema.org', '@graph': graph}
  file.data.provenance = provenance as VFile['data']['provenance'] & object
  remarkValidate(options)(tree, file)
  return file
}

const position = {start: {line: 4, column: 16}, end: {line: 4, column: 23}}

describe('remarkValidate', () => {
  it('should add no message for a valid document', () => {
    expect(validate([article()]).messages).toEqual([])
  })

  it('should turn an ajv error into a fatal message with a `schema-<keyword>` rule and the source place', () => {
    const file = validate([article({datePublished: 'May 1st'})], {'/@graph/0/datePublished': position})
    expect(file.messages.map(String)).toEqual([
      't.md:4:16-4:23: Unexpected `datePublished` `May 1st` on NewsArticle `Ada Lane wins the harbour race`, expected an ISO 8601 date such as `2025-08-17`'
    ])
    const [message] = file.messages
    expect(message!.fatal).toBe(true)
    expect(message!.ruleId).toBe('schema-format')
    expect(message!.source).toBe('remark-validate')
    expect(message!.actual).toBe('May 1st')
  })

  it('should place a missing property at its node when the node has a position', () => {
    const nodePlace = {start: {line: 9, column: 1}, end: {line: 9, column: 9}}
    const file = validate(
      [article(), {'@type': 'Quotation', '@id': 'urn:newsld:t#quotation-1', text: 'We won.'}],
      {'/@graph/1': nodePlace}
    )
    expect(file.messages.map((message) => [message.ruleId, message.reason, message.line])).toEqual([
      ['schema-required', 'Missing `isPartOf` on Quotation `We won.`, expected it to be set', 9]
    ])
  })

  it('should leave the place out when no provenance is known', () => {
    const file = validate([article({headline: ''})])
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.ruleId).toBe('schema-min-length')
    expect(file.messages[0]!.place).toBeUndefined()
  })

  it('should report an error reached through two schemas once', () => {
    const file = validate([article(), {'@type': 'Place', '@id': 'not an iri', name: 'Portmere'}])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['schema-format'])
  })

  it('should report every error of a document (allErrors)', () => {
    const file = validate([article({wordCount: -1, inLanguage: 'English', extra: true})])
    expect(file.messages.map((message) => message.ruleId).sort()).toEqual([
      'schema-additional-properties',
      'schema-minimum',
      'schema-pattern'
    ])
  })

  it('should report duplicate @ids and references to nodes that do not exist', () => {
    const file = validate([
      article({mentions: [{'@id': 'urn:newsld:t#place-x'}, {'@id': 'urn:newsld:t#place-gone'}]}),
      {'@type': 'Place', '@id': 'urn:newsld:t#place-x', name: 'X'},
      {'@type': 'Place', '@id': 'urn:newsld:t#place-x', name: 'X again'}
    ])
    expect(file.messages.map((message) => [message.ruleId, message.reason])).toEqual([
      ['graph-id-duplicate', 'Unexpected second node with `@id` `urn:newsld:t#place-x`, expected each node once'],
      [
        'graph-ref-dangling',
        'Unexpected reference to `urn:newsld:t#place-gone`, expected a node with that `@id` in the document'
      ]
    ])
  })

  it('should run the given rule layers instead of the default ones', () => {
    const layer: RuleLayer = {
      name: 'test',
      check: (document) =>
        Array.isArray(document['@graph']) && document['@graph'].length < 2
          ? [{ruleId: 'schema-invalid', reason: 'Expected more nodes', instancePath: '/@graph'}]
          : []
    }
    const file = validate([article({headline: ''})], {}, {layers: [layer]})
    expect(file.messages.map((message) => message.reason)).toEqual(['Expected more nodes'])
  })

  it('should report a missing document when nothing else explains it', () => {
    const file = new VFile()
    remarkValidate()(tree, file)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['document-missing', true]])
  })
})

describe('placeOf', () => {
  it('should use the nearest ancestor with a position', () => {
    expect(placeOf({'/@graph/2': position}, '/@graph/2/image/caption')).toBe(position)
    expect(placeOf({'/@graph/2': position}, '/@graph/3/name')).toBeUndefined()
  })
})

describe('schemaRuleId', () => {
  it('should name rules `schema-<keyword>` in kebab-case, falling back to `schema-invalid`', () => {
    expect(schemaRuleId('minLength')).toBe('schema-min-length')
    expect(schemaRuleId('additionalProperties')).toBe('schema-additional-properties')
    expect(schemaRuleId('dependentRequired')).toBe('schema-invalid')
  })

  it('should have a catalogue rule for every keyword the schemas can fail on', () => {
    // Keywords that only apply or reference other schemas, or annotate.
    const silent = new Set([
      '$schema', '$id', '$ref', '$defs', 'title', 'description', 'properties', 'items',
      'allOf', 'if', 'then', 'minContains', 'maxContains'
    ])
    const keywords = new Set<string>()
    const collect = (schema: unknown): void => {
      if (!schema || typeof schema !== 'object') return
      if (Array.isArray(schema)) return schema.forEach(collect)
      for (const [key, value] of Object.entries(schema)) {
        if (!silent.has(key)) keywords.add(key)
        if (key === 'properties' || key === '$defs') Object.values(value as object).forEach(collect)
        else if (key !== 'const' && key !== 'enum' && key !== 'required') collect(value)
      }
    }
    // Only the document's schemas: corrections and the entity registry are
    // checked by their own stages, with their own rules.
    const input = new Set(['corrections.schema.json', 'entities.schema.json'])
    for (const [name, schema] of schemas) if (!input.has(name)) collect(schema)
    expect(keywords.size).toBeGreaterThan(5)
    for (const keyword of keywords) {
      expect(Object.keys(catalogue), keyword).toContain(schemaRuleId(keyword))
      expect(schemaRuleId(keyword), keyword).not.toBe('schema-invalid')
    }
  })
})

describe('processArticle validation', () => {
  it('should mark an article without any text invalid, with a fatal message', async () => {
    const result = await processArticle({value: '\n', path: 'empty.md'})
    expect(result.valid).toBe(false)
    expect(result.diagnostics.some((message) => message.fatal === true)).toBe(true)
  })

  it('should give a valid, byte-identical document for the same Markdown twice', async () => {
    const value = '# Ada Lane wins the harbour race\n\nAda Lane won the race on Sunday.\n'
    const first = await processArticle({value, path: 'race.md'})
    const second = await processArticle({value, path: 'race.md'})
    expect(first.valid, first.diagnostics.map(String).join('\n')).toBe(true)
    expect(JSON.stringify(second.document)).toBe(JSON.stringify(first.document))
  })
})
