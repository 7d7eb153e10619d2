/**
 * `npm run bench`: figures for issue 7's targets, in one run on one machine,
 * against the compiled `lib/` (run `npm run compile` first; the npm script
 * does). Prints figures, asserts nothing: timings belong here, not in tests.
 *
 * 1. remark-parse alone vs the whole pipeline per seed-sized article, with
 *    the cost of each stage;
 * 2. `newsld build` of 1,000 and 10,000 seed-sized articles (variants of
 *    source/witkoff-article.md with words shuffled, so nothing is cached),
 *    `--jobs 1` and `--jobs 2`: articles/s and peak memory (RSS of the
 *    whole process, worker threads included);
 * 3. a rebuild of the 10,000 with nothing changed;
 * 4. a 400 KB article against a 4 KB one.
 *
 * `NEWSLD_BENCH_QUICK=1` runs smaller counts (100 and 1,000).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

type Lib = typeof import('../../pipeline/index.js')

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = join(root, 'lib/cli/bin.js')
const hook = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url))
const lib = (await import(pathToFileURL(join(root, 'lib/index.js')).href)) as Lib
const {unified} = await import('unified')
const {default: remarkParse} = await import('remark-parse')
const {default: remarkFrontmatter} = await import('remark-frontmatter')

const quick = process.env['NEWSLD_BENCH_QUICK'] === '1'
const seed = readFileSync(join(root, 'source/witkoff-article.md'), 'utf8')
// On tmpfs when there is one, so the figures are newsld's, not the disk's
// (NEWSLD_BENCH_DIR picks another folder).
const base = process.env['NEWSLD_BENCH_DIR'] ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
const work = mkdtempSync(join(base, 'newsld-bench-'))
const lines: string[] = []

function print(line = ''): void {
  lines.push(line)
  console.log(line)
}

function target(ok: boolean): string {
  return ok ? 'ok' : 'MISSED'
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seedNumber: number): () => number {
  let state = seedNumber >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const vocabulary = [...new Set(seed.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])]

/** Variant `index` of the seed: the same shape, about 8% of the lower-case body words swapped. */
function variant(index: number): string {
  const next = random(index + 1)
  const [, matter = '', body = seed] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(seed) ?? []
  return matter + body.replace(/\b[a-z]{4,}\b/g, (word) => (next() < 0.08 ? vocabulary[Math.floor(next() * vocabulary.length)]! : word))
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await run()
  return [result, performance.now() - start]
}

// 1. Per article: remark-parse alone vs the pipeline, and each stage.
const samples = Array.from({length: 200}, (_, index) => variant(index))
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/**
 * Rounds over the samples before any is timed. V8 takes about two thousand
 * articles to optimise the pipeline's code (a fresh worker of a build does
 * the same), so the first rounds are timed apart, as the cold figure.
 */
const warmRounds = 10

async function perArticle(options: {format?: 'markdown'} = {}) {
  // The best of 5 rounds over the samples, after the warm-up rounds.
  const rounds: Array<{parse: number; pipeline: number}> = []
  let cold = {parse: 0, pipeline: 0}
  for (let round = 0; round < warmRounds + 5; round++) {
    const [, parse] = time(() => {
      for (const value of samples) parser.parse(value)
    })
    const [, pipeline] = await timeAsync(async () => {
      for (const [index, value] of samples.entries()) await lib.processArticle({value, path: 'a-' + index + '.md'}, options)
    })
    if (round === 0) cold = {parse: parse / samples.length, pipeline: pipeline / samples.length}
    if (round >= warmRounds) rounds.push({parse: parse / samples.length, pipeline: pipeline / samples.length})
  }
  return {cold, parse: Math.min(...rounds.map((round) => round.parse)), pipeline: Math.min(...rounds.map((round) => round.pipeline))}
}

/**
 * Cost of each stage: processors that stop after it, minus the one before
 * (interleaved rounds, best of each, to keep noise from other processes down).
 */
