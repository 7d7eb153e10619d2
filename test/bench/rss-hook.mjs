// Loaded with `node --import` by the benchmark: writes the process's peak
// resident set size (KiB; worker threads included, they share the process)
// and its CPU time (µs, all threads) as JSON to the file named by
// NEWSLD_BENCH_RSS when the process exits.
import {writeFileSync} from 'node:fs'

const target = process.env.NEWSLD_BENCH_RSS
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime}))
  })
}
