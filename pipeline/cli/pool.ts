/**
 * The worker pool: `--jobs N` worker threads (piscina), or the jobs run
 * in-process when asked (tests, and a build of one article).
 *
 * Worker threads, even for `--jobs 1`, keep the memory of a long build
 * bounded: each worker's heap has limits (`youngGenerationMb`,
 * `oldGenerationMb`). With V8's defaults for a machine this size, every
 * worker's heap grew to 150 MB and more of garbage promoted between
 * collections. The main thread only schedules, renames and reports.
 *
 * The worker file is resolved next to this module: `worker.js` in the
 * compiled `lib/`; under TypeScript sources (vitest, tsx) `worker.ts`,
 * loaded through tsx. A worker that throws or dies gives the job an
 * `article-unreadable` diagnostic: the other jobs go on.
 */
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Piscina} from 'piscina'
import {failedResult, type Job, type JobResult} from './result.js'

export interface Pool {
  /** Number of jobs that run at the same time. */
  readonly size: number
  run(job: Job): Promise<JobResult>
  close(): Promise<void>
}

/**
 * Articles a worker needs to pay back its start-up and warm-up: V8 takes
 * about two thousand articles to optimise the pipeline, and until then a
 * worker runs slower code while its compiles use the other core. Measured
 * here, a second worker gained nothing on 1,000 or 2,000 articles (11.0 vs
 * 11.1 s, 16.7-19.4 vs 18.2-19.2 s) for 40% more CPU, and 1.1-1.6x on 10,000.
 */
export const articlesPerWorker = 2000

/**
 * Default number of jobs: the cores available, but no more than one worker
 * per `articlesPerWorker` articles (at least one).
 */
export function defaultJobs(articles = Number.POSITIVE_INFINITY): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(articles / articlesPerWorker)))
}

/**
 * Size of each worker's young generation, in MB. An article's trees and
 * strings (a few MB for a 4 KB article) live for the few milliseconds the
 * article takes; a young generation that holds several articles lets them
 * die there. With 8 MB they were promoted to the old generation and left to
 * its concurrent marking on V8's helper threads: a 10,000-article build took
 * 88 s with `--jobs 2` (1.17× `--jobs 1`), GC was a fifth of a worker's
 * time, and the second worker had no core to itself. With 32 MB the same
 * build took 51-56 s over four runs (1.1-1.6× `--jobs 1`, whose own time
 * swung from 56 to 81 s on this shared machine) and peaked at 333-342 MB;
 * 16 MB took 68 s, and 64 MB already reached 398 MB at 3,000 articles.
 */
export const youngGenerationMb = 32

/**
 * Size of each worker's old generation, in MB. Without a limit V8 let every
 * worker's heap grow with garbage over a long build (a 10,000-article build
 * peaked at 434 MB; 305 MB with this limit), although what a worker keeps
 * between articles stays under 30 MB. A 2 MB article fits; a longer one
 * that does not is run again, alone, in a worker with `largeOldGenerationMb`.
 */
export const oldGenerationMb = 128

/** Old generation of the worker for articles that do not fit in `oldGenerationMb` (5 MB ones need about 200). */
export const largeOldGenerationMb = 1024

export interface PoolOptions {
  /** Run the jobs one at a time on this thread instead of in workers (default: false). */
  inProcess?: boolean | undefined
  /** Old generation of each worker, in MB (default: `oldGenerationMb`). */
  oldGenerationMb?: number | undefined
}

/** Create a pool of `jobs` worker threads, or an in-process one. */
export function createPool(jobs: number, options: PoolOptions = {}): Pool {
  if (options.inProcess === true) {
    // One job at a time (reading and writing still overlap with it), so only
    // one article's trees are alive; the pipeline loads on the first job: a
    // build that skips everything never loads it.
    let queue: Promise<unknown> = Promise.resolve()
    return {
      size: 1,
      run(job) {
        const result = queue.then(async () => (await import('./job.js')).runJob(job))
        queue = result.catch(() => {})
        return result
      },
      close: async () => {}
    }
  }
  const fromSource = import.meta.url.endsWith('.ts')
  // Workers start on the first job: a build that skips everything starts none.
  let piscina: Piscina<Job, JobResult> | undefined
  // The worker for articles too long for the others, started when one comes.
  let large: Piscina<Job, JobResult> | undefined
  const start = (threads: number, oldGeneration: number) => new Piscina<Job, JobResult>({
    filename: fileURLToPath(new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    // Callers bound how many jobs are in flight (a few per worker), so the
    // queue stays short without a limit of its own.
    idleTimeout: 30_000,
    resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: oldGeneration},
    ...(fromSource ? {execArgv: ['--import', 'tsx']} : {})
  })
  return {
    size: jobs,
    async run(job) {
      try {
        piscina ??= start(Math.max(1, jobs), options.oldGenerationMb ?? oldGenerationMb)
        return await piscina.run(job)
      } catch (error) {
        if (!isOutOfMemory(error)) return failedResult(job.name, error)
      }
      // Piscina replaces the worker that ran out of memory; the article runs
      // again where it has room.
      try {
        large ??= start(1, largeOldGenerationMb)
        return await large.run(job)
      } catch (error) {
        return failedResult(job.name, error)
      }
    },
    close: async () => {
      await Promise.all([piscina?.destroy(), large?.destroy()])
    }
  }
}

function isOutOfMemory(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as {code?: unknown}).code === 'ERR_WORKER_OUT_OF_MEMORY'
}
