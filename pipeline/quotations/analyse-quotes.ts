/**
 * Decide what each quote span is (a full quotation, a partial one woven into
 * the reporter's sentence, or a name/title/term in quote marks) and who said
 * it.
 *
 * Everything works on the span's *frame*: the clause before the opening mark
 * and the clause after the closing mark, bounded by the sentence (sentence
 * ends inside quotes do not count), the paragraph and the neighbouring quotes.
 * Attribution looks for a speech verb in the frame and reads its subject
 * (`X said`, `said X`, `according to X`), then resolves that phrase: a
 * name, a role the people stage tied to someone, a spokesperson for an
 * organisation, a pronoun (the subject of the nearest sentence that names a
 * fitting entity), a definite description, or an unnamed speaker (no speaker
 * at all). A quote with no attribution of its own continues the quote or the
 * speech reported just before it.
 */
import type {Mention, PeopleData} from '../data.js'
import type {ArticleText} from '../text/article-text.js'
import {identityRoles, isJobNoun, jobNounSet, relationSet} from '../people/lexicon.js'
import {isAbbreviation, splitSentences} from '../text/sentences.js'
import {handleWords, isLetterOrNumberCode, isSpaceCode, letterNumberWords, toLower, width} from '../text/chars.js'
import {indexEntities, normalizeForm, type EntityIndex, type EntityInfo, type EntityMention, type Gender} from './entity-mentions.js'
import type {QuoteSpan} from './find-quote-spans.js'
import {
  definiteDeterminers,
  groupSynonyms,
  indefiniteDeterminers,
  isStrongLemma,
  namingNouns,
  organizationHeads,
  speechVerbs,
  spokespersonWords,
  subjectPronouns,
  titleSmallWords,
  verbFillers
} from './speech-lexicon.js'

export type QuoteKind = 'full' | 'partial' | 'none'

export interface AnalysedQuote {
  span: QuoteSpan
  kind: QuoteKind
  /** Entity key of the speaker, when the text names one. */
  speaker?: string | undefined
  /** The words that attributed the quote. */
  attribution?: Mention | undefined
}

interface Token {
  start: number
  end: number
  lower: string
}

/** A span's quoted text (inside the outer marks) and what it looks like. */
interface QuotedLook {
  quoted: string
  /** A title, name or label in Title Case (`isTitleLike`). */
  title: boolean
  /** A handle, hashtag or camelCase name (`isLabelLike`). */
  label: boolean
  /** Ends with `,` `?` or `!` (and maybe a closing single mark): words, not a title. */
  openEnd: boolean
}

/** What an attribution phrase resolved to. */
type Resolution = {status: 'found'; key: string} | {status: 'unnamed'} | {status: 'none'}

interface Cue {
  /** Offsets of the attributing words (subject and verb). */
  start: number
  end: number
  resolution: Resolution
  strong: boolean
  /** The verb takes its subject from elsewhere in the sentence (`…, adding`). */
  borrowed?: boolean
  /** The subject is a name (not a pronoun or a description). */
  named?: boolean
}

/** Nouns for a group of people, never one speaker ("the family said"). */
/** The subject pronoun of a possessive one ("his response" is what he said). */
const possessivePronounSubject: Record<string, string> = {his: 'he', her: 'she', their: 'they'}

/** Nouns for one person that are no job ("a local resident", "one supporter"). */
const personNouns = new Set([
  'man', 'woman', 'person', 'resident', 'neighbour', 'neighbor', 'witness', 'voter', 'supporter', 'worker', 'employee',
  'parent', 'mother', 'father', 'shopper', 'passenger', 'fan', 'customer', 'patient', 'teenager', 'villager', 'commuter',
  'protester', 'survivor', 'visitor', 'tourist', 'homeowner', 'tenant', 'pensioner', 'retiree', 'onlooker', 'bystander'
])
const groupHeads = new Set(['family', 'families', 'relatives', 'parents', 'friends', 'neighbours', 'neighbors', 'crowd', 'couple', 'team', 'panel', 'jury', 'committee', 'board'])

const clauseWords = new Set([
  'that', 'and', 'but', 'while', 'when', 'after', 'before', 'because', 'as', 'if', 'so', 'where', 'which', 'who',
  'whom', 'whose', 'though', 'although', 'until', 'than', 'whether', 'since', 'or', 'nor', 'yet', 'to', 'by',
  'about', 'on', 'in', 'at', 'for', 'with', 'from', 'into', 'of', 'during', 'despite', 'through', 'over'
])
/** Prepositions that may sit inside a subject phrase ("a spokesman for the club"). */
const innerPrepositions = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'on', 'to'])
const possessivePronouns = new Set(['his', 'her', 'its', 'their'])
/** Those who speak for someone in their own name ("Ada Lane's lawyers said"). */
const entourage = /^(?:lawyers?|attorneys?|solicitors?|advisers?|aides?|friends?|supporters?|neighbou?rs?|colleagues?|team|camp)$/
/** Members of a party, as a description ("the Kansas Republican said"). */
const partyMembers = new Set(['republican', 'democrat', 'conservative', 'tory', 'socialist'])
/** A preposition right before a name that hangs it from a noun ("a friend of Lane"). */
const governingPreposition = /\b(?:of|for|to|with|at|from)\s+(?:the\s+)?$/i
/** First words of an adjunct that opens a sentence before its subject. */
const leadingAdjunct = /^(?:in|at|on|after|before|during|when|while|speaking|asked|following|despite|since|earlier|later|meanwhile|however|but|and|yet|still|also|last|this|on)$/
const maxSubjectTokens = 10
/** Words before a listener or an addressee (`told the BBC`, `emailed to Ode News`). */
const listenerBefore = /\b(?:to|told|tells|tell|with|by|from|asked)\s+(?:the\s+)?$/i
/** The longest apposition skipped between a name and its verb. */
const maxAppositionTokens = 16
/** Speech verbs whose object is the listener: in the passive ("Ode was told"), the subject did not speak. */
/** A sentence opening with the question put to the pronoun's referent ("Asked about Ode, he …", "Pressed on the plan, she …"). */
const askedAbout = /^(?:when\s+)?(?:asked|pressed|questioned|quizzed|speaking|talking)\s+(?:about|on|over|of|whether|if|why|how|what)\b[^,]*,\s*$/i
const listenerVerbs = /^(?:told|asked|informed|warned|advised|instructed|urged|assured|reminded|ordered)$/

/** Analyse every span: kind, speaker, attribution. */
export function analyseQuotes(text: ArticleText, spans: readonly QuoteSpan[], people: PeopleData | undefined): AnalysedQuote[] {
  // One word scan serves the name lookup and (see `handleWordsFrom`) the analysis.
  const nameWords = letterNumberWords(text.value, true)
  const index = indexEntities(text.value, people, nameWords)
  const analyser = new Analyser(text, spans, index, handleWordsFrom(text.value, nameWords))
  return analyser.run()
}

/**
 * `handleWords(value)`, given `letterNumberWords(value, true)`. Without `@`,
 * `#` and `&` in the text the two scans find the same words, except that a
 * final period belongs to a word only in the second: the period is dropped
 * (a word's last character is a period only when it is that final one).
 */
function handleWordsFrom(value: string, nameWords: readonly number[]): number[] {
  if (value.includes('@') || value.includes('#') || value.includes('&')) return handleWords(value)
  const words = nameWords.slice()
  for (let index = 1; index < words.length; index += 2) {
    if (value.charCodeAt(words[index]! - 1) === 46) words[index]!--
  }
  return words
}

class Analyser {
  readonly value: string
  readonly text: ArticleText
  readonly spans: readonly QuoteSpan[]
  readonly index: EntityIndex
  /** Entity mentions outside quotes. */
  readonly outside: EntityMention[]
  /** Sentence starts outside quotes (and block starts), sorted. */
  readonly sentenceStarts: number[]
  /** Speakers decided so far, by span index. */
  readonly results: AnalysedQuote[] = []
  /** Offsets of every word of the text, in order, as pairs: start, end, start, end… */
  readonly #words: number[]
  /** The token of each word, made on first use (most words are never looked at). */
  readonly #tokens: Array<Token | undefined> = []
  /** What each span's quoted text looks like, worked out on first use. */
  readonly #looks: Array<QuotedLook | undefined> = []
  /** Cues by frame (`from * (length + 1) + to`). */
  readonly #cues = new Map<number, Cue | undefined>()
  /** Pronoun resolutions by pronoun, then `at * (spans + 1) + results so far`. */
  readonly #pronouns = new Map<string, Map<number, Resolution>>()
  #starts: Map<string, number[]> | undefined
  /** Every mention by its end offset, in index order. */
  readonly #mentionsByEnd = new Map<number, EntityMention[]>()
  /** Index of each block in `text.blocks`, built on first use. */
  #blockIndex: Map<object, number> | undefined
  /** Entities by the last word of their normalised descriptions, built on first use. */
  #byDescription: Map<string, Array<{entity: EntityInfo; normal: string}>> | undefined
  /** Each organisation's name forms cut into words, built on first use. */
  #formWords: Array<{entity: EntityInfo; words: string[][]}> | undefined

