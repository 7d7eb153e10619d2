/**
 * The CLI: read the config, find the articles, run them through the pool,
 * write and report.
 *
 * `run` takes its arguments, streams, working directory (and, for tests,
 * the clock and an abort signal) as parameters and returns the exit code,
 * so tests call it in-process; only `bin.ts` touches `process`.
 */
import {readFile, stat} from 'node:fs/promises'
import {extname, join, relative, resolve} from 'node:path'
import {Readable} from 'node:stream'
import {glob, isDynamicPattern} from 'tinyglobby'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import {decodeArticle} from '../validate/check-input.js'
import {help, parseCliArgs, type CliOptions} from './args.js'
import {build, isPlainFileName} from './build.js'
import {cacheFolderName} from './cache.js'
import {loadConfig, outputKinds, processorOptionsOf} from './config.js'
import {extractNdjson} from './ndjson.js'
import {createPool, defaultJobs} from './pool.js'
import {formatEntities, loadRegistry, tallyEntities} from './registry.js'
import {countRecords, formatCounts, formatJson, formatLines, toRecord} from './report.js'
import {packageVersion} from './version.js'
import {watchAndRebuild} from './watch.js'

export {isPlainFileName}

export interface Writer {
  write(chunk: string): unknown
}

export interface RunContext {
  stdout: Writer
  stderr: Writer
  /** Directory relative paths are resolved against. */
  cwd: string
  /** Input of `extract --ndjson` (default: none, an empty input). */
  stdin?: Readable | undefined
  /** Whether stderr is a terminal (shows the progress bar). */
  stderrIsTTY?: boolean | undefined
  /** The clock, for the news sitemap's window (default: the current time). */
  now?: (() => Date) | undefined
  /** Stops `build --watch` (the binary aborts it on SIGINT). */
  signal?: AbortSignal | undefined
  /**
   * Run the articles on this thread rather than in worker threads (tests:
   * no worker start-up; default: worker threads, `--jobs` of them).
   */
  inProcess?: boolean | undefined
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
      context.stdout.write(packageVersion() + '\n')
      return exitCodes.success
    }
    case 'usage-error': {
      return usageError(context, parsed.reason)
    }
    default:
  }
  const options = parsed.options
  const loaded = await loadConfig(context.cwd, options.config)
  if (!loaded.ok) {
    const records = loaded.file.messages.map((message) => toRecord(message))
    context.stderr.write(formatLines(loaded.file.path, records) + '\nnewsld: Invalid config, nothing built\n')
    return exitCodes.usage
  }
  const config = loaded.config
  const processorOptions = processorOptionsOf(config, options.siteUrl)

  if (options.command === 'extract' && options.ndjson) {
    const pool = createPool(options.jobs ?? defaultJobs(), {inProcess: context.inProcess})
    try {
      const stats = await extractNdjson(context.stdin ?? Readable.from([]), context.stdout, pool, processorOptions, options.frail)
      return stats.failing > 0 ? exitCodes.failure : exitCodes.success
    } finally {
      await pool.close()
    }
  }

  const found = await findArticles(options.inputs, context.cwd)
  if (typeof found === 'string') return usageError(context, found)
  // The site's entity registry: a broken registry stops the run before any article.
  const registry = await loadRegistry(options, context.cwd, (path) => relative(context.cwd, path).replace(/\\/g, '/'))
  if (registry.file !== undefined && registry.file.messages.length > 0) {
    const records = registry.file.messages.map((message) => toRecord(message))
    if (options.report === 'json') {
      context.stderr.write(formatJson([{path: registry.file.path, written: [], messages: records}]))
    } else {
      context.stderr.write(formatLines(registry.file.path, records) + formatCounts(countRecords(records)))
    }
    if (registry.file.messages.some((message) => message.fatal === true)) return exitCodes.failure
  }
  // Plain data, so workers get the entries with the rest of the options.
  if (registry.entries.length > 0) processorOptions.entities = registry.entries
  if (options.command === 'entities') return entities(found, options, processorOptions, context)
  if (options.command === 'extract') return extract(found[0]!, options, processorOptions, context)

  const outputFolder = resolve(context.cwd, options.output ?? config.output ?? 'dist')
  // No more workers than articles (by default, than thousands of articles:
  // see `defaultJobs`), and a single article runs on this thread (no worker
  // to start), except when watching: more may come.
  const jobs = options.watch ? (options.jobs ?? defaultJobs(found.length)) : Math.min(options.jobs ?? defaultJobs(found.length), found.length)
  const pool = createPool(jobs, {inProcess: context.inProcess === true || (!options.watch && found.length <= 1)})
  const settings = {
    paths: found,
    outputFolder,
    // `--no-review` drops the review page from whatever the config asks for.
    outputs: new Set((config.outputs ?? outputKinds).filter((kind) => options.review || kind !== 'review')),
    processorOptions,
    useCache: options.cache,
    sitemapDays: config.sitemap?.days,
    report: options.report,
    frail: options.frail,
    version: packageVersion()
  }
  try {
    const stats = await build(settings, pool, context)
    if (!options.watch) return stats.failing ? exitCodes.failure : exitCodes.success

    const signal = context.signal ?? new AbortController().signal
    context.stderr.write('Watching… (press CTRL+C to exit)\n')
    await watchAndRebuild(
      {
        inputs: options.inputs,
        cwd: context.cwd,
        ignore: [outputFolder, join(context.cwd, cacheFolderName)],
        signal,
        rebuild: async () => {
          const paths = await findArticles(options.inputs, context.cwd)
          // Every article of an input may be gone for a moment: build none then.
          await build({...settings, paths: typeof paths === 'string' ? [] : paths, useCache: true}, pool, context)
        }
      },
      articleExtensions
    )
    return exitCodes.success
  } finally {
    await pool.close()
  }
}

