import {describe, expect, it} from 'vitest'
import {availableParallelism} from 'node:os'
import {articlesPerWorker, createPool, defaultJobs} from '../../pipeline/cli/pool.js'
import {runJob} from '../../pipeline/cli/job.js'

describe('createPool from the TypeScript sources', () => {
  it('should run jobs in worker threads (through tsx) with the same results as in-process', async () => {
    const job = {name: 'win.md', value: '# Ada Lane wins\n\nAda Lane won the race on Sunday.\n', options: {}, render: true}
    const pool = createPool(2)
    try {
      const [first, second] = await Promise.all([pool.run(job), pool.run({...job, name: 'other.md'})])
      expect(first).toEqual(await runJob(job))
      expect(second!.summary?.slug).toBe('other')
    } finally {
      await pool.close()
    }
  })
})

describe('createPool with little memory per worker', () => {
  it('should run an article that does not fit again in a worker with room for it', async () => {
    const paragraph = 'Governor Ines Ruiz said on Monday that the harbour bridge would open in May, and Ada Lane agreed. '
    const value = '# Ada Lane wins\n\n' + (paragraph.repeat(5) + '\n\n').repeat(1600)
    const pool = createPool(1, {oldGenerationMb: 32})
    try {
      const result = await pool.run({name: 'long.md', value, options: {}, render: false})
      // Without the second run this is a failed result (`article-unreadable`).
      expect(result.messages.filter((message) => message.ruleId === 'article-unreadable')).toEqual([])
      expect(result.valid).toBe(true)
    } finally {
      await pool.close()
    }
  }, 120_000)
})

describe('defaultJobs', () => {
  it('should give one worker per 2,000 articles, at least one and at most the cores', () => {
    const cores = availableParallelism()
    expect(articlesPerWorker).toBe(2000)
    expect(defaultJobs(0)).toBe(1)
    expect(defaultJobs(1999)).toBe(1)
    expect(defaultJobs(4000)).toBe(Math.min(2, cores))
    expect(defaultJobs(2000 * 1000)).toBe(cores)
    expect(defaultJobs()).toBe(cores)
  })
})
