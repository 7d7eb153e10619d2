/**
 * A progress bar on a terminal's stderr, redrawn at most every 100 ms, for
 * long runs only (100 articles or more); nothing at all when stderr is not a
 * TTY. Lines printed while it shows go through `print` so they do not mix.
 */
import type {Writer} from './run.js'

export interface Progress {
  tick(): void
  /** Print a line (with its newline) above the bar. */
  print(text: string): void
  done(): void
}

export function createProgress(stderr: Writer, total: number, enabled: boolean): Progress {
  if (!enabled || total < 100) {
    return {tick() {}, print: (text) => void stderr.write(text), done() {}}
  }
  const started = Date.now()
  let finished = 0
  let last = 0
  let shown = false
  const draw = () => {
    const width = 30
    const filled = Math.round((finished / total) * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? Math.round(finished / seconds) : 0
    stderr.write(
      '\r\u001B[K[' + '#'.repeat(filled) + '-'.repeat(width - filled) + '] ' + finished + '/' + total + ' articles, ' + rate + '/s'
    )
    shown = true
  }
  const clear = () => {
    if (shown) stderr.write('\r\u001B[K')
    shown = false
  }
  return {
    tick() {
      finished++
      const now = Date.now()
      if (now - last >= 100) {
        last = now
        draw()
      }
    },
    print(text) {
      clear()
      stderr.write(text)
    },
    done: clear
  }
}
