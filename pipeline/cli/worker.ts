/**
 * The pool's worker thread: runs one job at a time (see `job.ts`).
 */
import {runJob, type Job, type JobResult} from './job.js'

export default function work(job: Job): Promise<JobResult> {
  return runJob(job)
}
