/**
 * General English word lists for event detection: event nouns and the class
 * each belongs to (one class per kind of occasion, for coreference), media
 * words, and the words that cannot modify an event noun.
 */
import type {EventType} from '../data.js'

/** Kinds of occasion; mentions corefer only within a class. */
export type EventClass =
  | 'meeting'
  | 'interview'
  | 'press'
  | 'conference'
  | 'debate'
  | 'rally'
  | 'town-hall'
  | 'speech'
  | 'keynote'
  | 'chat'
  | 'lecture'
  | 'hearing'
  | 'trial'
  | 'testimony'
  | 'election'
  | 'primary'
  | 'ceremony'
  | 'game'
  | 'show'
  | 'attack'
  | 'invasion'
  | 'war'
  | 'disaster'
  | 'tour'
  | 'call'
  | 'session'
  | 'response'
  | 'hosting'
  | 'festival'
  | 'finals'
  | 'protest'
  | 'vigil'
  | 'parade'
  | 'premiere'
  | 'launch'
  | 'fundraiser'
  | 'visit'

export interface NounInfo {
  cls: EventClass
  type: EventType
  /** Only ever refers back to an event already found ("the pair’s discussion"). */
  corefOnly?: boolean
  /** Needs a qualifying word before it to be an event ("farewell address", "terror attack"). */
  needsQualifier?: RegExp
  /** Counts only when a date possessive precedes it ("Tuesday night’s response"). */
  needsDatePossessive?: boolean
  /** Counts only when followed by this ("win over", "victory against"). */
  needsFollower?: RegExp
  /** Does not count after this ("video game"). */
  notAfter?: RegExp
  /** Does not count before this ("hearing the heartbeat": a verb). */
  notFollowedBy?: RegExp
  /** Counts only in lower case ("a march", not the month "March"). */
  lowerCaseOnly?: boolean
}

const attackQualifier =
  /\b(?:terror|terrorist|militant|suicide|bomb|missile|rocket|drone|air|chemical|knife|gun|armed|cyber|military|deadly|\d{4})\s*$/i

