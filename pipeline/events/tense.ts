/**
 * The tense of the clause around a date expression, from cheap lexical
 * markers: the marker nearest to the expression inside its clause (commas,
 * semicolons, colons and dashes bound a clause) decides; when the clause has
 * none, the nearest in the whole sentence (short of a clause reported after
 * the expression with "that"); when the sentence has none, the tense cannot
 * be told.
 *
 * Future markers: will, ’ll, shall, won’t, would, set/scheduled/due/expected/
 * slated/poised/going to, set/scheduled/slated/planned for, plan(s) to,
 * upcoming, to be held, is/are to ("is to visit"), ahead of, and the present
 * of a schedule (begins, opens, takes place, go to the polls, faces, meets,
 * hosts, plays), and "remanded/bailed … to appear".
 * Past markers: was, were, had, did, irregular past forms (met, said, told,
 * spoke …), the perfect ("has taken", "have given") and regular “-ed” forms, but not a participle after "be" ("will be
 * held") or an adjective after a determiner ("the affected states").
 */
import type {Tense} from './resolve-date.js'

const future =
  /\b(?:will|shall|won['’]t|would|wo?uldn['’]t|upcoming|(?:set|scheduled|due|expected|slated|poised|going|about)\s+to|(?<!\b(?:was|were|been)\s+)(?:set|scheduled|slated|planned)\s+for|plans?\s+to|planning\s+to|plans?\s+(?:a|an)|to\s+be\s+held|(?:is|are)\s+to|ahead\s+of|(?:begins?|starts?|opens|reopens|resumes?|returns|kicks?\s+off|takes?\s+place|go(?:es)?\s+to\s+the\s+polls|faces|meets|hosts|plays)|(?:remanded|bailed|summonsed|summoned|released|ordered)\s+(?:[a-z]+\s+){0,3}to\s+appear)\b|['’]ll\b/gi

const irregularPast = [
  'was', 'were', 'had', 'did', 'met', 'said', 'told', 'spoke', 'came', 'went', 'gave', 'took', 'made',
  'held', 'won', 'lost', 'began', 'saw', 'got', 'left', 'led', 'ran', 'sat', 'stood', 'thought', 'knew',
  'found', 'brought', 'bought', 'fought', 'sought', 'taught', 'caught', 'felt', 'kept', 'meant', 'sent',
  'spent', 'built', 'wrote', 'rode', 'drove', 'rose', 'fell', 'broke', 'chose', 'froze', 'stole', 'wore',
  'tore', 'swore', 'threw', 'grew', 'drew', 'flew', 'blew', 'knew', 'shook', 'forgot', 'hit', 'struck',
  'became', 'overcame', 'withdrew', 'undertook', 'beat', 'paid', 'laid', 'sold', 'heard', 'shot', 'fled',
  'read', 'upheld', 'unveiled', 'began', 'sang', 'rang', 'swam', 'dealt', 'lit', 'quit', 'split', 'spread',
  'sprang', 'stuck', 'swung', 'slid', 'bid', 'shut', 'put', 'set', 'let', 'cut', 'hurt', 'cost', 'bet'
]

/** The perfect with a participle not spelled like the past ("has taken", "have given"): the past. */
const perfect =
  /\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:(?:just|already|now|also|finally|recently|officially|reportedly)\s+)?(?:taken|given|seen|done|been|gone|written|spoken|chosen|driven|broken|fallen|risen|shown|known|grown|drawn|thrown|flown|begun|beaten|eaten|forgotten|frozen|stolen|worn|torn|sworn|hidden|ridden|sung|rung|undertaken|overtaken|withdrawn|mistaken|shaken|woken|become|come|overcome|run)\b/gi

/** Present forms ending in -ed, and adjectives, that do not mark the past. */
const notPast = new Set([
  'need', 'needed', 'feed', 'seed', 'breed', 'bleed', 'speed', 'heed', 'weed', 'proceed', 'exceed', 'succeed',
  'shed', 'wed', 'bed', 'red', 'bred', 'indeed', 'embed', 'naked', 'wicked', 'sacred', 'hundred',
  'kindred', 'rugged', 'ragged', 'beloved', 'learned', 'aged', 'crooked', 'wretched', 'biased', 'based',
  'so-called', 'supposed', 'concerned', 'interested', 'related', 'united', 'limited', 'detailed', 'advanced',
  'expected', 'scheduled', 'anticipated', 'televised', 'unprecedented', 'increased', 'proposed', 'planned'
])

const pastWord = new RegExp(`\\b(?:${irregularPast.join('|')})\\b|\\b[a-z][a-z-]*ed\\b`, 'g')

/** Punctuation that bounds a clause, and "that" opening a reported one ("said … that she would"). */
const clauseBreak = /[,;:—–()]|\s-\s|\bthat\b/g

