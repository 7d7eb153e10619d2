/**
 * In-process CLI runs in a temporary folder, for the scale tests.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {Readable} from 'node:stream'
import {run, type RunContext} from '../../pipeline/cli/run.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

export interface Sandbox {
  cwd: string
  write(path: string, value: string): Promise<void>
  /** Run the CLI in-process; `build` gets `--jobs 1` unless `--jobs` is given. */
  cli(argv: string[], extra?: Partial<RunContext> & {input?: string}): Promise<CliResult>
  remove(): Promise<void>
}

export async function sandbox(): Promise<Sandbox> {
  const cwd = await mkdtemp(join(tmpdir(), 'newsld-scale-'))
  return {
    cwd,
    async write(path, value) {
      await mkdir(dirname(join(cwd, path)), {recursive: true})
      await writeFile(join(cwd, path), value)
    },
    async cli(argv, extra = {}) {
      const out: string[] = []
      const err: string[] = []
      const args = argv.includes('--jobs') ? argv : [argv[0]!, '--jobs', '1', ...argv.slice(1)]
      const {input, ...context} = extra
      const code = await run(args, {
        stdout: {write: (chunk: string) => out.push(chunk)},
        stderr: {write: (chunk: string) => err.push(chunk)},
        cwd,
        // `--jobs 1` on this thread: no worker start-up in every test.
        inProcess: args[args.indexOf('--jobs') + 1] === '1',
        ...(input === undefined ? {} : {stdin: Readable.from([input])}),
        ...context
      })
      return {code, stdout: out.join(''), stderr: err.join('')}
    },
    remove: () => rm(cwd, {recursive: true, force: true})
  }
}

/** A short Markdown article with invented names. */
export function article(headline: string, extra = '', body = 'Ada Lane opened the harbour bridge on Monday.'): string {
  return '---\n' + 'headline: ' + JSON.stringify(headline) + '\n' + extra + '---\n\n' + body + '\n'
}
