/**
 * Command-line arguments: parsed with `parseArgs` from `node:util`, and the
 * help text (the README quotes it verbatim).
 */
import {parseArgs} from 'node:util'

export type Command = 'build' | 'extract' | 'entities'

export interface CliOptions {
  command: Command
  /** Paths or globs (build: default `['source']`; extract: exactly one file). */
  inputs: string[]
  /** Output folder of `build` (default: the config's `output`, else `dist`). */
  output: string | undefined
  /** Base URL for `@id`s of articles without a `url` (optional; wins over the config). */
  siteUrl: string | undefined
  /** Config file (default: `newsld.config.json`, else `"newsld"` in `package.json`). */
  config: string | undefined
  /** Number of worker threads (default: `defaultJobs`). */
  jobs: number | undefined
  /** Whether to use the incremental cache (default: `true`; `--no-cache`). */
  cache: boolean
  /** Whether to rebuild on changes (`build --watch`). */
  watch: boolean
  /** Whether `extract` reads NDJSON articles on stdin. */
  ndjson: boolean
  /** Report format (default: `text`). */
  report: 'text' | 'json'
  /** Whether warnings fail the run too (default: `false`). */
  frail: boolean
  /** Entity registry file (default: `entities.yaml` in the first input folder, if there). */
  entities: string | undefined
  /** Whether `build` writes `<slug>.review.html` (default: `true`; `--no-review`). */
  review: boolean
  /** `entities`: list only entities missing from the registry (`--unknown`). */
  unknown: boolean
}

export type ParsedArgs =
  | {kind: 'run'; options: CliOptions}
  | {kind: 'help'}
  | {kind: 'version'}
  | {kind: 'usage-error'; reason: string}

export const optionsHelp = `Options:
  -o, --output <dir>    output folder of \`build\` (default: dist)
  -j, --jobs <n>        worker threads (default: the number of cores, and
                        for \`build\` at most one per 2,000 articles)
      --no-cache        rebuild every article, ignoring .newsld-cache/
  -w, --watch           \`build\`, then rebuild what changes until CTRL+C
      --ndjson          \`extract\`: NDJSON articles on stdin → results on stdout
  -c, --config <file>   config file (default: newsld.config.json, else
                        "newsld" in package.json)
      --site-url <url>  base URL for @ids and page URLs (over the config)
      --report <format> report diagnostics as \`text\` (default) or \`json\`
      --entities <file> entity registry (default: entities.yaml beside
                        the articles)
      --no-review       do not write <slug>.review.html
      --unknown         \`entities\`: only names the registry lacks
  -f, --frail           exit 1 on warnings too
      --strict          same as --frail
  -h, --help            print this help
  -v, --version         print the version`

export const help = `Usage: newsld <command> [options]

Turn news articles (Markdown with YAML front matter, or plain text) into
validated schema.org NewsArticle JSON-LD.

Commands:
  build [path|glob …]   build every article (.md, .markdown, .txt) into
                        <slug>.jsonld, <slug>.html, <slug>.snippet.html
                        and <slug>.review.html, plus index.json and
                        sitemap-news.xml (default: source/ → dist/);
                        unchanged articles are skipped
  extract <file>        print one article's JSON-LD to stdout
  extract --ndjson      one JSON object per line on stdin, {"id", "text"
                        or "markdown", front matter fields…} → one
                        {"id", "document", "diagnostics"} per line on stdout
  entities [path …]     list the persons, organizations and places found
                        (with --unknown: those not in the registry)

${optionsHelp}

Diagnostics go to stderr as \`file:line:col  severity  reason  rule-id\`.
Exit codes: 0 success (warnings allowed), 1 an article has an error
(or a warning under --frail/--strict), 2 bad usage or an invalid config.

Examples:
  newsld build
  newsld build "articles/**/*.md" -o public/ld --jobs 4
  newsld build --watch
  newsld extract source/my-article.md > my-article.jsonld
  newsld extract --ndjson < articles.ndjson > results.ndjson
`

