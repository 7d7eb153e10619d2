/**
 * The text layer: the document must say what the page shows.
 *
 * * every Quotation's text occurs in the article text
 *   (`quotation-not-in-text`, an error: it would put words in someone's
 *   mouth);
 * * every Person's name occurs in the article text or front matter
 *   (`person-not-in-text`);
 * * the `headline` is the visible headline, when the article shows one
 *   (`headline-not-visible`).
 *
 * Texts are compared folded: Unicode NFKC, lower case, quote marks, round
 * brackets and soft hyphens dropped, white space collapsed — so a quotation
 * whose pieces span paragraphs, a name broken over a line, or a name the
 * people stage put together around a bracketed given name (a title, the
 * given name in brackets, the surname), still matches. A name also matches
 * with one word in quote marks or brackets inside it (a nickname, which the
 * people stage leaves out of the name).
 */
import {isRecord, type Finding, type LayerContext, type RuleLayer} from './layer.js'
import {isAscii} from '../text/chars.js'

/** " ' ` ´ « » ‹ › ‘ ’ ‚ ‛ “ ” „ ‟, round brackets and the soft hyphen: dropped when folding. */
function isDropped(code: number): boolean {
  return (
    code === 34 || code === 39 || code === 40 || code === 41 || code === 96 || code === 0xb4 || code === 0xab || code === 0xbb ||
    code === 0x2039 || code === 0x203a || (code >= 0x2018 && code <= 0x201f) || code === 0xad
  )
}

/** `\s`: the white space and line terminators of JavaScript. */
function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** Fold text for comparison. */
export function fold(value: string): string {
  return collapse(value.normalize('NFKC').toLowerCase())
}

/**
 * `value.replace(dropped, '').replace(/\s+/g, ' ').trim()` in one pass:
 * quote marks and brackets are dropped, and every gap of white space (those
 * in it gone) between two other characters becomes one space, none at either end.
 * Stretches that need no change are copied whole.
 */
function collapse(value: string): string {
  const length = value.length
  let result = ''
  let segment = -1
  let index = 0
  while (index < length) {
    const code = value.charCodeAt(index)
    if (!isWhiteSpace(code) && !isDropped(code)) {
      if (segment < 0) segment = index
      index++
      continue
    }
    let end = index
    let space = false
    while (end < length) {
      const next = value.charCodeAt(end)
      if (isWhiteSpace(next)) space = true
      else if (!isDropped(next)) break
      end++
    }
    if (end === length) {
      // Trailing: dropped.
      if (segment >= 0) result += value.slice(segment, index)
      segment = -1
      break
    }
    // Leading (nothing yet): dropped; one plain space between two characters: kept as is.
    if (segment >= 0 && !(end - index === 1 && code === 32)) {
      result += value.slice(segment, index) + (space ? ' ' : '')
      segment = end
    }
    index = end
  }
  if (segment >= 0) result += value.slice(segment, length)
  return result
}

/**
 * Whether `name` occurs with one word in quote marks or round brackets
 * inserted between two of its words (`Odile "Dee" Marchetti` for Odile
 * Marchetti): the people stage leaves such a nickname out of the name.
 */
