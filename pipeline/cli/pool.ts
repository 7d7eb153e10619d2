/**
 * The worker pool: `--jobs N` worker threads (piscina), or the jobs run
 * in-process with `--jobs 1`.
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

/** Create a pool of `jobs` workers (`1`: in-process). */
export function createPool(jobs: number): Pool {
  if (jobs <= 1) {
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
    minThreads: jobs,
    maxThreads: jobs,
    // Callers bound how many jobs are in flight (a few per worker), so the
    // queue stays short without a limit of its own.
    idleTimeout: 30_000,
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