async function stageCosts(): Promise<Array<[string, number]>> {
  const stages: Array<[string, (processor: ReturnType<typeof unified>) => unknown]> = [
    ['remark-parse + frontmatter', (p) => p.use(remarkParse).use(remarkFrontmatter, ['yaml'])],
    ['article (matter, structure, text)', (p) => p.use(lib.remarkArticleMatter).use(lib.remarkArticle)],
    ['people', (p) => p.use(lib.remarkPeople)],
    ['quotations', (p) => p.use(lib.remarkQuotations)],
    ['events', (p) => p.use(lib.remarkEvents)],
    ['graph', (p) => p.use(lib.remarkGraph)],
    ['validate', (p) => p.use(lib.remarkValidate)]
  ]
  const {VFile} = await import('vfile')
  const processors = stages.map((_, count) => {
    const processor = unified()
    for (const [, add] of stages.slice(0, count + 1)) add(processor)
    return processor.freeze()
  })
  const best = processors.map(() => Number.POSITIVE_INFINITY)
  let whole = Number.POSITIVE_INFINITY
  for (let round = 0; round < 6; round++) {
    for (const [index, processor] of processors.entries()) {
      const [, ms] = await timeAsync(async () => {
        for (const value of samples) {
          const file = new VFile({value, path: 'a.md'})
          await processor.run(processor.parse(file), file)
        }
      })
      if (round > 0) best[index] = Math.min(best[index]!, ms / samples.length)
    }
    const [, ms] = await timeAsync(async () => {
      for (const value of samples) {
        const {file} = await lib.processArticle({value, path: 'a.md'})
        lib.renderOutputs(file)
      }
    })
    if (round > 0) whole = Math.min(whole, ms / samples.length)
  }
  const costs: Array<[string, number]> = stages.map(([name], index) => [name, best[index]! - (index === 0 ? 0 : best[index - 1]!)])
  costs.push(['processArticle set-up + renderOutputs (CLI)', whole - best.at(-1)!])
  return costs
}

print(
  'newsld benchmark — Node ' + process.version + ', ' + availableParallelism() + ' cores, load average ' +
    loadavg().map((value) => value.toFixed(1)).join(' ') + (quick ? ' (quick)' : '')
)
print('seed article: ' + seed.length + ' bytes; articles and outputs in ' + base)
print('Times are the best of several runs (other processes only ever add time).')
print()

const single = await perArticle()
const ratio = single.pipeline / single.parse
print('Per article (best of 5 rounds × ' + samples.length + ' variants, after ' + warmRounds * samples.length + ' to warm up):')
print('  remark-parse alone      ' + single.parse.toFixed(3) + ' ms')
print('  whole pipeline          ' + single.pipeline.toFixed(3) + ' ms  (' + Math.round(1000 / single.pipeline) + ' articles/s on one core)')
print('  ratio                   ' + ratio.toFixed(2) + '×   target ≤ 2.5×: ' + target(ratio <= 2.5))
print(
  '  cold (first ' + samples.length + ' of a fresh process): remark-parse ' + single.cold.parse.toFixed(3) + ' ms, pipeline ' +
    single.cold.pipeline.toFixed(3) + ' ms (' + (single.cold.pipeline / single.cold.parse).toFixed(2) + '×)'
)
print('  by stage:')
for (const [name, ms] of await stageCosts()) {
  print('    ' + name.padEnd(38) + ms.toFixed(3) + ' ms  (' + (ms / single.parse).toFixed(2) + '× parse)')
}
print()

// 2. Builds.
function generate(count: number): string {
  const folder = join(work, 'articles-' + count)
  mkdirSync(folder, {recursive: true})
  for (let index = 0; index < count; index++) {
    writeFileSync(join(folder, 'a-' + String(index).padStart(5, '0') + '.md'), variant(index))
  }
  return folder
}

interface BuildFigures {
  ms: number
  /** CPU time of all threads. */
  cpuMs: number
  rssMb: number
  summary: string
}

function buildWith(folder: string, output: string, jobs: number, extra: string[] = []): BuildFigures {
  const rssFile = join(work, 'rss-' + Math.random().toString(36).slice(2))
  const start = performance.now()
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(hook).href, bin, 'build', folder, '-o', output, '--jobs', String(jobs), ...extra],
    {cwd: work, encoding: 'utf8', env: {...process.env, NEWSLD_BENCH_RSS: rssFile}, maxBuffer: 1 << 30}
  )
  const ms = performance.now() - start
  const summary = /Built .*/.exec(result.stderr)?.[0] ?? result.stderr.split('\n').slice(-3).join(' ')
  let usage = {maxRSS: 0, cpu: 0}
  try {
    usage = JSON.parse(readFileSync(rssFile, 'utf8')) as typeof usage
  } catch {}
  return {ms, cpuMs: usage.cpu / 1000, rssMb: usage.maxRSS / 1024, summary}
}

