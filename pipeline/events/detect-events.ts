/**
 * Find event mentions in the article text: event nouns ("a news conference
 * in Lisbon", "Friday’s hearing") and event verbs ("met with", "told
 * Marsh TV’s …", "said on Marsh News Sunday", "told reporters", "said Monday in
 * Tolley"). Each mention comes with the date expressions near it, its
 * participants and place; `remark-events` merges mentions into events.
 */
import type {ArticleText} from '../text/article-text.js'
import {isLetterCode, isLetterOrNumberCode, isSpaceCode} from '../text/chars.js'
import {indexWords, startsOf, stickyMatches, toSticky, wordIndex} from '../text/word-index.js'
import {isAbbreviation, type Sentence} from '../text/sentences.js'
import type {EventType} from '../data.js'
import {findDateExpressions, type DateExpression} from './date-expressions.js'
import type {EntityIndex, IndexedMention} from './entity-index.js'
import {
  compoundHeads,
  definiteDeterminers,
  eventNouns,
  genericDeterminers,
  indefiniteDeterminers,
  interviewerWord,
  mediaWord,
  notModifiers,
  pluralAllowed,
  type EventClass,
  type NounInfo
} from './lexicon.js'
import {jobNounSet} from '../people/lexicon.js'

/** Someone taking part: an entity key when the people stage knows them, else a surface name. */
export interface Participant {
  /** Entity key, or `name:<lower-case last word>` for a name the people stage did not give. */
  id: string
  key?: string | undefined
  name: string
}

export interface Outlet {
  /** As written ("Radio Tolley’s Week Ahead", "Marsh News Sunday"). */
  text: string
  /** Lower-case identity: the organisation when one is named, else the programme. */
  id: string
  /** Whether an organisation (not only a programme title) is named. */
  organization: boolean
  /** A weekday inside a programme name ("Marsh News Sunday"), which dates the broadcast. */
  weekday?: DateExpression | undefined
}

export interface Candidate {
  cls: EventClass
  type: EventType
  /** The trigger (noun or verb) in the text. */
  start: number
  end: number
  /** The stretch used for the label and for dates nearby. */
  phraseStart: number
  phraseEnd: number
  /** Descriptive label from the text (modifiers, noun, prepositional phrase). */
  label: string
  /** How the mention was found. */
  via: 'noun' | 'meet' | 'told' | 'programme' | 'remarks' | 'hosted' | 'result' | 'named'
  definite: boolean
  corefOnly: boolean
  /** “the same …”: must refer back. */
  same: boolean
  sentence: Sentence
  /** Main actor: interviewee, speaker, possessor. */
  subject?: Participant | undefined
  participants: Participant[]
  /** The interviewer, for interviews. */
  host?: Participant | undefined
  outlet?: Outlet | undefined
  place?: Place | undefined
  /** Date expression tied to this mention, if any. */
  date?: DateExpression | undefined
  /** A date expression written as a date-possessive or modifier right before the noun. */
  datePossessive: boolean
}

/** Where an event took place, as the text names it. */
export interface Place {
  text: string
  key?: string | undefined
  /** The preposition before it in the text ("in Geneva", "at City Hall"). */
  preposition?: 'in' | 'at' | undefined
}

export interface DetectContext {
  text: ArticleText
  entities: EntityIndex
  /** Whether an offset lies inside quotation marks or markup. */
  masked: (offset: number) => boolean
  /** Whether an offset lies inside the words of a quotation (someone's words, not a scare quote). */
  spoken: (offset: number) => boolean
  /** Whether an offset lies inside markup only. */
  inMarkup: (offset: number) => boolean
  /** Matches of a global regex over the whole text that start inside `sentence` (computed once per regex). */
  matchesIn: (regex: RegExp, sentence: Sentence) => RegExpExecArray[]
  /** Date expressions of the whole text (computed once). */
  dates: DateExpression[]
  /**
   * The quotation whose attribution holds `offset` ("he told the BBC"): its
   * speaker's key, `null` when the quotations stage named none, undefined
   * when no attribution is there.
   */
  attributedAt?: ((offset: number) => string | null | undefined) | undefined
}

/** Global regexes that start with `\b` and one of a few words: their (lower-case) first words. */
const triggers = new Map<RegExp, {sticky: RegExp; words: readonly string[]}>()

/**
 * Declare that every match of `regex` (global, starting with `\b`) starts
 * with one of `words` (lower case, whole ASCII words): `matchesIn` then runs
 * it only at those words' starts, with the same matches.
 */
export function withTriggers(regex: RegExp, words: readonly string[]): RegExp {
  triggers.set(regex, {sticky: toSticky(regex), words})
  indexWords(words)
  return regex
}

/**
 * A `matchesIn` for one text: each regex runs once over the whole value (a
 * regex with triggers only at its trigger words, found in the word index of
 * `owner`, the object the text belongs to).
 */
export function createMatcher(value: string, owner?: object): (regex: RegExp, sentence: Sentence) => RegExpExecArray[] {
  const cache = new Map<RegExp, RegExpExecArray[]>()
  return (regex, sentence) => {
    let all = cache.get(regex)
    if (!all) {
      const trigger = owner ? triggers.get(regex) : undefined
      if (trigger && owner) {
        all = stickyMatches(trigger.sticky, value, startsOf(wordIndex(owner, value), trigger.words))
      } else {
        all = []
        regex.lastIndex = 0
        for (let match = regex.exec(value); match; match = regex.exec(value)) {
          all.push(match)
          if (match[0].length === 0) regex.lastIndex++
        }
      }
      cache.set(regex, all)
    }
    return inRange(all, sentence.start, sentence.end, (match) => match.index)
  }
}

/** Items (sorted by `at`) with `from <= at(item) < to`, by binary search. */
export function inRange<T>(items: readonly T[], from: number, to: number, at: (item: T) => number): T[] {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (at(items[middle]!) < from) low = middle + 1
    else high = middle
  }
  const found: T[] = []
  for (let index = low; index < items.length && at(items[index]!) < to; index++) found.push(items[index]!)
  return found
}

