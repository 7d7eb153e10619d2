/**
 * Events stage: the concrete happenings an article reports — meetings,
 * interviews, news conferences, speeches, debates, elections, trials,
 * attacks, matches, ceremonies — one node per event however often it is
 * mentioned, with a real date where the text gives one.
 *
 * Dates: a cheap regex finds date expressions near each event mention;
 * chrono-node parses them and `resolve-date` anchors them on the publication
 * date by the tense of their clause. A date is never taken from the
 * publication date alone, and relative expressions stay unresolved without
 * one.
 *
 * Reads: `file.data.text`, `file.data.article` (`datePublished`, falling back
 * to `file.data.matter.datePublished`), `file.data.people`,
 * `file.data.quotations`.
 * Writes: `file.data.events`.
 * Emits: (none).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {EventEntity, EventType, Mention, QuotationEntity} from '../data.js'
import type {ArticleText} from '../text/article-text.js'
import {splitSentences, type Sentence} from '../text/sentences.js'
import {findDateExpressionsIndexed, type DateExpression} from './date-expressions.js'
import {wordIndex} from '../text/word-index.js'
import {createMatcher, datesInSentence, withTriggers, detectInSentence, subjectOf, type Candidate, type DetectContext, type Participant, type Place} from './detect-events.js'
import {EntityIndex} from './entity-index.js'
import type {EventClass} from './lexicon.js'
import {isFullDate, isoDay, resolveDate, toDay, type Day, type Tense} from './resolve-date.js'
import {tenseAt} from './tense.js'

export interface EventsOptions {}

const emptyOptions: EventsOptions = {}

/** Roles of blocks that report events (not the headline, captions or credits). */
const readRoles = new Set(['standfirst', 'body', 'heading'])

/** Classes at which something said can be recorded (→ `recordedIn`). */
const speakingClasses = new Set<EventClass>([
  'interview', 'press', 'conference', 'debate', 'rally', 'town-hall', 'speech', 'keynote', 'chat', 'lecture',
  'hearing', 'trial', 'testimony', 'session', 'response', 'call'
])

/**
 * Verbs between an occasion and a date that make the date another act's: a
 * report ("the Tolley Festival said on Tuesday"), a series' start ("was
 * founded in 1978") or a cancellation ("was cancelled in 2020").
 */
const anotherAct =
  /\b(?:said|says|announced|announces|confirmed|confirms|told|tells|revealed|reveals|stated|states|added|adds|warned|warns|declared|declares|founded|established|inaugurated|dates\s+back|first\s+(?:held|staged|run)|cancell?ed|called\s+off|scrapped|axed)\b/i

/** Occasions that are someone speaking: a day after "said" may be theirs. */
const speechClasses = new Set(['interview', 'press', 'speech', 'call', 'response', 'testimony', 'chat', 'lecture', 'keynote', 'session'])

/** An occasion called off in its sentence. */
const calledOff = /\b(?:cancell?ed|called\s+off|scrapped|axed|postponed|shelved|abandoned|(?:was|were|been)\s+(?:moved|rescheduled|delayed|pushed\s+back|put\s+back|brought\s+forward))\b/i
/** Words before a new day given to an occasion moved ("postponed until next month", "moved to Friday"). */
const movedTo = /\b(?:postponed|moved|delayed|rescheduled|pushed\s+back|put\s+back|brought\s+forward)\s+(?:[\p{L}-]+\s+){0,2}(?:until|till|to|for)\s+$/iu

/** How far (characters) a date expression may sit from the mention it dates. */
const dateReach = 60

interface DateChoice {
  expression: DateExpression
  value: string | undefined
  /** Offset in days from an anchor event (for "a couple hours earlier", "in three days"). */
  offset?: number | undefined
}

interface Working {
  cls: EventClass
  type: EventType
  candidates: Candidate[]
  date?: DateChoice | undefined
  /** Whether the date came from the event's own mentions (not an offset or a speaker's day). */
  direct: boolean
  participants: Participant[]
  subject?: Participant | undefined
  place?: Place | undefined
  lastBlock: number
}