/**
 * The tense of the clause that holds `value.slice(at, atEnd)`, looking no
 * further than `sentenceStart`–`sentenceEnd`. Parts of the sentence inside
 * quotation marks are not read (`masked` says which offsets are quoted).
 */
export function tenseAt(
  value: string,
  sentenceStart: number,
  sentenceEnd: number,
  at: number,
  atEnd: number,
  masked?: (offset: number) => boolean
): Tense | undefined {
  const [clauseStart, clauseEnd] = clauseAround(value, sentenceStart, sentenceEnd, at, atEnd)
  // A clause reported after the expression ("telling the BBC on Monday that
  // it would …") has its own tense: the sentence is read up to it.
  const reported = /\bthat\b/.exec(value.slice(atEnd, sentenceEnd))
  const own = nearestMarker(value, clauseStart, clauseEnd, at, atEnd, masked)
  // "Before the Nov. 5 election, Lane campaigned": the main clause's past says nothing of what came after it.
  if (own === undefined && /^\s*(?:[Bb]efore|[Uu]ntil|[Tt]ill|[Pp]rior\s+to)\b/.test(value.slice(clauseStart, at))) return undefined
  const tense = own ?? nearestMarker(value, sentenceStart, reported ? atEnd + reported.index : sentenceEnd, at, atEnd, masked)
  // "called an election for May 24", "moved the vote for Friday", "adjourned the
  // inquest until January 20": a day fixed in the past for later, before or after
  // publication. Not "for Tuesday's attack".
  // So is "set a trial date of March 9".
  if (tense === 'past' && /\b(?:for|until|till|date\s+of|(?:moved|postponed|delayed|rescheduled|back|forward)\s+to)\s+$/i.test(value.slice(Math.max(sentenceStart, at - 16), at)) && !/['’]s$/.test(value.slice(at, atEnd))) return undefined
  return tense
}

function clauseAround(value: string, from: number, to: number, at: number, atEnd: number): [number, number] {
  let start = from
  let end = to
  const slice = value.slice(from, to)
  clauseBreak.lastIndex = 0
  for (let match = clauseBreak.exec(slice); match; match = clauseBreak.exec(slice)) {
    const offset = from + match.index
    if (offset < at) start = offset + match[0].length
    else if (offset >= atEnd) {
      end = offset
      break
    }
  }
  return [start, end]
}

function nearestMarker(
  value: string,
  from: number,
  to: number,
  at: number,
  atEnd: number,
  masked: ((offset: number) => boolean) | undefined
): Tense | undefined {
  let best: {tense: Tense; distance: number} | undefined
  const consider = (tense: Tense, start: number, end: number): void => {
    if (end > at && start < atEnd) return
    if (masked?.(start)) return
    const distance = start >= atEnd ? start - atEnd : at - end
    if (!best || distance < best.distance) best = {tense, distance}
  }
  const slice = value.slice(from, to)
  future.lastIndex = 0
  for (let match = future.exec(slice); match; match = future.exec(slice)) {
    consider('future', from + match.index, from + match.index + match[0].length)
  }
  perfect.lastIndex = 0
  for (let match = perfect.exec(slice); match; match = perfect.exec(slice)) {
    consider('past', from + match.index, from + match.index + match[0].length)
  }
  pastWord.lastIndex = 0
  for (let match = pastWord.exec(slice); match; match = pastWord.exec(slice)) {
    const word = match[0].toLowerCase()
    if (notPast.has(word)) continue
    // "set to", "set for" are future markers, not the past of "set".
    if (word === 'set' && /^\s+(?:to|for)\b/.test(slice.slice(match.index + 3))) continue
    // "was scheduled for": a plan made in the past, for a day before or after.
    if ((word === 'was' || word === 'were') && /^\s+(?:set|scheduled|slated|planned)\s+for\b/.test(slice.slice(match.index + word.length))) continue
    if (/^(?:set|scheduled|slated|planned)$/.test(word) && /^\s+for\b/.test(slice.slice(match.index + word.length))) continue
    // "would set out", "to put": a base form after a modal or "to" ("set", "put", "read" are both).
    if (!word.endsWith('ed') && /\b(?:will|would|shall|should|can|could|may|might|must|to)\s+$/i.test(slice.slice(Math.max(0, match.index - 8), match.index))) continue
    // "will be held", "is being televised": a participle after "be" takes its tense from the auxiliary.
    if (/\b(?:be|being)\s+$/i.test(slice.slice(Math.max(0, match.index - 7), match.index))) continue
    // "the affected states", "an elected official": an adjective after a determiner.
    if (word.endsWith('ed') && /\b(?:the|a|an|this|these|those|its|their|his|her|our)\s+$/i.test(slice.slice(Math.max(0, match.index - 8), match.index))) continue
    consider('past', from + match.index, from + match.index + match[0].length)
  }
  return best?.tense
}