const word = /[\p{L}\p{N}][\p{L}\p{N}’'&.-]*/gu
const nounInfo = new Map(eventNouns.map(([noun, info]) => [noun.toLowerCase(), info]))

/**
 * The matches of `\b(noun1|noun2|…)(s|es)?\b(?!-)` (flags `gi`, nouns in
 * lexicon order), without running the long alternation at every position: a match can only start where an ASCII word starts (every
 * noun starts with a word character), and a noun whose first ASCII word is
 * `w` only where the text's word is `w`, `ws` or `wes`. At such a word, the
 * candidate nouns are tried in alternation order with the same pattern
 * (sticky), so the first that matches is the one the alternation finds.
 */
const nounByFirstWord = new Map<string, Array<{order: number; regex: RegExp}>>()
eventNouns.forEach(([noun], order) => {
  const first = /^\w+/.exec(noun)![0].toLowerCase()
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`)
  const list = nounByFirstWord.get(first) ?? []
  list.push({order, regex: new RegExp(`(${escaped})(s|es)?\\b(?!-)`, 'iy')})
  nounByFirstWord.set(first, list)
  indexWords([first, first + 's', first + 'es'])
})
const nounMatchCache = new WeakMap<DetectContext, RegExpExecArray[]>()

function nounMatches(context: DetectContext): RegExpExecArray[] {
  let all = nounMatchCache.get(context)
  if (all) return all
  all = []
  const value = context.text.value
  const index = wordIndex(context.text, value)
  // Every word start where a noun can match, with the candidates for its word.
  const at: Array<{start: number; candidates: Array<{order: number; regex: RegExp}>}> = []
  for (const [word, starts] of index) {
    const a = nounByFirstWord.get(word)
    const b = word.endsWith('s') ? nounByFirstWord.get(word.slice(0, -1)) : undefined
    const c = word.endsWith('es') ? nounByFirstWord.get(word.slice(0, -2)) : undefined
    if (!a && !b && !c) continue
    const candidates = [...(a ?? []), ...(b ?? []), ...(c ?? [])]
    if ((a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0) > 1) candidates.sort((x, y) => x.order - y.order)
    for (const start of starts) at.push({start, candidates})
  }
  at.sort((x, y) => x.start - y.start)
  let previousEnd = 0
  for (const {start, candidates} of at) {
    if (start < previousEnd) continue
    for (const {regex} of candidates) {
      regex.lastIndex = start
      const match = regex.exec(value)
      if (match) {
        all.push(match)
        previousEnd = start + match[0].length
        break
      }
    }
  }
  nounMatchCache.set(context, all)
  return all
}

/** A reporting verb, then "in"/"during" right before an interview's phrase ("said Tuesday in a …"). */
const saidIn = /\b(?:said|says|told|added|explained|acknowledged|admitted|insisted|noted|recalled|conceded|revealed|disclosed)\b[^,;:.“”"]{0,30}\b(?:in|during)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/u
const saidOn = /\b(?:said|says|told|added|explained|acknowledged|admitted|insisted|noted|conceded|revealed|disclosed)\b[^,;:.“”"]{0,30}\b(?:on|during)\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/u
/** "In a phone interview, …" opening the sentence. */
const inInterview = /^In\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/u
const capitalised = /^[\p{Lu}\d]/u
/** Classes whose subject is the one who speaks at them. */
const speakerClasses = new Set<EventClass>(['speech', 'keynote', 'chat', 'response', 'lecture', 'session', 'town-hall', 'rally', 'press', 'testimony', 'call'])
const titleJoin = new Set(['of', 'the', 'and', 'de', 'du', 'von', 'van', 'der', 'den', 'la', 'le', 'al', 'bin', '&'])

/** Detect every event mention in one sentence. */
export function detectInSentence(context: DetectContext, sentence: Sentence, dates: DateExpression[]): Candidate[] {
  const found: Candidate[] = []
  detectNouns(context, sentence, dates, found)
  detectMeet(context, sentence, found)
  detectMeetGroup(context, sentence, dates, found)
  detectInterviewed(context, sentence, found)
  detectTold(context, sentence, found)
  detectProgrammes(context, sentence, found)
  detectRemarks(context, sentence, dates, found)
  detectHosted(context, sentence, dates, found)
  detectResult(context, sentence, found)
  detectNamedStorm(context, sentence, found)
  detectPhoneCall(context, sentence, found)
  detectSwornIn(context, sentence, found)
  detectElected(context, sentence, dates, found)
  detectBodyMeets(context, sentence, dates, found)
  detectStrikeVerb(context, sentence, dates, found)
  detectMarched(context, sentence, dates, found)
  detectCourt(context, sentence, dates, found)
  found.sort((a, b) => a.start - b.start)
  return found
}

/** Date expressions in a sentence that are not inside quotation marks or markup. */
export function datesInSentence(context: DetectContext, sentence: Sentence): DateExpression[] {
  return inRange(context.dates, sentence.start, sentence.end, (expression) => expression.start).filter(
    (expression) => expression.end <= sentence.end && !context.masked(expression.start)
  )
}

// ---------------------------------------------------------------------------
// Nouns

/** Words before "elections" that make them one day's polls ("Thursday's local elections", "the midterm elections"). */
const oneDayElections = /\b(?:local|council|municipal|regional|parliamentary|legislative|midterm|mid-term|assembly|European|provincial|county|mayoral)\s+$/i

function detectNouns(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const match of inRange(nounMatches(context), sentence.start, sentence.end, (match) => match.index)) {
    const start = match.index
    const end = start + match[0].length
    if (context.inMarkup(start)) continue
    // Part of a hyphenated word ("pre-election") or a longer word with letters outside ASCII.
    if ((start > 0 && (value.charCodeAt(start - 1) === 0x2d || isLetterCode(value.charCodeAt(start - 1)))) || (end < value.length && isLetterCode(value.charCodeAt(end)))) continue
    const noun = match[1]!
    const info = nounInfo.get(noun.toLowerCase())
    if (!info) continue
    // “War” names an event only as part of a name (“the Gulf War”); handled by capitals below.
    const plural = match[2] !== undefined
    const before = value.slice(Math.max(sentence.start, start - 60), start)
    const after = value.slice(end, Math.min(sentence.end, end + 80))
    // "the crash" after "a motorway crash": a bare definite mention only refers back.
    const referBack = info.needsQualifier !== undefined && !info.needsQualifier.test(before) && /(?:^|\s)[Tt]he\s+$/.test(before)
    if (info.needsQualifier && !info.needsQualifier.test(before) && !referBack) continue
    if (info.needsFollower && !info.needsFollower.test(after)) continue
    if (info.notFollowedBy?.test(after)) continue
    // A noun that modifies another noun ("election campaign", "debate crowd").
    const next = /^\s+([a-z][a-z-]*)/.exec(after)?.[1]
    // "set a trial date of March 9": the day of the trial (not "the election date was moved").
    const dayOf = next === 'date' && /^\s+date\s+(?:of|for)\s+$/.test(after.slice(0, (dates.find((d) => d.start >= end && d.start - end <= 14)?.start ?? end) - end))
    if (next && compoundHeads.has(next) && !dayOf && !(noun.toLowerCase() === 'election' && next === 'debate')) continue
    if (next && noun.toLowerCase() === 'election' && next === 'debate') continue
    // Verbs spelled like nouns: "to address", "to match", "to vote".
    if (/\b(?:to|will|would|could|can|should|must|may|might|did|does|do|not)\s+$/i.test(before)) continue

    const modifiers = walkModifiers(value, sentence.start, start, dates)
    if (modifiers.generic) continue
    // "voted to block a nationwide strike", "the threat of a walkout": an occasion kept from happening.
    if (prevented.test(value.slice(Math.max(sentence.start, modifiers.start - 40), modifiers.start))) continue
    // "talks", "the Tolley caucuses": one occasion in the plural.
    // "Thursday's local elections", "the midterm elections": one day's polls.
    const pollingDay = info.cls === 'election' && oneDayElections.test(before)
    if (plural && !pluralAllowed.has(noun.toLowerCase()) && noun.toLowerCase() !== 'talks' && noun.toLowerCase() !== 'caucus' && !pollingDay) continue
    if (plural && pluralAllowed.has(noun.toLowerCase()) && programmesAfter(context, end, sentence.end).length === 0) continue
    // A capitalised noun inside a title ("Game of Thrones", "Meet the Press") names a work, not an occasion.
    if (/^\p{Lu}/u.test(noun) && start > sentence.start && /^\s+(?:of\s+(?:the\s+)?)?\p{Lu}/u.test(after)) continue
    if (info.notAfter?.test(before)) continue
    if (info.lowerCaseOnly && /^\p{Lu}/u.test(noun)) continue
    // "Elm Road Primary", "Oakridge Primary": a school, not a primary election (written "the Tolley primary",
    // or capitalised after a party: "the Democratic Primary").
    if (info.cls === 'primary' && /^\p{Lu}/u.test(noun) && start > sentence.start && !/\b(?:Democratic|Republican|Presidential|Labour|Conservative)\s+$/.test(before)) continue
    if (info.needsDatePossessive && !modifiers.datePossessive) continue
    // "at Tolley Town Hall": a building named after its town, in capitals (but "a CNN Town Hall",
    // "Ada Lane's Tolley town hall" are the meeting).
    if (info.cls === 'town-hall' && /^\p{Lu}/u.test(noun) && /(?:^|\s)\p{Lu}\p{Ll}+\s+$/u.test(before) && !/['’]s?\s+\S+\s+$/.test(before)) continue

    const pp = prepositionalPhrase(value, end, sentence.end)
    const [hypoStart, hypoEnd] = clauseBounds(value, sentence.start, sentence.end, modifiers.start, pp.end)
    // A clause reported after "that" is not the event's ("said in an interview that she would run").
    const reported = /\b(?:that|because)\b/i.exec(value.slice(pp.end, hypoEnd))
    const clause = value.slice(hypoStart, reported ? pp.end + reported.index : hypoEnd)
    const hypothetical = /\b(?:would|could|might|if|whether|should)\b/i.test(clause)
    // An indefinite mention with nothing specific is generic ("in the lead-up to an election").
    // The sentence's dates are outside quotation marks: none is the day of an occasion named in someone's words.
    const hasDate = !context.spoken(start) && dates.some((d) => d.start <= pp.end + 60 && d.end >= modifiers.start - 60 && d.kind !== 'vague')
    // "said she would lead a prayer service on Wednesday": a plan reported, with its day.
    const reportedPlan = hasDate && reportedWould.test(value.slice(Math.max(sentence.start, hypoStart - 40), modifiers.start)) && !/\b(?:could|might|if|whether|should)\b/i.test(clause)
    if (modifiers.indefinite && hypothetical && !modifiers.datePossessive && !reportedPlan) continue
    const ppText = value.slice(end, pp.end)
    const specific =
      modifiers.capitalised ||
      /\p{Lu}/u.test(ppText) ||
      context.entities.within(modifiers.start, pp.end).length > 0 ||
      info.cls === 'press' ||
      // "Okafor said in a phone interview", "In an interview, Okafor said": the interview the words were given in.
      (info.cls === 'interview' && !plural && (saidIn.test(value.slice(Math.max(sentence.start, modifiers.start - 60), modifiers.start)) || inInterview.test(value.slice(sentence.start, modifiers.start)))) ||
      // "told analysts on a conference call": the call the words were given on.
      (info.cls === 'call' && !plural && saidOn.test(value.slice(Math.max(sentence.start, modifiers.start - 60), modifiers.start)))
    if (modifiers.indefinite && !hasDate && !specific) continue
    // "would seek urgent talks": a bare noun in a hypothetical clause with no day.
    if (modifiers.bare && hypothetical && !hasDate && !modifiers.capitalised) continue
    // "to stage a protest" with no day: a plan or an attempt, no occasion.
    if (modifiers.indefinite && !hasDate && /\bto\s+(?!(?:a|an|the)\s)[a-z]+\s+(?:an?\s+)?$/.test(value.slice(Math.max(sentence.start, modifiers.start - 30), modifiers.start))) continue
    if (modifiers.bare && !modifiers.capitalised && !modifiers.possessor && !hasDate && !/\p{Lu}/u.test(ppText) && noun.toLowerCase() !== 'talks') continue
    // "ending months of debate": a bare noun after a span of time is a process.
    if (modifiers.bare && /\b(?:hours|days|weeks|months|years|decades)\s+of\s+$/i.test(value.slice(Math.max(sentence.start, modifiers.start - 20), modifiers.start))) continue

    const labelText = ownerNamed(context, cleanLabel(value.slice(modifiers.start, pp.end), dates, modifiers.start), modifiers.start, sentence.start)
    const candidate: Candidate = {
      cls: info.cls,
      type: info.type,
      start,
      end,
      phraseStart: modifiers.start,
      phraseEnd: pp.end,
      label: labelText,
      via: 'noun',
      definite: modifiers.definite,
      corefOnly: info.corefOnly === true || referBack,
      same: modifiers.same,
      sentence,
      participants: [],
      datePossessive: modifiers.datePossessive
    }
    if (modifiers.possessor) {
      const possessor = participantAt(context, modifiers.possessor.start, modifiers.possessor.end)
      if (possessor) candidate.subject = possessor
    }
    // Programme after "interview(s) on …" or "appearance on …".
    if (info.cls === 'interview') {
      const programmes = programmesAfter(context, end, sentence.end)
      if (programmes.length > 0) {
        candidate.via = 'programme'
        for (const [index, outlet] of programmes.entries()) {
          const copy: Candidate = index === 0 ? candidate : {...candidate, participants: []}
          copy.outlet = outlet
          copy.phraseEnd = Math.max(copy.phraseEnd, end)
          copy.label = 'interview'
          copy.subject ??= subjectOf(context, sentence, start)
          if (index > 0) found.push(copy)
        }
      } else if (!candidate.subject) {
        const withMatch = /^\s+with\s+/.exec(after)
        // "sat down with NBC’s Tom Avery for an interview".
        const satDown = withMatch ? null : /\bwith\s+([^,;:]{2,60}?)\s+for\s+(?:an?|the|his|her|their)\s+$/.exec(before)
        const beforeStart = start - before.length
        // "an interview with NBC’s Tom Avery", "… with Tom Avery of NBC": the interviewer; the subject speaks.
        const interviewer = withMatch
          ? outletAt(context, end + withMatch[0].length, sentence.end)
          : satDown
            ? outletAt(context, beforeStart + satDown.index + satDown[0].indexOf(satDown[1]!), start)
            : undefined
        if (interviewer) {
          candidate.outlet = interviewer.outlet
          if (withMatch) candidate.phraseEnd = Math.max(candidate.phraseEnd, interviewer.end)
          if (interviewer.host) {
            candidate.host = interviewer.host
            pushParticipant(candidate.participants, interviewer.host)
          }
          const subject = subjectOf(context, sentence, satDown ? beforeStart + satDown.index : start)
          candidate.subject = subject && subject.id !== interviewer.host?.id ? subject : mainClauseSubject(context, sentence, interviewer.end)
        } else {
          const withWhom = withMatch ? context.entities.within(end, pp.end, 'person')[0] : undefined
          if (withWhom) candidate.subject = toParticipant(withWhom)
          else if (!modifiers.definite) candidate.subject = subjectOf(context, sentence, start)
        }
      }
    }
    // "she said in Tuesday night’s response", "Lane said Tuesday in a fireside chat with …".
    if (!candidate.subject && speakerClasses.has(info.cls)) {
      const lead = value.slice(Math.max(sentence.start, modifiers.start - 40), modifiers.start)
      // The last such verb ("Avery said Lane spoke at a rally": Lane's).
      const verb = [...lead.matchAll(/\b(?:said|says|spoke|speaks|told|added|argued|declared|announced)\b(?=[^,;:]*$)/g)].at(-1)
      if (verb) candidate.subject = subjectOf(context, sentence, Math.max(sentence.start, modifiers.start - 40) + verb.index)
    }
    // "the funeral of Tom Avery", "a vigil for the victims", "the inquest into Ada Lane's death": the one
    // it is held for is no attendee.
    addParticipants(context, candidate, modifiers.start, honours.has(noun.toLowerCase()) ? end : pp.end)
    // "a fireside chat with the founder and co-CEO Tom Avery": the people it was with.
    if (/^\s+(?:with|between|featuring|against)\s/.test(after)) {
      const [, clauseStop] = clauseBounds(value, sentence.start, sentence.end, modifiers.start, pp.end)
      for (const mention of context.entities.within(end, clauseStop, 'person')) {
        if (!context.masked(mention.start)) pushParticipant(candidate.participants, toParticipant(mention))
      }
    }
    // "Ada Lane unveiled the device at a launch event": the clause's named subject, when only its
    // verb stands between (not "criticised remarks made at a rally", "the rally held by …").
    if (!referBack && /\b(?:at|during)\s+(?:(?:a|an|the|this|that|his|her|their|its)\s+)?$/.test(value.slice(Math.max(sentence.start, modifiers.start - 14), modifiers.start))) {
      const clauseStart = clauseStartBefore(value, sentence.start, modifiers.start)
      const first = context.entities.within(clauseStart, modifiers.start, 'person')[0]
      const lead = first ? value.slice(first.end, modifiers.start) : ''
      if (
        first &&
        !context.masked(first.start) &&
        context.entities.within(first.end, modifiers.start, 'person', 'organization').length === 0 &&
        !/\b(?:\p{Ll}+ed|said|says|told|was|were|is|are|has|have|had)\b/u.test(value.slice(clauseStart, first.start)) &&
        /^\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|spoke|told|gave|made|announced|unveiled|launched|revealed|presented|showed|sang|read|won|took)\b/u.test(lead) &&
        !/\b(?:by|who|which|that|made|given|held|delivered|planned|organi[sz]ed|staged)\b[^,;]*$/.test(lead.replace(/^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u, ''))
      ) {
        pushParticipant(candidate.participants, toParticipant(first))
      }
    }
    // "At a news conference in Lisbon …, <Person> celebrated": the main clause's subject.
    if (/^(?:At|During|In|After|Before)\s+(?:a|an|the|this)?\s*$/.test(value.slice(sentence.start, modifiers.start))) {
      const comma = value.indexOf(',', pp.end)
      if (comma >= 0 && comma < sentence.end) {
        const main = context.entities.within(comma, Math.min(sentence.end, comma + 80), 'person')[0]
        if (main) pushParticipant(candidate.participants, toParticipant(main))
      }
    }
    // "Avery, who also spoke at the same news conference".
    const relative = /,\s+who\s+(?:\w+\s+){0,2}(?:spoke|speaks|appeared|attended|addressed|took part|participated|gave|delivered)\b[^,]*$/.exec(
      value.slice(Math.max(sentence.start, modifiers.start - 80), modifiers.start)
    )
    if (relative) {
      const who = context.entities.lastBefore(Math.max(sentence.start, modifiers.start - 80) + relative.index + 1, sentence.start, 'person')
      if (who) pushParticipant(candidate.participants, toParticipant(who))
    }
    // "Lane held a news conference", "she will address a rally", "Ode attended the funeral": the verb's
    // subject took part (not "the rally held by …", nor an occasion only referred back to).
    if (!referBack) {
      const lead = value.slice(Math.max(sentence.start, modifiers.start - 30), modifiers.start)
      const verb = takingPart.exec(lead)
      const at = modifiers.start - lead.length + (verb?.index ?? 0)
      // "never held a news conference": none was held.
      if (verb && modifiers.indefinite && deniedBefore.test(value.slice(Math.max(sentence.start, at - 20), at))) continue
      // A named subject only: "He delivered the lecture" may follow another person's name.
      // Not one who "did not attend", "refused to attend", "never held" it.
      if (
        verb &&
        !deniedBefore.test(value.slice(Math.max(sentence.start, at - 20), at)) &&
        !/\b(?:he|she|they|it|we|i)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(value.slice(clauseStartBefore(value, sentence.start, at), at))
      ) {
        // One who took part, not the occasion's owner ("attended the funeral" is no one's funeral of theirs).
        pushParticipant(candidate.participants, subjectOf(context, sentence, at))
      }
    }
    candidate.place ??= placeIn(context, end, pp.end)
    // "The next summit will be held in Marlow", "The final takes place at Tolley Park": the place the clause gives.
    const heldIn = candidate.place ? null : /^\s+(?:will\s+be|was|were|is|are|has\s+been|had\s+been|to\s+be)\s+(?:held|staged|hosted|played)\s+(?=in\s|at\s)|^\s+(?:takes|took|will\s+take|is\s+taking)\s+place\s+(?=in\s|at\s)/.exec(value.slice(pp.end, sentence.end))
    if (heldIn) candidate.place = placeIn(context, pp.end + heldIn[0].length, clauseEndAfter(value, pp.end + heldIn[0].length, sentence.end))
    // A mention that only refers back ("the crash") names no one who took part.
    if (referBack) {
      candidate.participants = []
      candidate.subject = undefined
    }
    found.push(candidate)
  }
}

/** Words before an event's phrase that keep it from happening ("to avert a strike", "the threat of a walkout"). */
const prevented =
  /\b(?:block|blocks|blocked|blocking|avert|averts|averted|averting|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|head\s+off|heads\s+off|headed\s+off|ward\s+off|(?:threat|risk|prospect|possibility|spectre|specter)\s+of)\s+(?:(?:a|an|the|any|another)\s+)?$/i

/** Occasions held for someone, named after them ("the funeral of X", "a vigil for X"). */
const honours = new Set(['funeral', 'funeral service', 'funeral mass', 'memorial service', 'memorial', 'vigil', 'inquest', 'tribute', 'wake', 'remembrance service', 'thanksgiving service'])

/** A denial or a refusal right before a verb ("had never met", "will not meet", "refused to meet"). */
const deniedBefore = /\b(?:not|never|n['’]t|no\s+longer|refused\s+to|declined\s+to|failed\s+to|refuses\s+to|declines\s+to)\s+(?:(?:yet|even|ever|again|personally)\s+)?$/i

/** A verb of taking part right before an event's phrase ("held", "will address", "attended"). */
const takingPart =
  /\b(?:held|hold|holds|holding|hosted|host|hosts|hosting|addressed|address|addresses|addressing|attended|attend|attends|attending|chaired|chair|chairs|chairing|gave|give|gives|giving|given|delivered|deliver|delivers|delivering|called|staged|stage|stages|led|lead|leads|leading|joined|join|joins|joining|spoke\s+at|speak\s+at|speaks\s+at|speaking\s+at)\s+(?:(?:a|an|the|his|her|their|its|our|this|that|another)\s+)?$/

interface Modifiers {
  start: number
  definite: boolean
  indefinite: boolean
  bare: boolean
  generic: boolean
  same: boolean
  capitalised: boolean
  datePossessive: boolean
  possessor?: {start: number; end: number} | undefined
}

/** Walk back from an event noun over its modifiers to the determiner. */
/**
 * Whether a capitalised word of a name comes before the joining word at
 * `wordStart` ("Festival" of "Festival of the Sea"), not a plural capitalised
 * only by opening the sentence ("Organisers of the Tolley Folk Festival").
 */
function capitalisedBeforeJoin(value: string, floor: number, wordStart: number): boolean {
  const from = Math.max(floor, wordStart - 30)
  const before = /(\p{Lu}[\p{L}.]*)\s+(?:of\s+)?$/u.exec(value.slice(from, wordStart))
  if (!before) return false
  let start = from + before.index
  while (start > floor && isSpaceOrQuoteCode(value.charCodeAt(start - 1))) start--
  return !(start <= floor && /\p{Ll}s$/u.test(before[1]!))
}

function walkModifiers(value: string, floor: number, at: number, dates: DateExpression[]): Modifiers {
  const result: Modifiers = {
    start: at,
    definite: false,
    indefinite: false,
    bare: false,
    generic: false,
    same: false,
    capitalised: false,
    datePossessive: false
  }
  let index = at
  let lowercase = 0
  for (let steps = 0; steps < 12; steps++) {
    // Skip spaces and quote marks.
    let cursor = index
    while (cursor > floor && isSpaceOrQuoteCode(value.charCodeAt(cursor - 1))) cursor--
    if (cursor <= floor) break
    // A date expression right before ("Dec. 12 election", "Tuesday night’s debate").
    const date = dates.find((d) => d.end === cursor || (d.end === cursor - 0 && d.possessive))
    if (date && date.kind !== 'vague' && date.kind !== 'month') {
      result.datePossessive = true
      result.definite = result.definite || date.possessive
      index = date.start
      result.start = date.start
      continue
    }
    if (!isModifierCode(value.charCodeAt(cursor - 1))) break
    let wordStart = cursor
    while (wordStart > floor && isModifierCode(value.charCodeAt(wordStart - 1))) wordStart--
    const token = value.slice(wordStart, cursor).replace(/[.]+$/, (dots) => (/^\p{Lu}/u.test(value.slice(wordStart, cursor)) ? dots : ''))
    const lower = token.toLowerCase()
    if (lower === 'same') {
      result.same = true
      result.definite = true
      index = wordStart
      result.start = wordStart
      continue
    }
    // (Not before a date: "Ahead of the Nov. 5 election".)
    if (titleJoin.has(lower) && /^\s*(?:the\s+)?\p{Lu}/u.test(value.slice(cursor, cursor + 8)) && !dateAfterJoin.test(value.slice(cursor, cursor + 12)) && capitalisedBeforeJoin(value, floor, wordStart)) {
      // "of the" inside "Festival of the Sea".
      index = wordStart
      result.start = wordStart
      continue
    }
    if (definiteDeterminers.has(lower)) {
      result.definite = true
      break
    }
    if (indefiniteDeterminers.has(lower)) {
      result.indefinite = true
      break
    }
    if (genericDeterminers.has(lower)) {
      result.generic = true
      break
    }
    // Possessive: "Lane’s interview", "the pair’s … discussion", "President Ada Lane’s final …".
    if (/['’]s$/.test(token) || /s['’]$/.test(token)) {
      result.definite = true
      let possessorStart = wordStart
      if (capitalised.test(token)) {
        // Take the whole capitalised name before it.
        let back = wordStart
        for (;;) {
          const previous = /([\p{Lu}][\p{L}.’'-]*)\s+$/u.exec(value.slice(Math.max(floor, back - 40), back))
          if (!previous) break
          back -= previous[0].length
          possessorStart = back
        }
        result.possessor = {start: possessorStart, end: cursor}
      }
      result.start = possessorStart
      break
    }
    if (notModifiers.has(lower)) break
    if (capitalised.test(token)) {
      result.capitalised = true
    } else if (titleJoin.has(lower) && /^\s*\p{Lu}/u.test(value.slice(cursor, cursor + 3)) && capitalisedBeforeJoin(value, floor, wordStart)) {
      // "of the" inside "Festival of the Sea".
    } else {
      // "to revive stalled peace talks": a word after "to", with more modifiers after it, is a verb.
      if (steps > 0 && /\bto\s+$/.test(value.slice(Math.max(floor, wordStart - 4), wordStart))) break
      lowercase++
      if (lowercase > 4 || /ly$/.test(lower) === false && /(?:ed|ing)$/.test(lower) && lowercase > 2) break
    }
    index = wordStart
    result.start = wordStart
  }
  if (!result.definite && !result.indefinite && !result.generic) result.bare = true
  return result
}

/** A month or a weekday right after a joining word ("of the Nov. 5 …"): a date, not a name's word. */
const dateAfterJoin = /^\s*(?:the\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s+\d/

/** Nouns ending in -ing (not verbs). */
const ingNouns = new Set(['spring', 'morning', 'evening', 'building', 'meeting', 'hearing', 'briefing', 'wedding', 'ceiling', 'king', 'thing', 'string', 'ring', 'wing', 'opening', 'ending', 'funding', 'housing', 'training', 'spending', 'beijing', 'sterling', 'viking', 'boxing', 'swimming', 'sailing', 'clothing'])

const prepositions = /^(?:of|on|with|between|for|at|in|against|over|from|by|to|before|about)$/i
/** A possessive or an article, then a noun or a modifier and a noun ("her speech", "his keynote speech"). */
const occasionAfter = /^\s+(?:his|her|their|its|a|an)\s+(\p{Ll}+)\b(?:[\p{Ll}-]*\s+(\p{Ll}+)\b)?/u

/** The prepositional phrase(s) after an event noun: "between A and B", "in Lisbon", "for Ada Lane at …". */
function prepositionalPhrase(value: string, from: number, to: number): {end: number} {
  let end = from
  let cursor = from
  let phrases = 0
  let inPhrase = false
  let lowercaseRun = 0
  word.lastIndex = 0
  const slice = value.slice(from, Math.min(to, from + 140))
  for (let match = word.exec(slice); match; match = word.exec(slice)) {
    const between = slice.slice(cursor - from, match.index)
    if (/[,;:!?()—–]|\.\s/.test(between) || /["“”]/.test(between)) break
    const token = match[0].replace(/[.]$/, '')
    const lower = token.toLowerCase()
    if (prepositions.test(lower)) {
      if (phrases >= 3) break
      // "the conference with his keynote speech", "the election in her speech": another occasion
      // after "with" or "in" is no part of this one's name.
      if (lower === 'with' || lower === 'in') {
        const object = slice.slice(match.index + lower.length)
        const occasion = occasionAfter.exec(object)
        if (occasion && (nounInfo.has(occasion[1]!) || (occasion[2] !== undefined && nounInfo.has(occasion[2])))) break
      }
      // "a news conference to announce the site": "to" and a verb say its purpose, not a place.
      if (lower === 'to' && /^\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)\p{Ll}[\p{Ll}-]*(?:[^s\s]|ss)\b/u.test(slice.slice(match.index + 2))) break
      phrases++
      inPhrase = true
      lowercaseRun = 0
    } else if (!inPhrase) {
      break
    } else if (lower === 'and' && !/^\s+\p{Lu}/u.test(slice.slice(match.index + 3))) {
      break
    } else if (/^(?:the|a|an|his|her|their|its|and|of|de|von|der|\d+)$/i.test(token) || capitalised.test(token) || /^\p{Lu}/u.test(token)) {
      lowercaseRun = 0
      end = from + match.index + match[0].length
    } else if ((/(?:ed|ly)$/.test(lower) || (/ing$/.test(lower) && !ingNouns.has(lower))) && lower !== 'laid-off') {
      break
    } else if (/^(?:thanks|despite|amid|including|because|after|where|when|while|which|who)$/.test(lower)) {
      break
    } else if (notModifiers.has(lower) || lowercaseRun >= 3) {
      break
    } else {
      lowercaseRun++
      end = from + match.index + match[0].length
    }
    cursor = from + match.index + match[0].length
  }
  // Do not end on a determiner or conjunction.
  const text = value.slice(from, end)
  const trimmed = text.replace(/\s+(?:the|a|an|and|of|on|in|at|to|for|with|by|from)$/i, '')
  return {end: from + trimmed.length}
}

/** Common nouns for an organisation that a label can open with ("the party's spring conference"). */
const ownerNouns = /^(company|firm|group|bank|agency|party|club|team|network|union|charity|organi[sz]ation|business|school|university|council|league|federation|association)['’]s\s+/

/**
 * "the party's spring conference": the organisation the text last named
 * with that head noun ("Ode Party's spring conference"), else the one named
 * last in the same sentence ("Labour's campaign … the party's conference"),
 * else the label without the noun, which says nothing on its own.
 */
function ownerNamed(context: DetectContext, label: string, at: number, sentenceStart: number): string {
  const owner = ownerNouns.exec(label)
  if (!owner) return label
  const noun = owner[1]!
  const rest = label.slice(owner[0].length)
  let before = at
  for (let mention = context.entities.lastBefore(before, 0, 'organization'); mention; mention = context.entities.lastBefore(before, 0, 'organization')) {
    if (mention.name.split(/\s+/).at(-1)!.toLowerCase() === noun) return `${mention.name}’s ${rest}`
    before = mention.start
  }
  const near = context.entities.lastBefore(at, sentenceStart, 'organization')
  return near ? `${near.name}’s ${rest}` : rest
}

function cleanLabel(text: string, dates: DateExpression[], offset: number): string {
  let result = text
  // Remove date expressions (the date is kept on its own) and a leading determiner.
  for (const date of [...dates].sort((a, b) => b.start - a.start)) {
    const start = date.start - offset
    const end = date.end - offset
    if (start >= 0 && end <= result.length) {
      result = `${result.slice(0, start)}${result.slice(end)}`
    }
  }
  // And those the sentence's list leaves out (inside a quotation).
  for (const date of findDateExpressions(result).reverse()) result = `${result.slice(0, date.start)}${result.slice(date.end)}`
  result = result
    .replace(/[“”"]/g, '')
    .replace(/\b(?:on|in|at|of)\s*$/i, '')
    .replace(/\s+(?:on|in|at)\s+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|this|that|same)\s+/i, '')
    .replace(/[\s.,;:!?]+$/, '')
    .replace(/\s+(?:on|in|at|of|and|from|for|with|to)$/i, '')
    // The first word of a time phrase cut off after it ("… leaders next week").
    .replace(/\s+(?:next|last|this|early|late|earlier|later)$/i, '')
  return result
}

// ---------------------------------------------------------------------------
// Verbs

/** Words that end the role after "meet the" ("the Treasurer on Monday"). */
const meetRoleStops = new Set(['at', 'in', 'on', 'for', 'to', 'from', 'during', 'after', 'before', 'over', 'about', 'this', 'last', 'next', 'and', 'with', 'who', 'that'])
const meetTheRegex = withTriggers(/\b(?:met|meet|meets)\s+(?:with\s+)?the\s+/g, ['met', 'meet', 'meets'])
/** "said she would", "announced that it would": a future reported, no hypothesis. */
const reportedWouldSource = String.raw`\b(?:said|says|announced|announces|confirmed|confirms|promised|pledged|added)\s+(?:that\s+)?(?:he|she|it|they|we|I|the\s+\p{L}+)\s+would\s+`
/** Such a report and the words up to a noun ("said she would lead a …"; but "would seek a meeting" is a wish). */
const reportedWould = new RegExp(`${reportedWouldSource}(?!(?:seek|ask|push|press|call|hope|try|want|like|request|demand|welcome|consider)\\b)(?:\\p{Ll}+\\s+){1,3}$`, 'u')
/** The same report, right before the verb it governs ("said she would | meet …"). */
const reportedWouldVerb = new RegExp(`${reportedWouldSource}$`, 'u')

/** A modal or "if" right before a verb ("would meet", "if they meet"): no occasion yet. */
const hypotheticalBefore = /\b(?:would|could|might|if|whether|should)\s+(?:\w+\s+)?$/i
const meetRegex = withTriggers(/\b(?:met|meet|meets)\s+(?:\p{Ll}+ly\s+)?(?:with\s+)?(?=\p{Lu})/gu, ['met', 'meet', 'meets'])
/** "Lane and Ode met in Geneva": people who met each other, then where or when. */
const metTogetherRegex = withTriggers(/\b(?:met|meet)\s+(?:(?:again|\p{Ll}+ly)\s+)?(?=(?:in|at|on|for)\s)/gu, ['met', 'meet'])

function detectMeet(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(meetRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const before = value.slice(Math.max(sentence.start, start - 30), start)
    const hypothetical = hypotheticalBefore.test(before)
    if (hypothetical) continue
    // "had never met", "will not meet", "refused to meet": no meeting.
    if (deniedBefore.test(before)) continue
    const clauseEnd = clauseEndAfter(value, end, sentence.end)
    // The people met: up to the first preposition other than "with"/"and".
    const objectEnd = end + (/\s(?:at|in|on|for|since|to|from|during|after|before|over|about|this|last|next)\s/.exec(value.slice(end, clauseEnd))?.index ?? clauseEnd - end)
    // "met Tom Avery's widow": someone of theirs, not Avery.
    const objects = context.entities.within(end, objectEnd, 'person').filter((mention) => !/^['’]s?\s+\p{Ll}/u.test(value.slice(mention.end, mention.end + 4)))
    if (objects.length === 0 && /^\s+(?:with\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}?\p{Lu}[\p{L}-]*['’]s?\s+\p{Ll}/u.test(value.slice(end - 1, objectEnd))) continue
    const subject = subjectOf(context, sentence, start)
    // "met French business leaders", "met Tolley officials": a group, read by `detectMeetGroup`.
    const run = titleRun(value, end, objectEnd)
    const group = run !== undefined && isGroupNoun(/^\s+(?:\p{Ll}+\s+)?(\p{Ll}+s)\b/u.exec(value.slice(run.end, objectEnd))?.[1])
    if (group) continue
    const named = nameRun(value, end, objectEnd)
    const objectNames = named ? (context.entities.bySurname(named.name) ?? named) : undefined
    if (!subject && objects.length === 0 && !objectNames) continue
    const candidate = verbCandidate('meeting', start, end, clauseEnd, sentence, 'meet')
    candidate.subject = subject
    if (subject) candidate.participants.push(subject)
    for (const mention of objects) pushParticipant(candidate.participants, toParticipant(mention))
    if (objects.length === 0 && objectNames) pushParticipant(candidate.participants, 'key' in objectNames && 'kind' in objectNames ? toParticipant(objectNames) : (objectNames as Participant))
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
  // "He will meet the Treasurer on Monday": a role only one person in the story holds.
  for (const match of context.matchesIn(meetTheRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    if (hypotheticalBefore.test(value.slice(Math.max(sentence.start, start - 30), start))) continue
    const words = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}/u.exec(value.slice(end, sentence.end))?.[0].split(/\s+/) ?? []
    const stop = words.findIndex((word) => meetRoleStops.has(word.toLowerCase()))
    const role = (stop >= 0 ? words.slice(0, stop) : words).join(' ').toLowerCase()
    if (!role) continue
    const holder = context.entities.byTitle(role)
    const subject = subjectOf(context, sentence, start)
    if (!holder || !subject || subject.key === holder.key) continue
    const clauseEnd = clauseEndAfter(value, end, sentence.end)
    const candidate = verbCandidate('meeting', start, end, clauseEnd, sentence, 'meet')
    candidate.subject = subject
    candidate.participants.push(subject)
    pushParticipant(candidate.participants, {id: holder.key, key: holder.key, name: holder.name})
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
  for (const match of context.matchesIn(metTogetherRegex, sentence)) {
    const start = match.index
    if (context.masked(start)) continue
    const clauseStart = clauseStartBefore(value, sentence.start, start)
    const lead = value.slice(clauseStart, start)
    // Only a plural subject meets without an object: "Lane and Ode", "the ministers", "The group's ministers".
    if (!/\band\b/.test(lead) && !/\b(?:[Tt]he|[Tt]wo|[Bb]oth|[Ii]ts|[Tt]heir)\s+(?:\p{L}+['’]s\s+)?(?:\p{Ll}+\s+)?\p{Ll}+s\s+(?:\p{Ll}+\s+)?$/u.test(lead)) continue
    if (hypotheticalBefore.test(lead)) continue
    // "The teams meet again in Tolley": a fixture between sides, no meeting.
    if (/\b(?:teams|sides|clubs|rivals|squads|players)\s+(?:\p{Ll}+\s+)?$/u.test(lead)) continue
    const end = start + match[0].length
    const clauseEnd = clauseEndAfter(value, end, sentence.end)
    // "The sides meet again in the cup final": the final is the event.
    if (found.some((other) => other.via === 'noun' && other.start >= end && other.start < clauseEnd)) continue
    const candidate = verbCandidate('meeting', start, end, clauseEnd, sentence, 'meet')
    for (const mention of context.entities.within(clauseStart, start, 'person')) pushParticipant(candidate.participants, toParticipant(mention))
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
}

/**
 * The matches of a verb pattern in the sentence that are neither masked
 * (quoted, markup) nor hypothetical ("could speak by phone"), with the
 * bounds of their clause.
 */
function* factualMatches(
  context: DetectContext,
  regex: Parameters<DetectContext['matchesIn']>[0],
  sentence: Sentence
): Generator<{start: number; end: number; clauseStart: number; clauseEnd: number}> {
  const value = context.text.value
  for (const match of context.matchesIn(regex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const clauseStart = clauseStartBefore(value, sentence.start, start)
    if (hypotheticalBefore.test(value.slice(clauseStart, start))) continue
    yield {start, end, clauseStart, clauseEnd: clauseEndAfter(value, end, sentence.end)}
  }
}

const phoneRegex = withTriggers(
  /\b(?:spoke|speaks|speaking|talked|talks|talking)\s+(?:(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone|by\s+video\s+link)\b/g,
  ['spoke', 'speaks', 'speaking', 'talked', 'talks', 'talking']
)

/**
 * "Lane and Ode spoke by phone", "Lane talked on the phone with Ode": a
 * telephone call, between the persons of the clause. (A noun, "a phone
 * call", is read by `detectNouns`.)
 */
function detectPhoneCall(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, phoneRegex, sentence)) {
    const participants: Participant[] = []
    for (const mention of context.entities.within(clauseStart, start, 'person')) pushParticipant(participants, toParticipant(mention))
    const withWhom = /^\s+(?:\p{Ll}+\s+)?with\s+/u.exec(value.slice(end, clauseEnd))
    if (withWhom) {
      for (const mention of context.entities.within(end + withWhom[0].length, clauseEnd, 'person')) pushParticipant(participants, toParticipant(mention))
    }
    if (participants.length < 2) continue
    const names = participants.map((participant) => participant.name)
    const candidate = verbCandidate('call', start, end, clauseEnd, sentence, 'meet')
    candidate.label = `telephone call between ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
    candidate.participants.push(...participants)
    found.push(candidate)
  }
}

const swornInRegex = withTriggers(/\b(?:was|were|is|are|be|been)\s+sworn\s+in\b/g, ['was', 'were', 'is', 'are', 'be', 'been'])

/** "Lane will be sworn in on Jan. 10", "Lane was sworn in as mayor": the swearing-in of the subject. */
function detectSwornIn(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, swornInRegex, sentence)) {
    // "a swearing-in" already read as a noun in the clause.
    if (found.some((other) => other.cls === 'ceremony' && other.start >= clauseStart && other.start < clauseEnd)) continue
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const candidate = verbCandidate('ceremony', start, end, clauseEnd, sentence, 'meet')
    candidate.label = `swearing-in of ${subject.name}`
    candidate.subject = subject
    candidate.participants.push(subject)
    found.push(candidate)
  }
}