/** `newsld entities`: the persons, organizations and places found, with registry matches. */
async function entities(
  paths: readonly string[],
  options: CliOptions,
  processorOptions: ProcessorOptions,
  context: RunContext
): Promise<number> {
  const results: Array<{file: VFile}> = []
  let failing = false
  for (const path of paths) {
    const name = relative(context.cwd, path).replace(/\\/g, '/')
    const file = await processEntities(path, name, processorOptions)
    results.push({file})
    const records = file.messages.map((message) => toRecord(message))
    if (records.some((record) => record.severity === 'error' || (options.frail && record.severity === 'warning'))) {
      failing = true
    }
    if (options.report === 'text' && records.some((record) => record.severity === 'error')) {
      context.stderr.write(formatLines(name, records.filter((record) => record.severity === 'error')))
    }
  }
  context.stdout.write(formatEntities(tallyEntities(results, options.unknown), options.unknown, results.length))
  return failing ? exitCodes.failure : exitCodes.success
}

/** Read, decode and process one article in-process (the entities listing needs its `file.data`). */
async function processEntities(path: string, name: string, processorOptions: ProcessorOptions): Promise<VFile> {
  const file = new VFile({path: name})
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    report(file, 'article-unreadable', 'Cannot read article', {cause: error})
    return file
  }
  const value = decodeArticle(file, bytes)
  if (value === undefined) return file
  // Loaded here, not at the top: a build's main thread never runs the pipeline
  // (its workers do), and loading it (lexicons, compiled schemas) is most of
  // the start-up of a build that has nothing to do.
  const {processArticle} = await import('../index.js')
  return (await processArticle({value, path: name}, processorOptions)).file
}

async function extract(path: string, options: CliOptions, processorOptions: ProcessorOptions, context: RunContext): Promise<number> {
  const name = relative(context.cwd, path).replace(/\\/g, '/')
  const {runJob} = await import('./job.js')
  const result = await runJob({name, path, options: processorOptions, render: true})
  // An invalid document is never output, on stdout or anywhere else.
  if (result.valid && result.outputs) context.stdout.write(result.outputs.jsonld)
  if (options.report === 'json') {
    context.stderr.write(formatJson([{path: name, written: [], messages: result.messages}]))
  } else if (result.messages.length > 0) {
    context.stderr.write(formatLines(name, result.messages) + formatCounts(countRecords(result.messages)))
  }
  const failing = result.messages.some(
    (message) => message.severity === 'error' || (options.frail && message.severity === 'warning')
  )
  return failing ? exitCodes.failure : exitCodes.success
}

/**
 * Expand the inputs: a folder gives its articles (recursively), a file
 * itself, anything else is a glob. Returns sorted absolute paths, or the
 * reason when an input matches no article.
 */
export async function findArticles(inputs: readonly string[], cwd: string): Promise<string[] | string> {
  const found = new Set<string>()
  const ignore = ['**/node_modules/**', '**/' + cacheFolderName + '/**']
  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    const stats = await stat(absolute).catch(() => undefined)
    let matches: string[]
    if (stats?.isDirectory()) {
      matches = await glob('**/*', {cwd: absolute, absolute: true, ignore})
    } else if (stats?.isFile()) {
      matches = [absolute]
    } else if (isDynamicPattern(input)) {
      matches = await glob(input, {cwd, absolute: true, ignore})
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

function isArticlePath(path: string): boolean {
  return (articleExtensions as readonly string[]).includes(extname(path).toLowerCase())
}

/** Exit code for a set of messages: failure on an error, or on a warning when `frail`. */
export function exitCodeFor(files: ReadonlyArray<{messages: ReadonlyArray<{fatal?: boolean | null | undefined}>}>, frail: boolean): number {
  const failed = files.some((file) =>
    file.messages.some((message) => message.fatal === true || (frail && message.fatal === false))
  )
  return failed ? exitCodes.failure : exitCodes.success
}

function usageError(context: RunContext, reason: string): number {
  context.stderr.write('newsld: ' + reason + '\n\nSee `newsld --help` for usage.\n')
  return exitCodes.usage
}