export function remarkEvents(options?: Readonly<EventsOptions> | null) {
  const _settings = options ?? emptyOptions
  return function (_tree: Root, file: VFile): undefined {
    const text = file.data.text
    if (!text) {
      file.data.events = {events: []}
      return
    }
    const published = toDay(file.data.article?.datePublished?.value ?? file.data.matter?.['datePublished'])
    const entities = new EntityIndex(file.data.people)
    const mask = buildMask(text, file.data.quotations?.quotations ?? [])
    const context: DetectContext = {
      text,
      entities,
      masked: (offset) => (mask[offset] ?? 0) !== 0,
      spoken: spokenLookup(text, file.data.quotations?.quotations ?? []),
      inMarkup: (offset) => mask[offset] === 2,
      matchesIn: createMatcher(text.value, text),
      dates: findDateExpressionsIndexed(text.value, wordIndex(text, text.value)),
      attributedAt: attributionLookup(file.data.quotations?.quotations ?? [])
    }
    const blockIndex = new Map(text.blocks.map((block, index) => [block, index]))
    const sentences = splitSentences(text).filter((sentence) => readRoles.has(sentence.block.role))

    const events: Working[] = []
    const speakerDays = new Map<string, Set<string>>()
    const speakerDayMention = new Map<string, DateChoice>()
    for (const sentence of sentences) {
      const dates = datesInSentence(context, sentence)
      const candidates = detectInSentence(context, sentence, dates)
      const choices = assignDates(text.value, candidates, dates, context.spoken)
      const block = blockIndex.get(sentence.block) ?? 0
      for (const candidate of candidates) {
        let choice: DateChoice | undefined
        const expression = candidate.date ?? candidate.outlet?.weekday ?? choices.get(candidate)
        if (expression) {
          if (expression.kind === 'offset') choice = {expression, value: undefined, offset: expression.days}
          else {
            const tense = tenseAt(text.value, sentence.start, sentence.end, expression.start, expression.end, context.masked)
            choice = {expression, value: resolveDate(expression, {published, tense})}
          }
        }
        // A mention with no day of its own may still say whether it is past or to come.
        const tense = !choice && candidate.definite && published ? tenseAt(text.value, sentence.start, sentence.end, candidate.start, candidate.end, context.masked) : undefined
        merge(events, candidate, choice, block, text.value, tense && published ? {tense, published: isoDay(published)} : undefined)
      }
      collectSpeakerDays(context, sentence, dates, published, speakerDays, speakerDayMention)
    }

    resolveOffsets(events)
    // An interview with no day of its own took place on the interviewee's one stated day of speaking.
    for (const event of events) {
      if (event.date?.value !== undefined || event.cls !== 'interview' || !event.subject) continue
      const days = speakerDays.get(event.subject.id)
      if (days && days.size === 1) event.date = speakerDayMention.get(event.subject.id)
    }

    const quotations = file.data.quotations?.quotations ?? []
    const headline = text.blocksWithRole('headline', 'standfirst')
    file.data.events = {events: toEntities(text, events, quotations, entities, headline)}
  }
}

/** `DetectContext.spoken` over the quotations' words (not scare quotes, which are no quotation). */
function spokenLookup(text: ArticleText, quotations: readonly QuotationEntity[]): (offset: number) => boolean {
  if (quotations.length === 0) return () => false
  const spoken = new Uint8Array(text.value.length)
  for (const quotation of quotations) for (const mention of quotation.mentions) spoken.fill(1, mention.start, mention.end)
  return (offset) => spoken[offset] === 1
}

/** `DetectContext.attributedAt` over the quotations' attributions. */
function attributionLookup(quotations: readonly QuotationEntity[]): (offset: number) => string | null | undefined {
  const attributed = quotations.filter((quotation) => quotation.attribution !== undefined)
  return (offset) => {
    for (const quotation of attributed) {
      const {start, end} = quotation.attribution!
      if (offset >= start && offset < end) return quotation.speaker ?? null
    }
    return undefined
  }
}

// ---------------------------------------------------------------------------
// Masks