/**
 * How well this machine runs the same JavaScript on two threads: remark-parse
 * over the samples in one worker thread, then in two at once, each warmed up
 * first (ratio of articles per second). Parsing allocates as much as the
 * pipeline does, so it meets the same limits of shared caches, memory and
 * V8's helper threads.
 */
async function parserScaling(): Promise<number> {
  const {Worker} = await import('node:worker_threads')
  const code = `
    const {parentPort, workerData} = require('node:worker_threads')
    ;(async () => {
      const {createRequire} = await import('node:module')
      const req = createRequire(workerData.root + 'package.json')
      const {unified} = await import(req.resolve('unified'))
      const remarkParse = (await import(req.resolve('remark-parse'))).default
      const parser = unified().use(remarkParse)
      const {samples, count} = workerData
      for (let index = 0; index < 2000; index++) parser.parse(samples[index % samples.length])
      parentPort.postMessage('ready')
      parentPort.once('message', () => {
        for (let index = 0; index < count; index++) parser.parse(samples[index % samples.length])
        parentPort.postMessage('done')
      })
    })()
  `
  const run = async (threads: number, count: number): Promise<number> => {
    const workers = Array.from({length: threads}, () => new Worker(code, {eval: true, workerData: {root, samples, count}, resourceLimits: {maxYoungGenerationSizeMb: 32}}))
    const next = (worker: InstanceType<typeof Worker>) => new Promise((resolve) => worker.once('message', resolve))
    await Promise.all(workers.map(next))
    const start = performance.now()
    const done = workers.map(next)
    for (const worker of workers) worker.postMessage('go')
    await Promise.all(done)
    const ms = performance.now() - start
    await Promise.all(workers.map((worker) => worker.terminate()))
    return (threads * count) / ms
  }
  const count = quick ? 2000 : 6000
  const one = Math.max(await run(1, count), await run(1, count))
  const two = Math.max(await run(2, count), await run(2, count))
  return two / one
}

const counts = quick ? [100, 1000] : [1000, 10_000]
const figures = new Map<string, BuildFigures>()
print('newsld build (full builds with --no-cache; wall time including start-up; each count twice, interleaved: best time, highest peak):')
for (const count of counts) {
  const folder = generate(count)
  // The same runs for both counts: the peak of each is the highest of its runs.
  const order = [1, 2, 1, 2]
  for (const jobs of order) {
    const output = join(work, 'out-' + count + '-' + jobs)
    rmSync(output, {recursive: true, force: true})
    const result = buildWith(folder, output, jobs, ['--no-cache'])
    const key = count + '/' + jobs
    const best = figures.get(key)
    if (best === undefined || result.ms < best.ms) figures.set(key, {...result, rssMb: Math.max(result.rssMb, best?.rssMb ?? 0)})
    else best.rssMb = Math.max(best.rssMb, result.rssMb)
    print(
      '  ' + String(count).padStart(6) + ' articles, --jobs ' + jobs + ': ' + (result.ms / 1000).toFixed(2).padStart(6) + ' s, ' +
        String(Math.round((count / result.ms) * 1000)).padStart(5) + ' articles/s, CPU ' + (result.cpuMs / 1000).toFixed(1) + ' s, peak RSS ' +
        result.rssMb.toFixed(0) + ' MB  [' + result.summary + ']'
    )
  }
}
const [small, large] = counts as [number, number]
const speedup = figures.get(large + '/1')!.ms / figures.get(large + '/2')!.ms
print('  --jobs 2 vs --jobs 1 (' + large + '):  ' + speedup.toFixed(2) + '×   target ≥ 1.7×: ' + target(speedup >= 1.7))
const cpuOverhead = figures.get(large + '/2')!.cpuMs / figures.get(large + '/1')!.cpuMs
print(
  '    (CPU time --jobs 2 / --jobs 1: ' + cpuOverhead.toFixed(2) + '×, so on two idle cores at most ' + (2 / cpuOverhead).toFixed(2) +
    '× faster; the wall-clock ratio only means something when nothing else runs)'
)
const reference = await parserScaling()
print(
  '    (for reference, remark-parse alone in 1 vs 2 worker threads on this machine: ' + reference.toFixed(2) +
    '× as many articles per second with 2)'
)
const peak = Math.max(figures.get(large + '/1')!.rssMb, figures.get(large + '/2')!.rssMb)
const smallPeak = Math.max(figures.get(small + '/1')!.rssMb, figures.get(small + '/2')!.rssMb)
print('  peak RSS for ' + large + ': ' + peak.toFixed(0) + ' MB   target ≤ 400 MB: ' + target(peak <= 400))
print(
  '  peak RSS ' + large + ' vs ' + small + ': ' + peak.toFixed(0) + ' vs ' + smallPeak.toFixed(0) + ' MB (' + (peak / smallPeak).toFixed(2) +
    '×)   target: not growing with count (≤ 1.25×): ' + target(peak / smallPeak <= 1.25)
)
print()