/** Event nouns, longest first so that "news conference" wins over "conference". */
export const eventNouns: ReadonlyArray<[string, NounInfo]> = [
  ['question and answer session', {cls: 'session', type: 'EducationEvent'}],
  ['question-and-answer session', {cls: 'session', type: 'EducationEvent'}],
  ['Q&A session', {cls: 'session', type: 'Event'}],
  ['news conference', {cls: 'press', type: 'Event'}],
  ['press conference', {cls: 'press', type: 'Event'}],
  ['press briefing', {cls: 'press', type: 'Event'}],
  ['teleconference', {cls: 'press', type: 'Event'}],
  ['briefing', {cls: 'press', type: 'Event'}],
  ['fireside chat', {cls: 'chat', type: 'Event'}],
  // "outside the town hall" is the building.
  ['town hall meeting', {cls: 'town-hall', type: 'Event'}],
  ['town-hall meeting', {cls: 'town-hall', type: 'Event'}],
  // "marched to the town hall": the building too.
  ['town hall', {cls: 'town-hall', type: 'Event', notAfter: /\b(?:outside|inside|near|opposite|behind|into|to|towards?|steps\s+of|front\s+of)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?$/u}],
  ['phone call', {cls: 'call', type: 'Event'}],
  ['telephone call', {cls: 'call', type: 'Event'}],
  ['video call', {cls: 'call', type: 'Event'}],
  ['conference call', {cls: 'call', type: 'Event'}],
  ['earnings call', {cls: 'call', type: 'Event'}],
  ['prank call', {cls: 'call', type: 'Event'}],
  ['capital markets day', {cls: 'conference', type: 'BusinessEvent'}],
  ['trade show', {cls: 'conference', type: 'BusinessEvent'}],
  ['trade fair', {cls: 'conference', type: 'BusinessEvent'}],
  ['expo', {cls: 'conference', type: 'BusinessEvent'}],
  ['investor day', {cls: 'conference', type: 'BusinessEvent'}],
  ['sit-down', {cls: 'meeting', type: 'Event'}],
  // "reached the summit", "the summit of Mount Ardlow": a mountain's top.
  [
    'summit',
    {
      cls: 'meeting',
      type: 'Event',
      notAfter: /\b(?:reach(?:ed|es|ing)?|climb(?:ed|s|ing)?|near|atop)\s+(?:the\s+|its\s+)?$/,
      notFollowedBy: /^\s+(?:of\s+(?:Mount|Mt\b|the\s+mountain|the\s+peak)|ridge|push|attempt)/
    }
  ],
  // "…, meeting patients and staff", "meeting the families", "touring wards and meeting patients": the verb.
  [
    'meeting',
    {
      cls: 'meeting',
      type: 'Event',
      notAfter: /(?:,|\b[a-z]+ing\s+[^.;:,]{0,40}\band)\s*$/,
      notFollowedBy: /^\s+(?:(?:the|a|an|his|her|their|its|our|my|your|them|him|us|me|some|many|several|dozens|hundreds|thousands)\b|\p{Ll}+s\s+(?:and|or)\b|\p{Ll}+s[.,;])/u
    }
  ],
  // "Everybody talks to you", "she talks about it": the verb.
  ['talks', {cls: 'meeting', type: 'Event', notAfter: /\b(?:[Ee]verybody|[Ee]veryone|[Ss]omebody|[Ss]omeone|[Nn]obody|[Aa]nybody|[Aa]nyone|[Hh]e|[Ss]he|[Ww]ho)\s+$/}],
  ['discussion', {cls: 'meeting', type: 'Event', corefOnly: true}],
  ['conference', {cls: 'conference', type: 'Event'}],
  ['convention', {cls: 'conference', type: 'Event'}],
  ['debate', {cls: 'debate', type: 'Event'}],
  ['rally', {cls: 'rally', type: 'Event'}],
  ['speech', {cls: 'speech', type: 'Event'}],
  [
    'address',
    {
      cls: 'speech',
      type: 'Event',
      needsQualifier:
        /(?:\b(?:farewell|inaugural|keynote|televised|national|nationwide|final|commencement|opening|closing|annual|victory|budget|radio|video)|\b(?:Union|Nation|Address)|\p{Lu}\p{L}*)\W*$/u
    }
  ],
  ['keynote', {cls: 'keynote', type: 'Event'}],
  ['lecture', {cls: 'lecture', type: 'EducationEvent'}],
  ['hearing', {cls: 'hearing', type: 'Event', notAfter: /\b(?:upon|on|after|before|while|when|from|of|by|about|for|without|since|hard|of|his|her|their)\s*$/i, notFollowedBy: /^\s+(?:the|a|an|that|about|from|his|her|their|it|them|him|what|aids?)\b/i}],
  ['trial', {cls: 'trial', type: 'Event'}],
  ['testimony', {cls: 'testimony', type: 'Event'}],
  ['referendum', {cls: 'election', type: 'Event'}],
  ['no-confidence vote', {cls: 'election', type: 'Event'}],
  ['confidence vote', {cls: 'election', type: 'Event'}],
  ['vote of no confidence', {cls: 'election', type: 'Event'}],
  ['vote of confidence', {cls: 'election', type: 'Event'}],
  // "the governor's race", "the Senate race" (not "a race against time", "the 100m race").
  ['race', {cls: 'election', type: 'Event', needsQualifier: /\b(?:governor|mayor|senate|presidential|mayoral|leadership|congressional|gubernatorial|governorship|House|Senate|council|parliamentary)(?:['’]s)?\s+$/iu}],
  ['swearing-in', {cls: 'ceremony', type: 'Event'}],
  ['election', {cls: 'election', type: 'Event'}],
  // "a Tolley primary school", "primary care": the adjective, not a primary election.
  [
    'primary',
    {
      cls: 'primary',
      type: 'Event',
      needsQualifier: /(?:\p{Lu}\p{L}*|\bthe)\s*$/u,
      notFollowedBy: /^\s+(?:schools?|care|teachers?|pupils?|children|sources?|residences?|reasons?|targets?|concerns?|goals?|aims?|focus|roles?|healthcare|education|classrooms?|heads?)\b/
    }
  ],
  ['caucus', {cls: 'primary', type: 'Event', needsQualifier: /(?:\p{Lu}\p{L}*|\bthe)\s*$/u}],
  ['ceremony', {cls: 'ceremony', type: 'SocialEvent'}],
  ['funeral', {cls: 'ceremony', type: 'SocialEvent'}],
  ['inauguration', {cls: 'ceremony', type: 'Event'}],
  // "celebrated their platinum wedding anniversary": the celebration, not the wedding.
  ['wedding anniversary', {cls: 'ceremony', type: 'SocialEvent'}],
  ['wedding', {cls: 'ceremony', type: 'SocialEvent'}],
  ['celebration', {cls: 'ceremony', type: 'SocialEvent'}],
  ['fete', {cls: 'festival', type: 'SocialEvent'}],
  ['fête', {cls: 'festival', type: 'SocialEvent'}],
  ['carnival', {cls: 'festival', type: 'SocialEvent'}],
  ['state dinner', {cls: 'ceremony', type: 'SocialEvent'}],
  ['banquet', {cls: 'ceremony', type: 'SocialEvent'}],
  ['rematch', {cls: 'game', type: 'SportsEvent'}],
  // "Saturday's derby against Tolley Rovers" (a local rivals' match).
  ['derby', {cls: 'game', type: 'SportsEvent'}],
  ['game', {cls: 'game', type: 'SportsEvent', notAfter: /\b(?:video|computer|board|mobile|online|console|card|PC|party|blame|waiting|per|a|each|long|end|numbers|political|guessing)\s*$/i}],
  ['match', {cls: 'game', type: 'SportsEvent', needsQualifier: /\b(?:the|a|this|that|\w+['’]s|\d+\w*|[a-z]+)\s*$/}],
  ['finals', {cls: 'finals', type: 'Event'}],
  ['final', {cls: 'game', type: 'SportsEvent', needsFollower: /^\s*(?:[.,;:!?)]|of\b|in\b|at\b|against\b|on\b)/}],
  ['tournament', {cls: 'game', type: 'SportsEvent'}],
  ['victory', {cls: 'game', type: 'SportsEvent', needsFollower: /^(?:,?\s*\d+-\d+)?\s+(?:over|against)\b/}],
  ['win', {cls: 'game', type: 'SportsEvent', needsFollower: /^(?:,?\s*\d+-\d+)?\s+(?:over|against)\b/}],
  // "the Marsh Awards": a named awards night.
  // "won two Tolley Awards": the prizes.
  ['awards', {cls: 'ceremony', type: 'SocialEvent', needsQualifier: /\p{Lu}[\p{L}'’]*\s+$/u, notAfter: /\b(?:won|wins?|winning|collected|received|scooped|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+(?:\p{Lu}[\p{L}'’]*\s+)+$/u}],
  ['memorial service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['funeral service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['funeral mass', {cls: 'ceremony', type: 'SocialEvent'}],
  ['prayer service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['church service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['interfaith service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['remembrance service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['thanksgiving service', {cls: 'ceremony', type: 'SocialEvent'}],
  ['vigil', {cls: 'vigil', type: 'SocialEvent'}],
  ['protest march', {cls: 'protest', type: 'Event'}],
  // "to protest the decision", "a demonstration of the device": the verb and the display.
  ['protest', {cls: 'protest', type: 'Event', notFollowedBy: /^\s+(?:the|a|an|his|her|their|its|our|that|this|what|it|them|him)\b/i}],
  ['demonstration', {cls: 'protest', type: 'Event', notFollowedBy: /^\s+(?:of|that|how)\b/i}],
  ['march', {cls: 'protest', type: 'Event', lowerCaseOnly: true, notAfter: /\b(?:the|a|an)\s+(?:long|forward|onward|relentless)\s+$/i}],
  ['parade', {cls: 'parade', type: 'Event'}],
  // A stoppage of work: "a 24-hour walkout", "the national strike" (not "an air strike", "a lucky strike").
  ['walkout', {cls: 'protest', type: 'Event'}],
  [
    'strike',
    {
      cls: 'protest',
      type: 'Event',
      needsQualifier: /\b(?:national|general|nationwide|\d+-hour|\d+-day|one-day|two-day|three-day|rail|nurses['’]?|teachers['’]?|doctors['’]?|workers['’]?|postal|bus|tube|indefinite|planned)\s*$/i
    }
  ],
  ['premiere', {cls: 'premiere', type: 'Event', notFollowedBy: /^\s+(?:league|division)\b/i}],
  ['launch event', {cls: 'launch', type: 'BusinessEvent'}],
  ['product launch', {cls: 'launch', type: 'BusinessEvent'}],
  ['launch party', {cls: 'launch', type: 'BusinessEvent'}],
  ['fundraiser', {cls: 'fundraiser', type: 'Event'}],
  ['gala', {cls: 'fundraiser', type: 'SocialEvent'}],
  ['campaign event', {cls: 'rally', type: 'Event'}],
  ['state visit', {cls: 'visit', type: 'Event'}],
  ['visit', {cls: 'visit', type: 'Event', needsQualifier: /\b(?:official|royal|surprise|historic|first|\w+-day|\w+['’]s)\s*$/}],
  ['inquest', {cls: 'hearing', type: 'Event'}],
  // "A public inquiry into the plans will open on April 14": its hearings (an inquiry alone is an investigation).
  ['public inquiry', {cls: 'hearing', type: 'Event'}],
  ['crash', {cls: 'disaster', type: 'Event', needsQualifier: /\b(?:plane|air|jet|car|train|helicopter|bus|road|motorway|highway|fatal|deadly|(?:died|killed|injured|hurt)\s+in\s+(?:a|the))\s*$/}],
  ['explosion', {cls: 'disaster', type: 'Event'}],
  // "a blaze at a warehouse", "a house fire" (not "came under fire", "fire crews").
  ['blaze', {cls: 'disaster', type: 'Event', lowerCaseOnly: true}],
  ['fire', {cls: 'disaster', type: 'Event', lowerCaseOnly: true, needsQualifier: /\b(?:house|home|flat|warehouse|factory|building|hotel|tower|barn|grass|moorland|heath|chemical|major|huge|large|serious|deadly|fatal|devastating)\s*$/i}],
  ['hit-and-run', {cls: 'disaster', type: 'Event', notFollowedBy: /^\s+(?:drivers?|incidents?|crashes|cases|offences|offenses|collisions)\b/i}],
  ['derailment', {cls: 'disaster', type: 'Event'}],
  ['tornado', {cls: 'disaster', type: 'Event'}],
  ['wildfire', {cls: 'disaster', type: 'Event'}],
  ['bushfire', {cls: 'disaster', type: 'Event'}],
  ['forest fire', {cls: 'disaster', type: 'Event'}],
  ['concert', {cls: 'festival', type: 'Event'}],
  ['festival', {cls: 'festival', type: 'Event'}],
  ['episode', {cls: 'show', type: 'Event'}],
  ['competition', {cls: 'show', type: 'Event'}],
  ['interview', {cls: 'interview', type: 'Event'}],
  ['appearance', {cls: 'interview', type: 'Event'}],
  ['invasion', {cls: 'invasion', type: 'Event'}],
  ['attack', {cls: 'attack', type: 'Event', needsQualifier: attackQualifier}],
  ['bombing', {cls: 'attack', type: 'Event'}],
  ['shooting', {cls: 'attack', type: 'Event'}],
  ['massacre', {cls: 'attack', type: 'Event'}],
  ['earthquake', {cls: 'disaster', type: 'Event'}],
  ['tour', {cls: 'tour', type: 'Event', needsQualifier: /\b(?:campaign|election|nationwide|national|helicopter|whistle-stop|bus|world|concert|book|state|election)\s*$/}],
  ['response', {cls: 'response', type: 'Event', needsDatePossessive: true}]
]

/** Plural forms that name one occasion (or a list handled on its own). */
export const pluralAllowed = new Set(['interview', 'appearance'])

/** Words after an event noun that make it a modifier of another noun ("election campaign"). */
export const compoundHeads = new Set([
  'campaign', 'campaigns', 'disinformation', 'content', 'issue', 'issues', 'result', 'results', 'spending', 'tour',
  'debates', 'season', 'cycle', 'crowd', 'stage', 'room', 'speeches', 'speech', 'audience', 'coverage', 'material',
  'materials', 'process', 'officials', 'official', 'law', 'laws', 'rules', 'commission', 'finance', 'fraud', 'victory',
  'win', 'day', 'date', 'pledge', 'promise', 'manifesto', 'period', 'trail', 'schedule', 'circuit', 'aid', 'aids',
  'plan', 'plans', 'team', 'teams', 'record', 'records', 'call', 'calls', 'organizers', 'organisers', 'attendees',
  'host', 'hosts', 'moderator', 'moderators', 'performance', 'stats', 'ratings', 'loss', 'losses', 'streak', 'judge',
  'judges', 'reform', 'interference', 'security', 'system', 'year', 'years', 'night', 'nights', 'center', 'centre',
  'hall', 'venue', 'preparations', 'preparation', 'coverage', 'night', 'participants', 'transcript', 'footage', 'tickets', 'ticket', 'fee', 'fees',
  'site', 'scene', 'victims', 'survivors', 'investigation', 'investigators', 'inquiry', 'movement', 'group', 'groups', 'leaders'
])

/** Words that end a modifier run walking back from an event noun. */
export const notModifiers = new Set([
  'in', 'at', 'on', 'of', 'for', 'with', 'to', 'by', 'from', 'during', 'after', 'before', 'since', 'over', 'about',
  'into', 'following', 'ahead', 'until', 'as', 'like', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because',
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'whether', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall',
  'do', 'does', 'did', 'not', 'no', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'said',
  'says', 'told', 'say', 'there', 'here', 'also', 'just', 'still', 'then', 'now', 'even', 'only', 'all', 'both',
  // Verbs that take an event as object ("held talks", "attended a summit").
  'held', 'hold', 'holds', 'holding', 'met', 'meet', 'meets', 'took', 'take', 'takes', 'gave', 'give', 'gives',
  'made', 'make', 'makes', 'attended', 'attend', 'attends', 'hosted', 'joined', 'join', 'joins', 'began', 'begin',
  'begins', 'led', 'called', 'opened', 'ended', 'skipped', 'missed', 'won', 'lost', 'addressed', 'chaired',
  'resumed', 'resume', 'resumes', 'resuming', 'concluded', 'adjourned', 'convened', 'staged', 'announced', 'organised',
  'organized', 'arranged', 'boycotted',
  // "will stand trial", "faces a hearing", "awaiting trial".
  'stand', 'stands', 'standing', 'face', 'faces', 'facing', 'faced', 'await', 'awaits', 'awaiting', 'awaited',
  // Irregular verbs that open the predicate after the event's phrase ("the win over Eastfield put them top").
  'put', 'puts', 'set', 'sets', 'cut', 'hit', 'let', 'left', 'kept', 'keeps', 'sent', 'saw', 'sees', 'came', 'comes',
  'went', 'goes', 'got', 'gets', 'brought', 'brings', 'drew', 'found', 'became', 'becomes', 'fell', 'rose', 'ran',
  'meant', 'means', 'paid', 'sold', 'stood', 'broke', 'spoke', 'wrote', 'showed', 'shows', 'proved', 'heard', 'hears',
  'sat', 'sits',
  // Verbs of an occasion's course ("the meeting at Tolley Town Hall starts at 6pm").
  'start', 'starts', 'started', 'end', 'ends', 'opens', 'close', 'closes', 'closed', 'runs', 'continues', 'continued', 'finishes', 'finished'
])

/** Determiners that make a mention definite (it may refer back). */
export const definiteDeterminers = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Determiners of a new (indefinite) mention. */
export const indefiniteDeterminers = new Set(['a', 'an', 'another', 'one'])

/** Determiners of a generic or hypothetical mention: never an event. */
export const genericDeterminers = new Set(['any', 'every', 'each', 'no', 'such', 'some', 'many', 'several', 'most', 'more', 'other', 'future'])

/** Words that show a media outlet or programme. */
export const mediaWord =
  /\b(?:Reuters|Bloomberg|Variety|Politico|Axios|Newsweek|Forbes|Fortune|Vogue|Billboard|Deadline|Vox|Semafor|Slate|Salon|Wired|BuzzFeed|HuffPost|Xinhua|Interfax|Yonhap|Kyodo|Tass|Anadolu|Bernama|Spiegel|Bild|News|Radio|TV|Television|Times|Post|Journal|Magazine|Herald|Tribune|Guardian|Telegraph|Gazette|Press|Daily|Weekly|Channel|Network|Broadcasting|Today|Tonight|Live|Show|Hour|Nation|Morning|Sunday|Week|Report|Programme|Program)\b/

/** Job words after which a name is the interviewer ("radio host Ada Lane"). */
export const interviewerWord = /\b(?:host|anchor|interviewer|presenter|correspondent|reporter|journalist|columnist|broadcaster)$/i