/** The characters `buildMask` acts on. */
const maskMarks = /[“”"<]|’’/g

/** 1 inside quotation marks, 2 inside markup (`<tweet …>`), 0 elsewhere. */
function buildMask(text: ArticleText, quotations: readonly QuotationEntity[]): Uint8Array {
  const value = text.value
  const mask = new Uint8Array(value.length)
  for (const quotation of quotations) {
    for (const mention of quotation.mentions) mask.fill(1, mention.start, mention.end)
  }
  // Jump from one mark to the next with a regex: a loop over every character costs more.
  for (const block of text.blocks) {
    let open = -1
    let straight = -1
    maskMarks.lastIndex = block.start
    while (maskMarks.test(value)) {
      const end = maskMarks.lastIndex
      const code = value.charCodeAt(end - 1)
      // Every mark is one character but `’’`.
      const index = code === 0x2019 ? end - 2 : end - 1
      if (index >= block.end) break
      if (code === 0x201c /* “ */) open = index
      else if (code === 0x201d /* ” */ || code === 0x2019 /* ’’ */) {
        if (open >= 0) {
          mask.fill(1, open, index + 1)
          open = -1
        }
      } else if (code === 0x22 /* " */) {
        if (straight < 0) straight = index
        else {
          mask.fill(1, straight, index + 1)
          straight = -1
        }
      } else if (/^<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i.test(value.slice(index, index + 300))) {
        const close = value.indexOf('>', index)
        mask.fill(2, index, close + 1)
        maskMarks.lastIndex = close + 1
      }
    }
    // An unclosed quote runs to the end of its paragraph.
    if (open >= 0) mask.fill(1, open, block.end)
  }
  return mask
}

// ---------------------------------------------------------------------------
// Dates

/** Give each date expression to the nearest mention within reach, and each mention its nearest expression. */
function assignDates(value: string, candidates: Candidate[], dates: DateExpression[], spoken: (offset: number) => boolean): Map<Candidate, DateExpression> {
  const result = new Map<Candidate, DateExpression>()
  const usable = dates.filter((d) => d.kind !== 'vague')
  // The candidates are one sentence's: whether it calls an occasion off is read once.
  const sentence = candidates[0]?.sentence
  const off = sentence !== undefined && calledOff.test(value.slice(sentence.start, sentence.end))
  const gap = (candidate: Candidate, date: DateExpression): number => {
    const start = Math.min(candidate.start, candidate.phraseStart)
    const end = Math.max(candidate.end, candidate.phraseEnd)
    // "The concert, which had been due on Saturday, was cancelled": a day it no longer has
    // (but "postponed until next month" gives the new one).
    if (off && !movedTo.test(value.slice(Math.max(candidate.sentence.start, date.start - 40), date.start))) {
      return Number.POSITIVE_INFINITY
    }
    // A month or a period ("last month") dates only its own clause.
    const between = date.end <= start ? value.slice(date.end, start) : date.start >= end ? value.slice(end, date.start) : ''
    if ((date.kind === 'relative-period' || date.kind === 'month') && /[,;:]/.test(between)) return Number.POSITIVE_INFINITY
    // "The Tolley Festival said on Tuesday …", "The festival, which began in 1978", "was cancelled in 2020".
    if (date.start >= end && (anotherAct.test(between) || (date.kind === 'year' && /\bwhich\s+(?:began|started)\b/i.test(between)))) return Number.POSITIVE_INFINITY
    // "the funeral of Tom Avery, who died on Sunday": the day of a person's act in a relative clause.
    if (date.start >= end && /,\s+who\b/i.test(between)) return Number.POSITIVE_INFINITY
    // "the highest for a mayoral election since 1998": "since" opens a span, it dates no occasion
    // (but "at war since 2022, when Ode launched an invasion" dates the one its "when" names).
    if (/\bsince\s+$/i.test(value.slice(Math.max(0, date.start - 7), date.start)) && !(date.end <= start && /^,?\s+when\b/i.test(between))) return Number.POSITIVE_INFINITY
    // "cut quotas next year after all-night talks", "rose on Wednesday after a drone attack": the day
    // before "after" is the other action's.
    // The same goes for the last day of a span ("strike on September 22 and 23 after talks collapsed").
    if (date.end <= start && /^\s*(?:(?:and|to|or|[-–])\s*\d{1,2}(?:st|nd|rd|th)?\s+)?(?:after|before|following|ahead\s+of)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu.test(between)) return Number.POSITIVE_INFINITY
    // "officials said Tuesday, as diplomats struggled to revive stalled talks": the day of the
    // report, before another clause (not "said Tuesday's meeting …", nor the day of a briefing).
    if (
      date.end <= start &&
      !date.possessive &&
      !speechClasses.has(candidate.cls) &&
      /\b(?:said|says|told|announced|confirmed|reported|added|stated|warned)\s+(?:on\s+)?$/i.test(value.slice(Math.max(0, date.start - 14), date.start)) &&
      /[,;]\s+(?:as|while|whereas|because|although|and|but)\b/i.test(between)
    ) {
      return Number.POSITIVE_INFINITY
    }
    if (date.end <= start) return start - date.end
    if (date.start >= end) return date.start - end
    return 0
  }
  const owner = new Map<DateExpression, Candidate>()
  for (const date of usable) {
    // A weekday inside a programme name dates that broadcast only.
    if (candidates.some((c) => c.outlet?.weekday && c.outlet.weekday.start === date.start)) continue
    let best: Candidate | undefined
    for (const candidate of candidates) {
      if (candidate.date || candidate.via === 'named' || lastsLong(value, candidate)) continue
      // The dates here are outside quotation marks: "'This is the game we want,' she said on Thursday"
      // gives the day she spoke, not the game's.
      if (spoken(candidate.start)) continue
      if (!best || gap(candidate, date) < gap(best, date)) best = candidate
    }
    if (best && gap(best, date) <= dateReach) owner.set(date, best)
  }
  for (const candidate of candidates) {
    let best: DateExpression | undefined
    for (const [date, holder] of owner) {
      if (holder !== candidate) continue
      // "This year's festival runs from August 14": the day, not the year, when the year is this one's.
      const thisYear = (expression: DateExpression): boolean => expression.kind === 'relative-period' && /^this\s+year/i.test(value.slice(expression.start, expression.end))
      if (best && thisYear(best) && date.kind === 'calendar') best = date
      else if (best && thisYear(date) && best.kind === 'calendar') continue
      else if (!best || gap(candidate, date) < gap(candidate, best)) best = date
    }
    if (best) result.set(candidate, best)
  }
  return result
}

/** "a decade-long debate", "the long-running talks": no one day dates it. */
function lastsLong(value: string, candidate: Candidate): boolean {
  return /\b(?:[\p{L}]+-long|long-running|long-standing|lengthy|ongoing)\s/iu.test(value.slice(Math.min(candidate.phraseStart, candidate.start), candidate.start + 1))
}

/** Apply offsets from the most recent event dated by its own words. */
function resolveOffsets(events: Working[]): void {
  const ordered = [...events].sort((a, b) => a.candidates[0]!.start - b.candidates[0]!.start)
  for (const event of ordered) {
    const offset = event.date?.offset
    if (offset === undefined || !event.date) continue
    const at = event.date.expression.start
    let anchor: Working | undefined
    for (const other of events) {
      if (other === event || !other.direct || !isFullDate(other.date?.value)) continue
      const first = other.candidates.find((c) => c.start < at)
      if (!first) continue
      const last = Math.max(...other.candidates.filter((c) => c.start < at).map((c) => c.start))
      const anchorLast = anchor ? Math.max(...anchor.candidates.filter((c) => c.start < at).map((c) => c.start)) : -1
      if (last > anchorLast) anchor = other
    }
    if (!anchor?.date?.value) {
      event.date = undefined
      continue
    }
    const base = Date.parse(`${anchor.date.value.slice(0, 10)}T00:00:00Z`)
    event.date = {expression: event.date.expression, value: new Date(base + offset * 86_400_000).toISOString().slice(0, 10)}
  }
}

const speechActVerb = withTriggers(
  /\b(?:said|says|claimed|told|responded|spoke|argued|insisted|stressed|boasted|added|announced|warned|explained|admitted|declared|revealed)\s+(?:on\s+)?/g,
  'said says claimed told responded spoke argued insisted stressed boasted added announced warned explained admitted declared revealed'.split(' ')
)

/** "Ada Lane claimed on Sunday": the days each person is said to have spoken on. */
function collectSpeakerDays(
  context: DetectContext,
  sentence: Sentence,
  dates: DateExpression[],
  published: Day | undefined,
  days: Map<string, Set<string>>,
  first: Map<string, DateChoice>
): void {
  if (!published) return
  const value = context.text.value
  for (const match of context.matchesIn(speechActVerb, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const expression = dates.find((d) => d.start === end && (d.kind === 'weekday' || d.kind === 'relative-day'))
    if (!expression) continue
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const tense = tenseAt(value, sentence.start, sentence.end, expression.start, expression.end, context.masked)
    const resolved = resolveDate(expression, {published, tense})
    if (!isFullDate(resolved)) continue
    const set = days.get(subject.id) ?? new Set<string>()
    set.add(resolved)
    days.set(subject.id, set)
    if (!first.has(subject.id)) first.set(subject.id, {expression, value: resolved})
  }
}

// ---------------------------------------------------------------------------
// Coreference

function sameDate(a: DateChoice | undefined, b: DateChoice | undefined): boolean | undefined {
  const x = a?.value
  const y = b?.value
  if (x === undefined || y === undefined) return undefined
  if (isFullDate(x) && isFullDate(y)) return x === y
  // Apart at the precision both have ("2022" and "2026-11-03"): not one occasion.
  return x.startsWith(y) || y.startsWith(x) ? undefined : false
}

function hasParticipant(event: Working, participant: Participant | undefined): boolean {
  return participant !== undefined && event.participants.some((p) => p.id === participant.id)
}

/** The tense of a mention with no date, and the day of publication (`YYYY-MM-DD`). */
interface Side {
  tense: Tense
  published: string
}

/** Put a mention into an existing event or start a new one. */
function merge(events: Working[], candidate: Candidate, date: DateChoice | undefined, block: number, value: string, side?: Side): void {
  const target = findAntecedent(events, candidate, date, block, value, side)
  if (!target) {
    if (candidate.corefOnly || candidate.same) return
    events.push({
      cls: candidate.cls,
      type: candidate.type,
      candidates: [candidate],
      date,
      direct: date !== undefined && date.offset === undefined,
      participants: [...candidate.participants],
      subject: candidate.subject,
      place: candidate.place,
      lastBlock: block
    })
    return
  }
  target.candidates.push(candidate)
  target.lastBlock = block
  if (!target.date?.value && date && (date.value !== undefined || date.offset !== undefined)) {
    target.date = date
    target.direct = date.offset === undefined
  }
  for (const participant of candidate.participants) {
    if (!target.participants.some((p) => p.id === participant.id)) target.participants.push(participant)
  }
  target.subject ??= candidate.subject
  if (!target.place || (!target.place.key && candidate.place?.key)) target.place = candidate.place ?? target.place
}

function findAntecedent(
  events: Working[],
  candidate: Candidate,
  date: DateChoice | undefined,
  block: number,
  value: string,
  side?: Side
): Working | undefined {
  // A named storm is the event of that name, and no other.
  if (candidate.via === 'named') return events.filter((event) => event.candidates.some((c) => c.via === 'named' && c.label === candidate.label)).at(-1)
  const sameClass = events.filter(
    (event) => event.cls === candidate.cls && sameDate(event.date, date) !== false && !event.candidates.some((c) => c.via === 'named')
  )
  if (sameClass.length === 0) return undefined
  if (candidate.cls === 'interview') {
    const subject = candidate.subject
    const matches = sameClass.filter((event) => {
      if (subject && event.subject && event.subject.id !== subject.id) return false
      const sameSubject = subject !== undefined && event.subject?.id === subject.id
      const outlets = event.candidates.map((c) => c.outlet).filter((o) => o !== undefined)
      const outlet = candidate.outlet
      if (!outlet) return sameSubject || candidate.definite
      if (outlets.length === 0) return sameSubject
      if (outlets.some((o) => o.id === outlet.id)) return true
      // Outlets listed together are different appearances ("on Radio Tolley’s … and Marsh News Sunday").
      if (event.candidates.some((c) => c.sentence === candidate.sentence)) return false
      // A programme and an outlet not named as a network, told close together: one appearance.
      const named = outlets.some((o) => o.organization) && outlet.organization
      return sameSubject && !named && block - event.lastBlock <= 2
    })
    return matches.at(-1)
  }
  if (candidate.via === 'told' && candidate.cls === 'press') {
    return sameClass.filter((event) => hasParticipant(event, candidate.subject) && block - event.lastBlock <= 1).at(-1)
  }
  // A date that matches picks its event.
  if (isFullDate(date?.value)) {
    const dated = sameClass.filter((event) => sameDate(event.date, date) === true)
    if (dated.length > 0) return dated.at(-1)
  }
  if (candidate.via === 'meet') return undefined
  // A result joins the game already named with the same sides, if any.
  if (candidate.via === 'result') {
    const ids = candidate.participants.map((p) => p.id)
    return sameClass.filter((event) => ids.every((id) => event.participants.some((p) => p.id === id))).at(-1)
  }
  // "The sides meet again in the final": another event of the same kind.
  if (!candidate.same && againBefore(value, candidate)) return undefined
  if (candidate.definite || candidate.corefOnly || candidate.same || candidate.datePossessive) {
    // The newest event of its class, unless a different place is given.
    const compatible = sameClass.filter(
      (event) =>
        !(event.place && candidate.place && event.place.text !== candidate.place.text && !candidate.same) &&
        !othersBriefing(event, candidate) &&
        !contrasts(value, event, candidate) &&
        // "A plea hearing will take place on January 12. Relatives attended the hearing": another one.
        // (Not the other way: "the trial will resume" may go on with one that began.)
        !(side?.tense === 'past' && isFullDate(event.date?.value) && event.date.value > side.published)
    )
    return compatible.at(-1)
  }
  return undefined
}

/** The noun of a ceremony's mention, unless a word that names any ceremony ("the ceremony", "the service"). */
function ceremonyNoun(value: string, candidate: Candidate): string | undefined {
  const noun = value.slice(candidate.start, candidate.end).toLowerCase()
  return /^(?:ceremony|ceremonies|service|services|event)$/.test(noun) ? undefined : noun.replace(/s$/, '')
}

/** Words that set one occasion of a kind apart from another ("the men’s final"). */
const kindWords = new Set(['men’s', "men's", 'women’s', "women's", 'boys’', "boys'", 'girls’', "girls'", 'junior', 'mixed', 'doubles', 'singles'])
/** Ordinals: one occasion of a series apart from another ("the second debate"), only against a different one. */
const ordinalWords = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth'])

/**
 * The capitalised words of a mention's name before its noun ("Tolley",
 * "Jazz" of "The Tolley Jazz Festival"), but articles, days and months
 * ("Tuesday’s debate") and "TV".
 */
function nameWords(value: string, candidate: Candidate): string[] {
  return value
    .slice(Math.min(candidate.phraseStart, candidate.start), candidate.start)
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) && !notNameWord.test(word))
}

