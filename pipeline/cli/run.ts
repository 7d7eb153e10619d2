/**
 * The CLI: read → process → write → report.
 *
 * `run` takes its arguments, output streams and working directory as
 * parameters and returns the exit code, so tests call it in-process; only
 * `bin.ts` touches `process`.
 */
import {readFile, stat} from 'node:fs/promises'
import {basename, extname, join, relative, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import {renderOutputs} from '../emit/render.js'
import {processArticle} from '../index.js'
import {decodeArticle} from '../validate/check-input.js'
import {help, parseCliArgs, type CliOptions} from './args.js'
import {formatEntities, loadRegistry, tallyEntities} from './registry.js'
import {formatJson, formatText, plural, type FileReport} from './report.js'
import {renderReview} from '../review/render-review.js'
import type {RegistryEntry} from '../data.js'
import {writeAtomically, type OutputFile} from './write.js'

export interface Writer {
  write(chunk: string): unknown
}

export interface RunContext {
  stdout: Writer
  stderr: Writer
  /** Directory relative paths are resolved against. */
  cwd: string
}

/** Exit codes. */
export const exitCodes = {success: 0, failure: 1, usage: 2} as const

/** File extensions read as articles. */
export const articleExtensions = ['.md', '.markdown', '.txt'] as const

/** Run the CLI with `argv` (without node and the script path); resolves to the exit code. */
export async function run(argv: readonly string[], context: RunContext): Promise<number> {
  const parsed = parseCliArgs(argv)
  switch (parsed.kind) {
    case 'help': {
      context.stdout.write(help)
      return exitCodes.success
    }
    case 'version': {
      context.stdout.write((await version()) + '\n')
      return exitCodes.success
    }
    case 'usage-error': {
      return usageError(context, parsed.reason)
    }
    default:
  }
  const options = parsed.options
  const found = await findArticles(options.inputs, context.cwd)
  if (typeof found === 'string') return usageError(context, found)
  // The site's entity registry: a broken registry stops the run before any article.
  const registry = await loadRegistry(options, context.cwd, (path) => display(context, path))
  if (registry.file?.messages.some((message) => message.fatal === true)) {
    writeReport(context, options, [{file: registry.file, written: []}])
    return exitCodes.failure
  }
  entitiesOf.set(options, registry.entries)
  if (options.command === 'entities') return entities(found, options, context)
  return options.command === 'extract' ? extract(found[0]!, options, context) : build(found, options, context)
}

/** Registry entries of a run (kept beside the parsed options). */
const entitiesOf = new WeakMap<CliOptions, RegistryEntry[]>()

async function entities(paths: readonly string[], options: CliOptions, context: RunContext): Promise<number> {
  const results = []
  for (const path of paths) results.push(await processPath(path, options, context))
  context.stdout.write(formatEntities(tallyEntities(results, options.unknown), options.unknown, results.length))
  writeReport(context, options, results.map(({file}) => ({file, written: []})))
  return exitCodeFor(results.map(({file}) => file), options.frail)
}

async function extract(path: string, options: CliOptions, context: RunContext): Promise<number> {
  const {file, valid} = await processPath(path, options, context)
  // An invalid document is never output, on stdout or anywhere else.
  if (valid && file.data.jsonLd !== undefined) {
    const outputs = renderOutputs(file)
    if (outputs) context.stdout.write(outputs.jsonld)
  }
  writeReport(context, options, [{file, written: []}])
  return exitCodeFor([file], options.frail)
}

async function build(paths: readonly string[], options: CliOptions, context: RunContext): Promise<number> {
  const outputFolder = resolve(context.cwd, options.output)
  const sources = new Set(paths)
  const claimed = new Map<string, string>()
  const reports: FileReport[] = []

  // One article after the other: a broken article is reported and the rest still build.
  for (const path of paths) {
    const {file, valid} = await processPath(path, options, context)
    const written: string[] = []
    reports.push({file, written})
    const outputs = valid ? renderOutputs(file) : undefined
    if (outputs === undefined) continue

    // The slug may come from front matter: never let it leave the output folder.
    if (!isPlainFileName(outputs.slug)) {
      report(file, 'output-slug-unsafe', 'Unexpected slug `' + outputs.slug + '`, expected a plain file name', {
        source: 'newsld',
        actual: outputs.slug
      })
      continue
    }
    const files: OutputFile[] = [
      {path: join(outputFolder, outputs.slug + '.jsonld'), content: outputs.jsonld},
      {path: join(outputFolder, outputs.slug + '.html'), content: outputs.page},
      {path: join(outputFolder, outputs.slug + '.snippet.html'), content: outputs.snippet}
    ]
    const review = options.review ? renderReview(file) : undefined
    if (review !== undefined) files.push({path: join(outputFolder, outputs.slug + '.review.html'), content: review})
    const conflict = files.find((output) => sources.has(output.path) || claimed.has(output.path))
    if (conflict !== undefined) {
      const other = claimed.get(conflict.path)
      report(
        file,
        'output-conflict',
        other === undefined
          ? 'Unexpected output `' + display(context, conflict.path) + '` over a source file, expected a separate output folder'
          : 'Unexpected output `' + display(context, conflict.path) + '`, already written for `' + other + '`',
        {source: 'newsld', note: 'Give the article its own `slug` in front matter, or rename the file.'}
      )
      continue
    }
    try {
      await writeAtomically(files)
    } catch (error) {
      report(file, 'output-unwritable', 'Cannot write outputs to `' + display(context, outputFolder) + '`', {
        source: 'newsld',
        cause: error
      })
      continue
    }
    for (const output of files) {
      claimed.set(output.path, display(context, path))
      written.push(display(context, output.path))
    }
  }

  writeReport(context, options, reports)
  if (options.report === 'text') {
    const built = reports.filter((entry) => entry.written.length > 0).length
    context.stderr.write(
      'Built ' + built + ' of ' + plural(reports.length, 'article') + ' into `' +
        (display(context, outputFolder) || '.') + '`\n'
    )
  }
  return exitCodeFor(
    reports.map((entry) => entry.file),
    options.frail
  )
}

async function processPath(path: string, options: CliOptions, context: RunContext) {
  const name = display(context, path)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const file = new VFile({path: name})
    report(file, 'article-unreadable', 'Cannot read article', {cause: error})
    return {file, valid: false}
  }
  // Bytes that are not UTF-8 are reported at their place, not replaced.
  const undecoded = new VFile({path: name})
  const value = decodeArticle(undecoded, bytes)
  if (value === undefined) return {file: undecoded, valid: false}
  const result = await processArticle({value, path: name}, {siteUrl: options.siteUrl, entities: entitiesOf.get(options)})
  return {file: result.file, valid: result.valid}
}

