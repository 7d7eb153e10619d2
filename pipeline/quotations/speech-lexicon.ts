/**
 * General English word lists for quote attribution: speech and evaluation
 * verbs with their inflected forms, pronouns, determiners of unnamed
 * speakers, words that make a description name an organisation, and the
 * nouns that show quote marks wrap a name or a title rather than words.
 */

/** Verbs that report speech or writing: a subject of one of these is a speaker. */
const speechLemmas = [
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'ask', 'answer', 'reply', 'respond', 'explain', 'note',
  'stress', 'insist', 'claim', 'warn', 'argue', 'declare', 'announce', 'acknowledge', 'admit', 'concede',
  'suggest', 'urge', 'boast', 'shout', 'state', 'continue', 'conclude', 'recall', 'joke', 'quip', 'complain',
  'counter', 'retort', 'testify', 'confirm', 'deny', 'predict', 'remark', 'comment', 'observe', 'mention',
  'emphasise', 'emphasize', 'caution', 'promise', 'vow', 'pledge', 'repeat', 'recount', 'exclaim', 'muse',
  'lament', 'agree', 'describe', 'call', 'demand', 'plead', 'read', 'proclaim', 'reveal', 'report',
  'allege', 'assert', 'contend', 'maintain', 'chime', 'interject', 'recite', 'mutter', 'whisper', 'scream',
  'yell', 'cry', 'sing', 'chant', 'tout', 'gush', 'scoff', 'sneer', 'snap', 'concur', 'elaborate', 'point',
  'begin', 'open', 'acknowledge', 'brag', 'guarantee', 'assure', 'reassure', 'advise', 'predict', 'estimate',
  'forecast', 'reiterate', 'underline', 'underscore', 'highlight', 'hint', 'signal', 'accept', 'tease',
  'blog', 'text', 'email', 'message', 'telephone', 'phone', 'dismiss', 'describe', 'label', 'brand', 'dub',
  'term', 'hail', 'praise', 'criticise', 'criticize', 'condemn', 'attack', 'accuse', 'blast', 'slam',
  'welcome', 'applaud', 'congratulate', 'introduce', 'rail', 'warn', 'urge', 'decry', 'denounce', 'mock',
  'ridicule', 'challenge', 'insist', 'threaten', 'instruct', 'encourage', 'implore',
  'beg', 'remind', 'rule', 'inform', 'notify', 'caution', 'berate', 'scold', 'rebuke', 'thank',
  'apologise', 'apologize', 'express', 'hope', 'believe', 'think', 'feel', 'view', 'see', 'want',
  'intend', 'consider', 'regard', 'portray', 'characterise', 'characterize', 'liken', 'compare', 'cite',
  'quote', 'publish', 'pen', 'preach', 'lecture'
]

/** Lemmas that on their own make a sentence an attribution for a full quotation. */
const strongLemmas = new Set([
  'say', 'tell', 'add', 'write', 'tweet', 'post', 'ask', 'answer', 'reply', 'respond', 'explain', 'note',
  'stress', 'insist', 'claim', 'warn', 'argue', 'declare', 'announce', 'acknowledge', 'admit', 'concede',
  'suggest', 'urge', 'boast', 'shout', 'state', 'continue', 'conclude', 'recall', 'joke', 'quip', 'complain',
  'counter', 'retort', 'testify', 'confirm', 'deny', 'predict', 'remark', 'comment', 'observe', 'mention',
  'emphasise', 'emphasize', 'caution', 'promise', 'vow', 'pledge', 'repeat', 'recount', 'exclaim', 'muse',
  'lament', 'agree', 'read', 'proclaim', 'reveal', 'allege', 'assert', 'contend', 'maintain', 'chime',
  'interject', 'recite', 'mutter', 'whisper', 'scream', 'yell', 'cry', 'gush', 'scoff', 'sneer', 'snap',
  'concur', 'elaborate', 'brag', 'guarantee', 'assure', 'reassure', 'advise', 'reiterate', 'tease', 'blog',
  'text', 'email', 'message', 'threaten', 'thank', 'apologise', 'apologize', 'preach', 'begin',
  'open', 'point'
])

/** Irregular forms, lemma → forms. */
const irregular: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'written', 'write'],
  read: ['read', 'reads', 'reading'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken', 'speak'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  see: ['saw', 'sees', 'seeing', 'seen', 'see'],
  begin: ['began', 'begins', 'beginning', 'begun', 'begin'],
  sing: ['sang', 'sings', 'singing', 'sung', 'sing'],
  sign: ['signed', 'signs', 'signing'],
  pen: ['penned', 'pens', 'penning'],
  snap: ['snapped', 'snaps', 'snapping'],
  quip: ['quipped', 'quips', 'quipping'],
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  brag: ['bragged', 'brags', 'bragging'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  beg: ['begged', 'begs', 'begging'],
  label: ['labelled', 'labeled', 'labels', 'labelling', 'labeling'],
  rail: ['railed', 'rails', 'railing'],
  open: ['opened', 'opens']
}

/** Regular inflections of a lemma. */
function inflect(lemma: string): string[] {
  const known = irregular[lemma]
  if (known) return known
  const forms = [lemma]
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1)
    forms.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`)
  } else if (lemma.endsWith('e')) {
    forms.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`)
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.push(`${lemma}es`, `${lemma}ed`, `${lemma}ing`)
  } else {
    forms.push(`${lemma}s`, `${lemma}ed`, `${lemma}ing`)
  }
  return forms
}

