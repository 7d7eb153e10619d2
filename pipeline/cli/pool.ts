/**
 * The worker pool: `--jobs N` worker threads (piscina), or the jobs run
 * in-process when asked (tests, and a build of one article).
 *
 * Worker threads, even for `--jobs 1`, keep the memory of a long build
 * bounded: each worker gets a small young generation (`youngGenerationMb`).
 * With V8's default for a machine this size, every worker's heap grew to
 * 150 MB and more of garbage promoted between collections; with 8 MB, two
 * workers that processed 500 articles each held 250 MB in all instead of
 * 330 MB. The main thread only schedules, renames and reports.
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

/** Default number of jobs: the cores available. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism())
}

/** Size of each worker's young generation, in MB (see the module comment). */
export const youngGenerationMb = 8

export interface PoolOptions {
  /** Run the jobs one at a time on this thread instead of in workers (default: false). */
  inProcess?: boolean | undefined
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
  const start = () => new Piscina<Job, JobResult>({
    filename: fileURLToPath(new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url)),
    minThreads: Math.max(1, jobs),
    maxThreads: Math.max(1, jobs),
    // Callers bound how many jobs are in flight (a few per worker), so the
    // queue stays short without a limit of its own.
    idleTimeout: 30_000,
    resourceLimits: {maxYoungGenerationSizeMb: youngGenerationMb},
    ...(fromSource ? {execArgv: ['--import', 'tsx']} : {})
  })
  return {
    size: jobs,
    async run(job) {
      try {
        piscina ??= start()
        return await piscina.run(job)
      } catch (error) {
        return failedResult(job.name, error)
      }
    },
    close: async () => {
      await piscina?.destroy()
    }
  }
}