// 3. No-change rebuild (the cache written by the --jobs 2 build above).
const full = figures.get(large + '/2')!
const rebuild = buildWith(join(work, 'articles-' + large), join(work, 'out-' + large + '-2'), 2)
const share = rebuild.ms / full.ms
print('Load average after the builds: ' + loadavg().map((value) => value.toFixed(1)).join(' ') + ' (other processes share the cores: compare figures with care)')
print('Rebuild of ' + large + ' unchanged articles (--jobs 2): ' + (rebuild.ms / 1000).toFixed(2) + ' s = ' + (share * 100).toFixed(1) + '% of the full build   target ≤ 5%: ' + target(share <= 0.05) + '  [' + rebuild.summary + ']')
print()

// 4. A 400 KB article vs a 4 KB one.
const [, seedBody = ''] = /^---\n[\s\S]*?\n---\n\n#[^\n]*\n([\s\S]*)$/.exec(seed) ?? []
const head = seed.slice(0, seed.length - seedBody.length)
let big = head
for (let index = 0; big.length < seed.length * 100; index++) {
  big += variant(index + 1000).slice(head.length) + '\n'
}
big = big.slice(0, seed.length * 100)
big = big.slice(0, big.lastIndexOf('\n\n')) + '\n'
async function perRun(value: string, runs: number): Promise<number> {
  await lib.processArticle({value, path: 'big.md'})
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push((await timeAsync(() => lib.processArticle({value, path: 'big.md'})))[1])
  return Math.min(...times)
}
const smallMs = await perRun(seed, 50)
const bigMs = await perRun(big, 7)
const growth = bigMs / smallMs
/** How many times longer `processor` takes to parse the big article than the seed (best of several runs each). */
const parseGrowthOf = (processor: {parse(value: string): unknown}): number => {
  const best = (value: string, runs: number): number => {
    processor.parse(value)
    const times: number[] = []
    for (let run = 0; run < runs; run++) times.push(time(() => processor.parse(value))[1])
    return Math.min(...times)
  }
  return best(big, 7) / best(seed, 50)
}
const parseGrowth = parseGrowthOf(parser)
const blocksGrowth = parseGrowthOf(unified().use(lib.remarkParseBlocks).use(remarkFrontmatter, ['yaml']))
print(
  'Large article: ' + (big.length / 1024).toFixed(0) + ' KB in ' + bigMs.toFixed(1) + ' ms vs ' + (seed.length / 1024).toFixed(1) + ' KB in ' + smallMs.toFixed(2) +
    ' ms: ' + growth.toFixed(0) + '× the time for ' + (big.length / seed.length).toFixed(0) + '× the size   target ≤ 150×: ' + target(growth <= 150)
)
print(
  '  (remark-parse alone: ' + parseGrowth.toFixed(0) + '× the time for the same two articles; newsld parses Markdown in runs of blocks, ' +
    'remarkParseBlocks: ' + blocksGrowth.toFixed(0) + '×)'
)

rmSync(work, {recursive: true, force: true})
