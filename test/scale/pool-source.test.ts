import {describe, expect, it} from 'vitest'
import {createPool} from '../../pipeline/cli/pool.js'
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
