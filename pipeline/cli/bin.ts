#!/usr/bin/env node
/**
 * The `newsld` executable: hands the process's arguments, streams and cwd to
 * `run` and sets the exit code (never `process.exit()`, so output flushes).
 * CTRL+C stops `build --watch` cleanly (watchers and workers closed).
 */
import {parseCliArgs} from './args.js'
import {run} from './run.js'

const argv = process.argv.slice(2)
const parsed = parseCliArgs(argv)
const controller = new AbortController()
// Only `--watch` handles CTRL+C itself; anything else stops as usual.
if (parsed.kind === 'run' && parsed.options.watch) process.once('SIGINT', () => controller.abort())

process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stderrIsTTY: process.stderr.isTTY,
  cwd: process.cwd(),
  signal: controller.signal
})
// Nothing else keeps the process alive: a listener must not either.
process.removeAllListeners('SIGINT')
