import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const bin = fileURLToPath(new URL('../../lib/cli/bin.js', import.meta.url))
const seed = fileURLToPath(new URL('../fixtures/seed/witkoff-article.txt', import.meta.url))

function newsld(...argv: string[]) {
  return spawnSync(process.execPath, [bin, ...argv], {cwd: root, encoding: 'utf8'})
}

describe('the built `newsld` binary', () => {
  beforeAll(() => {
    // Compile exactly as `npm run compile` does, so the test works on a fresh clone.
    execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'tsconfig.build.json'], {cwd: root})
  }, 120_000)

  it('should start with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('should print help and exit 0', () => {
    const result = newsld('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: newsld <command> [options]')
  })

  it('should exit 2 on an unknown flag without a stack trace', () => {
    const result = newsld('--frobnicate')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unknown option `--frobnicate`')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('should extract the seed article into a valid document with its headline', () => {
    const result = newsld('extract', seed)
    expect(result.status, result.stderr).toBe(0)
    const document = JSON.parse(result.stdout) as {'@graph': Array<Record<string, unknown>>}
    const headline = readFileSync(seed, 'utf8').split('\n')[0]
    expect(document['@graph'][0]!['headline']).toBe(headline)
  })
})