/** Parse `argv` (without the node and script paths). */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: {type: 'string', short: 'o'},
        jobs: {type: 'string', short: 'j'},
        'no-cache': {type: 'boolean'},
        watch: {type: 'boolean', short: 'w'},
        ndjson: {type: 'boolean'},
        config: {type: 'string', short: 'c'},
        'site-url': {type: 'string'},
        report: {type: 'string'},
        frail: {type: 'boolean', short: 'f'},
        strict: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
        entities: {type: 'string'},
        'no-review': {type: 'boolean'},
        unknown: {type: 'boolean'}
      }
    })
  } catch (error) {
    return {kind: 'usage-error', reason: usageReason(error)}
  }

  const {values, positionals} = parsed
  if (values.help) return {kind: 'help'}
  if (values.version) return {kind: 'version'}

  const [command, ...inputs] = positionals
  if (command === undefined) {
    return {kind: 'usage-error', reason: 'Missing command, expected `build`, `extract` or `entities`'}
  }
  if (command !== 'build' && command !== 'extract' && command !== 'entities') {
    return {kind: 'usage-error', reason: 'Unknown command `' + command + '`, expected `build`, `extract` or `entities`'}
  }
  if (values.unknown && command !== 'entities') {
    return {kind: 'usage-error', reason: 'Unexpected `--unknown` with `' + command + '`, expected it with `entities`'}
  }
  const report = values.report ?? 'text'
  if (report !== 'text' && report !== 'json') {
    return {kind: 'usage-error', reason: 'Unknown report format `' + report + '`, expected `text` or `json`'}
  }
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = /^\d+$/.test(values.jobs) ? Number(values.jobs) : Number.NaN
    if (!(jobs >= 1 && jobs <= 256)) {
      return {kind: 'usage-error', reason: 'Unexpected `--jobs` `' + values.jobs + '`, expected a whole number from 1 to 256'}
    }
  }
  const ndjson = values.ndjson ?? false
  const watch = values.watch ?? false
  if (ndjson && command !== 'extract') {
    return {kind: 'usage-error', reason: 'Unexpected `--ndjson` with `build`, expected `extract --ndjson`'}
  }
  if (watch && command !== 'build') {
    return {kind: 'usage-error', reason: 'Unexpected `--watch` with `extract`, expected `build --watch`'}
  }
  if (command === 'extract' && ndjson) {
    if (inputs.length > 0) {
      return {kind: 'usage-error', reason: 'Unexpected file with `extract --ndjson`, which reads stdin'}
    }
  } else if (command === 'extract') {
    if (inputs.length !== 1) {
      return {
        kind: 'usage-error',
        reason: 'Unexpected ' + inputs.length + ' files for `extract`, expected exactly one'
      }
    }
  }
  if (command === 'extract' && values.output !== undefined) {
    return {kind: 'usage-error', reason: 'Unexpected `--output` with `extract`, which prints to stdout'}
  }
  if (values.output !== undefined && values.output.trim() === '') {
    return {kind: 'usage-error', reason: 'Missing folder for `--output`'}
  }
  return {
    kind: 'run',
    options: {
      command,
      inputs: command !== 'extract' && inputs.length === 0 ? ['source'] : inputs,
      output: values.output,
      siteUrl: values['site-url'],
      config: values.config,
      jobs,
      cache: !(values['no-cache'] ?? false),
      watch,
      ndjson,
      report,
      frail: (values.frail ?? false) || (values.strict ?? false),
      entities: values.entities,
      review: !(values['no-review'] ?? false),
      unknown: values.unknown ?? false
    }
  }
}

function usageReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    return 'Unknown option `' + unknown[1] + '`, expected:\n\n' + optionsHelp
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)
  if (missing) return 'Missing value for `' + missing[1] + '`'
  const unexpected = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message)
  if (unexpected) return 'Unexpected value for `' + unexpected[1] + '`, which is a switch'
  return message.split('\n')[0] ?? message
}
