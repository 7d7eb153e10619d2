#!/usr/bin/env node
/**
 * The `newsld` executable: hands the process's arguments, streams and cwd to
 * `run` and sets the exit code (never `process.exit()`, so output flushes).
 */
import {run} from './run.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd()
})