const electedRegex = withTriggers(/\b(?:was|were|is|are|been)\s+(?:re-?)?elected\b(?!\s+(?:officials?|representatives?|members?|leaders?|politicians?|bod(?:y|ies))\b)/g, ['was', 'were', 'is', 'are', 'been'])

/**
 * "Lane was elected mayor of Dunmore on Tuesday": the election that chose the
 * subject, when the clause gives its day (not "was first elected in 2019", a
 * career's fact).
 */
function detectElected(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, electedRegex, sentence)) {
    if (found.some((other) => other.cls === 'election' && other.start >= clauseStart && other.start < clauseEnd)) continue
    if (!dayFollows(dates, end, clauseEnd)) continue
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const candidate = verbCandidate('election', start, end, clauseEnd, sentence, 'meet')
    candidate.label = `election of ${subject.name}`
    candidate.subject = subject
    candidate.participants.push(subject)
    found.push(candidate)
  }
}

const resultVerbs = ['beat', 'beats', 'defeated', 'defeats', 'edged', 'edges', 'thrashed', 'routed', 'hammered', 'crushed', 'downed', 'overcame', 'drew', 'draws', 'lost', 'loses', 'beaten']
const resultRegex = withTriggers(new RegExp(`\\b(?:${resultVerbs.join('|')})\\s+`, 'g'), resultVerbs)
/** A score: "2-1", "27–20" (never a year range such as "2024-25"). */
const scorePattern = /(?<![\d-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d-])/
const voteWords = /\b(?:votes?|voted|voting|ballots?|polls?|elections?|primary|primaries|caucus(?:es)?|referendum|percent|per cent|delegates|seats?|amendment|bill|motion|measure|jury)\b|%/i
/** A team's name: capitalised words, with "of"/"and"/"&" inside ("Ada and Ode Albion"). */
const teamWords = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*`
const teamBefore = new RegExp(`(?:^|[^\\p{L}])(${teamWords})\\s+$`, 'u')
const teamAfter = new RegExp(`^(?:the\\s+)?(${teamWords})`, 'u')
const teamAfterPreposition = new RegExp(`\\b(?:with|to|against|by|at)\\s+(?:the\\s+)?(${teamWords})`, 'u')

/**
 * "Rovers beat Town 2-1", "Town lost 2-0 to Rovers", "Rovers drew 1-1 with
 * Town", "Town were beaten 3-0 by Rovers": a game, named by its two sides.
 * Both sides must be named and a score must follow the verb in its clause.
 */
function detectResult(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(resultRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const clauseEnd = clauseEndAfter(value, end, sentence.end, true)
    const after = value.slice(end, clauseEnd)
    const score = scorePattern.exec(after)
    if (!score || score.index > 60) continue
    const clauseStart = clauseStartBefore(value, sentence.start, start)
    // "beat Ode 52-48 in the vote": a count of votes, not a game.
    if (voteWords.test(value.slice(clauseStart, clauseEnd))) continue
    const verb = match[0].trim()
    const lead = value.slice(clauseStart, start).replace(/\s+(?:were|was|have|has|had)\s+$/, ' ')
    const first = teamBefore.exec(lead)?.[1]
    const direct = verb !== 'drew' && verb !== 'draws' && verb !== 'lost' && verb !== 'loses' && verb !== 'beaten'
    const rest = after.slice(0, Math.max(score.index + score[0].length + 40, 0))
    const second = (direct ? teamAfter.exec(after) : teamAfterPreposition.exec(rest))?.[1]
    if (!first || !second) continue
    const sides = [first, second].map((name) => name.replace(/^The\s+/, ''))
    if (sides.some((name) => /^(?:He|She|They|It|We|I|You|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name))) continue
    if (sides[0] === sides[1]) continue
    const candidate = verbCandidate('game', start, end, clauseEnd, sentence, 'result')
    candidate.type = 'SportsEvent'
    candidate.label = `match between ${sides[0]} and ${sides[1]}`
    for (const name of sides) {
      const at = value.indexOf(name, name === sides[0] ? start - lead.length : end)
      const entity = at >= 0 ? context.entities.within(at, at + name.length, 'person', 'organization')[0] : undefined
      pushParticipant(candidate.participants, entity ? toParticipant(entity) : fallbackParticipant(name))
    }
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
}

const meetGroupRegex = withTriggers(
  /\b(?:met|meet|meets)\s+(?:with\s+)?(?:the\s+|a\s+group\s+of\s+)?((?:\p{L}[\p{Ll}-]*(?:['’]s)?\s+){0,2}(\p{Ll}+s|\p{Lu}{2,4}s|board|committee|cabinet|delegation))\b/gu,
  ['met', 'meet', 'meets']
)
const pressNouns = new Set(['reporters', 'journalists', 'correspondents'])

/** A plural noun for a group of people ("residents", "business leaders", "aides"). */
function isGroupNoun(noun: string | undefined): boolean {
  if (noun === undefined) return false
  const singular = noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun.slice(0, -1)
  return peopleNouns.has(noun) || memberLetters.has(noun) || collectiveNouns.has(noun) || jobNounSet.has(singular) || jobNounSet.has(noun.slice(0, -2))
}
/** Letters for members of a body, in the plural ("met rebel MPs"). */
const memberLetters = new Set(['MPs', 'MEPs', 'MSPs', 'MLAs', 'TDs', 'CEOs'])
/** Singular nouns for a body of people that can be met ("will meet the company's board"). */
const collectiveNouns = new Set(['board', 'committee', 'cabinet', 'delegation'])
/** Plural nouns for groups of people that are no job ("met with residents"). */
const peopleNouns = new Set(['residents', 'rebels', 'backbenchers', 'delegations', 'negotiators', 'families', 'parents', 'students', 'workers', 'farmers', 'investors', 'supporters', 'members', 'protesters', 'victims', 'survivors', 'veterans', 'relatives', 'leaders', 'officials', 'representatives', 'delegates', 'lawmakers', 'legislators', 'donors', 'voters', 'activists', 'employees', 'shareholders', 'creditors'])

/**
 * "Lane met with union leaders on Friday": a meeting with a group named by
 * a plural noun for people. Only with a day or date in the clause, so "met
 * with resistance" and habits ("meets with voters often") are left out.
 */
function detectMeetGroup(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(meetGroupRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const noun = match[2]!
    if (!isGroupNoun(noun)) continue
    // "met Tom Avery’s aides": a capital opens a name, not a group's modifier (a nationality or a place may).
    if (/^\p{Lu}/u.test(match[1]!) && context.entities.within(end, start + match[0].length).length > 0) continue
    // "met with reporters": a briefing, which "told reporters" already reads.
    if (pressNouns.has(noun)) continue
    // "said she would meet the board on Thursday": a plan reported with its day counts, "could meet" does not.
    const lead = value.slice(Math.max(sentence.start, start - 30), start)
    if (hypotheticalBefore.test(lead) && !reportedWouldVerb.test(value.slice(Math.max(sentence.start, start - 60), start))) continue
    const clauseEnd = clauseEndAfter(value, end, sentence.end)
    // A day in the sentence makes it an occasion ("met residents on Monday", "During a visit on Friday, … met …").
    const dated = (date: DateExpression): boolean =>
      date.kind !== 'vague' &&
      date.start < clauseEnd &&
      (date.start >= end || (date.start >= sentence.start && !/\b(?:and|but|while|whereas)\b|;/.test(value.slice(date.end, start))))
    if (!dates.some(dated)) continue
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const candidate = verbCandidate('meeting', start, end, clauseEnd, sentence, 'meet')
    candidate.subject = subject
    candidate.participants.push(subject)
    candidate.label = `meeting of ${subject.name} with ${match[1]!}`
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
}

const bodyNouns = ['board', 'committee', 'cabinet', 'council', 'panel', 'commission', 'governors', 'directors']
const bodyMeetsRegex = withTriggers(
  new RegExp(
    `\\b((?:${bodyNouns.map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|')})(?:\\s+of\\s+(?:the\\s+)?[\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,4}?)?)\\s+(?:(?:is|are)\\s+(?:expected|due|set|scheduled)\\s+to\\s+|will\\s+|(?:next|also)\\s+)?(?:meet|meets|met)\\b`,
    'gu'
  ),
  bodyNouns
)

/**
 * "The Tolley Rates Committee next meets on December 17", "the board of
 * Tolley Rovers met on Monday": a meeting of a body, when the clause gives
 * its day (not "the council meets every month").
 */
function detectBodyMeets(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(bodyMeetsRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const clauseEnd = clauseEndAfter(value, end, sentence.end)
    if (hypotheticalBefore.test(value.slice(clauseStartBefore(value, sentence.start, start), start))) continue
    if (!dates.some((date) => date.start >= end && date.end <= clauseEnd && date.kind !== 'vague')) continue
    // The body's name: the capitalised words before its noun ("Tolley Rates Committee"), or "the board of …".
    const lead = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u.exec(value.slice(Math.max(sentence.start, start - 60), start))![0]
    const body = (lead + match[1]!).replace(/^(?:The|A)\s+/, '')
    const candidate = verbCandidate('meeting', start - lead.length, end, clauseEnd, sentence, 'meet')
    candidate.label = `meeting of the ${body}`
    // "the board will meet on …" already read as a bare meeting by its verb: this one names it.
    for (let at = found.length - 1; at >= 0; at--) {
      const other = found[at]!
      if (other.cls === 'meeting' && other.via === 'meet' && other.start >= start && other.start < end && other.participants.length === 0) found.splice(at, 1)
    }
    for (const mention of context.entities.within(start - lead.length, start + match[1]!.length, 'organization')) pushParticipant(candidate.participants, toParticipant(mention))
    // Not a place in its purpose ("to discuss the proposal from the US tycoon").
    const purpose = /\sto\s+\p{Ll}/u.exec(value.slice(end, clauseEnd))
    candidate.place = placeIn(context, end, purpose ? end + purpose.index : clauseEnd)
    found.push(candidate)
  }
}

/** Whether a day (a weekday, "tomorrow", a calendar date) follows `end` in its clause, at most `reach` characters on. */
function dayFollows(dates: DateExpression[], end: number, clauseEnd: number, reach = Number.POSITIVE_INFINITY): boolean {
  return dates.some(
    (date) => date.start >= end && date.start - end <= reach && date.end <= clauseEnd && (date.kind === 'weekday' || date.kind === 'relative-day' || date.kind === 'calendar')
  )
}

const strikeVerbRegex = withTriggers(
  /\b(?:(?:will|to)\s+(?:strike|walk\s+out)(?!\s+(?:a|an|the|back|down|deals?|gold|oil|it|him|her|them|at|against|out|off|from|of)\b)|(?:go|goes|went|going|gone|are|were|is|was|be|been)\s+on\s+strike)\b/g,
  ['will', 'to', 'go', 'goes', 'went', 'going', 'gone', 'are', 'were', 'is', 'was', 'be', 'been']
)

/**
 * "Teachers will strike on September 22", "nurses went on strike on
 * Tuesday", "drivers are to walk out on Friday": a stoppage of work, when
 * the clause gives its day (not "threatened to strike", "voted to strike"
 * with no day, nor "could strike").
 */
function detectStrikeVerb(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, strikeVerbRegex, sentence)) {
    if (found.some((other) => other.cls === 'protest' && other.start >= clauseStart && other.start < clauseEnd)) continue
    // The day follows the verb ("strike on Monday", "walk out next week"), at most a word or two away.
    if (!dayFollows(dates, end, clauseEnd, 12)) continue
    // "threatened to strike", "voted to strike on Monday": a threat or a ballot, not the stoppage.
    if (/\b(?:threaten(?:s|ed|ing)?|vot(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|decline[sd]?|right|ready|prepared|willing|could|might|may)\s+to\s+$/i.test(value.slice(clauseStart, start + 3))) continue
    const walkout = /walk\s+out/.test(value.slice(start, end))
    const candidate = verbCandidate('protest', start, end, end, sentence, 'meet')
    candidate.label = walkout ? 'walkout' : 'strike'
    candidate.place = placeIn(context, clauseStart, start)
    found.push(candidate)
  }
}

