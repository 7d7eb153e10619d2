/**
 * `newsld build`: stream every article through the pool and write its
 * outputs as it finishes, then the site outputs (manifest, news sitemap)
 * and the cache index.
 *
 * Memory stays flat as the article count grows: at most a few jobs per
 * worker are in flight, and the manifest and the next cache index are
 * written to temporary files as articles finish (see `Spool`). What stays
 * in memory per article is its source path and output names, the summary
 * of an article recent enough for the news sitemap, and the previous cache
 * index until its entries are replaced.
 */
import {existsSync, renameSync, statSync} from 'node:fs'
import {mkdir, readdir} from 'node:fs/promises'
import {basename, dirname, join, relative} from 'node:path'
import {VFile} from 'vfile'
import {report} from '../diagnostics.js'
import type {ProcessorOptions} from '../processor.js'
import {cacheKey, cachePath, createCacheSpool, outputsOnly, readIndex, type CacheEntry} from './cache.js'
import type {OutputKind} from './config.js'
import {failedResult, isPlainFileName, type ArticleSummary, type JobResult, type OutputSuffix} from './result.js'

export {isPlainFileName} from './result.js'
import type {Pool} from './pool.js'
import {createProgress} from './progress.js'
import {countRecords, formatCounts, formatJson, formatLines, plural, toRecord, type Counts, type FileReport, type MessageRecord} from './report.js'
import type {RunContext} from './run.js'
import {createManifestSpool, newsTime, renderNewsSitemaps, type ManifestEntry} from './site.js'
import {removeQuietly, staleTemporaryFiles, writeAtomically, type OutputFile} from './write.js'
import {codeFingerprint} from './version.js'

export interface BuildSettings {
  /** Absolute, sorted source paths. */
  paths: readonly string[]
  /** Absolute output folder. */
  outputFolder: string
  outputs: ReadonlySet<OutputKind>
  processorOptions: ProcessorOptions
  /** Whether to trust the cache index (`--no-cache`: rebuild all, then write a fresh index). */
  useCache: boolean
  /** News sitemap window in days. */
  sitemapDays: number | undefined
  report: 'text' | 'json'
  frail: boolean
  version: string
}

export interface BuildStats {
  total: number
  built: number
  skipped: number
  failed: number
  counts: Counts
  /** Whether the exit code is a failure (errors, or warnings when frail). */
  failing: boolean
  ms: number
}

/** Per-article output files, by kind. */
const articleOutputs: ReadonlyArray<{kind: OutputKind; suffix: OutputSuffix}> = [
  {kind: 'jsonld', suffix: '.jsonld'},
  {kind: 'html', suffix: '.html'},
  {kind: 'snippet', suffix: '.snippet.html'},
  {kind: 'review', suffix: '.review.html'}
]