  constructor(text: ArticleText, spans: readonly QuoteSpan[], index: EntityIndex, words: number[]) {
    this.text = text
    this.value = text.value
    this.spans = spans
    this.index = index
    // Words, handles and hashtags: `[\p{L}\p{N}@#]+(?:[’'\-.&][\p{L}\p{N}]+)*`.
    this.#words = words
    this.outside = index.mentions.filter((mention) => !this.inQuote(mention.start))
    for (const mention of index.mentions) pushTo(this.#mentionsByEnd, mention.end, mention)
    const starts: number[] = []
    // The shared sentence split lists each block's sentences in order, block after block.
    const sentences = splitSentences(text)
    let next = 0
    for (const block of text.blocks) {
      const first = next
      while (next < sentences.length && sentences[next]!.block === block && (next === first || sentences[next]!.start > sentences[next - 1]!.start)) next++
      if (block.role === 'headline') continue
      starts.push(block.start)
      // "TOLLEY, Arland (AP) — Name said …": the sentence starts after the dateline.
      const dateline = datelinePattern.exec(this.value.slice(block.start, Math.min(block.end, block.start + 100)))
      if (dateline) starts.push(block.start + dateline[0].length)
      for (let index = first; index < next; index++) {
        const start = sentences[index]!.start
        if (start > block.start && !this.inQuote(start - 1)) starts.push(start)
      }
    }
    this.sentenceStarts = isIncreasing(starts) ? starts : [...new Set(starts)].sort((a, b) => a - b)
  }

  run(): AnalysedQuote[] {
    for (let i = 0; i < this.spans.length; i++) this.results.push(this.analyse(i))
    return this.results
  }

  // --- Quotes ------------------------------------------------------------

  analyse(i: number): AnalysedQuote {
    const span = this.spans[i]!
    const first = span.pieces[0]!
    const last = span.pieces.at(-1)!
    const previous = i > 0 ? this.spans[i - 1] : undefined
    const next = i + 1 < this.spans.length ? this.spans[i + 1] : undefined
    const blockStart = this.text.blocks[span.block]!.start
    const blockEnd = this.text.blocks[span.lastBlock]!.end
    const sentenceStart = this.sentenceStartAt(first.open)
    let beforeStart = Math.max(sentenceStart, blockStart)
    if (previous && previous.lastBlock === span.block) beforeStart = Math.max(beforeStart, previous.pieces.at(-1)!.close)
    let afterEnd = Math.min(this.sentenceEndAfter(last.close), blockEnd)
    // A title in quote marks ("the “Pose” actor said") does not end the frame.
    const bound = this.nextBound(i)
    if (bound && bound.block === span.lastBlock) afterEnd = Math.min(afterEnd, bound.pieces[0]!.open)
    // `“Done?” Hale asked.`: the attribution is the start of the next sentence.
    let extended = false
    if (
      endsWithMark(this.value, last.start, last.end, false) &&
      this.value.slice(last.close, afterEnd).trim() === '' &&
      bound?.pieces[0]!.open !== afterEnd
    ) {
      let end = Math.min(this.sentenceEndAfter(afterEnd + 1), blockEnd)
      if (bound && bound.block === span.lastBlock) end = Math.min(end, bound.pieces[0]!.open)
      if (end > afterEnd) {
        afterEnd = end
        extended = true
      }
    }

    const look = this.look(i)
    const quoted = look.quoted
    const setOff = this.isSetOff(first.open, beforeStart, previous)
    const beforeCue = this.cueBefore(beforeStart, first.open)
    const afterCue = this.cueAfter(last.close, afterEnd, extended ? 5 : 14)
    const adjacentBefore = beforeCue !== undefined && beforeCue.strong && this.onlyLinkBetween(beforeCue.end, first.open)
    const adjacentAfter =
      afterCue !== undefined && !afterCue.borrowed && /^[\s,—–-]*$/.test(this.value.slice(last.close, afterCue.start))

    // Names, titles and labels in quote marks.
    if (look.title) {
      const titleSlot = /(?:[’']s|\b(?:on|in|at|of|from|for|by|with|about|like|called|named|titled|dubbed|and|or))\s*$/i.test(
        this.value.slice(beforeStart, first.open)
      )
      if (titleSlot || (!adjacentBefore && !(adjacentAfter && look.openEnd))) return {span, kind: 'none'}
    }
    if (look.label) return {span, kind: 'none'}

    // "“…” — Ada Lane, Tolley Cycling Campaign": a name after a dash signs the quote.
    const signed = this.signedBy(last.close)
    if (signed) return {span, kind: setOff ? 'full' : 'partial', speaker: signed.key, attribution: this.text.mention(signed.start, signed.end)}

    let kind: QuoteKind = setOff ? 'full' : 'partial'
    if (kind === 'partial') {
      if (this.namingNounNear(first.open, last.close, quoted)) return {span, kind: 'none'}
      const words = this.tokenCount(first.start, last.end)
      if (words <= 3 && !adjacentAfter && !this.sentenceHasCue(sentenceStart, first.open)) {
        const subject = this.mentionEndingAt(beforeStart, first.open)
        if (!subject) return {span, kind: 'none'}
        return {span, kind, speaker: subject.key, attribution: this.text.mention(subject.start, subject.end)}
      }
    }

    // Attribution: the nearer cue wins; a set-off quote prefers the cue after it.
    let cue: Cue | undefined
    if (afterCue && beforeCue) {
      if (adjacentBefore) cue = beforeCue
      else if (adjacentAfter) cue = afterCue
      else cue = setOff ? afterCue : beforeCue
    } else cue = afterCue ?? beforeCue
    if (!cue && kind === 'partial') cue = this.cueInSentence(sentenceStart, first.open)
    if (cue) return this.withCue(span, kind, cue)

    // "Lane put it bluntly: “…”": a colon closing a clause whose subject is named gives the speaker.
    const introduced = kind === 'full' && beforeStart === sentenceStart ? this.colonSubject(sentenceStart, first.open) : undefined
    if (introduced === null) return {span, kind}
    if (introduced) return {span, kind, speaker: introduced.key, attribution: this.text.mention(introduced.start, introduced.end)}

    // No attribution of its own: the speech reported just before, or the quote before.
    const reported = this.cueBackwards(first.open, previous)
    if (reported) return this.withCue(span, kind, reported)
    const before = this.results.findLast((result) => result.kind !== 'none')
    if (before && span.block - before.span.lastBlock <= 3) {
      return {span, kind, speaker: before.speaker, attribution: before.attribution}
    }
    return {span, kind}
  }

  /**
   * The speaker of a quote a colon introduces: the named subject (or the
   * pronoun's antecedent) of the clause before the colon, when no one else is
   * named in it: "Ode read a letter from Lane:" gives `null`, no speaker
   * (neither Ode nor whoever spoke before).
   */
  colonSubject(sentenceStart: number, open: number): {key: string; start: number; end: number} | null | undefined {
    const lead = this.value.slice(sentenceStart, open)
    if (!/:\s*$/.test(lead)) return undefined
    const colon = sentenceStart + lead.lastIndexOf(':')
    // "His response: “…”": the words of the one the possessive stands for.
    const owned = /^(\s*)(His|Her|Their)\s+(?:response|reply|answer|message|verdict|view|advice|words|comment|reaction|retort|explanation|warning|conclusion|assessment)\s*:\s*$/.exec(lead)
    if (owned) {
      const start = sentenceStart + owned[1]!.length
      const resolution = this.resolvePronoun(possessivePronounSubject[owned[2]!.toLowerCase()]!, start)
      return resolution.status === 'found' ? {key: resolution.key, start, end: colon} : null
    }
    const subject = this.sentenceSubject(sentenceStart, colon)
    if (!subject) return undefined
    const others = this.mentionsWithin(this.outside, subject.end, colon)
    if (others.some((other) => other.key !== subject.mention?.key)) return subject.mention ? null : undefined
    if (subject.mention) {
      if (subject.mention.possessive) return undefined
      return {key: subject.mention.key, start: subject.start, end: subject.end}
    }
    const pronoun = this.value.slice(subject.start, subject.end).toLowerCase()
    if (!subjectPronouns.has(pronoun)) return undefined
    const resolution = this.resolvePronoun(pronoun, subject.start)
    return resolution.status === 'found' ? {key: resolution.key, start: subject.start, end: subject.end} : undefined
  }

  withCue(span: QuoteSpan, kind: QuoteKind, cue: Cue): AnalysedQuote {
    const attribution = this.text.mention(cue.start, cue.end)
    if (cue.resolution.status === 'found') return {span, kind, speaker: cue.resolution.key, attribution}
    return {span, kind, attribution}
  }

  /** Whether the quote is set off from the reporter's sentence (sentence start, `:` or `,`). */
  isSetOff(open: number, frameStart: number, previous: QuoteSpan | undefined): boolean {
    let j = open - 1
    while (j >= frameStart && /\s/.test(this.value[j]!)) j--
    if (j < frameStart) {
      // Nothing of the sentence before the mark, or only a previous quote.
      return true
    }
    const char = this.value[j]!
    if (char === ':' || char === ',' || char === '—' || char === '–' || char === ';') return true
    if (previous && previous.pieces.at(-1)!.close === j + 1) return true
    return false
  }

  /** Only white space, `:`, `,` or `that` between a cue and the quote. */
  onlyLinkBetween(from: number, to: number): boolean {
    return /^[\s:,]*(?:that\s*)?$/i.test(this.value.slice(from, to))
  }

  /** A naming noun just before or just after a short embedded span. */
  namingNounNear(open: number, close: number, quoted: string): boolean {
    if (!hasAtMostSpaceRuns(quoted, 4)) return false
    // "called the plan “a fantasy”": a description, never a name or a title.
    if (/^(?:a|an)\s+\p{Ll}/u.test(quoted)) return false
    const before = this.tokens(Math.max(0, open - 40), open).at(-1)
    if (before && namingNouns.has(before.lower) && this.value.slice(before.end, open).trim() === '') return true
    const after = this.tokens(close, Math.min(this.value.length, close + 40)).slice(0, 2)
    const gap = after[0] ? this.value.slice(close, after[0].start) : ''
    if (/[,.;:]/.test(gap)) return false
    return after.some((token) => namingNouns.has(token.lower))
  }

  /** Whether the sentence reports speech before the quote. */
  sentenceHasCue(sentenceStart: number, open: number): boolean {
    for (const token of this.tokensOutsideQuotes(sentenceStart, open)) {
      if (speechVerbs.has(token.lower) || token.lower === 'according') return true
    }
    return false
  }

  // --- Cues --------------------------------------------------------------

  /**
   * The last speech verb in the frame before a quote, with its subject. A
   * plain speech verb (said, told) wins over a later evaluation verb
   * (described, wanted) unless that one has a name of its own as subject.
   */
  cueBefore(from: number, to: number): Cue | undefined {
    const id = from * (this.value.length + 1) + to
    if (this.#cues.has(id)) return this.#cues.get(id)
    // Guard against re-entry while this cue is being worked out.
    this.#cues.set(id, undefined)
    const cue = this.findCueBefore(from, to)
    this.#cues.set(id, cue)
    return cue
  }

  findCueBefore(from: number, to: number): Cue | undefined {
    const tokens = this.tokens(from, to)
    let weak: Cue | undefined
    for (let t = tokens.length - 1; t >= 0; t--) {
      const token = tokens[t]!
      if (token.lower === 'according' && tokens[t + 1]?.lower === 'to') {
        const subject = this.subjectAfter(tokens[t + 1]!.end, to)
        if (subject) return this.cue(token.start, subject[1], subject, true)
      }
      // "In the words of harbourmaster Name, …".
      if (token.lower === 'words' && tokens[t + 1]?.lower === 'of' && tokens[t - 1]?.lower === 'the' && tokens[t - 2]?.lower === 'in') {
        const subject = this.subjectAfter(tokens[t + 1]!.end, to)
        if (subject) return this.cue(tokens[t - 2]!.start, subject[1], subject, true)
      }
      const lemma = speechVerbs.get(token.lower)
      if (!lemma || this.inQuote(token.start)) continue
      if (!this.looksLikeVerb(tokens, t)) continue
      const cue = this.cueForVerb(from, to, tokens, t, lemma)
      if (!cue) continue
      if (cue.strong) {
        if (weak && weak.named) return weak
        return cue
      }
      weak ??= cue
    }
    return weak
  }

  /** The next span that can bound a frame (titles and labels in quote marks do not). */
  nextBound(i: number): QuoteSpan | undefined {
    for (let j = i + 1; j < this.spans.length; j++) {
      const look = this.look(j)
      if ((look.title && !look.openEnd) || look.label) continue
      return this.spans[j]
    }
    return undefined
  }

  /** The first speech verb in the frame after a quote, with its subject. */
  cueAfter(from: number, to: number, maxTokens: number): Cue | undefined {
    const tokens = this.tokens(from, to)
    const limit = Math.min(tokens.length, maxTokens)
    for (let t = 0; t < tokens.length && t < maxTokens + maxAppositionTokens; t++) {
      const token = tokens[t]!
      // Past the limit only a verb right after an apposition ("X, a member of …, told").
      if (t >= limit && !(speechVerbs.has(token.lower) && this.appositionBefore(tokens[0]!.start, token.start))) continue
      if (token.lower === 'according' && tokens[t + 1]?.lower === 'to') {
        const subject = this.subjectAfter(tokens[t + 1]!.end, to)
        if (subject) return this.cue(token.start, subject[1], subject, true)
        return undefined
      }
      const lemma = speechVerbs.get(token.lower)
      if (!lemma) continue
      if (!this.looksLikeVerb(tokens, t)) continue
      return this.cueForVerb(from, to, tokens, t, lemma)
    }
    return undefined
  }

  /** A cue anywhere earlier in the sentence (for partial quotes deep in a clause). */
  cueInSentence(sentenceStart: number, open: number): Cue | undefined {
    return this.cueBefore(sentenceStart, open)
  }

  /** The last report of speech before a quote that has none, back to the previous quote. */
  cueBackwards(open: number, previous: QuoteSpan | undefined): Cue | undefined {
    const block = this.text.blockAt(open)
    const previousClose = previous ? previous.pieces.at(-1)!.close : 0
    // Only text from this paragraph and the paragraph before it.
    let from = block ? block.start : 0
    const blockIndex = block ? this.blockIndexOf(block) : -1
    if (blockIndex > 0) from = this.text.blocks[blockIndex - 1]!.start
    from = Math.max(from, previousClose)
    if (from >= open) return undefined
    // Sentence by sentence, latest first.
    const starts = this.sentenceStarts.slice(lowerBound(this.sentenceStarts, from), lowerBound(this.sentenceStarts, open))
    if (starts[0] !== from) starts.unshift(from)
    for (let s = starts.length - 1; s >= 0; s--) {
      const start = starts[s]!
      const end = s + 1 < starts.length ? starts[s + 1]! : open
      const cue = this.cueBefore(start, end)
      if (cue && cue.strong && cue.resolution.status !== 'none') return cue
    }
    return undefined
  }

  cueForVerb(from: number, to: number, tokens: Token[], t: number, lemma: string): Cue | undefined {
    const token = tokens[t]!
    const strong = isStrongLemma(lemma)
    // "Ode cited Lane’s own words": the words are Lane’s.
    if (/^(?:cited|cites|citing|repeated|repeats|repeating|recalled|recalls|recalling|read|reads|reading|quoted|quotes|quoting)$/.test(token.lower)) {
      const object = /^\s+(?:[\p{L}.’'-]+\s+){1,3}?(?:own\s+)?(?:words|remarks?|comments?|statement|line|phrase|promise|pledge|claim|quote|question|tweet|post|message|letter)\b/u.exec(this.value.slice(token.end, to))
      const owner = object ? this.mentionsWithin(this.index.mentions, token.end, token.end + object[0].length).find((mention) => mention.possessive) : undefined
      if (owner) return {start: token.start, end: token.end + object![0].length, resolution: {status: 'found', key: owner.key}, strong: true, named: true}
    }
    // "Lane quoted Ode as saying": the one quoted spoke.
    if (t >= 3 && tokens[t - 1]!.lower === 'as' && /^(?:saying|telling|stating|writing)$/.test(token.lower)) {
      for (let u = t - 3; u >= 0 && u >= t - 12; u--) {
        if (!/^(?:quoted|quotes|quoting)$/.test(tokens[u]!.lower)) continue
        return this.cue(tokens[u]!.start, token.end, [tokens[u + 1]!.start, tokens[t - 2]!.end], true)
      }
    }
    // The words of the frame before the verb are `tokens[0]` to `tokens[t - 1]`.
    let onlyFillers = true
    for (let u = 0; u < t && onlyFillers; u++) onlyFillers = this.isFiller(tokens[u]!)
    // Inversion: `said Hale`, `said the senator`.
    if (onlyFillers && /^[\s,]*$/.test(this.value.slice(from, token.start).replace(/[\p{L}]+/gu, ''))) {
      // Only plain speech verbs invert ("said Hale", not "intended the audience").
      if (!strong) return this.participleCue(token, strong)
      const subject = this.subjectAfter(token.end, to)
      const named = subject ? this.nameAfterDescription(subject, to) : undefined
      if (named) return {start: token.start, end: named.end, resolution: {status: 'found', key: named.key}, strong, named: true}
      if (subject) return this.cue(token.start, subject[1], subject, strong)
      // `“…,” said.` has no subject; `saying: “…”` takes the sentence's subject.
      if (token.lower.endsWith('ing')) return this.participleCue(token, strong)
      return undefined
    }
    // A participle after a comma (`he said, adding that`, `…, saying:`), a verb
    // coordinated with an earlier one (`… and said`) or an infinitive (`to urge`)
    // shares the sentence's subject.
    let previousWord: Token | undefined
    for (let u = t - 1; u >= 0 && !previousWord; u--) if (!this.isFiller(tokens[u]!)) previousWord = tokens[u]
    const rawPrevious = t > 0 ? tokens[t - 1] : undefined
    // "the campaign would not respond “to every cheap shot”": a verb denied says nothing. The quote
    // is another verb's in the sentence ("…, said the campaign would not respond"), or no one's
    // ("Ode did not say “never”"), never the context's.
    if (rawPrevious && /^(?:not|never)$|n['’]t$/.test(rawPrevious.lower)) return {start: token.start, end: token.end, resolution: {status: 'unnamed'}, strong: false}
    // Passive: "Ode was told by Lane" was said by Lane; "Ode was told" names only the listener.
    // (Only verbs whose object is the listener: "Lane was quoted as saying" is still Lane's.)
    if (rawPrevious && /^(?:is|was|are|were|been|being)$/.test(rawPrevious.lower) && listenerVerbs.test(token.lower)) {
      const by = tokens[t + 1]
      const agent = by?.lower === 'by' ? this.subjectAfter(by.end, to) : undefined
      if (agent) return this.cue(token.start, agent[1], agent, strong)
      return {start: token.start, end: token.end, resolution: {status: 'unnamed'}, strong}
    }
    if (token.lower.endsWith('ing') && !(rawPrevious && /^(?:is|was|are|were|been|be|am)$/.test(rawPrevious.lower))) {
      return this.participleCue(token, strong)
    }
    if (previousWord && /^(?:and|but|or|then|to|by)$/.test(previousWord.lower)) return this.participleCue(token, strong)
    const subject = this.subjectBefore(from, token.start)
    if (!subject) return this.participleCue(token, strong)
    return this.cue(subject[0], token.end, subject, strong)
  }

  /**
   * The person named in apposition after an inverted subject that describes
   * them, ending the clause: `said Tolley's chief executive, Ada Lane.`,
   * `said the firm's co-founder and chair, Ada Lane,`. The description alone
   * could fit someone else the text gives the same title.
   */
  nameAfterDescription(subject: [number, number], to: number): EntityMention | undefined {
    if (this.mentionsWithin(this.index.mentions, subject[0], subject[1]).some((mention) => mention.kind === 'person' && !mention.possessive)) return undefined
    const rest = this.value.slice(subject[1], Math.min(to, subject[1] + 80))
    const lead = /^(?:\s+and\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3})?,\s+/u.exec(rest)
    if (!lead) return undefined
    const at = subject[1] + lead[0].length
    const mention = this.mentionsWithin(this.index.mentions, at, Math.min(to, at + 60)).find((item) => item.start === at)
    if (!mention || mention.kind !== 'person' || mention.possessive) return undefined
    return /^(?:[.,;:!?"”’)]|\s*$)/.test(this.value.slice(mention.end, mention.end + 1)) ? mention : undefined
  }

  /** The subject of the sentence a participle hangs from. */
  participleCue(token: Token, strong: boolean): Cue | undefined {
    const start = this.sentenceStartAt(token.start)
    const subject = this.sentenceSubject(start, token.start)
    if (subject) {
      const resolution =
        subject.mention !== undefined
          ? ({status: 'found', key: subject.mention.key} as const)
          : this.resolvePhrase(subject.start, subject.end)
      return {start: subject.start, end: token.end, resolution, strong, borrowed: true}
    }
    const previous = this.results.at(-1)
    if (previous?.speaker && previous.span.lastBlock === this.blockIndexOf(this.text.blockAt(token.start))) {
      return {start: token.start, end: token.end, resolution: {status: 'found', key: previous.speaker}, strong, borrowed: true}
    }
    return undefined
  }

  cue(start: number, end: number, subject: [number, number], strong: boolean): Cue {
    const named = this.mentionsWithin(this.index.mentions, subject[0], subject[1]).some((mention) => !mention.possessive)
    return {start, end, resolution: this.resolvePhrase(subject[0], subject[1]), strong, named}
  }

  /** Whether a speech-verb word is used as a verb here (not "the word said", "a call"). */
  looksLikeVerb(tokens: Token[], t: number): boolean {
    const token = tokens[t]!
    const previous = tokens[t - 1]
    // A capitalised word is a name ("United States"), except at the start of a sentence.
    if (/\p{Lu}/u.test(this.value[token.start]!) && previous && !/[.!?:"“”]\s*$/.test(this.value.slice(previous.end, token.start))) {
      return false
    }
    // "her telling of it" is a noun; "backed her, telling peers" a participle.
    if (previous && /^(?:a|an|the|his|her|its|their|this|that|my|our|your)$/.test(previous.lower) && /^\s+$/.test(this.value.slice(previous.end, token.start))) {
      return false
    }
    // `six new pledges`: a plural noun, not a verb, after a number, an adjective or a possessive.
    if (/[^s]s$/.test(token.lower) && token.lower !== 'says' && previous) {
      const twoBack = tokens[t - 2]
      if (/^(?:all|new|old|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+|recent|earlier|previous|repeated|his|her|their|its|public|private|similar|these|those|such|other|own)$/.test(previous.lower)) return false
      if (twoBack && /(?:’s|'s)$/.test(twoBack.lower)) return false
    }
    // Base forms ("say", "call") not right after a preposition ("in response").
    const lemma = speechVerbs.get(token.lower)
    if (lemma === token.lower && previous && /^(?:in|on|at|of|for|with|from|without|after|before)$/.test(previous.lower)) {
      return false
    }
    // "in a blog post", "her Instagram post", "Lane's long reply": a base form inside a noun phrase.
    const twoBack = tokens[t - 2]
    if (
      lemma === token.lower &&
      previous &&
      twoBack &&
      (/^(?:a|an|the|his|her|its|their|my|our|your)$/.test(twoBack.lower) || /(?:’s|'s)$/.test(twoBack.lower)) &&
      /^\s+$/.test(this.value.slice(twoBack.end, previous.start)) &&
      /^\s+$/.test(this.value.slice(previous.end, token.start))
    ) {
      return false
    }
    return true
  }

  /** The subject phrase ending just before a verb at `verb`, or undefined. */
  subjectBefore(from: number, verb: number): [number, number] | undefined {
    // `Tom Field (D-Calif.) called it`: a short bracketed note after the subject.
    const note = /\s*\([^()]{1,24}\)\s*$/.exec(this.value.slice(from, verb))
    if (note && note.index > 0) verb = from + note.index
    const tokens = this.tokens(from, verb)
    let t = tokens.length - 1
    while (t >= 0 && this.isFiller(tokens[t]!)) t--
    if (t < 0) return undefined
    // "…, pointing at Ode, who replied": the name the relative clause hangs from.
    if (tokens[t]!.lower === 'who' && t > 0 && /^,\s*$/.test(this.value.slice(tokens[t - 1]!.end, tokens[t]!.start))) {
      const antecedent = this.personEndingAt(tokens[t - 1]!.end, from)
      if (antecedent) return [antecedent.start, antecedent.end]
    }
    // "Ada Lane, 68, who has used the library for 40 years, said": the name before
    // the relative clause (and an age) that ends right before the verb.
    const relative = /,\s+who\s+[^,;:()“”"]*,\s*$/.exec(this.value.slice(from, verb))
    if (relative) {
      let cut = from + relative.index
      const age = /,\s+\d{1,3}\s*$/.exec(this.value.slice(from, cut))
      if (age) cut = from + age.index
      // "Rep. Ada Lane, R-Ohio, who …": a party and a state, as for an age.
      const party = /,\s+[DRI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*$/u.exec(this.value.slice(from, cut))
      if (party) cut = from + party.index
      const antecedent = this.personEndingAt(cut, from)
      if (antecedent && !governingPreposition.test(this.value.slice(Math.max(from, antecedent.start - 10), antecedent.start))) {
        return [antecedent.start, antecedent.end]
      }
      // "Dr Ada Lane, head of research at the charity Ode Hope, who …, said": the name before the apposition.
      if (!antecedent) {
        const head = this.appositionHead(from, cut + 1)
        if (head) return [head.start, head.end]
      }
    }
    // A pronoun right before the verb is its subject; one closing a comma clause is not ("…, asked about it, replied").
    if (subjectPronouns.has(tokens[t]!.lower) && !this.value.slice(tokens[t]!.end, verb).includes(',')) return [tokens[t]!.start, tokens[t]!.end]
    // `Ada Lane, head of research at Ode Bank, said`: the name before the apposition.
    const head = this.appositionHead(from, verb)
    if (head) return [head.start, head.end]
    const named = this.#mentionsByEnd.get(tokens[t]!.end)?.find((mention) => !mention.possessive)
    if (named && named.start >= from && named.kind === 'person') {
      // `Lane and Ode said`: two speakers, which one Quotation cannot name.
      const and = /\s+(?:and|&)\s+$/.exec(this.value.slice(from, named.start))
      const other = and ? this.personEndingAt(from + and.index, from) : undefined
      if (other) return [other.start, named.end]
    }
    // `A friend of Lane said`: the name hangs from a noun, which is the subject.
    const governedName = named !== undefined && named.kind === 'person' && this.hangsFromNoun(this.value.slice(Math.max(from, named.start - 40), named.start))
    if (named && named.start >= from && !governedName) {
      // `Ada Lane of Marsh Police said`: the person, not her organisation.
      if (named.kind !== 'person') {
        const of = /\s+(?:of|at|from|with)\s+(?:the\s+)?$/.exec(this.value.slice(from, named.start))
        const owner = of ? this.personEndingAt(from + of.index, from) : undefined
        if (owner) return [owner.start, owner.end]
        // `The chief executive of Tolley Hospital warned`: the post there is the subject.
        const post = /(?:^|[\s,])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:of|at)\s+(?:the\s+)?)$/u.exec(
          this.value.slice(from, named.start)
        )
        if (post && jobNounSet.has(post[2]!) && !spokespersonWords.test(post[2]!)) return [named.start - post[1]!.length, named.end]
      }
      return [named.start, named.end]
    }
    let end = tokens[t]!.end
    // `Mr Hale, the head of X, said`: skip the apposition between commas.
    const gap = this.value.slice(end, t + 1 < tokens.length ? tokens[t + 1]!.start : verb)
    if (/^\s*,\s*$/.test(gap) || /^[^,]*,\s*$/.test(this.value.slice(end, verb))) {
      const comma = this.value.lastIndexOf(',', tokens[t]!.start)
      if (comma >= from) {
        let u = t
        while (u >= 0 && tokens[u]!.start > comma) u--
        // Only when what precedes the apposition is a name-like phrase.
        if (u >= 0) {
          t = u
          end = tokens[t]!.end
        }
      }
    }
    let start = tokens[t]!.start
    let count = 1
    for (let u = t - 1; u >= 0 && count < maxSubjectTokens; u--) {
      const token = tokens[u]!
      const between = this.value.slice(token.end, start)
      if (/[,;:()\[\]—–]/.test(between)) break
      if ((token.lower === 'who' || token.lower === 'which') && u > 0 && /,\s*$/.test(this.value.slice(tokens[u - 1]!.end, token.start))) {
        // `Hale, who has long said …`: the subject is before the relative clause.
        const named = this.#mentionsByEnd.get(tokens[u - 1]!.end)?.find((mention) => !mention.possessive)
        // `A friend of Lane, who …`: the name is inside the subject, not the subject.
        if (named && !governingPreposition.test(this.value.slice(Math.max(from, named.start - 10), named.start))) {
          return [named.start, named.end]
        }
        return this.subjectBefore(from, tokens[u - 1]!.end)
      }
      if ((token.lower === 'and' || token.lower === 'or') && u > 0 && jobNounSet.has(tokens[u - 1]!.lower) && jobNounSet.has(tokens[u + 1]?.lower ?? '')) {
        // `the writer and broadcaster said`: one person with two roles.
        start = token.start
        count++
        continue
      }
      if (clauseWords.has(token.lower)) {
        // Keep `a spokesman for the club`, `someone in the audience`.
        if (innerPrepositions.has(token.lower) && u > 0 && !clauseWords.has(tokens[u - 1]!.lower)) {
          start = token.start
          count++
          continue
        }
        break
      }
      if (speechVerbs.has(token.lower) && !/^\p{Lu}/u.test(this.value[token.start]!)) break
      start = token.start
      count++
    }
    return [start, end]
  }

  /**
   * A person named right before a comma-delimited apposition that ends just
   * before `verb` (`Ada Lane, head of Ode Bank (a lender), said`).
   */
  appositionHead(from: number, verb: number): EntityMention | undefined {
    const before = this.value.slice(from, verb)
    if (!/,\s*$/.test(before)) return undefined
    const last = from + before.lastIndexOf(',')
    let comma = last
    for (let step = 0; step < 3; step++) {
      comma = this.value.lastIndexOf(',', comma - 1)
      if (comma < from) return undefined
      const inner = this.tokens(comma, verb)
      // "Lane, asked whether she regretted it, replied": a participle clause, not a report.
      const asked = inner[0]?.lower === 'asked'
      if (inner.length > maxAppositionTokens || inner.some((token, index) => speechVerbs.has(token.lower) && token.lower.endsWith('ed') && !(asked && index === 0))) return undefined
      if (inner.some((token) => token.lower === 'who' || token.lower === 'which')) return undefined
      // `a spokeswoman for Ada Lane, Ode Ray, said`: the apposition is the
      // name, and the phrase before it (naming someone else) describes her.
      if (step === 0) {
        const named = this.nameBetween(comma + 1, last)
        if (named) return named
      }
      let end = comma
      while (end > from && /\s/.test(this.value[end - 1]!)) end--
      const mention = this.personEndingAt(end, from)
      if (mention) return mention
    }
    return undefined
  }

  /**
   * A person's name that is all of the text from–to but for white space and
   * capitalised words before it (a title: `Dr Ode Ray`), or undefined.
   */
  nameBetween(from: number, to: number): EntityMention | undefined {
    let end = to
    while (end > from && /\s/.test(this.value[end - 1]!)) end--
    const mention = this.personEndingAt(end, from)
    if (!mention) return undefined
    const lead = this.tokens(from, mention.start)
    return lead.every((token) => /^\p{Lu}/u.test(this.value[token.start]!)) ? mention : undefined
  }

  /** Whether the text from–to is a short subject and one apposition (`X, a member of …,`). */
  appositionBefore(from: number, to: number): boolean {
    const text = this.value.slice(from, to)
    if (!/^[^,]+,[^,]+,\s*$/.test(text)) return false
    return this.appositionHead(from, to) !== undefined
  }

  /** Whether the text ends with a lower-case word and a preposition before a name ("friend of "). */
  hangsFromNoun(text: string): boolean {
    const preposition = governingPreposition.exec(text)
    return preposition !== null && /(?<![\p{L}\p{N}_])\p{Ll}[\p{L}-]*\s+$/u.test(text.slice(0, preposition.index))
  }

  /** Auxiliaries and adverbs between a subject and its verb. */
  isFiller(token: Token): boolean {
    if (verbFillers.has(token.lower)) return true
    return token.lower.length > 4 && token.lower.endsWith('ly') && /\p{Ll}/u.test(this.value[token.start]!)
  }

  hasSpokesWordBefore(tokens: Token[], u: number): boolean {
    const previous = tokens[u - 1]
    return previous !== undefined && spokespersonWords.test(previous.lower)
  }

  /** The subject phrase right after a verb (`said Hale`, `according to the agency`). */
  subjectAfter(from: number, to: number): [number, number] | undefined {
    const tokens = this.tokens(from, to)
    const first = tokens[0]
    if (!first || /[,;:.!?]/.test(this.value.slice(from, first.start))) return undefined
    let end = first.end
    let count = 1
    for (let u = 1; u < tokens.length && count < maxSubjectTokens; u++) {
      const token = tokens[u]!
      const between = this.value.slice(end, token.start)
      // `said Dr. Ode Ray`, `said J. Ode Ray`: the period of an abbreviation.
      const abbreviated = between.startsWith('.') && /^\.\s+$/.test(between) && isAbbreviation(this.value, first.start, end)
      if (!abbreviated && /[,;:.!?()"“”—–]/.test(between)) break
      // `said co-founder and chief executive Ada Lane`: two roles of one person.
      const roles = token.lower === 'and' && isJobNoun(tokens[u - 1]!.lower) && tokens[u + 1] !== undefined && /^\p{Ll}/u.test(this.value.slice(tokens[u + 1]!.start, tokens[u + 1]!.end))
      if (!roles && clauseWords.has(token.lower) && !(innerPrepositions.has(token.lower) && spokespersonWords.test(this.value.slice(first.start, end)))) break
      if (speechVerbs.has(token.lower) || /^(?:on|in|at|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(token.lower)) break
      end = token.end
      count++
    }
    // `said Ada Lane and Tom Avery`: two speakers, as in `Lane and Avery said` (no one Quotation names both).
    const and = /^\s+(?:and|&)\s+/.exec(this.value.slice(end, to))
    if (and) {
      const other = this.outside[lowerBoundBy(this.outside, end + and[0].length)]
      if (other && other.start === end + and[0].length && other.kind === 'person' && this.#mentionsByEnd.get(end)?.some((mention) => mention.kind === 'person')) {
        return [first.start, other.end]
      }
    }
    return [first.start, end]
  }

  // --- Resolution --------------------------------------------------------

  /** Resolve the subject phrase `start`–`end` to an entity. */
  resolvePhrase(start: number, end: number): Resolution {
    const tokens = this.tokens(start, end)
    const head = tokens[0]
    if (!head) return {status: 'none'}
    if (tokens.length === 1 && subjectPronouns.has(head.lower)) return this.resolvePronoun(head.lower, head.start)

    const mentions = this.mentionsWithin(this.index.mentions, start, end)
    const role = mentions.find((mention) => mention.role)
    if (role) return {status: 'found', key: role.key}
    const phrase = this.value.slice(start, end)
    const persons = mentions.filter((mention) => mention.kind === 'person' && !mention.possessive)
    // "Lane and Ode": more than one speaker.
    if (persons.length > 1 && new Set(persons.map((mention) => mention.key)).size > 1 && /\s(?:and|&)\s/.test(this.value.slice(persons[0]!.end, persons.at(-1)!.start))) {
      return {status: 'unnamed'}
    }
    // `A friend of Lane`, `the daughter of Lane`: someone the text does not
    // name (but `a spokesman for Lane` speaks for Lane).
    const governed = persons.at(-1)
    if (governed && !spokespersonWords.test(phrase)) {
      const lead = this.value.slice(start, governed.start)
      if (governingPreposition.test(lead) && /(?:^|\s)\p{Ll}/u.test(lead.replace(governingPreposition, ''))) {
        return {status: 'unnamed'}
      }
    }
    // "A statement from Ada Lane's family", "Ada Lane's lawyers said": theirs, not hers.
    if (persons.length > 0) return this.ownedBy(persons.at(-1)!) ? {status: 'unnamed'} : {status: 'found', key: persons.at(-1)!.key}

    if (spokespersonWords.test(phrase)) {
      const organization = mentions.find((mention) => mention.kind === 'organization')
      if (organization) return {status: 'found', key: organization.key}
      const principal = mentions.find((mention) => mention.possessive)
      if (principal && this.ownedBy(principal)) return {status: 'unnamed'}
      if (principal) return {status: 'found', key: principal.key}
      // `a spokesperson for the regional health board`: a body described, not named, is no recent one.
      const described = /\s(?:for|of|at)\s+(?:the|a|an|its|his|her|their)\s/.test(phrase)
      const byWord = this.organizationByWords(tokens, start) ?? (described ? undefined : this.recentOrganization(start, this.nearbyStart(start)))
      if (byWord) return {status: 'found', key: byWord}
      return {status: 'unnamed'}
    }
    const last = tokens.at(-1)!
    const definite = definiteDeterminers.has(head.lower) || possessivePronouns.has(head.lower)
    // `the Tory co-chairman`: a person's role, even with an organisation's name in it.
    if (definite && !organizationHeads.has(last.lower)) {
      const description = this.entityByDescription(tokens.slice(1).map((token) => token.lower), start, this.properWords(tokens))
      if (description && this.index.entities.get(description)?.kind === 'person') return {status: 'found', key: description}
    }
    const organizations = mentions.filter((mention) => mention.kind === 'organization' && !mention.possessive)
    // `The chief executive of Tolley Hospital warned`: a person in a post there (the entity with that
    // title, or no one named), never the organisation itself.
    const postOf = definite ? /^(\S+(?:\s+\S+){0,2}?)\s+(?:of|at)\s/.exec(this.value.slice(tokens[1]?.start ?? end, end)) : null
    const postHead = postOf ? lastWord(postOf[1]!.toLowerCase()) : ''
    // ("chief executive" is a post; "the executive of …" alone a body.)
    if (postOf && organizations.length > 0 && jobNounSet.has(postHead) && (!organizationHeads.has(postHead) || /\s/.test(postOf[1]!)) && !spokespersonWords.test(postHead)) {
      const description = this.entityByDescription(postOf[1]!.toLowerCase().split(/\s+/), start)
      return description && this.index.entities.get(description)?.kind === 'person' ? {status: 'found', key: description} : {status: 'unnamed'}
    }
    if (organizations.length > 0) return {status: 'found', key: organizations.at(-1)!.key}

    // A proper name the people stage does not know ("the Lib Dems"): no guess.
    const properName = tokens
      .slice(1)
      .some((token) => /^\p{Lu}/u.test(this.value[token.start]!) && !titleSmallWords.has(token.lower) && !this.inQuote(token.start))
    if (definite) {
      const words = tokens.slice(1).map((token) => token.lower)
      const proper = this.properWords(tokens)
      for (let length = words.length; length > 0; length--) {
        const description = this.entityByDescription(words.slice(0, length), start, proper)
        if (description) return {status: 'found', key: description}
      }
      const group = this.organizationByWords(tokens.slice(1), start, true)
      if (group) return {status: 'found', key: group}
      // "the Kansas Republican": the person the chain of subjects gives, when the text names
      // them with every word before the party ("Sen. Ada Lane of Kansas"); else no one.
      if (partyMembers.has(last.lower) && tokens.length <= 4) {
        const found = this.resolvePronoun('person', start)
        if (found.status !== 'found') return {status: 'unnamed'}
        // Not one the text names with another party ("Ada Lane, a Democrat,").
        const otherParty = [...partyMembers].some((party) => party !== last.lower && this.namedWith(found.key, party, start))
        return !otherParty && tokens.slice(1, -1).every((token) => this.namedWith(found.key, token.lower, start)) ? found : {status: 'unnamed'}
      }
      if (properName) return {status: 'unnamed'}
      // `the writer and broadcaster`: another role word makes it a person.
      const personal = words.slice(0, -1).some((word) => jobNounSet.has(word) && !organizationHeads.has(word))
      if (organizationHeads.has(last.lower) && !personal) {
        const organization = this.organizationByWords(tokens.slice(1), start) ?? this.recentOrganization(start)
        if (organization) return {status: 'found', key: organization}
        // `the writer and broadcaster`: a head that names a person too.
        if (!jobNounSet.has(last.lower)) return {status: 'unnamed'}
      }
      // `the campaigners`: a group, never one person.
      if (/[^s]s$/.test(last.lower) && !/(?:ss|us|is|ics|news)$/.test(last.lower)) return {status: 'unnamed'}
      // `the family of one victim`, `the victim's family`: a group, named by its head noun.
      const ofAt = words.indexOf('of')
      const headWord = ofAt > 0 ? words[ofAt - 1]! : last.lower
      if (groupHeads.has(headWord)) return {status: 'unnamed'}
      // "A former manager, who asked not to be named, said …", then "the former manager said":
      // the source the text introduced without a name (or one of several: "Two senators, …").
      if (/^\p{Ll}[\p{Ll}-]*$/u.test(headWord) && new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|\\d+)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}${headWord}s?\\b`, 'u').test(this.value.slice(0, start))) {
        return {status: 'unnamed'}
      }
      // A role in a scene ("the judge said", "the manager said") brings in someone else, and so
      // does a tie ("her daughter said", "her husband said": not the woman just named).
      if ((jobNounSet.has(headWord) && !identityRoles.has(headWord)) || relationSet.has(headWord)) return {status: 'unnamed'}
      // A description of someone already in the story ("the 21-year-old").
      if (words.length > 0 && !indefiniteDeterminers.has(words[0]!)) {
        return this.resolvePronoun('person', start)
      }
      return {status: 'unnamed'}
    }
    if (indefiniteDeterminers.has(head.lower) || /^\d/.test(head.lower)) return {status: 'unnamed'}
    const description = this.entityByDescription(tokens.map((token) => token.lower), start)
    if (description) return {status: 'found', key: description}
    // A capitalised name the people stage does not know, or some other phrase: no guess.
    return {status: 'unnamed'}
  }

  /** Whether the words right after the mention are its group or someone tied to it ("Ada Lane's family", "… lawyers"). */
  ownedBy(mention: EntityMention): boolean {
    const owned = /^['’]s?\s+([\p{L}-]+)/u.exec(this.value.slice(mention.end, mention.end + 40))?.[1]?.toLowerCase()
    return owned !== undefined && (groupHeads.has(owned) || relationSet.has(owned) || entourage.test(owned))
  }

  /** Whether `word` follows a mention of `key` before `at` closely ("Ada Lane of Kansas", "Ada Lane, a Kansas …"). */
  namedWith(key: string, word: string, at: number): boolean {
    for (const mention of this.index.mentions) {
      if (mention.key !== key || mention.start >= at) continue
      const after = this.value.slice(mention.end, mention.end + 40).toLowerCase()
      if (new RegExp(`^[^.;:!?]*\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(after)) return true
    }
    return false
  }

  /** Lower-case words of the tokens (the first left out) written with a capital: "Tory" in "the Tory leader". */
  properWords(tokens: Token[]): Set<string> {
    const proper = new Set<string>()
    for (const token of tokens.slice(1)) if (/^\p{Lu}/u.test(this.value[token.start]!)) proper.add(token.lower)
    return proper
  }

  /**
   * An entity whose job title or role phrase ends like the description
   * (`proper`: the description's capitalised words, which must fit the entity).
   */
  entityByDescription(words: string[], at: number, proper?: ReadonlySet<string>): string | undefined {
    if (words.length === 0) return undefined
    const phrase = normalizeForm(words.join(' '))
    let best: string | undefined
    let bestAt = -2
    // Every match ends in the same word as the phrase: only those descriptions are tried.
    const candidates = this.descriptionIndex().get(lastWord(phrase))
    if (!candidates) return undefined
    let previous: EntityInfo | undefined
    for (const {entity, normal} of candidates) {
      if (entity === previous) continue
      if (!(normal === phrase || normal.endsWith(` ${phrase}`) || phrase.endsWith(` ${normal}`))) continue
      // "the Tory leader" is not a leader of another party: a capitalised
      // word the description lacks must be in the person's affiliation.
      if (proper && proper.size > 0 && phrase.length > normal.length && !fitsProperWords(phrase.slice(0, phrase.length - normal.length), proper, entity)) {
        continue
      }
      previous = entity
      const seen = this.lastMentionBefore(entity.key, at)
      if (seen > bestAt) {
        best = entity.key
        bestAt = seen
      }
    }
    return best
  }

  /** An organisation whose name shares a content word with the phrase ("an executive spokeswoman"). */
  organizationByWords(tokens: Token[], at: number, headOnly = false): string | undefined {
    const candidates = headOnly ? tokens.slice(-1) : tokens
    const words = new Set(
      candidates.map((token) => token.lower).filter((word) => !spokespersonWords.test(word) && !titleSmallWords.has(word))
    )
    for (const word of [...words]) for (const synonym of groupSynonyms.get(word) ?? []) words.add(synonym)
    let best: string | undefined
    let bestAt = -1
    this.#formWords ??= [...this.index.entities.values()]
      .filter((entity) => entity.kind === 'organization')
      .map((entity) => ({entity, words: entity.forms.map((form) => form.split(/\s+/))}))
    for (const {entity, words: forms} of this.#formWords) {
      const shares = forms.some((form) => form.some((word) => words.has(word)))
      if (!shares) continue
      const seen = this.lastMentionBefore(entity.key, at)
      if (seen > bestAt) {
        best = entity.key
        bestAt = seen
      }
    }
    return best
  }

  /**
   * The organisation of the latest sentence before `at` that names one: the
   * first named there (the subject, more likely than an object), leaving out
   * a listener (`told the BBC`, `emailed to Ode News`).
   */
  recentOrganization(at: number, from = 0): string | undefined {
    let found: EntityMention | undefined
    let sentence = -1
    // Mentions at or after `at` are skipped anyway: start just before it.
    for (let m = lowerBoundBy(this.outside, at) - 1; m >= 0; m--) {
      const mention = this.outside[m]!
      if (mention.start < from) break
      if (mention.start >= at || mention.kind !== 'organization') continue
      const index = this.sentenceIndexAt(mention.start)
      if (found && index !== sentence) break
      if (listenerBefore.test(this.value.slice(Math.max(0, mention.start - 16), mention.start))) continue
      found = mention
      sentence = index
    }
    return found?.key
  }

  /** Start of the paragraph before the one holding `offset`. */
  nearbyStart(offset: number): number {
    const block = this.text.blockAt(offset)
    if (!block) return 0
    const index = this.blockIndexOf(block)
    return index > 0 ? this.text.blocks[index - 1]!.start : block.start
  }

  lastMentionBefore(key: string, at: number): number {
    if (!this.#starts) {
      this.#starts = new Map()
      for (const mention of this.index.mentions) {
        const list = this.#starts.get(mention.key) ?? []
        list.push(mention.start)
        this.#starts.set(mention.key, list)
      }
    }
    const starts = this.#starts.get(key)
    if (!starts) return -1
    const low = lowerBound(starts, at)
    return low > 0 ? starts[low - 1]! : -1
  }

  /**
   * A pronoun (or a description) refers back along the chain of sentence
   * subjects: in the nearest earlier sentence, the speaker of a quote there,
   * else the sentence's subject when it is a name, else (when the subject is
   * itself a pronoun or a description) the sentence before; failing that the
   * first fitting name in the sentence.
   */
  resolvePronoun(pronoun: string, at: number): Resolution {
    let known = this.#pronouns.get(pronoun)
    if (!known) {
      known = new Map()
      this.#pronouns.set(pronoun, known)
    }
    const id = at * (this.spans.length + 1) + this.results.length
    const resolution = known.get(id)
    if (resolution) return resolution
    known.set(id, {status: 'none'})
    const found = this.findAntecedent(pronoun, at)
    known.set(id, found)
    return found
  }

  findAntecedent(pronoun: string, at: number): Resolution {
    const kind = subjectPronouns.get(pronoun) ?? 'person'
    if (kind === 'self') return {status: 'none'}
    const wantOrganization = kind === 'neuter' || kind === 'plural'
    const fitsKey = (key: string): boolean => {
      const entity = this.index.entities.get(key)
      if (!entity) return false
      if (wantOrganization) return entity.kind === 'organization'
      if (entity.kind !== 'person') return false
      if (entity.gender && (kind === 'male' || kind === 'female') && entity.gender !== kind) return false
      return true
    }
    const fits = (mention: EntityMention): boolean => (!mention.possessive || mention.role) && fitsKey(mention.key)
    // "I asked one engineer whether she …": someone an earlier sentence brings in without a name,
    // with no one fitting named there, is the nearer referent.
    const unnamedIn = (start: number, end: number): boolean =>
      !wantOrganization && this.unnamedPersonBetween(start, end) && !this.mentionsWithin(this.outside, start, end).some(fits)
    let sentence = this.sentenceIndexAt(at)
    const own = sentence
    let end = at
    const stop = Math.max(0, sentence - 8)
    if (wantOrganization) {
      // "it" / "they": the nearest organisation named before it in its sentence.
      const start = this.sentenceStarts[sentence] ?? 0
      const nearest = this.mentionsWithin(this.outside, start, at).findLast(fits)
      if (nearest) return {status: 'found', key: nearest.key}
    }
    for (; sentence >= stop; sentence--) {
      const start = this.sentenceStarts[sentence] ?? 0
      // "Asked about Ode, he said …": the one asked about is not the one who answers.
      if (sentence === own && askedAbout.test(this.value.slice(start, at))) {
        end = start
        continue
      }
      if (sentence < own) {
        // An earlier sentence that reports speech: its speaker is the likely referent.
        const reported = this.cueBefore(start, end)
        if (reported && reported.strong && reported.resolution.status === 'found' && this.fitsReported(reported, kind)) {
          return reported.resolution
        }
      }
      const quote = this.lastSpeakerBetween(start, end)
      if (quote?.speaker && fitsKey(quote.speaker)) return {status: 'found', key: quote.speaker}
      const subject = this.sentenceSubject(start, end)
      if (subject?.mention && fits(subject.mention)) return {status: 'found', key: subject.mention.key}
      if (subject && subject.mention === undefined) {
        // The sentence is about someone named earlier: follow the chain back.
        const description = this.tokens(subject.start, subject.end).map((token) => token.lower)
        const named = description.length > 1 ? this.entityByDescription(description.slice(1), subject.start) : undefined
        if (named && fitsKey(named)) return {status: 'found', key: named}
        if (sentence < own && unnamedIn(start, end)) return {status: 'unnamed'}
        end = start
        continue
      }
      const candidates = this.mentionsWithin(this.outside, start, end).filter(fits)
      if (candidates.length > 0) return {status: 'found', key: candidates[0]!.key}
      if (sentence < own && unnamedIn(start, end)) return {status: 'unnamed'}
      end = start
    }
    return {status: 'none'}
  }

  /** Whether a person without a name is introduced between `from` and `to`, outside quotes ("one engineer", "a local resident"). */
  unnamedPersonBetween(from: number, to: number): boolean {
    const tokens = this.tokensOutsideQuotes(from, to)
    for (let t = 0; t < tokens.length; t++) {
      if (!/^(?:a|an|one|another)$/.test(tokens[t]!.lower)) continue
      // "through an interpreter", "with a nurse": someone beside the subject, not a new one;
      // "Mr Ode, a charismatic businessman": a description of someone named.
      if (t > 0 && /^(?:through|with|to|by|for|from|of|like|as|via)$/.test(tokens[t - 1]!.lower)) continue
      if (t > 0 && this.value.slice(tokens[t - 1]!.end, tokens[t]!.start).includes(',')) continue
      for (let u = t + 1; u < tokens.length && u <= t + 3; u++) {
        const word = tokens[u]!.lower
        if (/^\p{Lu}/u.test(this.value[tokens[u]!.start]!)) break
        if (jobNounSet.has(word) || personNouns.has(word)) return true
      }
    }
    return false
  }

  /** Whether a reported speaker fits a pronoun (a spokeswoman's organisation fits "she"). */
  fitsReported(cue: Cue, kind: string): boolean {
    if (cue.resolution.status !== 'found') return false
    const entity = this.index.entities.get(cue.resolution.key)
    if (!entity) return false
    const phrase = this.value.slice(cue.start, cue.end)
    if (entity.kind === 'organization') return kind === 'neuter' || kind === 'plural' || spokespersonWords.test(phrase)
    if (kind === 'neuter' || kind === 'plural') return false
    return !entity.gender || entity.gender === kind || (kind !== 'male' && kind !== 'female')
  }

  /**
   * The subject at the start of a sentence: a name (mention), or a pronoun or
   * a definite description (no mention). A leading adjunct ("In a statement,",
   * "Asked by X to respond,") is skipped.
   */
  sentenceSubject(start: number, end: number): {start: number; end: number; mention?: EntityMention} | undefined {
    let tokens = this.tokensOutsideQuotes(start, end)
    if (tokens.length === 0) return undefined
    const first = tokens[0]!
    if (leadingAdjunct.test(first.lower) || /^\p{Ll}+ed$/u.test(this.value.slice(first.start, first.end)) || /^[A-Z][a-z]+(?:ing|ed)$/.test(this.value.slice(first.start, first.end))) {
      const comma = this.value.indexOf(',', first.end)
      if (comma >= 0 && comma < end) {
        const rest = tokens.filter((token) => token.start > comma)
        if (rest.length > 0) tokens = rest
      }
    }
    const head = tokens[0]!
    const nextMention = this.outside[lowerBoundBy(this.outside, head.start)]
    const mention = nextMention !== undefined && nextMention.start < end ? nextMention : undefined
    if (subjectPronouns.has(head.lower)) {
      if (mention && mention.start === head.start) return {start: mention.start, end: mention.end, mention}
      return {start: head.start, end: head.end}
    }
    if (mention) {
      // A name within the first few words is the subject ("Former Gov. X", "Marsh TV host X").
      const before = tokens.filter((token) => token.start < mention.start)
      if (before.length <= 4 && !before.some((token) => clauseWords.has(token.lower) || speechVerbs.has(token.lower))) {
        const holder = this.roleHolderAfter(mention, end)
        if (holder) return {start: mention.start, end: holder.end, mention: holder}
        return {start: mention.start, end: mention.end, mention}
      }
      // "The work and pensions secretary, Name, defended …": the name in apposition to a description.
      const lead = this.value.slice(head.start, mention.start)
      if (
        definiteDeterminers.has(head.lower) &&
        before.length <= 8 &&
        /^[^,;:]*,\s*$/.test(lead) &&
        /^\s*,/.test(this.value.slice(mention.end, mention.end + 3)) &&
        !before.some((token) => speechVerbs.has(token.lower))
      ) {
        return {start: mention.start, end: mention.end, mention}
      }
    }
    if (definiteDeterminers.has(head.lower)) {
      let stop = 1
      while (stop < tokens.length && stop < 5 && !speechVerbs.has(tokens[stop]!.lower) && !clauseWords.has(tokens[stop]!.lower)) stop++
      return {start: head.start, end: tokens[stop - 1]!.end}
    }
    return undefined
  }

  /**
   * The person whose role an organisation's name begins: in "Vane Council
   * leader Ada Lark" or "the Agency’s chief Ada Lark" the subject is Lark, not
   * the council. Only a role (ending in a job noun, no comma) may come between.
   */
  roleHolderAfter(organization: EntityMention, end: number): EntityMention | undefined {
    if (organization.kind !== 'organization') return undefined
    const next = this.outside[lowerBoundBy(this.outside, organization.end)]
    if (!next || next.kind !== 'person' || next.possessive || next.start >= end) return undefined
    if (/[,;:()]/.test(this.value.slice(organization.end, next.start))) return undefined
    // The role is between the two, or starts the person's mention ("President Ada Lark").
    const role = this.tokensOutsideQuotes(organization.end, next.end)
    const name = role.findIndex((token) => token.start >= next.start && !jobNounSet.has(token.lower))
    if (name < 1 || name > 3) return undefined
    return jobNounSet.has(role[name - 1]!.lower) ? next : undefined
  }

  /** The person or organisation named right after a dash that follows a quote's close (on its line, the next, or a paragraph of its own). */
  signedBy(close: number): EntityMention | undefined {
    const dash = /^[ \t]*(?:\n[ \t]*){0,2}[—―–][ \t]*/.exec(this.value.slice(close, close + 12))
    if (!dash) return undefined
    const at = close + dash[0].length
    const mention = this.outside[lowerBoundBy(this.outside, at)]
    if (!mention || mention.start !== at || mention.possessive) return undefined
    // A signature ends its line or takes an apposition ("— Ada Lane, Tolley Cycling Campaign"),
    // unlike a clause after a dash ("“fine” – Lane disagreed").
    return /^[ \t]*(?:[,(]|\.?[ \t]*(?:\n|$))/.test(this.value.slice(mention.end, mention.end + 4)) ? mention : undefined
  }

  mentionEndingAt(from: number, open: number): EntityMention | undefined {
    const gap = this.value.slice(from, open).trimEnd()
    const endAt = from + gap.length
    return this.#outsideByEnd(endAt)?.find((mention) => !mention.possessive)
  }

  // --- Text helpers -------------------------------------------------------

  /** The mentions of a start-sorted list that lie wholly within `from`–`to`, in order. */
  mentionsWithin(list: readonly EntityMention[], from: number, to: number): EntityMention[] {
    const within: EntityMention[] = []
    // A mention ending by `to` starts by `to`: stop at the first one starting after it.
    for (let m = lowerBoundBy(list, from); m < list.length && list[m]!.start <= to; m++) {
      if (list[m]!.end <= to) within.push(list[m]!)
    }
    return within
  }

  /** The latest quote with a speaker that opens within `from`–`to` (results are in text order). */
  lastSpeakerBetween(from: number, to: number): AnalysedQuote | undefined {
    for (let r = this.results.length - 1; r >= 0; r--) {
      const result = this.results[r]!
      const open = result.span.pieces[0]!.open
      if (open < from) return undefined
      if (result.speaker !== undefined && open < to) return result
    }
    return undefined
  }

  blockIndexOf(block: object | undefined): number {
    if (block === undefined) return -1
    if (!this.#blockIndex) {
      this.#blockIndex = new Map()
      for (const [index, item] of this.text.blocks.entries()) {
        if (!this.#blockIndex.has(item)) this.#blockIndex.set(item, index)
      }
    }
    return this.#blockIndex.get(block) ?? -1
  }

  /** The mentions outside quotes that end at `end`, in index order. */
  /** A person named (not as a possessive) outside quotes, ending at `end` and starting at or after `from`. */
  personEndingAt(end: number, from: number): EntityMention | undefined {
    return this.#outsideByEnd(end)?.find((item) => item.kind === 'person' && !item.possessive && item.start >= from)
  }

  #outsideByEnd(end: number): EntityMention[] | undefined {
    return this.#mentionsByEnd.get(end)?.filter((mention) => !this.inQuote(mention.start))
  }

  /** Entities by the last word of each normalised description (entity order kept). */
  descriptionIndex(): Map<string, Array<{entity: EntityInfo; normal: string}>> {
    if (this.#byDescription) return this.#byDescription
    const index = new Map<string, Array<{entity: EntityInfo; normal: string}>>()
    for (const entity of this.index.entities.values()) {
      for (const description of entity.descriptions) {
        const normal = normalizeForm(description).replace(/^(?:the|a|an)\s+/, '')
        pushTo(index, lastWord(normal), {entity, normal})
      }
    }
    this.#byDescription = index
    return index
  }

  /** The words that lie wholly within `from`–`to` (from the one tokenisation of the text). */
  tokens(from: number, to: number): Token[] {
    if (to <= from) return []
    const words = this.#words
    const count = words.length >> 1
    let index = this.#firstWordFrom(from)
    const tokens: Token[] = []
    for (; index < count && words[2 * index + 1]! <= to; index++) tokens.push(this.#token(index))
    return tokens
  }

  /**
   * The words within `from`–`to` that start outside every quote
   * (`tokens(from, to)` filtered; words inside quotes are never made).
   */
  tokensOutsideQuotes(from: number, to: number): Token[] {
    if (to <= from) return []
    const words = this.#words
    const count = words.length >> 1
    const tokens: Token[] = []
    for (let index = this.#firstWordFrom(from); index < count && words[2 * index + 1]! <= to; index++) {
      if (!this.inQuote(words[2 * index]!)) tokens.push(this.#token(index))
    }
    return tokens
  }

  /** How many words lie wholly within `from`–`to` (`tokens(from, to).length`). */
  tokenCount(from: number, to: number): number {
    if (to <= from) return 0
    const words = this.#words
    const count = words.length >> 1
    const first = this.#firstWordFrom(from)
    let index = first
    while (index < count && words[2 * index + 1]! <= to) index++
    return index - first
  }

  /** Index of the first word starting at or after `from`. */
  #firstWordFrom(from: number): number {
    const words = this.#words
    let low = 0
    let high = words.length >> 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (words[2 * middle]! < from) low = middle + 1
      else high = middle
    }
    return low
  }

  #token(index: number): Token {
    let token = this.#tokens[index]
    if (token === undefined) {
      const start = this.#words[2 * index]!
      const end = this.#words[2 * index + 1]!
      token = {start, end, lower: toLower(this.value.slice(start, end))}
      this.#tokens[index] = token
    }
    return token
  }

  /** The quoted text of span `i` and what it looks like. */
  look(i: number): QuotedLook {
    let look = this.#looks[i]
    if (look === undefined) {
      const span = this.spans[i]!
      const quoted = this.value.slice(span.pieces[0]!.start, span.pieces.at(-1)!.end)
      look = {quoted, title: isTitleLike(quoted), label: isLabelLike(quoted), openEnd: endsWithMark(quoted, 0, quoted.length, true)}
      this.#looks[i] = look
    }
    return look
  }

  inQuote(offset: number): boolean {
    // Binary search over spans by opening mark.
    let low = 0
    let high = this.spans.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const span = this.spans[middle]!
      const open = span.pieces[0]!.open
      const close = span.pieces.at(-1)!.close
      if (offset < open) high = middle - 1
      else if (offset >= close) low = middle + 1
      else return true
    }
    return false
  }

  sentenceIndexAt(offset: number): number {
    let low = 0
    let high = this.sentenceStarts.length - 1
    let found = 0
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.sentenceStarts[middle]! <= offset) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }

  sentenceStartAt(offset: number): number {
    return this.sentenceStarts[this.sentenceIndexAt(offset)] ?? 0
  }

  /** Start of the next sentence after `offset` (or the text end). */
  sentenceEndAfter(offset: number): number {
    const index = this.sentenceIndexAt(offset)
    return this.sentenceStarts[index + 1] ?? this.value.length
  }
}

/** A dateline opening a block: a place in capitals, a region or a day, a wire's name, a dash ("WASHINGTON — ", "LISBON, March 3 (Reuters) - "). */
const datelinePattern = /^\p{Lu}[\p{Lu}'’. -]{1,40}(?:,\s+[^—–()\n]{1,40}?)?(?:\s+\([^()\n]{1,24}\))?\s+[—–-]{1,2}\s+/u

/** Short Title Case text: a programme, book or film title, a name, a label. */
export function isTitleLike(quoted: string): boolean {
  // Most quotes are sentences: more than six words is decided without splitting them.
  if (!hasAtMostWords(quoted, 6)) return false
  const parts = quoted.trim().replace(/[.,!?:;]+$/, '').split(/\s+/)
  if (parts.length > 6) {
    // More than six words with a letter or digit: decided without testing them all.
    let count = 0
    for (const part of parts) if (/[\p{L}\p{N}]/u.test(part) && ++count > 6) return false
  }
  const words = parts.filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length === 0 || words.length > 6) return false
  if (/[.!?]\s/.test(quoted.trim())) return false
  const first = words[0]!.replace(/^[^\p{L}\p{N}]+/u, '')
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return false
  // A lone pronoun-led or sentence-like word ("I", "We") is not a title.
  if (words.length === 1 && /^(?:I|We|You|Yes|No|Thank|Thanks)$/i.test(first.replace(/[^\p{L}]/gu, ''))) return false
  return words.every((word, index) => {
    const bare = word.replace(/^[^\p{L}\p{N}]+/u, '')
    if (/^[\p{Lu}\p{N}]/u.test(bare)) return true
    return index > 0 && titleSmallWords.has(bare.toLowerCase().replace(/[^\p{L}]/gu, ''))
  })
}

/** Whether every capitalised word of `extra` is in the entity's affiliation or descriptions. */
function fitsProperWords(extra: string, proper: ReadonlySet<string>, entity: EntityInfo): boolean {
  for (const word of extra.split(/\s+/)) {
    if (word === '' || !proper.has(word)) continue
    const known = [entity.affiliation ?? '', ...entity.descriptions, ...entity.forms]
    if (!known.some((text) => text.split(/\s+/).includes(word))) return false
  }
  return true
}

/**
 * Whether at most `limit` of the white-space separated parts of `value`
 * hold a letter or a digit (the words `isTitleLike` counts).
 */
function hasAtMostWords(value: string, limit: number): boolean {
  let count = 0
  let counted = false
  for (let index = 0; index < value.length; ) {
    const code = value.codePointAt(index)!
    if (isSpaceCode(code)) {
      counted = false
    } else if (!counted && isLetterOrNumberCode(code)) {
      counted = true
      if (++count > limit) return false
    }
    index += width(code)
  }
  return true
}

/**
 * `/[?!]['’]?\s*$/` (with `comma`, `/[,?!]['’]?\s*$/`) tested on
 * `value.slice(from, to)`, read from the end.
 */
function endsWithMark(value: string, from: number, to: number, comma: boolean): boolean {
  let end = to
  while (end > from && isSpaceCode(value.charCodeAt(end - 1))) end--
  if (end > from && (value[end - 1] === "'" || value[end - 1] === '’')) {
    if (end - 1 > from && isEndMark(value.charCodeAt(end - 2), comma)) return true
    return false
  }
  return end > from && isEndMark(value.charCodeAt(end - 1), comma)
}

/** `?` or `!` (or `,` with `comma`). */
function isEndMark(code: number, comma: boolean): boolean {
  return code === 63 || code === 33 || (comma && code === 44)
}

/** Whether `value.split(/\s+/)` has at most `limit + 1` parts (at most `limit` runs of white space). */
function hasAtMostSpaceRuns(value: string, limit: number): boolean {
  let runs = 0
  for (let index = 0; index < value.length; index++) {
    if (!isSpaceCode(value.charCodeAt(index))) continue
    if (++runs > limit) return false
    while (index + 1 < value.length && isSpaceCode(value.charCodeAt(index + 1))) index++
  }
  return true
}

/** A single handle, hashtag or camelCase account name ("factcheckUK", "@name"). */
export function isLabelLike(quoted: string): boolean {
  const trimmed = quoted.trim()
  if (/\s/.test(trimmed)) return false
  return /^[@#]\w/.test(trimmed) || /^\p{Ll}+\p{Lu}/u.test(trimmed)
}

/** Whether every number is greater than the one before it (sorted, no duplicates). */
function isIncreasing(list: readonly number[]): boolean {
  for (let index = 1; index < list.length; index++) if (list[index]! <= list[index - 1]!) return false
  return true
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

/** What follows the last space (the whole string without one). */
function lastWord(value: string): string {
  return value.slice(value.lastIndexOf(' ') + 1)
}

/** The first index of a sorted list whose value is `>= at`. */
function lowerBound(list: readonly number[], at: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]! < at) low = middle + 1
    else high = middle
  }
  return low
}

/** The first index of a start-sorted mention list whose start is `>= at`. */
function lowerBoundBy(list: readonly EntityMention[], at: number): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (list[middle]!.start < at) low = middle + 1
    else high = middle
  }
  return low
}