const marchedRegex = withTriggers(/\b(?:marched|rallied|demonstrated|protested)\b/g, ['marched', 'rallied', 'demonstrated', 'protested'])
/** A crowd as a subject ("Thousands of people", "Hundreds of protesters", "Campaigners"). */
const crowdSubject =
  /\b(?:thousands|hundreds|dozens|tens\s+of\s+thousands|crowds|protesters|protestors|demonstrators|campaigners|activists|residents|supporters|workers|students|farmers|teachers|nurses|doctors|people)\b[^,;:]*$/i

/**
 * "Thousands of people marched through Tolley on Saturday", "protesters
 * rallied outside parliament on Monday": a march, a rally or a protest,
 * when a crowd is the subject and the clause gives its day.
 */
function detectMarched(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, marchedRegex, sentence)) {
    if (found.some((other) => other.cls === 'protest' && other.start >= clauseStart && other.start < clauseEnd)) continue
    if (!crowdSubject.test(value.slice(clauseStart, start))) continue
    if (!dayFollows(dates, end, clauseEnd, 40)) continue
    const verb = value.slice(start, end).toLowerCase()
    const candidate = verbCandidate('protest', start, end, end, sentence, 'meet')
    candidate.label = verb === 'marched' ? 'protest march' : verb === 'rallied' ? 'rally' : 'protest'
    candidate.place = placeIn(context, end, clauseEnd)
    found.push(candidate)
  }
}

