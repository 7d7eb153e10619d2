/**
 * The config: `newsld.config.json` in the working directory (or the file
 * given with `--config`), else the `"newsld"` key of `package.json`.
 *
 * It is validated with the project's Ajv instance against
 * `schemas/config.schema.json`; every problem is a `config-invalid`
 * diagnostic at the line and column of the bad value (the JSON is read with
 * `yaml`'s parser, JSON being YAML, to know where each value is).
 */
import {readFile} from 'node:fs/promises'
import {relative, resolve} from 'node:path'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import type {ErrorObject} from '../validate/ajv.js'
import {yamlRangeToPosition} from '../text/yaml-position.js'

/** Outputs `build` can write. */
export type OutputKind = 'jsonld' | 'html' | 'snippet' | 'review' | 'manifest' | 'sitemap'

export const outputKinds: readonly OutputKind[] = ['jsonld', 'html', 'snippet', 'review', 'manifest', 'sitemap']

/** The config, as `schemas/config.schema.json` describes it. */
export interface Config {
  siteUrl?: string
  publisher?: {name: string; url?: string; logo?: string}
  inLanguage?: string
  author?: string
  output?: string
  outputs?: OutputKind[]
  sitemap?: {days?: number}
}

export type LoadedConfig =
  | {ok: true; config: Config; path: string | undefined}
  | {ok: false; file: VFile}

/**
 * Find and read the config. `explicit` is the `--config` path (relative to
 * `cwd`); without it a missing config is an empty one.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const candidates: Array<{path: string; key: string | undefined; required: boolean}> = explicit
    ? [{path: resolve(cwd, explicit), key: undefined, required: true}]
    : [
        {path: resolve(cwd, 'newsld.config.json'), key: undefined, required: false},
        {path: resolve(cwd, 'package.json'), key: 'newsld', required: false}
      ]
  for (const candidate of candidates) {
    const name = relative(cwd, candidate.path).replace(/\\/g, '/')
    let value: string
    try {
      value = await readFile(candidate.path, 'utf8')
    } catch (error) {
      if (!candidate.required) continue
      const file = new VFile({path: name})
      report(file, 'config-invalid', 'Cannot read config `' + name + '`', {cause: error})
      return {ok: false, file}
    }
    const result = await parseConfig(value, name, candidate.key)
    if (result === undefined) continue
    return result.ok ? {ok: true, config: result.config, path: name} : result
  }
  return {ok: true, config: {}, path: undefined}
}

/**
 * Parse and validate config text. With `key` (`package.json`), the config is
 * that key's value; resolves to undefined when the key is absent.
 */
export async function parseConfig(
  value: string,
  name: string,
  key?: string
): Promise<{ok: true; config: Config} | {ok: false; file: VFile} | undefined> {
  const file = new VFile({path: name, value})
  const lineCounter = new LineCounter()
  const document = parseDocument(value, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const toPosition = (node: YamlNode | undefined): Position | undefined => yamlRangeToPosition(lineCounter, node?.range)
  const error = document.errors[0]
  let data: unknown
  if (error === undefined) {
    try {
      data = JSON.parse(value)
    } catch (cause) {
      data = cause
    }
  }
  if (error !== undefined || data instanceof Error) {
    // YAML accepts more than JSON: for JSON's own errors, its offset.
    const offset = error ? error.pos[0] : /position (\d+)/.exec(String(data))?.[1]
    const start = offset === undefined ? undefined : lineCounter.linePos(Number(offset))
    report(file, 'config-invalid', 'Cannot parse config `' + name + '` as JSON', {
      place: start ? {line: start.line, column: start.col} : undefined,
      cause: error ?? data
    })
    return {ok: false, file}
  }
  let root: YamlNode | undefined = (document.contents as YamlNode | null) ?? undefined
  let prefix = ''
  if (key !== undefined) {
    if (!data || typeof data !== 'object' || !(key in data)) return undefined
    data = (data as Record<string, unknown>)[key]
    root = isMap(root) ? (root.get(key, true) as YamlNode | undefined) : undefined
    prefix = key + '.'
  }
  // Ajv (and every schema) loads only when there is a config to check.
  const {validatorFor} = await import('../validate/ajv.js')
  const validateConfig = validatorFor('config.schema.json')
  if (validateConfig(data)) return {ok: true, config: data as Config}

  for (const problem of validateConfig.errors ?? []) {
    if (problem.keyword === 'if') continue
    const path = pointerSegments(problem.instancePath)
    const extra = problem.keyword === 'additionalProperties' ? String(problem.params['additionalProperty']) : undefined
    const node = nodeAt(root, extra === undefined ? path : [...path, extra], extra !== undefined)
    const where = prefix + (path.length === 0 ? '' : path.join('.'))
    report(file, 'config-invalid', describeProblem(problem, where, extra, valueAt(data, path)), {
      place: toPosition(node),
      source: 'newsld',
      actual: extra ?? JSON.stringify(valueAt(data, path)),
      note: 'See `schemas/config.schema.json` for every key.'
    })
  }
  return {ok: false, file}
}

/** Turn the config into pipeline options: the site URL and the defaults used where an article says nothing. */
export function processorOptionsOf(config: Config, siteUrl: string | undefined): ProcessorOptions {
  const defaults: Record<string, unknown> = {}
  if (config.publisher !== undefined) defaults['publisher'] = config.publisher
  if (config.inLanguage !== undefined) defaults['inLanguage'] = config.inLanguage
  if (config.author !== undefined) defaults['author'] = config.author
  const options: ProcessorOptions = {}
  const site = siteUrl ?? config.siteUrl
  if (site !== undefined) options.siteUrl = site
  if (Object.keys(defaults).length > 0) options.defaults = defaults
  return options
}

function describeProblem(problem: ErrorObject, where: string, extra: string | undefined, actual: unknown): string {
  if (extra !== undefined) {
    return 'Unexpected key `' + (where ? where + '.' : '') + extra + '` in config, expected one of the keys of `schemas/config.schema.json`'
  }
  const shown = JSON.stringify(actual)
  const subject = where ? '`' + where + '` ' : 'config '
  if (problem.keyword === 'required') {
    return 'Missing `' + (where ? where + '.' : '') + String(problem.params['missingProperty']) + '` in config'
  }
  if (problem.keyword === 'enum') {
    const allowed = (problem.params['allowedValues'] as unknown[]).map((item) => '`' + String(item) + '`').join(', ')
    return 'Unexpected ' + subject + shown + ', expected one of ' + allowed
  }
  if (problem.keyword === 'format' || problem.keyword === 'pattern') {
    return 'Unexpected ' + subject + shown + ', expected ' + (where.endsWith('inLanguage') ? 'a BCP 47 language tag such as `en-GB`' : 'an absolute `https://` URL')
  }
  return 'Unexpected ' + subject + shown + ', expected it to ' + (problem.message ?? 'be valid').replace(/^must /, 'be ').replace(/^be (match|have|NOT)/, '$1')
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data
  for (const segment of path) {
    if (value && typeof value === 'object') value = (value as Record<string, unknown>)[segment]
    else return undefined
  }
  return value
}

/** The YAML node at `path` (with `keyNode`, the last segment's key rather than its value). */
function nodeAt(root: YamlNode | undefined, path: readonly string[], keyNode: boolean): YamlNode | undefined {
  let node = root
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as {value?: unknown} | null)?.value) === segment)
      if (!pair) return node
      node = (last && keyNode ? pair.key : pair.value) as YamlNode | undefined
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as YamlNode | undefined
    } else {
      return node
    }
  }
  return node
}
