/**
 * Turn Ajv errors on user-written data (front matter `corrections`, the
 * entity registry) into one sentence per problem, each with the `/`-joined
 * path of the value it is about (the key `matterPositions` and the registry
 * reader use).
 *
 * Ajv reports a failed `anyOf` once for each branch and once for itself, and
 * an `if`/`then`/`else` once more for the branch; only the most telling error
 * per value is kept.
 */
import type {ErrorObject} from '../validate/ajv.js'

export interface DataProblem {
  /** `/`-joined path below the validated value (`0/sameAs`); `''` for the value itself. */
  path: string
  /** “Unexpected …, expected …”. */
  reason: string
}

/** What a value with alternatives (`anyOf`) may be, by its key. */
const alternatives: Record<string, string> = {
  sameAs: 'an `https://` URL or a list of them',
  quotation: 'a fragment of the quotation’s text or its number (from 1)',
  speaker: 'a name, or `null` when the text does not say who spoke'
}

/** Describe Ajv errors; `label` names the validated value (`corrections`). */
export function describeAjvErrors(errors: readonly ErrorObject[], label: string): DataProblem[] {
  const withAnyOf = new Set(errors.filter((error) => error.keyword === 'anyOf').map((error) => error.instancePath))
  const problems: DataProblem[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    if (error.keyword === 'if') continue
    // One message for a value with alternatives, not one per alternative.
    if (error.keyword !== 'anyOf' && [...withAnyOf].some((path) => error.instancePath === path || error.instancePath.startsWith(path + '/'))) {
      continue
    }
    const problem = describe(error, label)
    const id = problem.path + '\0' + problem.reason
    if (seen.has(id)) continue
    seen.add(id)
    problems.push(problem)
  }
  return problems
}

function describe(error: ErrorObject, label: string): DataProblem {
  const segments = error.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  const path = segments.join('/')
  const key = segments.at(-1)
  const where = '`' + [label, ...segments].join('/') + '`'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      return {path, reason: 'Missing `' + String(params['missingProperty']) + '` in ' + where}
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty'])
      return {path: join(path, extra), reason: 'Unexpected key `' + extra + '` in ' + where}
    }
    case 'false schema': {
      return {path, reason: 'Unexpected ' + where + ' together with `remove`, expected `remove: true` alone'}
    }
    case 'minProperties': {
      return {
        path,
        reason:
          'Unexpected ' + where + ' without a change, expected `add`, `remove`, `rename`, `jobTitle`, `affiliation`, `sameAs` or `about`'
      }
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map((value) => '`' + String(value) + '`')
      return {path, reason: 'Unexpected ' + where + ', expected one of ' + allowed.join(', ')}
    }
    case 'const': {
      return {path, reason: 'Unexpected ' + where + ', expected `' + JSON.stringify(params['allowedValue']) + '`'}
    }
    case 'format':
    case 'pattern': {
      return {path, reason: 'Unexpected ' + where + ', expected an absolute `https://` URL'}
    }
    case 'anyOf': {
      return {path, reason: 'Unexpected ' + where + ', expected ' + (alternatives[key ?? ''] ?? 'another kind of value')}
    }
    case 'type': {
      return {path, reason: 'Unexpected ' + where + ', expected ' + article(String(params['type']))}
    }
    case 'minLength': {
      return {path, reason: 'Unexpected empty ' + where + ', expected text'}
    }
    case 'minimum': {
      return {path, reason: 'Unexpected ' + where + ', expected a number from ' + String(params['limit'])}
    }
    case 'minItems': {
      return {path, reason: 'Unexpected empty list ' + where + ', expected at least one item'}
    }
    default: {
      return {path, reason: 'Unexpected ' + where + ': ' + (error.message ?? error.keyword)}
    }
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : path + '/' + key
}

function article(type: string): string {
  switch (type) {
    case 'array': {
      return 'a list'
    }
    case 'object': {
      return 'a mapping'
    }
    case 'integer': {
      return 'a whole number'
    }
    default: {
      return 'a ' + type
    }
  }
}
