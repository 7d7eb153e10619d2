import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {findCuts, remarkParseBlocks} from '../../pipeline/article/remark-parse-blocks.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
/** Runs of one character: a cut at every place the splitter allows. */
const everyCut = unified().use(remarkParseBlocks, {runSize: 1}).use(remarkFrontmatter, ['yaml'])

/** Blocks an article may hold, some of which tie lines across blank lines. */
const blocks = [
  'Ada Lane said “we will *open* the [bridge](https://example.com/a) on Monday”.',
  '## The harbour',
  'A paragraph\nwith a second line\nand a *third*.',
  '- one item\n- two items',
  '- a loose item\n\n- another one\n\n  with its own paragraph',
  '1. first\n2. second',
  '> a quote\n>\n> of two paragraphs',
  '```js\nconst a = 1\n\nconst b = 2\n```',
  '~~~~\nfence with ``` inside\n\nstill code\n~~~~',
  '    indented code\n\n    more code',
  '***',
  'Setext heading\n===',
  '<div>\nhtml block\n</div>',
  // HTML blocks that blank lines do not end, fences inside them, and them inside containers.
  '<!--\na comment\n\nwith a blank line\n-->',
  '<!-- on one line -->',
  '<!--\n```\n\nnot a fence\n-->',
  '<script>\nvar a = 1\n\nvar b = 2\n</script>',
  '<PRE class="x">\n\nkept\n</pre>',
  '<?php\n\necho 1\n?>',
  '<!DOCTYPE\n\nhtml>',
  '<![CDATA[\n\nx\n]]>',
  '- <!--\n\n  inside the item\n\n  -->',
  '> <!--\n>\n> quoted comment\n> -->',
  'A paragraph\n<!--\n\ninterrupted\n-->',
  '    <!-- indented code, not HTML\n\n    code',
  '<!-- never closed',
  '```\n<!--\n```',
  // Reference definitions (the document is parsed whole), and `]:` that is not one.
  '[a]: https://example.com/a',
  'Use [the link][a] and [long label].',
  '[long\nlabel]: https://example.com/l',
  '- [c]: https://example.com/c',
  'Code `x[0]: y` and text [b]: not at the start.',
  'Text with a \\* literal star and &amp; a reference.',
  '\u00a0',
  'A paragraph whose second line\n\u00a0\nlooks blank but is not',
  '#hashtag at the start',
  '**Ines Ruiz**, the governor, spoke\r\nat length.',
  'tab\tinside and trailing spaces   '
]

describe('remarkParseBlocks', () => {
  it('should give the same tree as one parse, positions included, for any sequence of blocks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...blocks), {minLength: 1, maxLength: 30}),
        fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n', '\n \n'),
        fc.boolean(),
        (chosen, separator, matter) => {
          const value = (matter ? '---\ntitle: A\n\nnote: b\n---\n\n' : '') + chosen.join(separator) + '\n'
          expect(everyCut.parse(value)).toEqual(remark.parse(value))
        }
      ),
      {numRuns: 400}
    )
  })

  it('should cut long documents, and the processor should give remark-parse’s tree', () => {
    const seed = readFileSync(new URL('../../source/witkoff-article.md', import.meta.url), 'utf8')
    const body = seed.replace(/^---\n[\s\S]*?\n---\n/, '')
    const value = seed + ('\n' + body).repeat(30)
    expect(findCuts(value, 8192).length).toBeGreaterThan(10)
    const ours = unified().use(remarkParseBlocks).use(remarkFrontmatter, ['yaml'])
    expect(ours.parse(value)).toEqual(remark.parse(value))
  })

  it('should parse whole a document with a reference definition', () => {
    const long = 'Ada Lane spoke.\n\n'.repeat(20)
    expect(findCuts(long, 10).length).toBeGreaterThan(0)
    expect(findCuts(long + '[a]: https://example.com\n', 10)).toEqual([])
    expect(findCuts(long + '> - [a\nb]: https://example.com\n', 10)).toEqual([])
    expect(findCuts(long + 'Not one: `x[0]: y`.\n', 10).length).toBeGreaterThan(0)
    // An unclosed front matter fence: whole too.
    expect(findCuts('---\ntitle: a\n\n' + long, 10)).toEqual([])
  })

  it('should cut around an HTML block that spans blank lines, not inside it', () => {
    const value = 'Before.\n\n<!--\n\nInside.\n\n-->\n\nAfter.\n\n<pre>\n\nCode.\n</pre>\n\nEnd.\n'
    const cuts = findCuts(value, 1)
    expect(cuts.map((cut) => value.slice(cut, cut + 5))).toEqual(['After', 'End.\n'])
  })

  it('should not cut inside fenced code', () => {
    const value = 'Intro.\n\n```\nline\n\nnot a cut\n```\n\nAfter.\n'
    const cuts = findCuts(value, 1)
    expect(cuts.map((cut) => value.slice(cut, cut + 5))).toEqual(['After'])
  })
})