/**
 * Expand the inputs: a folder gives its articles (recursively), a file
 * itself, anything else is a glob. Returns sorted absolute paths, or the
 * reason when an input matches no article.
 */
async function findArticles(inputs: readonly string[], cwd: string): Promise<string[] | string> {
  const found = new Set<string>()
  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    const stats = await stat(absolute).catch(() => undefined)
    let matches: string[]
    if (stats?.isDirectory()) {
      matches = await glob('**/*', {cwd: absolute, absolute: true, ignore: ['**/node_modules/**']})
    } else if (stats?.isFile()) {
      matches = [absolute]
    } else if (isDynamicPattern(input)) {
      matches = await glob(input, {cwd, absolute: true, ignore: ['**/node_modules/**']})
    } else {
      return 'Cannot find `' + input + '`, expected a file, folder or glob'
    }
    matches = matches.map((match) => resolve(match)).filter(isArticlePath)
    if (matches.length === 0) {
      return 'Unexpected `' + input + '` without articles, expected ' + articleExtensions.join(', ') + ' files'
    }
    for (const match of matches) found.add(match)
  }
  return [...found].sort()
}

/** Whether a slug can be used as a file name inside the output folder. */
export function isPlainFileName(name: string): boolean {
  return name !== '' && !name.startsWith('.') && !/[/\\\0]/.test(name) && basename(name) === name
}

function isArticlePath(path: string): boolean {
  return (articleExtensions as readonly string[]).includes(extname(path).toLowerCase())
}

/** Exit code for processed files: failure on a fatal message, or on a warning when `frail`. */
export function exitCodeFor(files: readonly VFile[], frail: boolean): number {
  const failed = files.some((file) =>
    file.messages.some((message) => message.fatal === true || (frail && message.fatal === false))
  )
  return failed ? exitCodes.failure : exitCodes.success
}

function writeReport(context: RunContext, options: CliOptions, reports: readonly FileReport[]): void {
  const text =
    options.report === 'json' ? formatJson(reports) : formatText(reports.map((entry) => entry.file))
  if (text) context.stderr.write(text)
}

function usageError(context: RunContext, reason: string): number {
  context.stderr.write('newsld: ' + reason + '\n\nSee `newsld --help` for usage.\n')
  return exitCodes.usage
}

/** Path relative to the cwd, with forward slashes. */
function display(context: RunContext, path: string): string {
  return relative(context.cwd, path).replace(/\\/g, '/')
}

async function version(): Promise<string> {
  const pack: unknown = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
  return pack && typeof pack === 'object' && 'version' in pack ? String(pack.version) : 'unknown'
}