/** Inflected form (lower case) → lemma. */
export const speechVerbs = new Map<string, string>()
for (const lemma of speechLemmas) {
  for (const form of inflect(lemma)) if (!speechVerbs.has(form)) speechVerbs.set(form, lemma)
}

/** Whether a lemma is a plain speech verb (say, tell, add …) rather than an evaluation verb. */
export function isStrongLemma(lemma: string): boolean {
  return strongLemmas.has(lemma)
}

/** Words that may sit between a subject and its verb ("has also said"). */
export const verbFillers = new Set([
  'also', 'later', 'has', 'had', 'have', 'had', 'previously', 'then', 'once', 'again', 'would', 'will', 'did',
  'does', 'do', 'recently', 'reportedly', 'just', 'since', 'further', 'earlier', 'now', 'still', 'quickly',
  'simply', 'only', 'even', 'repeatedly', 'often', 'frequently', 'publicly', 'privately', 'separately',
  'flatly', 'bluntly', 'firmly', 'angrily', 'famously', 'memorably', 'clearly', 'openly', 'has', 'is', 'was',
  'were', 'are', 'been', 'being', 'may', 'might', 'could', 'should', 'can', 'must', 'not', 'never', 'always',
  'subsequently', 'immediately', 'afterwards', 'first', 'initially', 'originally', 'finally', 'proudly',
  'jokingly', 'tearfully', 'candidly', 'confidently', 'emphatically'
])

/** Pronouns that can be the subject of an attribution, with the kind of antecedent. */
export const subjectPronouns = new Map<string, 'male' | 'female' | 'plural' | 'neuter' | 'self'>([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'neuter'],
  ['we', 'self'],
  ['i', 'self']
])

/** Determiners that introduce an unnamed speaker ("one dealer said"). */
export const indefiniteDeterminers = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'others',
  'most', 'few', 'numerous', 'various', 'certain', 'someone', 'somebody', 'anyone', 'people', 'critics',
  'analysts', 'experts', 'observers', 'sources', 'officials', 'residents', 'witnesses', 'insiders', 'fans',
  'supporters', 'opponents', 'economists', 'traders', 'dealers', 'users', 'commentators', 'viewers'
])

/** Determiners that introduce a description of someone already named. */
export const definiteDeterminers = new Set(['the', 'this', 'that', 'these', 'those'])

/** Words for a person who speaks for someone else. */
export const spokespersonWords = /\b(?:spokes(?:man|woman|person|people|men|women)|representative|press (?:secretary|office|officer)|statement)\b/i

/** Head nouns that make a definite description refer to an organisation ("the agency"). */
export const organizationHeads = new Set([
  'agency', 'company', 'firm', 'newspaper', 'paper', 'journal', 'board', 'authority', 'group', 'commission',
  'club', 'party', 'government', 'ministry', 'department', 'union', 'council', 'committee', 'organisation',
  'organization', 'network', 'team', 'campaign', 'executive', 'office', 'institute', 'bank', 'regulator',
  'watchdog', 'administration', 'body', 'charity', 'association', 'federation', 'league', 'corporation',
  'business', 'retailer', 'carrier', 'airline', 'manufacturer', 'maker', 'giant', 'publication', 'magazine',
  'broadcaster', 'station', 'channel', 'site', 'website', 'service', 'court', 'prosecutors', 'police',
  'military', 'army', 'ministry', 'embassy', 'studio', 'label', 'university', 'school', 'hospital', 'alliance',
  'coalition', 'movement', 'foundation', 'fund', 'trust', 'society', 'panel', 'senate', 'house', 'congress',
  'parliament', 'cabinet', 'white', 'kremlin', 'startup', 'provider', 'operator', 'developer', 'publisher'
])

/** Nouns next to a quoted span that make it a name or a title rather than someone's words. */
export const namingNouns = new Set([
  'campaign', 'show', 'series', 'programme', 'program', 'film', 'movie', 'book', 'novel', 'album', 'song',
  'single', 'magazine', 'column', 'account', 'hashtag', 'slogan', 'motto', 'term', 'phrase', 'nickname',
  'label', 'class', 'course', 'episode', 'order', 'policy', 'strategy', 'plan', 'initiative', 'operation',
  'exhibition', 'play', 'musical', 'podcast', 'documentary', 'sitcom', 'drama', 'game', 'app', 'brand',
  'product', 'scheme', 'project', 'mission', 'tour', 'title', 'headline', 'sign', 'banner', 'poster',
  'shirt', 'shirts', 'hat', 'hats', 'sticker', 'stickers', 'tagline', 'catchphrase', 'moniker', 'word',
  'words', 'name', 'names', 'handle', 'character', 'role', 'star', 'actor', 'actress', 'host', 'winner'
])

/** Small words that may stay lower case in a title ("Dancing with the Stars"). */
export const titleSmallWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as',
  'vs', 'via', 'de', 'la', 'le', 'du', 'von', 'van', 'der'
])

/** Plural nouns for the same kind of people, to match a group by its name ("the physicians" → "Doctors for …"). */
export const groupSynonyms = new Map<string, string[]>()
for (const set of [
  ['doctors', 'physicians', 'medics'],
  ['lawyers', 'attorneys', 'solicitors'],
  ['nurses', 'midwives'],
  ['teachers', 'educators'],
  ['campaigners', 'activists', 'protesters'],
  ['scientists', 'researchers'],
  ['soldiers', 'troops', 'veterans'],
  ['parents', 'mothers', 'fathers', 'families'],
  ['workers', 'employees', 'staff'],
  ['residents', 'neighbours', 'neighbors', 'locals']
]) {
  for (const word of set) groupSynonyms.set(word, set.filter((other) => other !== word))
}
