/**
 * The JSON Schema layer: validate the document with Ajv and turn each error
 * into a finding with ruleId `schema-<keyword>` and a readable reason.
 */
import {catalogue, type RuleId} from '../diagnostics.js'
import {validateDocument, type ErrorObject} from './ajv.js'
import {describeNode, display, resolvePointer, type Finding, type RuleLayer} from './layer.js'

const formats: Record<string, string> = {
  'iso-8601-date': 'an ISO 8601 date such as `2025-08-17`',
  uri: 'an absolute URL',
  'uri-reference': 'a URL'
}

export const schemaLayer: RuleLayer = {
  name: 'schema',
  check(document) {
    if (validateDocument(document)) return []
    const findings: Finding[] = []
    const seen = new Set<string>()
    for (const error of validateDocument.errors ?? []) {
      // `if` only says that its `then` failed, which is reported on its own.
      if (error.keyword === 'if') continue
      // The same check can be reached twice (a node's `@id` is checked by the
      // document and by the node's own schema): report it once.
      const key = error.instancePath + '\0' + error.keyword + '\0' + JSON.stringify(error.params)
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(toFinding(document, error))
    }
    return findings
  }
}

/** `schema-<keyword>` in kebab-case, or `schema-invalid` for keywords without a rule. */
export function schemaRuleId(keyword: string): RuleId {
  const id = 'schema-' + keyword.replace(/[A-Z]/g, (character) => '-' + character.toLowerCase())
  return id in catalogue ? (id as RuleId) : 'schema-invalid'
}

function toFinding(document: unknown, error: ErrorObject): Finding {
  const path = error.instancePath
  const field = fieldName(path)
  const value = resolvePointer(document, path)
  const where = describeNode(document, path)
  const params = error.params as Record<string, unknown>
  const finding: Finding = {ruleId: schemaRuleId(error.keyword), reason: '', instancePath: path}

  switch (error.keyword) {
    case 'required': {
      const property = String(params['missingProperty'])
      finding.reason = 'Missing `' + property + '` on ' + where + ', expected it to be set'
      break
    }
    case 'additionalProperties': {
      const property = String(params['additionalProperty'])
      finding.reason = 'Unexpected property `' + property + '` on ' + where + ', expected only schema properties'
      break
    }
    case 'format': {
      const format = String(params['format'])
      const expected = formats[format] ?? 'format `' + format + '`'
      finding.reason = 'Unexpected `' + field + '` `' + display(value) + '` on ' + where + ', expected ' + expected
      finding.actual = display(value)
      break
    }
    case 'minLength': {
      finding.reason = 'Unexpected empty `' + field + '` on ' + where + ', expected text'
      break
    }
    case 'minItems': {
      finding.reason = 'Unexpected empty list `' + field + '` on ' + where + ', expected at least one item'
      break
    }
    case 'const': {
      const expected = display(params['allowedValue'])
      finding.reason = 'Unexpected `' + field + '` `' + display(value) + '` on ' + where + ', expected `' + expected + '`'
      finding.actual = display(value)
      finding.expected = [expected]
      break
    }
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'].map(display) : []
      finding.reason =
        'Unexpected `' + field + '` `' + display(value) + '` on ' + where + ', expected one of ' +
        allowed.map((item) => '`' + item + '`').join(', ')
      finding.actual = display(value)
      finding.expected = allowed
      break
    }
    case 'type': {
      finding.reason =
        'Unexpected type of `' + field + '` on ' + where + ', expected ' + String(params['type'])
      finding.actual = display(value)
      break
    }
    case 'contains': {
      finding.reason = 'Unexpected number of `NewsArticle` nodes in `@graph`, expected exactly one'
      break
    }
    default: {
      finding.reason = 'Unexpected `' + field + '` on ' + where + ': ' + (error.message ?? error.keyword)
      if (value !== undefined) finding.actual = display(value)
    }
  }
  return finding
}

function fieldName(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1)
  return last === '' ? 'document' : last.replace(/~1/g, '/').replace(/~0/g, '~')
}