function containsAroundNickname(text: string, name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word.length > 0)
  for (let cut = 1; cut < words.length; cut++) {
    const left = words.slice(0, cut).map(escape).join('\\s+')
    const right = words.slice(cut).map(escape).join('\\s+')
    const pattern = new RegExp(left + '\\s+[("“‘][^\\s()"“”‘’]+[)"”’]\\s+' + right, 'iu')
    if (pattern.test(text)) return true
  }
  return false
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export const textLayer: RuleLayer = {
  name: 'text',
  check(document, context) {
    const graph = document['@graph']
    if (!Array.isArray(graph)) return []
    const visible = visibleParts(document, context)
    if (visible === undefined) return []
    const findings: Finding[] = []
    // Folding the whole visible text is most of this layer's cost, and most
    // names and quotations are found verbatim: fold it only when one is not.
    let folded: string | undefined
    const contains = (value: string): boolean => {
      if (containsVerbatim(visible, value)) return true
      folded ??= fold(visible.join('\n\n'))
      return folded.includes(fold(value))
    }

    // Quotations the quotations stage located, by text: checked through their offsets.
    const located = new Map<string, string>()
    if (context.text && context.quotations) {
      const value = context.text.value
      for (const quotation of context.quotations.quotations) {
        if (quotation.mentions.length === 0) continue
        located.set(quotation.text, quotation.mentions.map((mention) => value.slice(mention.start, mention.end)).join(' '))
      }
    }

    graph.forEach((node: unknown, index) => {
      if (!isRecord(node)) return
      const pointer = '/@graph/' + index
      if (node['@type'] === 'Quotation' && typeof node['text'] === 'string') {
        const text = node['text']
        const span = located.get(text)
        if (span !== undefined && sameFolded(span, text)) return
        if (contains(text)) return
        findings.push({
          ruleId: 'quotation-not-in-text',
          reason: 'Unexpected Quotation `' + truncate(text) + '` that is not in the article text, expected words quoted in it',
          instancePath: pointer + '/text',
          actual: truncate(text)
        })
      } else if (node['@type'] === 'Person' && typeof node['name'] === 'string') {
        const name = node['name']
        if (contains(name) || containsAroundNickname(visible.join('\n\n'), name)) return
        findings.push({
          ruleId: 'person-not-in-text',
          reason: 'Unexpected Person `' + truncate(name) + '` whose name is not in the article, expected a name from the text',
          instancePath: pointer + '/name',
          actual: truncate(name)
        })
      }
    })

    // The headline: the JSON-LD one against the one the page shows.
    const article = graph.find((node): node is Record<string, unknown> => isRecord(node) && node['@type'] === 'NewsArticle')
    const headline = article?.['headline']
    const block = context.text?.blocksWithRole('headline')[0]
    if (typeof headline === 'string' && block !== undefined && context.text) {
      const shown = context.text.value.slice(block.start, block.end)
      if (!sameFolded(shown, headline)) {
        findings.push({
          ruleId: 'headline-not-visible',
          reason:
            'Unexpected `headline` `' + truncate(headline) + '`, expected the visible headline `' + truncate(shown) + '`',
          instancePath: '/@graph/' + graph.indexOf(article) + '/headline',
          actual: truncate(headline),
          expected: [truncate(shown)]
        })
      }
    }
    return findings
  }
}

/** `fold(a) === fold(b)`, without folding equal strings. */
function sameFolded(a: string, b: string): boolean {
  return a === b || fold(a) === fold(b)
}

/**
 * Whether `fold(parts.join('\n\n')).includes(fold(value))` is surely true
 * because `value` is plain ASCII and occurs verbatim in a part between two
 * ASCII characters (or a part's ends). It then folds, in place, to exactly
 * `fold(value)`: ASCII is unchanged by NFKC and lower-cases alone, an ASCII
 * neighbour composes with nothing, and the gaps of white space and quote
 * marks inside `value` collapse the same way in both (those at its ends
 * `fold(value)` drops). `false` means "fold and compare", not "absent".
 */
function containsVerbatim(parts: readonly string[], value: string): boolean {
  if (value === '' || !isAscii(value)) return false
  for (const part of parts) {
    let index = part.indexOf(value)
    while (index >= 0) {
      const end = index + value.length
      if ((index === 0 || part.charCodeAt(index - 1) < 128) && (end === part.length || part.charCodeAt(end) < 128)) {
        return true
      }
      index = part.indexOf(value, index + 1)
    }
  }
  return false
}

/**
 * What a reader can see, as the parts of one text joined by blank lines: the
 * article text (every block) and the front-matter text the page shows
 * (headline, standfirst, byline, caption, credit); without the text, the
 * document's own headline, description and body.
 */
function visibleParts(document: Record<string, unknown>, context: LayerContext): string[] | undefined {
  const parts: string[] = []
  if (context.text) parts.push(context.text.value)
  const article = context.article
  if (article) {
    if (article.headline) parts.push(article.headline.value)
    if (article.description) parts.push(article.description.value)
    for (const author of article.authors) parts.push(author.name.value)
    if (article.image?.caption) parts.push(article.image.caption.value)
    if (article.image?.creditText) parts.push(article.image.creditText.value)
  }
  if (parts.length === 0) {
    const graph = document['@graph']
    const node: unknown = Array.isArray(graph) ? graph.find((item) => isRecord(item) && item['@type'] === 'NewsArticle') : undefined
    if (!isRecord(node)) return undefined
    for (const key of ['headline', 'description', 'articleBody']) {
      const value = node[key]
      if (typeof value === 'string') parts.push(value)
    }
    if (parts.length === 0) return undefined
  }
  return parts
}

function truncate(value: string): string {
  return value.length > 60 ? value.slice(0, 59) + '…' : value
}
