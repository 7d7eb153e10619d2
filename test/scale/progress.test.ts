import {describe, expect, it} from 'vitest'
import {createProgress} from '../../pipeline/cli/progress.js'

function sink() {
  const chunks: string[] = []
  return {chunks, writer: {write: (chunk: string) => chunks.push(chunk)}}
}

describe('createProgress', () => {
  it('should draw a bar on a terminal for long runs, keep printed lines apart, and clear it at the end', () => {
    const {chunks, writer} = sink()
    const progress = createProgress(writer, 200, true)
    progress.tick()
    expect(chunks.at(-1)).toMatch(/^\r\u001B\[K\[-{30}\] 1\/200 articles, \d+\/s$/)
    progress.print('a.md:1:1  warning  Something  some-rule\n')
    expect(chunks.slice(-2)).toEqual(['\r\u001B[K', 'a.md:1:1  warning  Something  some-rule\n'])
    progress.done()
    expect(chunks.join('')).not.toContain('#')
  })

  it('should draw nothing when stderr is not a terminal, or for short runs', () => {
    for (const [total, tty] of [[200, false], [10, true]] as const) {
      const {chunks, writer} = sink()
      const progress = createProgress(writer, total, tty)
      progress.tick()
      progress.print('line\n')
      progress.done()
      expect(chunks).toEqual(['line\n'])
    }
  })
})
