/**
 * Quotations stage: every direct quotation in the article, with its speaker.
 *
 * Reads: `file.data.text` (all blocks but the headline, whose quote marks
 * summarise rather than quote), `file.data.people` (persons, organisations
 * and role references to attribute to).
 * Writes: `file.data.quotations`.
 * Emits: (none).
 *
 * A quotation's `text` is the characters inside the outer marks; pieces of a
 * quote that runs over a paragraph break (or re-opens mid-line) are joined by
 * one space, and the comma of `"…," he said` is dropped. `partial` is true
 * when the quote fills a slot in the reporter's sentence (He called it a
 * “breakthrough”). Quote marks around titles, names, labels and the
 * reporter's own terms give no quotation. `speaker` is left out when the text
 * names no one (an unnamed source, a pronoun with no antecedent).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Mention, QuotationEntity} from '../data.js'
import type {ArticleText, TextBlock} from '../text/article-text.js'
import {analyseQuotes} from './analyse-quotes.js'
import {findQuoteSpans, type QuoteSpan} from './find-quote-spans.js'

export interface QuotationsOptions {}

/** Extract the quotations of the article and attribute them. */
export function remarkQuotations(_options?: Readonly<QuotationsOptions> | null) {
  return function (_tree: Root, file: VFile): undefined {
    const text = file.data.text
    if (!text) {
      file.data.quotations = {quotations: []}
      return
    }
    const spans = findQuoteSpans(text)
    const analysed = analyseQuotes(text, spans, file.data.people)
    const quotations: QuotationEntity[] = []
    // Each wording quoted so far (at least three words) → the first quotation of it with a speaker.
    const byWords = new Map<string, QuotationEntity>()
    for (const quote of analysed) {
      if (quote.kind === 'none') continue
      const mentions = pieceMentions(text, quote.span)
      if (mentions.length === 0) continue
      const entity: QuotationEntity = {
        key: `quotation:${quotations.length + 1}`,
        text: mentions.map((mention) => mention.text).join(' '),
        mentions,
        partial: quote.kind === 'partial'
      }
      if (quote.speaker !== undefined) entity.speaker = quote.speaker
      if (quote.attribution !== undefined) entity.attribution = quote.attribution
      const words = wordsOf(entity.text)
      if (words) {
        repeated(text, entity, byWords.get(words))
        if (entity.speaker !== undefined && !byWords.has(words)) byWords.set(words, entity)
      }
      quotations.push(entity)
    }
    interviewAnswers(text, quotations, file.data.people?.persons ?? [])
    file.data.quotations = {quotations}
  }
}

/**
 * A pull quote repeats words already quoted (“> “We will not back down.””
 * after the paragraph that gave them): when nothing in its own paragraph
 * attributes it, its speaker is the one the same words had before, not
 * whoever spoke last.
 */
function repeated(text: ArticleText, entity: QuotationEntity, earlier: QuotationEntity | undefined): void {
  if (!earlier) return
  const block = text.blockAt(entity.mentions[0]!.start)
  if (entity.attribution && block && entity.attribution.start >= block.start) return
  entity.speaker = earlier.speaker
  if (earlier.attribution) entity.attribution = earlier.attribution
  else delete entity.attribution
}

/**
 * An interview set out as questions and answers: paragraphs wholly in bold
 * (the interviewer's questions), each followed by the answer in quote marks
 * with no attribution. When the article names one person, and only one,
 * before the first question, the answers are that person's words.
 */
function interviewAnswers(text: ArticleText, quotations: QuotationEntity[], persons: ReadonlyArray<{key: string; mentions: readonly Mention[]}>): void {
  const questions = text.blocks.filter((block) => block.role === 'body' && isWhollyStrong(block.node))
  if (questions.length < 2) return
  const firstQuestion = questions[0]!.start
  const named = new Set<string>()
  for (const person of persons) if (person.mentions.some((mention) => mention.start < firstQuestion)) named.add(person.key)
  if (named.size !== 1) return
  const [interviewee] = named
  const inQuestion = (offset: number): boolean => questions.some((question) => offset >= question.start && offset < question.end)
  for (const quotation of quotations) {
    if (quotation.speaker !== undefined) continue
    // A question's own words ("**You've promised …**") attribute nothing.
    if (quotation.attribution !== undefined && !inQuestion(quotation.attribution.start)) continue
    const start = quotation.mentions[0]!.start
    const block = text.blockAt(start)
    // The answer opens its paragraph, after the first question.
    if (!block || block.start !== start - 1 || start < firstQuestion) continue
    quotation.speaker = interviewee
    delete quotation.attribution
  }
}

/** Whether a block is one paragraph whose words are all in one `strong` (“**Why now?**”). */
function isWhollyStrong(node: TextBlock['node']): boolean {
  if (node.type !== 'paragraph') return false
  const children = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  return children.length === 1 && children[0]!.type === 'strong'
}

/** The quotation's words, lower-cased and joined by single spaces, when it has three or more. */
function wordsOf(value: string): string | undefined {
  const words = value.toLowerCase().match(/[\p{L}\p{N}’']+/gu)
  return words && words.length >= 3 ? words.join(' ') : undefined
}

/** One mention per piece; the comma that ends the last piece before the closing mark is left out. */
function pieceMentions(text: ArticleText, span: QuoteSpan): Mention[] {
  const mentions: Mention[] = []
  span.pieces.forEach((piece, index) => {
    let end = piece.end
    if (index === span.pieces.length - 1 && text.value[end - 1] === ',') end--
    if (end > piece.start) mentions.push(text.mention(piece.start, end))
  })
  return mentions
}
