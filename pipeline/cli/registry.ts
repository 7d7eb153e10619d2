/**
 * The entity registry for a CLI run, and the `entities` command.
 *
 * The registry is `--entities <file>`, else `entities.yaml` in the first
 * input folder (or the folder of the first input file) when there is one.
 * The pipeline never reads it: the CLI reads the file and hands the entries
 * over as the `entities` processor option.
 */
import {readFile, stat} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {VFile} from 'vfile'
import type {RegistryEntry, RegistryType} from '../data.js'
import {report} from '../diagnostics.js'
import type {CliOptions} from './args.js'

/** Default registry file name, looked for beside the articles. */
export const registryName = 'entities.yaml'

export interface LoadedRegistry {
  /** Entries (empty without a registry or when it has errors). */
  entries: RegistryEntry[]
  /** The registry file with its messages, when there is a registry. */
  file: VFile | undefined
}

/** Find and read the registry; `display` turns a path into what reports show. */
export async function loadRegistry(
  options: CliOptions,
  cwd: string,
  display: (path: string) => string
): Promise<LoadedRegistry> {
  let path: string | undefined
  if (options.entities !== undefined) {
    path = resolve(cwd, options.entities)
  } else {
    const first = options.inputs[0]
    if (first !== undefined) {
      const absolute = resolve(cwd, first)
      const stats = await stat(absolute).catch(() => undefined)
      const folder = stats?.isDirectory() ? absolute : stats?.isFile() ? dirname(absolute) : undefined
      const candidate = folder === undefined ? undefined : join(folder, registryName)
      if (candidate !== undefined && (await stat(candidate).catch(() => undefined))?.isFile()) path = candidate
    }
  }
  if (path === undefined) return {entries: [], file: undefined}
  let value: string
  try {
    value = await readFile(path, 'utf8')
  } catch (error) {
    const file = new VFile({path: display(path)})
    report(file, 'registry-invalid', 'Cannot read the entity registry', {source: 'newsld', cause: error})
    return {entries: [], file}
  }
  // Loaded only when there is a registry: it compiles the JSON Schemas.
  const {readRegistry} = await import('../registry/read-registry.js')
  return readRegistry(value, display(path))
}

/** One line of `newsld entities`. */
export interface EntityRow {
  type: RegistryType
  name: string
  /** Registry id, when registered. */
  id: string | undefined
  articles: number
  mentions: number
}

/** Tally entities over articles (by type and name), most mentioned first. */
export function tallyEntities(
  results: ReadonlyArray<{file: VFile}>,
  unknownOnly: boolean
): EntityRow[] {
  const rows = new Map<string, EntityRow>()
  for (const {file} of results) {
    const people = file.data.people
    if (people === undefined) continue
    const unknown = new Set((file.data.registry?.unknown ?? []).map((entity) => entity.key))
    const entities = [
      ...people.persons.map((entity) => ['Person', entity] as const),
      ...people.organizations.map((entity) => ['Organization', entity] as const),
      ...people.places.map((entity) => ['Place', entity] as const)
    ]
    for (const [type, entity] of entities) {
      if (unknownOnly && !unknown.has(entity.key)) continue
      const id = type + '\0' + entity.name
      const row = rows.get(id) ?? {type, name: entity.name, id: entity.id, articles: 0, mentions: 0}
      row.articles++
      row.mentions += entity.mentions.length
      rows.set(id, row)
    }
  }
  return [...rows.values()].sort(
    (a, b) => b.articles - a.articles || b.mentions - a.mentions || a.type.localeCompare(b.type) || a.name.localeCompare(b.name)
  )
}

/** The rows as text: a comment line, then YAML entries ready to complete and paste into the registry. */
export function formatEntities(rows: readonly EntityRow[], unknownOnly: boolean, articles: number): string {
  const lines = [
    '# ' + rows.length + (unknownOnly ? ' entities not in the registry' : ' entities') + ' in ' + articles +
      (articles === 1 ? ' article' : ' articles') + (unknownOnly ? ' (add an `id`, and `sameAs` if known)' : '')
  ]
  for (const row of rows) {
    lines.push(
      '- type: ' + row.type,
      '  name: ' + JSON.stringify(row.name) + '  # ' + row.mentions + (row.mentions === 1 ? ' mention' : ' mentions') +
        ' in ' + row.articles + (row.articles === 1 ? ' article' : ' articles')
    )
    if (row.id !== undefined) lines.push('  id: ' + row.id)
  }
  return lines.join('\n') + '\n'
}