const courtRegex = withTriggers(
  /\b(?:(?:appear|appears|appeared|appearing)\s+(?:at|before|in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’]*\s+){0,4}(?:Court|Courts)\b|magistrates|court|a\s+judge)|(?:be|been|was|were|is|are)\s+sentenced)/gu,
  ['appear', 'appears', 'appeared', 'appearing', 'be', 'been', 'was', 'were', 'is', 'are']
)

/**
 * "will appear at Tolley Magistrates' Court on Monday", "is due to be
 * sentenced on March 3": a court hearing, when the clause gives its day.
 */
function detectCourt(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const {start, end, clauseStart, clauseEnd} of factualMatches(context, courtRegex, sentence)) {
    if (found.some((other) => (other.cls === 'hearing' || other.cls === 'trial') && other.start >= clauseStart && other.start < clauseEnd)) continue
    if (!dayFollows(dates, end, clauseEnd, 40)) continue
    // "failed to appear", "did not appear": no appearance.
    if (/\b(?:failed|refused|declined|fails|refuses)\s+to\s+$|\b(?:not|never|n['’]t)\s+$/i.test(value.slice(Math.max(clauseStart, start - 20), start))) continue
    const sentencing = /sentenced$/.test(value.slice(start, end))
    const court = /((?:\p{Lu}[\p{L}'’]*\s+){0,4}Courts?)$/u.exec(value.slice(start, end))?.[1]
    const candidate = verbCandidate('hearing', start, end, end, sentence, 'meet')
    candidate.label = sentencing ? 'sentencing hearing' : court ? `court appearance at ${court}` : 'court appearance'
    candidate.participants.push(...[subjectOf(context, sentence, start)].filter((participant) => participant !== undefined && participant.key?.startsWith('person:')) as Participant[])
    found.push(candidate)
  }
}

const interviewedRegex = withTriggers(/\binterviewed\s+(?=\p{Lu})/gu, ['interviewed'])

/** "Tom Avery interviewed Ada Lane": an interview of the person named after the verb, by its subject. */
function detectInterviewed(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(interviewedRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    // "was interviewed", "had interviewed … before": only the simple past, active.
    if (/\b(?:was|were|been|be|being|is|are)\s+$/.test(value.slice(Math.max(sentence.start, start - 12), start))) continue
    const interviewee = context.entities.within(end, Math.min(sentence.end, end + 60), 'person')[0]
    if (!interviewee || interviewee.start !== end) continue
    const interviewer = subjectOf(context, sentence, start)
    const candidate = verbCandidate('interview', start, end, interviewee.end, sentence, 'told')
    candidate.label = 'interview'
    candidate.subject = toParticipant(interviewee)
    candidate.participants.push(candidate.subject)
    if (interviewer && interviewer.id !== candidate.subject.id) {
      candidate.host = interviewer
      pushParticipant(candidate.participants, interviewer)
    }
    found.push(candidate)
  }
  // "Ada Lane was interviewed by Tom Avery".
  for (const match of context.matchesIn(interviewedByRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const interviewee = subjectOf(context, sentence, start)
    if (!interviewee) continue
    const by = context.entities.within(end, Math.min(sentence.end, end + 60))[0]
    const candidate = verbCandidate('interview', start, end, by && by.start === end ? by.end : end, sentence, 'told')
    candidate.label = 'interview'
    candidate.subject = interviewee
    candidate.participants.push(interviewee)
    if (by && by.start === end && by.kind === 'person' && by.key !== interviewee.id) {
      candidate.host = toParticipant(by)
      pushParticipant(candidate.participants, candidate.host)
    }
    found.push(candidate)
  }
}

const interviewedByRegex = withTriggers(/\b(?:was|were)\s+interviewed\s+by\s+(?=\p{Lu})/gu, ['was', 'were'])

const toldRegex = withTriggers(
  /\b(?:told|telling|tells|(?:spoke|speaking|speaks|talking|talked)\s+to|(?:sat|sits|sitting)\s+down\s+with)\s+/g,
  ['told', 'telling', 'tells', 'spoke', 'speaking', 'speaks', 'talking', 'talked', 'sat', 'sits', 'sitting']
)
const briefingObject = /^(?:the\s+)?(?:reporters|journalists|the press|the media|a news conference|a press conference|a briefing|a news briefing)\b/

function detectTold(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(toldRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const rest = value.slice(end, Math.min(sentence.end, end + 100))
    const subject = subjectOf(context, sentence, start)
    const briefing = briefingObject.exec(rest)
    if (briefing) {
      // "told a news conference": the noun is the event; it gets the speaker.
      const noun = found.find((other) => other.via === 'noun' && other.cls === 'press' && other.start >= end && other.start < end + briefing[0].length)
      if (noun) {
        if (subject) {
          noun.subject ??= subject
          pushParticipant(noun.participants, subject)
        }
        continue
      }
      // "told reporters at an evening briefing": that noun is this briefing.
      const atNoun = /^\s+(?:at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u
      const named = found.find(
        (other) => other.via === 'noun' && other.cls === 'press' && other.start > end && atNoun.test(value.slice(end + briefing[0].length, other.start))
      )
      if (named) {
        if (subject) {
          named.subject ??= subject
          pushParticipant(named.participants, subject)
        }
        continue
      }
      const candidate = verbCandidate('press', start, end, end + briefing[0].length, sentence, 'told')
      candidate.label = 'briefing to reporters'
      candidate.subject = subject
      if (subject) candidate.participants.push(subject)
      // "told reporters in Tolley": a place the text knows.
      const objectEnd = end + briefing[0].length
      const at = /^\s+(?:in|at)\s+(?=\p{Lu})/u.exec(value.slice(objectEnd, sentence.end))
      const place = at ? context.entities.within(objectEnd + at[0].length, sentence.end, 'place')[0] : undefined
      if (at && place && place.start === objectEnd + at[0].length) candidate.place = {text: value.slice(place.start, place.end), key: place.key}
      found.push(candidate)
      continue
    }
    const outlet = outletAt(context, end, sentence.end)
    if (!outlet) continue
    // "told Tom Avery of NBC in an interview": that noun is this interview.
    const noun = found.findIndex(
      (other) => other.via === 'noun' && other.cls === 'interview' && other.start > outlet.end && !/[,;:]/.test(value.slice(outlet.end, other.start)) && other.start - outlet.end < 30
    )
    const nounEnd = noun >= 0 ? found[noun]!.end : outlet.end
    if (noun >= 0) found.splice(noun, 1)
    const candidate = verbCandidate('interview', start, end, nounEnd, sentence, 'told')
    candidate.outlet = outlet.outlet
    candidate.label = 'interview'
    candidate.subject = subject
    if (subject) candidate.participants.push(subject)
    if (outlet.host) {
      candidate.host = outlet.host
      pushParticipant(candidate.participants, outlet.host)
    }
    found.push(candidate)
  }
}

const programmeVerb = withTriggers(
  /\b(?:said|says|speaking|spoke|speaks|appeared|appearing|appears|asked|interviewed|comments?|remarks|admitted|argued|insisted|claimed|stressed)\b/gi,
  'said says speaking spoke speaks appeared appearing appears asked interviewed comment comments remarks admitted argued insisted claimed stressed'.split(' ')
)

function detectProgrammes(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(programmeVerb, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    // "on <programme>" later in the same clause.
    const clauseEnd = clauseEndAfter(value, end, sentence.end, true)
    const window = value.slice(end, clauseEnd)
    const on = /\bon\s+(?=[\p{Lu}“"])/u.exec(window)
    if (!on || on.index > 70) continue
    // "during interviews on …": the noun has it.
    if (/\b(?:interviews?|appearances?)\b/i.test(window.slice(0, on.index))) continue
    const programmes = programmesAfter(context, end + on.index, sentence.end)
    if (programmes.length === 0) continue
    const subject = subjectOf(context, sentence, start)
    for (const outlet of programmes) {
      const candidate = verbCandidate('interview', start, end, end + on.index + on[0].length + outlet.text.length, sentence, 'programme')
      candidate.outlet = outlet
      candidate.label = 'interview'
      candidate.subject = subject
      if (subject) candidate.participants.push(subject)
      found.push(candidate)
    }
  }
}

const remarksRegex = withTriggers(/\b(?:said|spoke|speaking|told\s+(?:supporters|the crowd|a crowd|voters))\s+/g, [
  'said',
  'spoke',
  'speaking',
  'told'
])

/** "X said Monday in Tolley": remarks at a place on a day. */
function detectRemarks(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(remarksRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const date = dates.find((d) => d.start === end && (d.kind === 'weekday' || d.kind === 'relative-day'))
    if (!date) continue
    const place = /^\s+(?:in|at)\s+((?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u.exec(value.slice(date.end, sentence.end))
    if (!place) continue
    const placeStart = date.end + place[0].indexOf(place[1]!)
    const placeEnd = placeStart + place[1]!.length
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const candidate = verbCandidate('rally', start, end, placeEnd, sentence, 'remarks')
    candidate.label = 'remarks'
    candidate.subject = subject
    candidate.participants.push(subject)
    candidate.date = date
    const entity = context.entities.within(placeStart, placeEnd, 'place')[0]
    candidate.place = {text: place[1]!.replace(/^the\s+/, ''), key: entity?.key}
    found.push(candidate)
  }
}

const hostedRegex = withTriggers(/\b(?:hosted|presented)\b(?!\s+by)/g, ['hosted', 'presented'])

/** "Jan. 7, 2012, when Ada Lane hosted": an occasion a person hosted, on a day the text gives. */
function detectHosted(context: DetectContext, sentence: Sentence, dates: DateExpression[], found: Candidate[]): void {
  const value = context.text.value
  for (const match of context.matchesIn(hostedRegex, sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (context.masked(start)) continue
    const date = dates.find((d) => d.kind === 'calendar' && d.end <= start && start - d.end < 90)
    if (!date) continue
    const subject = subjectOf(context, sentence, start)
    if (!subject) continue
    const candidate = verbCandidate('hosting', start, end, end, sentence, 'hosted')
    candidate.label = 'show hosted'
    candidate.subject = subject
    candidate.participants.push(subject)
    candidate.date = date
    found.push(candidate)
  }
}

const stormRegex = withTriggers(/\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm)\s+\p{Lu}\p{Ll}+\b(?!\s+\p{Lu})/gu, [
  'hurricane',
  'typhoon',
  'cyclone',
  'storm',
  'tropical'
])

/**
 * "Hurricane Delia", "Storm Brenna": a named storm is a disaster, one event
 * per name. It lasts days, so no date mentioned near it is its own.
 */
function detectNamedStorm(context: DetectContext, sentence: Sentence, found: Candidate[]): void {
  for (const match of context.matchesIn(stormRegex, sentence)) {
    const end = match.index + match[0].length
    // "actress Storm Avery": a person the people stage found.
    if (context.masked(match.index) || context.entities.within(match.index, end, 'person').length > 0) continue
    const candidate = verbCandidate('disaster', match.index, end, end, sentence, 'named')
    candidate.label = match[0].replace(/\s+/g, ' ')
    candidate.definite = true
    found.push(candidate)
  }
}

function verbCandidate(cls: EventClass, start: number, end: number, phraseEnd: number, sentence: Sentence, via: Candidate['via']): Candidate {
  return {
    cls,
    type: 'Event',
    start,
    end,
    phraseStart: start,
    phraseEnd,
    label: cls,
    via,
    definite: false,
    corefOnly: false,
    same: false,
    sentence,
    participants: [],
    datePossessive: false
  }
}

// ---------------------------------------------------------------------------
// Outlets and programmes

const acronym = /^\p{Lu}{2,6}\d?$/u

/** A Title Case run starting at `from` (words, “of the” inside, possessive ’s kept separate). */
function titleRun(value: string, from: number, to: number): {start: number; end: number} | undefined {
  const pattern =
    /^(?:\p{Lu}(?:[\p{L}\d.&-]|['’](?!s\b))*|\d+)(?:\s+(?:(?:of|the|de|du|von|van|der|for)\s+)*(?:\p{Lu}(?:[\p{L}\d.&-]|['’](?!s\b))*|\d+))*/u
  const match = pattern.exec(value.slice(from, to))
  if (!match) return undefined
  let text = match[0]
  // Drop a trailing possessive; it belongs to the next phrase.
  text = text.replace(/['’]s$/, '')
  // A period that ends the sentence, not an abbreviation ("Columbus.", but "D.C.").
  if (text.endsWith('.') && !isAbbreviation(value, from, from + text.length - 1)) text = text.slice(0, -1)
  return {start: from, end: from + text.length}
}

/** The outlet after "told": "NBC’s Tom Avery", "the BBC", "BBC Radio 4’s Today programme", "radio host Ada Lane". */
function outletAt(
  context: DetectContext,
  from: number,
  to: number
): {outlet: Outlet; host?: Participant | undefined; end: number} | undefined {
  const value = context.text.value
  let cursor = from
  const determiner = /^the\s+/.exec(value.slice(cursor, to))
  if (determiner) cursor += determiner[0].length
  // "radio host Ada Lane"
  const hostPhrase = /^((?:[a-z-]+\s+){0,3}(?:host|anchor|interviewer|presenter|correspondent|journalist|reporter|columnist|broadcaster))\s+(?=\p{Lu})/u.exec(
    value.slice(cursor, to)
  )
  if (hostPhrase) {
    const nameStart = cursor + hostPhrase[0].length
    const run = titleRun(value, nameStart, to)
    if (!run) return undefined
    const host = participantAt(context, run.start, run.end)
    const medium = /\b(radio|television|tv|podcast)\b/i.exec(hostPhrase[1]!)?.[1]?.toLowerCase() ?? 'host'
    return {
      outlet: {text: value.slice(cursor, run.end), id: `host:${host?.id ?? medium}`, organization: false},
      host,
      end: run.end
    }
  }
  const run = titleRun(value, cursor, to)
  if (!run) return undefined
  const name = value.slice(run.start, run.end)
  const entity = context.entities.within(run.start, run.end, 'organization')[0]
  const isMedia = acronym.test(name.split(/\s+/)[0]!) || mediaWord.test(name)
  // "Tom Avery of NBC": a journalist, then the outlet.
  const of = /^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?(?=\p{Lu})/u.exec(name)
  const person = of ? context.entities.within(run.start, run.start + of[1]!.length, 'person')[0] : undefined
  if (of && person) {
    const mediaStart = run.start + of[0].length
    const mediaName = value.slice(mediaStart, run.end)
    if (acronym.test(mediaName.split(/\s+/)[0]!) || mediaWord.test(mediaName)) {
      const entity = context.entities.within(mediaStart, run.end, 'organization')[0]
      const organization = acronym.test(mediaName.split(/\s+/)[0]!) || /\bNews\b/.test(mediaName)
      return {outlet: {text: mediaName, id: outletId(mediaName, entity), organization}, host: toParticipant(person), end: run.end}
    }
  }
  if (!isMedia) {
    // A person named after a programme: "Morning Desk host Ada Lane" is handled below.
    const programmeHost = /^\s+(?:host|anchor|presenter)\s+(?=\p{Lu})/u.exec(value.slice(run.end, to))
    if (!programmeHost) return undefined
  }
  let end = run.end
  let host: Participant | undefined
  let text = name
  const after = value.slice(run.end, to)
  const possessive = /^['’]s\s+/.exec(after)
  const hostAfter = /^\s+(?:host|anchor|presenter|correspondent)\s+(?=\p{Lu})/u.exec(after)
  if (possessive) {
    const next = titleRun(value, run.end + possessive[0].length, to)
    if (next) {
      const nextText = value.slice(next.start, next.end)
      const person = context.entities.within(next.start, next.end, 'person')[0]
      if (person || /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(nextText)) {
        host = person ? toParticipant(person) : fallbackParticipant(nextText)
      } else {
        text = `${name}’s ${nextText}`
      }
      end = next.end
    }
  } else if (hostAfter) {
    const next = titleRun(value, run.end + hostAfter[0].length, to)
    if (next) {
      const person = context.entities.within(next.start, next.end, 'person')[0]
      host = person ? toParticipant(person) : fallbackParticipant(value.slice(next.start, next.end))
      end = next.end
    }
  }
  const weekday = findDateExpressions(value, run.start, run.end).find((d) => d.kind === 'weekday')
  // A network named as such (an acronym, "… News"), not merely a programme the people stage listed.
  const organization = acronym.test(name.split(/\s+/)[0]!) || /\bNews\b/.test(name)
  return {outlet: {text, id: outletId(name, entity), organization, weekday}, host, end}
}

/** Programme names after "on": `“Week in View,”`, `Radio Tolley’s Week Ahead and Marsh News Sunday`. */
function programmesAfter(context: DetectContext, from: number, to: number): Outlet[] {
  const value = context.text.value
  const on = /^\s*on\s+/.exec(value.slice(from, to))
  if (!on) return []
  let cursor = from + on[0].length
  const outlets: Outlet[] = []
  for (let count = 0; count < 3; count++) {
    const outlet = programmeAt(context, cursor, to)
    if (!outlet) break
    outlets.push(outlet.outlet)
    const and = /^[,”"]*\s+(?:and|&)\s+(?:on\s+)?/.exec(value.slice(outlet.end, to))
    if (!and) break
    cursor = outlet.end + and[0].length
  }
  return outlets
}

function programmeAt(context: DetectContext, from: number, to: number): {outlet: Outlet; end: number} | undefined {
  const value = context.text.value
  let cursor = from
  let owner: string | undefined
  let ownerEntity: IndexedMention | undefined
  // "Marsh TV’s “Week in View”", "Radio Tolley’s Week Ahead".
  const ownerRun = titleRun(value, cursor, to)
  if (ownerRun && /^['’]s\s+/.test(value.slice(ownerRun.end, to))) {
    owner = value.slice(ownerRun.start, ownerRun.end)
    ownerEntity = context.entities.within(ownerRun.start, ownerRun.end, 'organization')[0]
    cursor = ownerRun.end + /^['’]s\s+/.exec(value.slice(ownerRun.end, to))![0].length
  }
  let title: string | undefined
  let end = cursor
  let quoted = false
  const quote = /^[“"]([^”"]{1,60}?)[,.]?[”"]/.exec(value.slice(cursor, to))
  if (quote) {
    title = quote[1]!
    end = cursor + quote[0].length
    quoted = true
  } else {
    const run = titleRun(value, cursor, to)
    if (run) {
      title = value.slice(run.start, run.end)
      end = run.end
    }
  }
  if (!title) return undefined
  // A bare weekday or month is a date, not a programme.
  if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:morning|night))?$/.test(title)) {
    return undefined
  }
  const entity = ownerEntity ?? context.entities.within(from, end, 'organization')[0]
  const titleEntity = context.entities.within(from, end, 'person', 'place')[0]
  if (!quoted && !owner && !mediaWord.test(title) && !acronym.test(title.split(/\s+/)[0]!)) return undefined
  if (!quoted && !owner && titleEntity && !entity) return undefined
  const text = owner ? `${owner}’s ${title}` : title
  const weekday = findDateExpressions(value, from, end).find((d) => d.kind === 'weekday')
  const organizationName = owner ?? (entity ? entity.name : /^(\p{Lu}{2,6}|\p{Lu}\p{L}+ News)\b/u.exec(title)?.[1])
  return {
    outlet: {
      text,
      id: organizationName ? outletId(organizationName, entity) : `programme:${title.toLowerCase()}`,
      organization: owner !== undefined || /^(?:\p{Lu}{2,6}|\p{Lu}\p{L}+ News)\b/u.test(title),
      weekday
    },
    end
  }
}

function outletId(name: string, entity: IndexedMention | undefined): string {
  if (entity) return entity.key
  const first = /^(\p{Lu}{2,6})\b/u.exec(name)?.[1] ?? /^(\p{Lu}\p{L}+ News)\b/u.exec(name)?.[1] ?? name
  return `outlet:${first.toLowerCase().replace(/\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/, '')}`
}

// ---------------------------------------------------------------------------
// Participants and places

function toParticipant(mention: IndexedMention): Participant {
  return {id: mention.key, key: mention.key, name: mention.name}
}

function fallbackParticipant(name: string): Participant {
  const clean =
    name
      .replace(/['’]s$/, '')
      .replace(/(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))+$/, '')
      .trim() || name
  const last = clean.split(/\s+/).at(-1) ?? clean
  return {id: `name:${last.toLowerCase()}`, name: clean}
}

function pushParticipant(list: Participant[], participant: Participant | undefined): void {
  if (participant && !list.some((p) => p.id === participant.id)) list.push(participant)
}

/** The participant named at `start`–`end`: an entity if the people stage knows one, else the words. */
function participantAt(context: DetectContext, start: number, end: number): Participant | undefined {
  const entity = context.entities.within(start, end, 'person', 'organization')[0] ?? context.entities.at(start)
  if (entity && entity.kind !== 'place') return toParticipant(entity)
  const text = context.text.value.slice(start, end).replace(/['’]s$/, '')
  if (!/^\p{Lu}/u.test(text) || /^(?:The|A|An|This|That)\b/.test(text)) return undefined
  return fallbackParticipant(stripTitles(text))
}

const titleWords =
  /^(?:(?:President|Vice|Prime|Minister|Secretary|of|State|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Lord|Lady|CEO|Chief|Executive|Chancellor|General|Gen\.|Judge|Justice|Coach|Commissioner|Ambassador|Envoy|Director|Chairman|Chair|Speaker|Leader|King|Queen|Prince|Princess|Pope|Cardinal|Bishop|Archbishop|former|Former)\s+)+/u

function stripTitles(text: string): string {
  return text.replace(titleWords, '').trim() || text
}

/** Persons and organisations in a span become participants of the candidate. */
function addParticipants(context: DetectContext, candidate: Candidate, from: number, to: number): void {
  if (candidate.subject) pushParticipant(candidate.participants, candidate.subject)
  for (const mention of context.entities.within(from, to, 'person', 'organization')) {
    if (mention.kind === 'organization' && candidate.cls !== 'game') continue
    pushParticipant(candidate.participants, toParticipant(mention))
  }
}

/** A place named after "in", "at" or "from" inside `from`–`to`. */
/** A month or weekday alone ("in March"), which names no place. */
const monthOrWeekday = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

function placeIn(context: DetectContext, from: number, to: number): Place | undefined {
  const value = context.text.value
  const slice = value.slice(from, to)
  const pattern = /\b(?:in|at|from|outside|inside)\s+(?:the\s+)?(?=\p{Lu})/gu
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const start = from + match.index + match[0].length
    const preposition = match[0].startsWith('at') ? 'at' : match[0].startsWith('in') ? 'in' : undefined
    const entity = context.entities.within(start, to, 'place')[0]
    if (entity && entity.start === start) {
      return {text: value.slice(entity.start, entity.end), key: entity.key, preposition}
    }
    const run = titleRun(value, start, to)
    if (!run) continue
    const text = value.slice(run.start, run.end)
    if (findDateExpressions(text).length > 0 || monthOrWeekday.test(text)) continue
    const other = context.entities.within(run.start, run.end, 'person', 'organization')[0]
    if (other?.kind === 'person') continue
    // An organisation's seat ("at the White House") places the event by name only, the name as a whole
    // ("at St Mary's Church", not "St Mary").
    if (other && !/^(?:at|in)\s/.test(match[0])) continue
    const body = /^(?:at|in)\s/.test(match[0]) ? context.entities.within(start, to, 'organization')[0] : undefined
    if (body && body.start === start) return {text: value.slice(body.start, body.end), preposition}
    return {text, preposition}
  }
  return undefined
}

/** A Title Case name run right after `from` (used when the people stage gave nothing). */
function nameRun(value: string, from: number, to: number): Participant | undefined {
  const run = titleRun(value, from, to)
  if (!run) return undefined
  return fallbackParticipant(stripTitles(value.slice(run.start, run.end)))
}

const pronoun = /\b(?:he|she|He|She)\s+$/

/**
 * The subject of the verb at `verb`: the last person (or organisation) named
 * before it in the clause, a pronoun resolved to the last person named
 * before, or the first person named after the clause ("When asked …, Lane said").
 */
export function subjectOf(context: DetectContext, sentence: Sentence, verb: number): Participant | undefined {
  const value = context.text.value
  const clauseStart = clauseStartBefore(value, sentence.start, verb)
  if (/^\s*who\b/.test(value.slice(clauseStart, verb))) {
    const antecedent = context.entities.lastBefore(clauseStart, sentence.start, 'person', 'organization')
    if (antecedent) return toParticipant(antecedent)
  }
  // "The mayor’s envoy, Ada Lane, claimed": the apposition before the comma.
  if (value.slice(clauseStart, verb).trim() === '' && clauseStart > sentence.start) {
    const apposition = context.entities.lastBefore(verb, sentence.start, 'person', 'organization')
    // "Ada Lane, chief executive of Tolley Trust, told": the person the apposition describes, not its organisation.
    if (apposition && apposition.kind === 'organization') {
      const described = context.entities.lastBefore(apposition.start, sentence.start, 'person')
      if (described && !context.masked(described.start) && /^,[^,;:]*,\s*$/.test(value.slice(described.end, verb))) return toParticipant(described)
    }
    if (apposition && !context.masked(apposition.start)) return toParticipant(apposition)
  }
  const before = context.entities.within(clauseStart, verb, 'person', 'organization').at(-1)
  if (before && !context.masked(before.start)) return toParticipant(before)
  const lead = value.slice(clauseStart, verb)
  if (pronoun.test(lead) || /\b(?:he|she)\s+(?:\w+\s+){0,2}$/i.test(lead)) {
    // The attribution of a quotation: the speaker the quotations stage found, or no one.
    const speaker = context.attributedAt?.(verb)
    if (speaker !== undefined) {
      const mention = speaker === null ? undefined : context.entities.lastWithKey(speaker, verb)
      return mention ? toParticipant(mention) : undefined
    }
    const antecedent = context.entities.lastBefore(verb, Math.max(0, sentence.start - 1500), 'person')
    if (antecedent) return toParticipant(antecedent)
    return undefined
  }
  // Fallback without the people stage: a Title Case run right before the verb.
  const fallback = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:(?:also|then|later|again)\s+)?$/u.exec(lead)
  if (fallback && context.entities.mentions.length === 0) {
    const text = fallback[1]!.replace(/['’]s$/, '')
    if (!/^(?:The|A|An|This|That|It|In|At|On|When|After|Before)$/.test(text)) return fallbackParticipant(stripTitles(text))
  }
  const after = context.entities.within(verb, sentence.end, 'person')[0]
  if (after && !lead.trim() && !context.masked(after.start)) return toParticipant(after)
  if (after && /,\s*$/.test(value.slice(sentence.start, after.start).replace(/\s*\p{Lu}[\p{L}.]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.]*)*\s*$/u, ''))) {
    return toParticipant(after)
  }
  return undefined
}

/** "In an interview with …, Lane said": the first person named after the comma that ends the opening phrase. */
function mainClauseSubject(context: DetectContext, sentence: Sentence, from: number): Participant | undefined {
  const comma = context.text.value.indexOf(',', from)
  if (comma < 0 || comma >= sentence.end) return undefined
  const person = context.entities.within(comma, sentence.end, 'person')[0]
  return person && !context.masked(person.start) ? toParticipant(person) : undefined
}

/** The clause (between commas, semicolons, colons, dashes) holding `from`–`to`. */
function clauseBounds(value: string, floor: number, ceiling: number, from: number, to: number): [number, number] {
  let start = from
  while (start > floor && !isClauseMarkCode(value.charCodeAt(start - 1), 0x28 /* ( */)) start--
  let end = to
  while (end < ceiling && !isClauseMarkCode(value.charCodeAt(end), 0x29 /* ) */)) end++
  return [start, end]
}

/** `[,;:—“”"]` or `bracket`. */
function isClauseMarkCode(code: number, bracket: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2014 || code === 0x201c || code === 0x201d || code === 0x22 || code === bracket
}

/** `[\s“”"‘]`. */
function isSpaceOrQuoteCode(code: number): boolean {
  return code === 0x201c || code === 0x201d || code === 0x22 || code === 0x2018 || isSpaceCode(code)
}

/** `[\p{L}\p{N}’'.&-]` (a character of a word before an event noun). */
function isModifierCode(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0x2e || code === 0x26 || code === 0x2d || isLetterOrNumberCode(code)
}

function clauseStartBefore(value: string, floor: number, at: number): number {
  for (let index = at - 1; index > floor; index--) {
    const char = value[index]!
    if (char === ';' || char === ':' || char === '—' || char === '(' || char === '“' || char === '”') return index + 1
    if (char === ',' && !/^\s*(?:\p{Lu}|and\b)/u.test(value.slice(index + 1, index + 4))) return index + 1
  }
  return floor
}

function clauseEndAfter(value: string, from: number, to: number, keepCommas = false): number {
  for (let index = from; index < to; index++) {
    const char = value[index]!
    if (char === ';' || char === ':' || char === '—' || char === '(') return index
    if (!keepCommas && char === ',') return index
    if (char === '.' && /\s/.test(value[index + 1] ?? ' ') && !/\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|U\.S)$/u.test(value.slice(from, index))) return index
  }
  return to
}