/** Build once. Never throws for a bad article. */
export async function build(settings: BuildSettings, pool: Pool, context: RunContext): Promise<BuildStats> {
  const started = performance.now()
  const {outputFolder} = settings
  const display = (path: string) => relative(context.cwd, path).replace(/\\/g, '/')
  // The cache is keyed on the code that runs too, so a changed pipeline never reuses old outputs.
  const key = cacheKey(settings.version + '+' + codeFingerprint(), {options: settings.processorOptions, outputs: [...settings.outputs].sort()})
  const indexPath = cachePath(context.cwd, outputFolder)
  const stored = await readIndex(indexPath)
  /** What earlier builds wrote for each source, whatever the key or `--no-cache`; an entry goes once it is replaced. */
  const recorded: Record<string, CacheEntry> = stored?.entries ?? {}
  const previous: Record<string, CacheEntry> = settings.useCache && stored?.key === key ? recorded : {}
  const previousCount = Object.keys(previous).length
  const existing = new Set(await readdir(outputFolder).catch(() => [] as string[]))
  // What a killed build left: temporary files, never half an output.
  for (const name of staleTemporaryFiles(existing)) {
    removeQuietly(join(outputFolder, name))
    existing.delete(name)
  }
  const cacheFolder = dirname(indexPath)
  for (const name of staleTemporaryFiles(await readdir(cacheFolder).catch(() => [] as string[]))) removeQuietly(join(cacheFolder, name))
  const sources = new Set(settings.paths)
  const claimed = new Map<string, string>()
  const now = context.now?.() ?? new Date()
  const siteUrl = settings.processorOptions.siteUrl
  const sitemapWanted = siteUrl !== undefined && settings.outputs.has('sitemap')
  /** Articles that may go in the news sitemap: built, and published within its window. */
  const recent: ArticleSummary[] = []
  const jsonReports: FileReport[] = []
  const counts: Counts = {errors: 0, warnings: 0, infos: 0}
  const stats = {built: 0, skipped: 0, failed: 0}
  let failing = false
  /** Whether a cached entry got a new size or mtime. */
  let touched = false
  const progress = createProgress(context.stderr, settings.paths.length, context.stderrIsTTY === true && settings.report === 'text')

  // Articles are processed in parallel but committed in sorted order (a
  // bounded reorder window): which of two conflicting articles gets the
  // outputs, and the order of the report, do not depend on timing.
  const turns = createTurns()
  await mkdir(outputFolder, {recursive: true}).catch(() => {})
  const next = createCacheSpool(indexPath, key)
  const manifest = settings.outputs.has('manifest') ? createManifestSpool(join(outputFolder, 'index.json'), settings.version) : undefined

  /** Record a committed article (in source order: called in its turn). */
  const record = (entry: ManifestEntry, cacheEntry: CacheEntry | undefined) => {
    if (cacheEntry !== undefined) {
      next.set(entry.source, cacheEntry)
      delete recorded[entry.source]
    }
    manifest?.add(entry)
    if (sitemapWanted && entry.article !== undefined && entry.outputs.length > 0 && newsTime(entry.article, now, settings.sitemapDays) !== undefined) {
      recent.push(entry.article)
    }
  }

  const suffixes = articleOutputs.filter((output) => settings.outputs.has(output.kind)).map((output) => output.suffix)

  const one = async (path: string, index: number): Promise<void> => {
    const name = display(path)
    const cached = previous[name]
    const reusable = cached !== undefined && cached.outputs.every((output) => existing.has(output))
    let size = 0
    let mtimeMs = 0
    let result: JobResult | undefined
    // Synchronous: a stat is a few microseconds, less than a trip to the thread pool.
    try {
      const info = statSync(path)
      size = info.size
      mtimeMs = info.mtimeMs
    } catch {
      // Gone or unreadable: the job reports it.
    }
    // Same size and mtime: trust the cached hash without reading the text.
    // Otherwise the job reads and hashes it, and stops if the hash is the cached one.
    /** Build the article; with `previousHash`, stop early when its hash is that. */
    const run = (previousHash?: string) =>
      pool.run({
        name,
        path,
        options: settings.processorOptions,
        render: true,
        cacheKey: key,
        previousHash,
        write: {folder: outputFolder, suffixes, tag: process.pid + '-' + index}
      })
    if (!(reusable && cached.size === size && cached.mtimeMs === mtimeMs)) result = await run(reusable ? cached.hash : undefined)

    if (reusable && (result === undefined || result.unchanged === true)) {
      await turns.wait(index)
      if (claim(cached.outputs, name)) {
        stats.skipped++
        if (cached.size !== size || cached.mtimeMs !== mtimeMs) touched = true
        const {errors, warnings, infos} = cached.counts
        counts.errors += errors
        counts.warnings += warnings
        counts.infos += infos
        if (settings.frail && warnings > 0) failing = true
        record({source: name, outputs: cached.outputs, article: cached.summary, errors, warnings, infos}, {...cached, size, mtimeMs})
        turns.done(index)
        if (settings.report === 'json') jsonReports.push({path: name, written: [], messages: [], skipped: true})
        progress.tick()
        return
      }
      // Another article has taken its outputs: build it to report why (keeping the turn).
      result = await run()
    }
    result ??= failedResult(name, new Error('No result'))

    const messages = result.messages
    const file = new VFile({path: name})
    const add = () => {
      messages.push(...file.messages.map((message) => toRecord(message)))
      file.messages.length = 0
    }
    const pending = result.pending ?? []
    const written: string[] = []
    let ok = false
    const discard = () => {
      for (const output of pending) removeQuietly(output.temp)
    }
    await turns.wait(index)
    try {
      const slug = result.summary?.slug
      if (!result.valid || slug === undefined) {
        // Failed in the pipeline: its messages say why.
        discard()
      } else if (!isPlainFileName(slug)) {
        // The slug may come from front matter: never let it leave the output folder.
        report(file, 'output-slug-unsafe', 'Unexpected slug `' + slug + '`, expected a plain file name', {
          source: 'newsld',
          actual: slug
        })
      } else if (result.writeError !== undefined || pending.length !== suffixes.length) {
        discard()
        report(file, 'output-unwritable', 'Cannot write outputs to `' + (display(outputFolder) || '.') + '`', {
          source: 'newsld',
          cause: result.writeError
        })
      } else {
        const conflict = pending.find((output) => sources.has(output.path) || claimed.has(output.path))
        if (conflict === undefined) {
          claim(pending.map((output) => basename(output.path)), name)
          try {
            // Renames are quick and atomic: the outputs appear whole.
            for (const output of pending) renameSync(output.temp, output.path)
            for (const output of pending) written.push(display(output.path))
            ok = true
          } catch (error) {
            discard()
            report(file, 'output-unwritable', 'Cannot write outputs to `' + (display(outputFolder) || '.') + '`', {
              source: 'newsld',
              cause: error
            })
          }
        } else {
          discard()
          const other = claimed.get(conflict.path)
          report(
            file,
            'output-conflict',
            other === undefined
              ? 'Unexpected output `' + display(conflict.path) + '` over a source file, expected a separate output folder'
              : 'Unexpected output `' + display(conflict.path) + '`, already written for `' + other + '`',
            {source: 'newsld', note: 'Give the article its own `slug` in front matter, or rename the file.'}
          )
        }
      }
      add()
      if (settings.report === 'text' && messages.length > 0) progress.print(formatLines(name, messages))

      const own = countRecords(messages)
      countRecords(messages, counts)
      if (messages.some((message) => message.severity === 'error' || (settings.frail && message.severity === 'warning'))) {
        failing = true
      }
      const names = ok ? pending.map((output) => basename(output.path)) : []
      if (ok) stats.built++
      else stats.failed++
      record(
        {source: name, outputs: names, article: result.summary, ...own},
        ok && result.hash !== undefined && own.errors === 0 && result.summary
          ? {hash: result.hash, size, mtimeMs, outputs: names, summary: result.summary, counts: own}
          : undefined
      )
    } finally {
      turns.done(index)
    }
    if (settings.report === 'json') jsonReports.push({path: name, written, messages})
    progress.tick()
  }

  /**
   * Sources of earlier builds into this folder that are not in this one.
   * One that still exists keeps its entry (a build of some articles must
   * not forget the others); one whose file is gone has its outputs removed,
   * except any that an article of this build now writes. An article of this
   * build that failed keeps its entry too, as its earlier outputs stay.
   * Returns how many deleted articles had outputs removed, and how many files.
   */
  function pruneDeleted(): {articles: number; files: number} {
    const inBuild = new Set(settings.paths.map(display))
    let articles = 0
    let files = 0
    for (const [name, entry] of Object.entries(recorded)) {
      if (!Array.isArray(entry.outputs) || next.has(name)) continue
      if (inBuild.has(name)) {
        next.set(name, outputsOnly(entry))
        continue
      }
      if (existsSync(join(context.cwd, name))) {
        // Still valid under the same key: a later build of it can skip it.
        next.set(name, stored?.key === key ? entry : outputsOnly(entry))
        continue
      }
      let removed = 0
      for (const output of entry.outputs) {
        if (typeof output !== 'string' || !isPlainFileName(output) || !articleOutputs.some(({suffix}) => output.endsWith(suffix))) continue
        const path = join(outputFolder, output)
        if (claimed.has(path) || sources.has(path) || !existing.has(output)) continue
        removeQuietly(path)
        removed++
      }
      if (removed > 0) articles++
      files += removed
    }
    return {articles, files}
  }

  /** Claim output names for a source; false when another source has one. */
  function claim(names: readonly string[], source: string): boolean {
    const paths = names.map((name) => join(outputFolder, name))
    if (paths.some((path) => sources.has(path) || claimed.has(path))) return false
    for (const path of paths) claimed.set(path, source)
    return true
  }

  // Committed in sorted order of the names the manifest is sorted by.
  const paths = isSortedBy(settings.paths, display) ? settings.paths : [...settings.paths].sort((a, b) => compare(display(a), display(b)))
  try {
    await forEachBounded(paths, pool.size * 8, one)
  } catch (error) {
    manifest?.discard()
    next.discard()
    throw error
  }
  progress.done()
  const pruned = pruneDeleted()

  // Site outputs and the cache index.
  const site: OutputFile[] = []
  const notes: string[] = []
  // Nothing built, failed, removed or touched: the manifest and the cache index are as they were.
  const unchanged =
    stats.built === 0 &&
    stats.failed === 0 &&
    !touched &&
    pruned.files === 0 &&
    previousCount === stats.skipped &&
    existsSync(indexPath)
  if (settings.outputs.has('sitemap')) {
    if (siteUrl === undefined) {
      notes.push('newsld: no news sitemap without a site URL (set `siteUrl` in newsld.config.json, or `--site-url`)')
    } else {
      const sitemap = renderNewsSitemaps(recent, {siteUrl, now, days: settings.sitemapDays})
      for (const file of sitemap.files) site.push({path: join(outputFolder, file.name), content: file.content})
      if (sitemap.incomplete > 0) {
        notes.push(
          'newsld: ' + plural(sitemap.incomplete, 'recent article') + ' left out of the news sitemap for lack of a page URL, publisher name or language'
        )
      }
    }
  }
  if (pruned.files > 0) {
    notes.push('newsld: removed ' + plural(pruned.files, 'output') + ' of ' + plural(pruned.articles, 'deleted article'))
  }
  let siteError: string | undefined
  try {
    if (manifest !== undefined && !(unchanged && existing.has('index.json'))) manifest.finish()
    if (site.length > 0) await writeAtomically(site)
    if (!unchanged) next.finish()
  } catch (error) {
    siteError = 'newsld: Cannot write site outputs to `' + (display(outputFolder) || '.') + '`: ' + (error instanceof Error ? error.message : String(error))
    failing = true
  } finally {
    manifest?.discard()
    next.discard()
  }

  const ms = performance.now() - started
  const total = settings.paths.length
  if (settings.report === 'json') {
    jsonReports.sort((a, b) => compare(a.path, b.path))
    context.stderr.write(formatJson(jsonReports))
  } else {
    let text = formatCounts(counts)
    for (const note of notes) text += note + '\n'
    if (siteError) text += siteError + '\n'
    text +=
      'Built ' + stats.built + ', skipped ' + stats.skipped + ', failed ' + stats.failed + ' of ' + plural(total, 'article') +
      ' into `' + (display(outputFolder) || '.') + '` in ' + formatDuration(ms) + '\n'
    context.stderr.write(text)
  }
  return {total, ...stats, counts, failing, ms}
}

/** Run `task` over `items` (with their index) with at most `limit` running at once. */
export async function forEachBounded<T>(
  items: Iterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<void>
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  let index = 0
  const lanes = Array.from({length: Math.max(1, limit)}, async () => {
    for (let step = iterator.next(); step.done !== true; step = iterator.next()) await task(step.value, index++)
  })
  await Promise.all(lanes)
}

/** Turns in index order: `wait(i)` resolves once `done` was called for every index below `i`. */
export function createTurns(): {wait(index: number): Promise<void>; done(index: number): void} {
  let current = 0
  const waiting = new Map<number, () => void>()
  return {
    wait(index) {
      if (index <= current) return Promise.resolve()
      return new Promise((resolve) => waiting.set(index, resolve))
    },
    done(index) {
      if (index !== current) return
      current++
      const next = waiting.get(current)
      if (next) {
        waiting.delete(current)
        next()
      }
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether `items` are sorted by `key`. */
function isSortedBy<T>(items: readonly T[], key: (item: T) => string): boolean {
  for (let index = 1; index < items.length; index++) if (compare(key(items[index - 1]!), key(items[index]!)) > 0) return false
  return true
}

function formatDuration(ms: number): string {
  return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) + ' s'
}
