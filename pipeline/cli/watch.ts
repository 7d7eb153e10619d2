/**
 * `newsld build --watch`: after the first build, watch the inputs' folders
 * (`node:fs` `watch`, recursive) and, a moment after articles change,
 * build again: the cache skips every unchanged article (by size and mtime,
 * without reading it), so only what changed is rebuilt, and the manifest
 * and sitemap follow added and removed articles. Stops when `signal`
 * aborts (CTRL+C in the binary).
 */
import {watch, type FSWatcher} from 'node:fs'
import {stat} from 'node:fs/promises'
import {dirname, extname, resolve} from 'node:path'
import {isDynamicPattern} from 'tinyglobby'

export interface WatchOptions {
  /** The inputs as given (files, folders, globs). */
  inputs: readonly string[]
  cwd: string
  /** Absolute output folder and cache folder: changes there are ignored. */
  ignore: readonly string[]
  signal: AbortSignal
  /** Milliseconds to wait for more changes before rebuilding (default: 100). */
  delay?: number
  /** Called for each batch of changes; the next batch waits for it. */
  rebuild: () => Promise<void>
}

/** Folders to watch for `inputs`. */
export async function watchRoots(inputs: readonly string[], cwd: string): Promise<string[]> {
  const roots = new Set<string>()
  for (const input of inputs) {
    const absolute = resolve(cwd, input)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isDirectory()) roots.add(absolute)
    else if (info?.isFile()) roots.add(dirname(absolute))
    else if (isDynamicPattern(input)) {
      // The static folders before the first pattern segment.
      const segments = input.split('/')
      const index = segments.findIndex((segment) => isDynamicPattern(segment))
      roots.add(resolve(cwd, segments.slice(0, Math.max(0, index)).join('/') || '.'))
    }
  }
  // Drop roots inside other roots.
  const sorted = [...roots].sort()
  return sorted.filter((root) => !sorted.some((other) => other !== root && root.startsWith(other.endsWith('/') ? other : other + '/')))
}

/** Watch until `signal` aborts; resolves then, after closing every watcher. */
export async function watchAndRebuild(options: WatchOptions, extensions: readonly string[]): Promise<void> {
  const roots = await watchRoots(options.inputs, options.cwd)
  const watchers: FSWatcher[] = []
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let pending = false

  const schedule = () => {
    if (options.signal.aborted) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (running) {
        pending = true
        return
      }
      running = options.rebuild().catch(() => {}).finally(() => {
        running = undefined
        if (pending) {
          pending = false
          schedule()
        }
      })
    }, options.delay ?? 100)
  }

  await new Promise<void>((done) => {
    const close = () => {
      clearTimeout(timer)
      for (const watcher of watchers) watcher.close()
      void (running ?? Promise.resolve()).then(() => done())
    }
    if (options.signal.aborted) return close()
    options.signal.addEventListener('abort', close, {once: true})
    for (const root of roots) {
      const onChange = (_event: string, name: string | null) => {
        if (name === null) return schedule()
        const path = resolve(root, name)
        if (options.ignore.some((folder) => path === folder || path.startsWith(folder + '/'))) return
        // A folder event (rename of a folder) has no extension: rebuild too.
        const extension = extname(path).toLowerCase()
        if (extension === '' || extensions.includes(extension)) schedule()
      }
      try {
        const watcher = watch(root, {recursive: true, encoding: 'utf8'}, onChange)
        watcher.on('error', () => {})
        watchers.push(watcher)
      } catch {
        // A folder that does not exist (yet): nothing to watch there.
      }
    }
  })
}
