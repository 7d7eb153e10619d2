import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {schemaBase, schemas, validatorFor} from '../../pipeline/validate/ajv.js'

interface Group {
  description: string
  schema: string
  tests: Array<{description: string; data: unknown; valid: boolean}>
}

const folder = new URL('./', import.meta.url)
const groups: Group[] = readdirSync(folder)
  .filter((name) => name.endsWith('.cases.json'))
  .sort()
  .flatMap((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Group[])

describe('schemas', () => {
  it('should have `$schema` (draft 2020-12) and an `$id` named after the file in every schema', () => {
    expect(schemas.size).toBeGreaterThanOrEqual(9)
    for (const [name, schema] of schemas) {
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema['$id']).toBe(schemaBase + name)
    }
  })

  it('should have cases for every node schema', () => {
    const covered = new Set(groups.map((group) => group.schema))
    for (const name of schemas.keys()) {
      if (name !== 'defs.schema.json' && name !== 'image-object.schema.json') expect(covered).toContain(name)
    }
  })

  for (const group of groups) {
    describe(group.description + ' (' + group.schema + ')', () => {
      const validate = validatorFor(group.schema)
      for (const test of group.tests) {
        it('should find that ' + test.description, () => {
          const valid = validate(test.data)
          expect(valid, JSON.stringify(validate.errors)).toBe(test.valid)
        })
      }
    })
  }
})
