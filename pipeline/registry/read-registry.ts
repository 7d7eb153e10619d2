/**
 * Read the site's entity registry (`entities.yaml`) from its text.
 *
 * ```yaml
 * - id: https://news.example/entity/ines-ruiz
 *   type: Person
 *   name: Ines Ruiz
 *   aliases: [Governor Ruiz]
 *   sameAs: https://www.wikidata.org/wiki/Q…
 *   jobTitle: Governor
 *   affiliation: https://news.example/entity/harbour-board   # id or name of an Organization entry
 * ```
 *
 * The text is parsed as YAML and validated with Ajv against
 * `schemas/entities.schema.json`; ids must be unique, and a name or alias
 * may belong to one entry per type. Problems are messages on the returned
 * `VFile`, at their line and column. This module never reads the disk: the
 * CLI reads the file and hands over its text.
 *
 * Emits: `registry-invalid`, `registry-conflict`.
 */
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {LineCounter, parseDocument, type Document} from 'yaml'
import {describeAjvErrors} from '../corrections/ajv-errors.js'
import {normalizeName} from '../corrections/edit-slices.js'
import type {RegistryEntry, RegistryType} from '../data.js'
import {report} from '../diagnostics.js'
import {validatorFor} from '../validate/ajv.js'
import {yamlRangeToPosition} from '../text/yaml-position.js'

export interface RegistryResult {
  /** The entries, normalised (`sameAs` always a list); empty when the file has an error. */
  entries: RegistryEntry[]
  /** The registry file with its messages (`path` as given). */
  file: VFile
}

const source = 'newsld-registry'
const validateEntities = validatorFor('entities.schema.json')

/** Parse and check a registry. */
export function readRegistry(value: string, path?: string): RegistryResult {
  const file = new VFile({value, path})
  const lineCounter = new LineCounter()
  const document = parseDocument(value, {lineCounter, prettyErrors: false})
  const toPosition = (range: readonly [number, number] | undefined | null): Position | undefined =>
    yamlRangeToPosition(lineCounter, range)

  const yamlError = document.errors[0]
  if (yamlError) {
    report(file, 'registry-invalid', 'Cannot parse the entity registry: ' + yamlError.message.split('\n')[0], {
      place: toPosition([yamlError.pos[0], yamlError.pos[1]]),
      source,
      cause: yamlError
    })
    return {entries: [], file}
  }
  const data: unknown = document.toJS({maxAliasCount: 100}) ?? []
  if (!validateEntities(data)) {
    for (const problem of describeAjvErrors(validateEntities.errors ?? [], 'entities')) {
      report(file, 'registry-invalid', problem.reason, {place: placeOf(document, problem.path, toPosition), source})
    }
    return {entries: [], file}
  }

  const entries = (data as Array<RegistryEntry & {sameAs?: string | string[]}>).map((raw): RegistryEntry => {
    const entry: RegistryEntry = {id: raw.id, type: raw.type, name: raw.name.trim()}
    if (raw.aliases !== undefined) entry.aliases = raw.aliases.map((alias) => alias.trim())
    if (raw.sameAs !== undefined) entry.sameAs = typeof raw.sameAs === 'string' ? [raw.sameAs] : [...raw.sameAs]
    if (raw.jobTitle !== undefined) entry.jobTitle = raw.jobTitle.trim()
    if (raw.affiliation !== undefined) entry.affiliation = raw.affiliation.trim()
    return entry
  })

  // One id per entry, one entry per name and type.
  const ids = new Map<string, number>()
  const names = new Map<string, number>()
  for (const [index, entry] of entries.entries()) {
    const other = ids.get(entry.id)
    if (other === undefined) {
      ids.set(entry.id, index)
    } else {
      report(file, 'registry-conflict', 'Unexpected `id` `' + entry.id + '` of entry ' + (index + 1) +
        ', already the id of entry ' + (other + 1) + ' (`' + entries[other]!.name + '`)', {
        place: placeOf(document, index + '/id', toPosition),
        source
      })
    }
    for (const [position, name] of [entry.name, ...(entry.aliases ?? [])].entries()) {
      const id = entry.type + '\0' + normalizeName(name)
      const owner = names.get(id)
      if (owner === undefined) {
        names.set(id, index)
      } else if (owner !== index) {
        report(file, 'registry-conflict', 'Unexpected ' + entry.type + ' name `' + name + '` in entry ' + (index + 1) +
          ', already a name of entry ' + (owner + 1) + ' (`' + entries[owner]!.name + '`)', {
          place: placeOf(document, position === 0 ? index + '/name' : index + '/aliases/' + (position - 1), toPosition),
          source
        })
      }
    }
  }
  if (file.messages.some((message) => message.fatal === true)) return {entries: [], file}
  return {entries, file}
}

/** Entries of one type, indexed by normalised name and alias. */
export interface RegistryIndex {
  byName(type: RegistryType, name: string): RegistryEntry | undefined
  byId(id: string): RegistryEntry | undefined
}

const indexes = new WeakMap<readonly RegistryEntry[], RegistryIndex>()

/** Index entries (cached per entries array). */
export function indexRegistry(entries: readonly RegistryEntry[]): RegistryIndex {
  let index = indexes.get(entries)
  if (index) return index
  const names = new Map<string, RegistryEntry>()
  const ids = new Map<string, RegistryEntry>()
  // Names before aliases: an entry's own name wins over another's alias.
  for (const entry of entries) {
    names.set(entry.type + '\0' + normalizeName(entry.name), entry)
    if (!ids.has(entry.id)) ids.set(entry.id, entry)
  }
  for (const entry of entries) {
    for (const alias of entry.aliases ?? []) {
      const id = entry.type + '\0' + normalizeName(alias)
      if (!names.has(id)) names.set(id, entry)
    }
  }
  index = {
    byName: (type, name) => names.get(type + '\0' + normalizeName(name)),
    byId: (id) => ids.get(id)
  }
  indexes.set(entries, index)
  return index
}

function placeOf(
  document: Document,
  path: string,
  toPosition: (range: readonly [number, number] | undefined | null) => Position | undefined
): Position | undefined {
  const segments: Array<string | number> = path === '' ? [] : path.split('/').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  // The deepest node that exists (a missing key points at its mapping).
  for (let length = segments.length; length >= 0; length--) {
    const node: unknown = length === 0 ? document.contents : document.getIn(segments.slice(0, length), true)
    if (node && typeof node === 'object' && 'range' in node) {
      const range = (node as {range?: [number, number, number] | null}).range
      if (range) return toPosition([range[0], range[1]])
    }
  }
  return undefined
}