const notNameWord =
  /^(?:The|A|An|TV|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?:['’]s)?$/

/** The lower-case words before a mention's noun. */
function modifierWords(value: string, candidate: Candidate): string[] {
  return value.slice(Math.min(candidate.phraseStart, candidate.start), candidate.start).toLowerCase().split(/\s+/)
}

/**
 * Whether the candidate is set apart from the event: a kind word ("men’s")
 * no mention of the event has, or an ordinal when the event has another.
 */
function contrasts(value: string, event: Working, candidate: Candidate): boolean {
  // "A memorial service … this weekend", then "the funeral, which took place on Sunday": two ceremonies.
  if (candidate.cls === 'ceremony' && candidate.via === 'noun') {
    const noun = ceremonyNoun(value, candidate)
    if (noun !== undefined && event.candidates.every((other) => other.via === 'noun' && ceremonyNoun(value, other) !== undefined && ceremonyNoun(value, other) !== noun)) return true
  }
  // "the Tolley Jazz Festival" after "the Tolley Folk Festival": two named occasions.
  const name = nameWords(value, candidate)
  if (name.length > 0) {
    const named = event.candidates.map((other) => nameWords(value, other)).filter((words) => words.length > 0)
    if (named.length > 0 && named.every((words) => !words.every((word) => name.includes(word)) && !name.every((word) => words.includes(word)))) return true
  }
  const words = modifierWords(value, candidate)
  const known = new Set(event.candidates.flatMap((other) => modifierWords(value, other)))
  if (words.some((word) => kindWords.has(word) && !known.has(word))) return true
  const ordinal = words.find((word) => ordinalWords.has(word))
  if (ordinal !== undefined) return [...known].some((word) => ordinalWords.has(word) && word !== ordinal)
  // "a second hearing next week … after the hearing": the plain one is an earlier occasion.
  return event.candidates.every((other) => modifierWords(value, other).some((word) => ordinalWords.has(word) && word !== 'first'))
}

/**
 * Whether the event is only someone else's words to reporters: "Lane told
 * reporters …", then "Ode said at his news conference" is another occasion.
 */
function othersBriefing(event: Working, candidate: Candidate): boolean {
  const subject = candidate.subject
  if (!subject || candidate.same) return false
  return event.candidates.every((c) => c.via === 'told' && c.subject !== undefined && c.subject.id !== subject.id)
}

/** "again" earlier in the candidate's sentence, with no clause break between it and the trigger. */
function againBefore(value: string, candidate: Candidate): boolean {
  const lead = value.slice(candidate.sentence.start, candidate.start)
  const at = lead.search(/\bagain\b/i)
  return at >= 0 && !/[,;:—]/.test(lead.slice(at))
}

// ---------------------------------------------------------------------------
// Output

function toEntities(
  text: ArticleText,
  events: Working[],
  quotations: readonly QuotationEntity[],
  entities: EntityIndex,
  headline: ReturnType<ArticleText['blocksWithRole']>
): EventEntity[] {
  const keys = new Set<string>()
  const result: EventEntity[] = []
  const records = recordedIn(text, events, quotations)
  for (const event of events) {
    const name = nameOf(event)
    const base = `event:${slug(name)}`
    let key = base
    for (let suffix = 2; keys.has(key); suffix++) key = `${base}-${suffix}`
    keys.add(key)
    const mentions: Mention[] = event.candidates.map((c) => text.mention(Math.min(c.start, c.phraseStart), Math.max(c.end, c.phraseEnd)))
    const keyed = event.participants.filter((p) => p.key !== undefined).map((p) => p.key!)
    const organizers: string[] = []
    const performers: string[] = []
    const attendees: string[] = []
    for (const participant of keyed) {
      if (participant.startsWith('organization:') && event.cls === 'interview') organizers.push(participant)
      else if (event.subject?.key === participant && (event.cls === 'speech' || event.cls === 'keynote' || event.cls === 'hosting')) performers.push(participant)
      else attendees.push(participant)
    }
    for (const candidate of event.candidates) {
      const outlet = candidate.outlet?.id
      if (outlet && !outlet.includes(':') === false && outlet.startsWith('organization:') && !organizers.includes(outlet)) organizers.push(outlet)
    }
    const about = headline.some((block) => mentions.some((m) => m.start >= block.start && m.end <= block.end)) || aboutFromHeadline(text, event, headline, entities)
    const date = event.date?.value
    result.push({
      key,
      type: event.type,
      name,
      startDate: date,
      dateMention: date ? text.mention(event.date!.expression.start, event.date!.expression.end) : undefined,
      location: event.place?.key,
      attendees,
      organizers,
      performers,
      quotations: records.get(event) ?? [],
      mentions,
      about
    })
  }
  return result
}

/** The headline names this kind of event and the article has only one of them. */
function aboutFromHeadline(text: ArticleText, event: Working, headline: ReturnType<ArticleText['blocksWithRole']>, _entities: EntityIndex): boolean {
  const first = event.candidates[0]
  if (!first || first.via !== 'noun') return false
  const noun = text.value.slice(first.start, first.end).toLowerCase()
  const pattern = nounPattern(noun.replace(/[^\p{L} -]/gu, ''))
  return headline.some((block) => pattern.test(text.value.slice(block.start, block.end)))
}

/** `\b<noun>\b` (case-insensitive), compiled once per noun: nouns come from a small lexicon. */
const nounPatterns = new Map<string, RegExp>()

function nounPattern(noun: string): RegExp {
  let pattern = nounPatterns.get(noun)
  if (!pattern) {
    pattern = new RegExp(`\\b${noun}\\b`, 'iu')
    // Bounded: a noun is a lexicon word with at most a plural ending.
    if (nounPatterns.size < 1000) nounPatterns.set(noun, pattern)
  }
  return pattern
}

function nameOf(event: Working): string {
  const subject = event.subject?.name
  const place = event.place?.text
  const withPlace = (name: string): string =>
    place && !name.toLowerCase().includes(place.toLowerCase()) ? `${name} in ${place}` : name
  switch (event.cls) {
    case 'interview': {
      const outlets = event.candidates.map((c) => c.outlet).filter((o) => o !== undefined)
      const programme = outlets.filter((o) => !o.id.startsWith('host:')).sort((a, b) => b.text.length - a.text.length)[0]
      const host = outlets.find((o) => o.id.startsWith('host:'))
      const who = subject ? ` with ${subject}` : ''
      if (programme) return `Interview${who} on ${programme.text}`
      if (host) return `Interview${who} by ${host.text}`
      const noun = event.candidates.find((c) => c.via === 'noun')
      return noun ? capitalise(subject && !noun.label.includes(lastWord(subject)) ? `${subject}’s ${noun.label}` : noun.label) : `Interview${who}`
    }
    case 'press': {
      const noun = event.candidates.find((c) => c.via === 'noun')
      if (noun) return capitalise(withPlace(noun.label))
      return `Briefing to reporters${subject ? ` by ${subject}` : ''}`
    }
    case 'meeting': {
      if (event.candidates.some((c) => c.via === 'meet')) {
        const names = event.participants.map((p) => p.name)
        // "Meeting of Ada Lane with union leaders": a group the text names by a noun.
        const group = event.candidates.find((c) => c.via === 'meet' && c.label !== 'meeting')
        const base = group && names.length <= 1 ? capitalise(group.label) : names.length > 0 ? `Meeting of ${names.join(' and ')}` : 'Meeting'
        // "in Geneva", "at the White House": as the text puts it.
        return place ? `${base} ${event.place?.preposition ?? 'at'} ${place}` : base
      }
      break
    }
    case 'rally': {
      if (event.candidates.every((c) => c.via === 'remarks')) return withPlace(`Remarks by ${subject ?? 'speaker'}`)
      break
    }
    case 'hosting': {
      return `Show hosted by ${subject ?? 'host'}`
    }
    case 'protest': {
      // "marched … on Saturday" then "the march": the verb's fuller label ("Protest march").
      const verb = event.candidates.find((c) => c.via === 'meet')
      const noun = event.candidates.find((c) => c.via === 'noun' && !c.corefOnly)
      if (verb && (!noun || !/\s/.test(noun.label))) return capitalise(withPlace(verb.label))
      break
    }
    case 'game': {
      // A result names the game by its sides, however it is mentioned after.
      const result = event.candidates.find((c) => c.via === 'result')
      if (result) return capitalise(withPlace(result.label))
      break
    }
    default:
  }
  const noun = event.candidates.find((c) => c.via === 'noun' && !c.corefOnly) ?? event.candidates[0]!
  let label = noun.label
  if (subject && label.split(/\s+/).length <= 3 && !label.includes(lastWord(subject))) label = `${subject}’s ${label}`
  return capitalise(withPlace(label))
}

/** Quotations said at an event: in a sentence that mentions it, or after its mention by one of its participants. */
function recordedIn(text: ArticleText, events: Working[], quotations: readonly QuotationEntity[]): Map<Working, string[]> {
  const result = new Map<Working, string[]>()
  const mentions: Array<{event: Working; candidate: Candidate}> = []
  for (const event of events) {
    if (!speakingClasses.has(event.cls)) continue
    for (const candidate of event.candidates) mentions.push({event, candidate})
  }
  mentions.sort((a, b) => a.candidate.start - b.candidate.start)
  const blockOf = (offset: number): number => {
    const block = text.blockAt(offset)
    return block ? (blockIndex.get(block) ?? -1) : -1
  }
  const blockIndex = new Map<object, number>()
  text.blocks.forEach((block, index) => {
    if (!blockIndex.has(block)) blockIndex.set(block, index)
  })
  // The sentences that hold a mention (one sentence split: disjoint, in text order),
  // each with the indexes of its mentions.
  const sentences: Array<{start: number; end: number; indexes: number[]}> = []
  const sentenceOf = new Map<object, {start: number; end: number; indexes: number[]}>()
  mentions.forEach(({candidate}, index) => {
    let entry = sentenceOf.get(candidate.sentence)
    if (!entry) {
      entry = {start: candidate.sentence.start, end: candidate.sentence.end, indexes: []}
      sentenceOf.set(candidate.sentence, entry)
      sentences.push(entry)
    }
    entry.indexes.push(index)
  })
  sentences.sort((a, b) => a.start - b.start)
  const sentenceAt = (offset: number): {start: number; end: number; indexes: number[]} | undefined => {
    let low = 0
    let high = sentences.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (sentences[middle]!.start <= offset) low = middle + 1
      else high = middle
    }
    const sentence = sentences[low - 1]
    return sentence !== undefined && offset < sentence.end ? sentence : undefined
  }
  for (const quotation of quotations) {
    const at = quotation.attribution?.start ?? quotation.mentions[0]?.start
    if (at === undefined || !quotation.speaker) continue
    const speaker = quotation.speaker
    const spokeAt = (event: Working): boolean =>
      event.participants.some((p) => p.key === speaker) || (event.participants.length === 0 && event.cls !== 'interview')
    let chosen: Working | undefined
    // Same sentence as a mention: the last such mention (in text order) wins.
    let best = -1
    for (const offset of [...quotation.mentions.map((m) => m.start), at]) {
      const sentence = sentenceAt(offset)
      if (!sentence) continue
      for (const index of sentence.indexes) if (index > best && spokeAt(mentions[index]!.event)) best = index
    }
    if (best >= 0) chosen = mentions[best]!.event
    // Otherwise the last mention before it, in the same block or up to two before, with the speaker taking part.
    if (!chosen) {
      const block = blockOf(at)
      // A mention before the block two back lies in an earlier block or none: too far.
      const floor = block >= 2 ? text.blocks[block - 2]!.start : -Infinity
      let low = 0
      let high = mentions.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (mentions[middle]!.candidate.start <= at) low = middle + 1
        else high = middle
      }
      for (let last = low - 1; last >= 0 && mentions[last]!.candidate.start >= floor; last--) {
        const {event, candidate} = mentions[last]!
        const distance = block - blockOf(candidate.start)
        if (distance >= 0 && distance <= 2 && event.participants.some((p) => p.key === speaker)) {
          chosen = event
          break
        }
      }
    }
    if (chosen) {
      const list = result.get(chosen) ?? []
      list.push(quotation.key)
      result.set(chosen, list)
    }
  }
  return result
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1) ?? name
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

const asciiOnly = /^[\x00-\x7f]*$/

function slug(value: string): string {
  if (!asciiOnly.test(value)) return slugUnicode(value)
  // ASCII: the same as `slugUnicode` in one pass (lower case, apostrophes dropped,
  // every run of other characters one hyphen, none at either end).
  let result = ''
  let gap = false
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index)
    if (code === 0x27 /* ' */) continue
    if (code >= 65 && code <= 90) code += 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (gap && result.length > 0) result += '-'
      result += String.fromCharCode(code)
      gap = false
    } else gap = true
  }
  return result.slice(0, 60).replace(/-+$/, '') || 'event'
}

function slugUnicode(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'event'
  )
}
