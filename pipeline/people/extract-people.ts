/**
 * Find the persons, organisations and places named in the article text.
 *
 * The text is cut into word tokens once; runs of capitalised tokens (with
 * name particles, initials and suffixes) are the candidates. A run is split
 * into a title prefix ("Northwind Commission President") and a name part
 * ("Ilse von der Marwitz"); the name part is a person when a title, an
 * honorific, a job noun or a family relation stands before it, when it starts
 * with a given name, or when its shape is a name (no common word, place or
 * organisation word in it). Full names are collected first; surnames,
 * first names, "Mr X", possessives and capitals then resolve to them, so one
 * human gets one node wherever the full name appears. Everything is linear
 * in the number of tokens (lookups are Sets and Maps).
 */
import type {Mention, OrganizationEntity, PeopleData, PersonEntity, PlaceEntity, RoleReference} from '../data.js'
import type {ArticleText} from '../text/article-text.js'
import {isUpperCode, toLower} from '../text/chars.js'
import {
  common,
  givenNameGender,
  givenNames,
  honorificSet,
  identityRoles,
  jobModifierSet,
  isJobNoun,
  jobNounSet,
  nationalitySet,
  nonNameSet,
  organizationNounSet,
  organizationWordSet,
  particleSet,
  placePrefixSet,
  organizationOpenerSet,
  placeSet,
  relationSet,
  suffixSet,
  temporalSet,
  titleHeadSet,
  titleModifierSet
} from './lexicon.js'
import {tokenize, type Token} from './tokens.js'

/** The entity key of a person. */
function personKey(person: PersonDraft): string {
  return `person:${slug(person.name)}`
}

/**
 * Every place the text uses a role tied to a person. A function of its own,
 * not a step inside `extractPeople`: its first `push` kept throwing the whole
 * of that (very large) optimised function back to the interpreter, on about
 * one article in seven, and V8 compiled it again and again on its background
 * thread.
 */
function roleReferences(persons: Iterable<PersonDraft>, text: ArticleText): RoleReference[] {
  const value = text.value
  const roles: RoleReference[] = []
  // Where each title is written (one scan of the text per distinct title).
  const titleSpans = new Map<string, Array<[number, number]>>()
  for (const person of persons) {
    for (const role of person.roles) {
      let spans = titleSpans.get(role.title)
      if (!spans) {
        spans = []
        const pattern = new RegExp(`\\b${escape(role.title)}\\b`, 'g')
        let match: RegExpExecArray | null
        while ((match = pattern.exec(value))) {
          // Take the possessor in too when it is written ("Lane’s deputy").
          const head = value.slice(Math.max(0, match.index - 40), match.index)
          const owner = /(\p{Lu}[\p{L}\p{M}'’-]*['’]s\s+)$/u.exec(head)
          const start = owner ? match.index - owner[1]!.length : match.index
          spans.push([start, match.index + match[0].length])
        }
        titleSpans.set(role.title, spans)
      }
      const mentions = spans.map(([start, end]) => text.mention(start, end))
      if (mentions.length > 0) roles.push({phrase: role.phrase, entity: personKey(person), mentions})
    }
  }
  return roles
}

/** A person as it is being built. */
interface PersonDraft {
  name: string
  words: string[]
  mentions: Mention[]
  aliases: Set<string>
  /** First offset where the person is named. */
  first: number
  title?: {text: string; start: number; end: number; offset: number} | undefined
  affiliation?: {name: string; start: number; end: number} | undefined
  roles: Array<{phrase: string; title: string; start: number; end: number}>
  /** A role stated in apposition after a title before the name ("Professor Name, a geneticist at …"): it may name the affiliation. */
  appositiveRole?: {text: string; start: number; end: number} | undefined
  male: number
  female: number
}

interface Run {
  from: number
  /** Exclusive. */
  to: number
}

/** How a name part came to be taken as a person. */
type Cue = 'title' | 'honorific' | 'job' | 'relation' | 'administration' | 'none'

interface NamePart {
  run: Run
  /** Token range of the name inside the run. */
  from: number
  to: number
  cue: Cue
  /** The relation or job cue may carry over to the next name of a list ("sons, Bo and Ruk"). */
  listCue: boolean
  /** The cue came from the name before it in a list. */
  inherited: boolean
}

const quoteMarks = /["“”‘’«»]/g
/** Drop a quote mark, but keep an apostrophe after a letter ("ZBC’s", "Rockin' Crew"). */
function dropQuote(mark: string, offset: number, whole: string): string {
  if ((mark === '’' || mark === "'") && /\p{L}/u.test(whole[offset - 1] ?? '')) {
    const next = whole[offset + 1] ?? ''
    if (/\p{L}/u.test(next) || (next === ' ' && /\p{L}/u.test(whole[offset + 2] ?? ''))) return mark
  }
  return ''
}

/** Whether the words left out of a company's short form are all designators, "&" before one included ("& Co", "Systems Inc."). */
function designatorsOnly(rest: readonly string[]): boolean {
  return rest.length > 0 && rest.every((word, index) => designators.has(word.replace(/[.,]$/, '')) || (word === '&' && index < rest.length - 1))
}

/** Whether a role's last word is the plural of a job noun ("previous owners", not "boss"). */
function isPluralRole(title: string): boolean {
  const last = /([\p{L}-]+)$/u.exec(title)?.[1]?.toLowerCase()
  return last !== undefined && last.endsWith('s') && !jobNounSet.has(last) && (jobNounSet.has(last.slice(0, -1)) || (last.endsWith('es') && jobNounSet.has(last.slice(0, -2))))
}

/** Whether the word of a token is a job noun (`isJobNoun`), from its flags. */
function isJobNounToken(t: Token): boolean {
  if (has(t, jobNounFlag)) return true
  // The plural forms are flagged too; only hyphenated words need the rules,
  // and words of the professions' endings ("climatologist", "statistician").
  return (t.lower.indexOf('-') > 0 && isJobNoun(t.lower)) || (t.lower.length > 8 && professionEnding.test(t.lower))
}

/**
 * Start and end of the capitalised place of a dateline opening the first
 * body paragraph ("OSLO, Norway (AP) — ", "LISBON, March 3 (Reuters) - ").
 */
function datelinePlace(text: ArticleText): [number, number] | undefined {
  const block = text.blocks.find((item) => item.role === 'body')
  if (!block) return undefined
  const head = text.value.slice(block.start, Math.min(block.end, block.start + 80))
  const match = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:,\s[^—–()\n]{1,30}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--?|(:))\s/u.exec(head)
  if (!match) return undefined
  // "CHENNAI: The metro …", but not a transcript whose speakers' labels open paragraphs ("HOST: …").
  if (match[2] !== undefined && text.blocks.some((item) => item !== block && item.role === 'body' && shoutedLabel.test(text.value.slice(item.start, item.start + 40)))) return undefined
  return [block.start, block.start + match[1]!.length]
}

const shoutedLabel = /^\p{Lu}[\p{Lu}.'’ -]*:/u

/**
 * A person's gender from the evidence so far: honorifics and pronouns, or,
 * when none says, a given name listed for one gender only.
 */
function genderOfDraft(person: PersonDraft): 'male' | 'female' | undefined {
  if (person.male > person.female && person.male >= 1) return 'male'
  if (person.female > person.male && person.female >= 1) return 'female'
  if (person.male === 0 && person.female === 0 && person.words.length > 1) return givenNameGender(person.words[0]!.toLowerCase())
  return undefined
}

/** Whether a name starts with a capital letter (or a digit: "3M"). */
function isProperName(name: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(name)
}

/** Whether a name of more than one letter is written in capitals only. */
function isShoutedName(name: string): boolean {
  return name.length > 1 && name === name.toUpperCase() && name !== name.toLowerCase()
}

/** A lower-case Arabic article joined to a name ("al-Rashid", "el-Sayed"). */
const articleJoined = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)[-‐]\p{Lu}/u

/** Words of administrative divisions, never a surname ("Kent County"). */
const divisionWords = new Set(['County', 'Province', 'District', 'Township', 'Borough', 'Parish', 'Prefecture', 'Region', 'Municipality', 'Oblast', 'Canton'])
/** Last words of places whose name also stands for the office there ("Marsh Street said"). */
const seatWords = new Set(['Street', 'Hill', 'Palace'])
/** Buildings whose name stands for the power there ("the Kremlin said"). */
/** Verbs that give someone a post, before the person's name ("appointed Name as …"). */
const appointingVerbs = new Set(['appointed', 'appoints', 'named', 'names', 'hired', 'hires', 'promoted', 'promotes', 'elected', 'elects', 'made', 'makes', 'tapped', 'taps', 'chose', 'selected', 'nominated', 'installed'])
/** Their participles after "was", "has been" ("Name was named …"). */
const appointedParticiples = new Set(['appointed', 'reappointed', 're-appointed', 'named', 'hired', 'promoted', 'elected', 're-elected', 'reelected', 'made', 'tapped', 'chosen', 'selected', 'nominated', 'installed', 'confirmed'])
/** An exchange before a ticker symbol, in brackets: "(NASDAQ: ", "(NYSE: ", "(LSE: ". */
const tickerBefore = /[(;,]\s*[A-Z][A-Za-z]{1,9}(?:\s[A-Z][A-Za-z]{1,9})?\s*:\s*$/
/** A participle that opens a phrase after a role's noun ("known for …", "based in …"). */
const participleAfterRole = /^(?:\p{L}{3,}ed|known|shown|chosen|given|taken|held|sworn|born|seen|famous|responsible)$/u
/** Words that open a phrase of time after a role ("last year", "effective Monday"). */
const timeOpeners = new Set(['last', 'next', 'this', 'earlier', 'later', 'effective', 'on', 'in', 'from', 'after', 'since', 'until', 'starting', 'yesterday', 'today', 'tomorrow'])
/** Nouns of the same, before "of Name" ("the appointment of Name as …"). */
const appointmentNouns = new Set(['appointment', 'hiring', 'promotion', 'election', 'nomination', 'selection'])
/** Korean surnames, written before a hyphenated given name ("Park Ji-won"). */
const koreanSurnames = new Set(
  'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Yu Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Ban Roh Noh Chung Chang Ryu Ha Kwak Sung Cha Joo Woo Min Jin Chae Won'.split(' ')
)
/** A Korean given name: two syllables joined by a hyphen ("Ji-won", "Suk-yeol"). */
const koreanGiven = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u
/** Nouns for a vessel, before its name ("the trawler Mary Bell"). */
const vesselNouns = new Set(['ship', 'vessel', 'boat', 'trawler', 'yacht', 'ferry', 'tanker', 'liner', 'freighter', 'submarine', 'frigate', 'destroyer', 'warship', 'lifeboat', 'schooner', 'tug', 'barge', 'dinghy', 'cutter', 'steamer', 'carrier'])
/** Role nouns that are also verbs with a team or a country as subject ("Westmoor host Kenbury"). */
const verbLikeRoles = new Set(['host', 'hosts', 'lead', 'leads', 'coach', 'coaches', 'star', 'stars', 'guard', 'guards', 'judge', 'judges'])
/** The end of a sentence, closing quote marks or brackets after it. */
const endsSentence = /[.!?]["”’')\]]*\s*$/
/** A country's armed services, named alone after "the". */
const armedServices = new Set(['Army', 'Navy', 'Marines', 'Military'])
const seatNames = new Set(['Kremlin', 'Pentagon', 'Whitehall', 'Elysee', 'Élysée', 'Vatican', 'Quirinale', 'Treasury'])
/** Prepositions before such a place that make it the place ("analysts on Marsh Street said"). */
const streetPrepositions = new Set(['on', 'in', 'at', 'near', 'down', 'along', 'off', 'outside', 'from', 'to', 'into'])
/** Words after such a place that show the office speaking. */
const officeSpeech = new Set(['said', 'says', 'added', 'announced', 'confirmed', 'denied', 'insisted', 'warned', 'stated', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'official', 'officials'])

/** Prepositions after which a bare name is a place ("in Des Vernes"). */
const locativeWords = new Set(['in', 'near', 'outside'])
/** Nouns and verbs of owning before "in" that make the name a company's ("shares in Velmont"). */
const holdingWords = new Set(['shares', 'share', 'stake', 'stakes', 'interest', 'interests', 'investment', 'investments', 'invest', 'invested', 'investing', 'invests', 'holding', 'holdings', 'position', 'positions', 'bet', 'bets'])

/** Words that close a company's or party's full name and are left out of its short form. */
const designators = new Set([
  'Inc', 'Corp', 'Corporation', 'Co', 'Company', 'Ltd', 'Limited', 'Plc', 'PLC', 'LLC', 'LP', 'AG', 'SA', 'NV', 'GmbH',
  'Group', 'Holdings', 'Technologies', 'Technology', 'Lines', 'Airlines', 'Airways', 'Motors', 'Industries', 'Systems',
  'Enterprises', 'International', 'Partners', 'Party', 'Labs', 'Pharmaceuticals', 'Therapeutics', 'Entertainment',
  'Media', 'Networks', 'Communications', 'Brands', 'Foods', 'Resources', 'Securities', 'Capital', 'Investments',
  'Ventures', 'Solutions', 'Associates', 'LLP', 'Incorporated', 'Bancorp', 'Logistics', 'Laboratories', 'Biosciences',
  'Jewellers', 'Jewelers', 'Builders', 'Bakers', 'Butchers', 'Opticians', 'Solicitors', 'Chemists', 'Florists',
  'Outfitters', 'Tailors', 'Caterers', 'Brewers', 'Distillers', 'Printers', 'Publishers', 'Architects', 'Surveyors',
  'Auctioneers', 'Estates', 'Supplies', 'Traders', 'Merchants', 'Aerospace', 'Electronics', 'Robotics', 'Software',
  'Semiconductor', 'Semiconductors', 'Automotive', 'Pharma', 'Biotech', 'Telecom', 'Research', 'Analytics', 'Engineering',
  'Manufacturing', 'Consulting', 'Aviation', 'Energy', 'Brewery', 'Brewing', 'Distillery', 'Winery', 'Bakery', 'Dairy',
  'Farms', 'Mills', 'Stores', 'Wealth', 'Devices', 'Instruments', 'Appliances', 'Materials', 'Chemicals', 'Utilities', 'Maritime', 'Shipping',
  // Utilities named after their region ("Marlow Water", "Tolley Gas").
  'Water', 'Gas', 'Electric', 'Railways', 'Renewables', 'Freight', 'Cargo', 'Travel', 'Tours', 'Coaches'
])

/** Last words of the names of roads, never of a person's name ("Harold Street"). */
const roadWords = new Set(['Street', 'Road', 'Avenue', 'Boulevard', 'Square', 'Highway'])
/** Last words of the names of laws and agreements ("the Marsh Act"): neither persons nor organisations. */
const documentWords = new Set(['Treaty', 'Act', 'Accord', 'Accords', 'Agreement', 'Declaration', 'Charter', 'Constitution', 'Amendment', 'Resolution', 'Convention', 'Protocol'])

/** Last words of roads that are also surnames ("Mill Lane", "Church Way"). */
const minorRoadWords = new Set(['Lane', 'Way', 'Drive', 'Close', 'Row'])
/** Last words of open grounds' names ("Victoria Park", "Albert Square"): places after "in" or "at". */
const groundWords = new Set(['Park', 'Square', 'Gardens', 'Common', 'Stadium', 'Arena'])
/** Prepositions of place before an open ground (not "from", "on": "a letter from Grace Park"). */
const groundPrepositions = new Set(['in', 'at', 'through', 'near', 'outside', 'into', 'across'])
/** Prepositions before a place ("at Mill Lane"). */
const placePrepositions = new Set(['at', 'on', 'in', 'along', 'off', 'near', 'from'])
/** Last words of the names of streets and natural features: places, not organisations ("Main Street", "Red River"). */
/** First words of the names of natural features ("the River Tolle", "Lake Arland"). */
const featureOpeners = new Set(['River', 'Lake', 'Loch', 'Lough', 'Mount', 'Mt', 'Isle', 'Cape', 'Port', 'Fort'])
const featureWords = new Set([
  ...roadWords, 'Park', 'Square', 'Gardens', 'Common', 'Bridge', 'River', 'Lake', 'Sea', 'Ocean', 'Bay', 'Gulf', 'Palace', 'Abbey',
  'Valley', 'Desert', 'Forest', 'Beach', 'Island', 'Islands', 'Mountain', 'Mountains', 'Coast'
])

/** Last words of the names of occasions, never of a person's name ("Tolley Awards", "Marsh Open"). */
const occasionWords = new Set([
  'Awards', 'Prize', 'Prizes', 'Festival', 'Cup', 'Championship', 'Championships', 'Olympics', 'Games', 'Conference',
  'Summit', 'Open', 'Marathon', 'Expo', 'Fair', 'Trophy', 'Classic', 'Derby', 'Gala'
])

/** Lower-case heads of a country's bodies ("the Israeli military", "Arland's foreign ministry"). */
const nationalBodies = new Set(['ministry', 'military', 'army', 'navy', 'government', 'police', 'embassy', 'cabinet', 'presidency', 'parliament', 'forces', 'office'])
/** Words between a nationality and such a head ("foreign", "armed"). */
const bodyModifiers = new Set([
  'foreign', 'defence', 'defense', 'interior', 'health', 'finance', 'economy', 'justice', 'education', 'trade',
  'energy', 'transport', 'environment', 'agriculture', 'culture', 'armed', 'federal', 'central', 'national', 'presidential',
  "president's", 'president’s', "prime minister's", 'security'
])

/** A capitalised plural, the last word of a team's name ("Hawks", not "Moss" or "Avers'"). */
const pluralName = /^\p{Lu}\p{Ll}+[^s'’]s$/u

/** Words that open a storm's name ("Hurricane Delia"). */
const stormWords = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm'])

/** Lower-case nouns after which a capitalised name before them is an organisation's ("the Ravel union"). */
const organizationNounAfter = new Set([
  'union', 'party', 'group', 'charity', 'firm', 'company', 'bank', 'chain', 'agency', 'retailer', 'airline', 'carrier',
  'insurer', 'lender', 'regulator', 'watchdog', 'network', 'broadcaster', 'newspaper', 'magazine', 'conglomerate'
])

/** Last words of clubs' names that also name the club alone ("City" for "Ode City"). */
const clubWords = new Set(['City', 'Town', 'United', 'Rovers', 'Wanderers', 'Athletic', 'Rangers', 'Albion', 'County'])

/** Organisation words that are never a surname after a given name ("Marsh Police", "Delaney Systems"). */
const institutionWords = new Set([
  ...designators,
  'Police', 'Council', 'University', 'College', 'Ministry', 'Department', 'Committee', 'Commission',
  'Association', 'Federation', 'Authority', 'Agency', 'Bureau', 'Government', 'Institute',
  'Foundation', 'Hospital', 'Hospice', 'Museum', 'Airport', 'Corps',
  'School', 'Academy', 'Church', 'Chapel', 'Cathedral', 'Mosque', 'Temple', 'Synagogue', 'Club', 'Society', 'Centre',
  'Center', 'Stadium', 'Arena', 'Gallery', 'Library', 'Station', 'Gazette', 'Times', 'Tribune', 'Telegraph', 'Journal',
  'Chronicle', 'Observer', 'Guardian', 'Mirror', 'Magazine', 'Newspaper', 'Radio', 'Television', 'TV', 'Network', 'News',
  'Register', 'Inquirer', 'Dispatch', 'Enquirer', 'Examiner', 'Sentinel', 'Courier', 'Bulletin', 'City', 'County', 'Borough',
  'Rovers', 'Wanderers', 'United', 'Athletic', 'Rangers', 'Albion', 'FC', 'Laboratory', 'Observatory', 'Orchestra',
  'Symphony', 'Philharmonic', 'Opera', 'Ballet', 'Theatre', 'Theater', 'Playhouse', 'Choir', 'Conservatory', 'Seminary', 'Zoo', 'Aquarium',
  'Academies', 'Colleges', 'Universities', 'Hospitals', 'Clinics', 'Churches', 'Libraries', 'Museums', 'Foundations', 'Agencies',
  'Institutes', 'Councils', 'Clubs'
])

/** Adjectives of parties, written before a role ("the Democratic leader", "a Republican senator"). */
const partyAdjectives = new Set(['Democratic', 'Republican', 'Conservative', 'Liberal', 'Socialist', 'Communist', 'Progressive', 'Unionist', 'Nationalist'])
/** Ranks of peers, whose names may carry a place ("Lord Patel of Dunmore"). */
const peerages = new Set(['Lord', 'Baroness', 'Lady', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Baron'])
/** Chambers named "House of …" ("the House of Lords"). */
const chambers = new Set(['Lords', 'Commons', 'Representatives', 'Delegates', 'Keys', 'Assembly', 'Councillors'])
/** Letters that open the name of a prison, a ship or a base ("HMP Tolley", "HMS Ardent", "RAF Marlow"). */
const acronymOpeners = new Set(['HMP', 'HMYOI', 'HMS', 'RAF', 'USS', 'HMCS', 'HMAS'])
/** Those of them that open an institution's name. */
const institutionAcronyms = new Set(['HMP', 'HMYOI', 'RAF'])
/** Nouns before "of" and a work's title ("a production of Macbeth"). */
const workNouns = new Set(['production', 'productions', 'staging', 'adaptation', 'revival', 'performance', 'performances', 'recording', 'screening', 'reading', 'translation', 'remake', 'sequel'])
/** Nouns before "of" and a place's name ("residents of Tolley Vale", "the village of Marsh End"). */
const placeOwners = new Set(['residents', 'people', 'citizens', 'inhabitants', 'villagers', 'townspeople', 'town', 'village', 'city', 'hamlet', 'outskirts', 'streets', 'suburbs', 'suburb', 'island', 'port'])
/** Nouns for a place, in apposition after its name ("…, a village in Kent"). */
const placeNouns = new Set(['village', 'town', 'city', 'island', 'islet', 'rock', 'hamlet', 'suburb', 'district', 'region', 'county', 'province', 'port', 'valley', 'peninsula', 'archipelago', 'atoll', 'reef', 'headland', 'estuary', 'township', 'municipality', 'borough', 'parish'])
/** Words that may follow a place noun and end its phrase ("a village in Kent", "a town where …"). */
const placeFollowers = new Set(['in', 'on', 'off', 'near', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'fifty', 'few', 'north', 'south', 'east', 'west', 'of', 'outside', 'with', 'that', 'which', 'where', 'about', 'some', 'just', 'close', 'along', 'between', 'and'])
/** Conjunctions that open a sentence before a role ("But shop owner Name said"). */
const openingConjunctions = new Set(['But', 'And', 'Yet', 'So', 'Or'])
/** A party's letters, which name an organisation in a role ("GOP strategist"). */
const partyLetters = new Set(['GOP'])
/** Common nouns that stand for a company named with a designator ("the company's", "the firm's"). */
const genericCompanyNouns = new Set(['company', 'firm', 'group', 'business'])
/** Posts that only a company or another body has: the name after "<post> of" is the body's ("founder of Helix Orbital"), not a place's or a person's. */
const ownedPosts = new Set(['founder', 'co-founder', 'cofounder', 'executive', 'chairman', 'chairwoman', 'owner', 'co-owner', 'boss', 'shareholders', 'employees', 'staff'])
/** A US party and state after a lawmaker's name ("D-N.Y.", "R-TX"): no organisation of its own. */
const partyTag = /^[DRI]-\p{Lu}/u

/** Endings of nouns that name a profession. */
const professionEnding = /(?:ologist|ician|ographer)s?$/
/** A title of a post no longer held ("former director", "ex-chairman"): its organisation is no affiliation. */
const pastRole = /^(?:former|ex-|then-|retired|late)\b/i

/**
 * Whether the token's word is in the list of `flag` (one flag). The word is
 * looked up once per tier (the two long lists, or all the others) on first
 * use, so each list test after that is a bit test.
 */
function has(t: Token, flag: number): boolean {
  let flags = t.flags
  if ((flag & longListFlags) !== 0) {
    if ((flags & longKnownFlag) === 0) t.flags = flags |= longKnownFlag | (longListFlagsOf.get(t.lower) ?? 0)
  } else if ((flags & shortKnownFlag) === 0) t.flags = flags |= shortKnownFlag | (shortListFlagsOf.get(t.lower) ?? 0)
  return (flags & flag) !== 0
}

/**
 * `particleSet.has(t.text)`: a particle, written in lower case. Most words
 * are ruled out by their length, first and last letter, without a lookup.
 */
function isParticle(t: Token): boolean {
  const text = t.text
  return text.length <= particleMaxLength && particleShapes[particleShape(text)] === 1 && has(t, particleFlag) && text === t.lower
}

/** Index of a word's length, first and last character (folded) in `particleShapes`. */
function particleShape(word: string): number {
  return (Math.min(word.length, 7) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}

const connectorWords = new Set(['of', 'for', 'and', '&', 'at', 'in'])
/** Function words that end a role phrase walking left ("The", "In"). */
const functionWords = new Set(
  'the a an this that these those he she it they we i you his her their our my your its in on at for from by with as but and or if when while after before since until although though because so yet also still even just only not no yes who what where why how which there here then than now meanwhile however'.split(' ')
)
const determiners = new Set(['the', 'a', 'an'])
/** Words that open a sentence before a role without being part of it ("Under manager Name, …"). */
const sentenceAdverbs = new Set(
  'under like unlike including about against among amid without during despite except through toward towards into onto upon via per over beyond behind near around across along outside inside within once instead perhaps maybe indeed thus hence therefore later earlier afterwards soon already again ever never always often sometimes then now previously currently recently formerly initially eventually finally meanwhile separately similarly additionally notably'.split(' ')
)
/** Music genres the common-word list lacks ("Pop star Name"). */
const genreWords = new Set(['pop', 'rap', 'hip-hop', 'indie', 'punk', 'reggae', 'disco', 'techno', 'grime', 'k-pop'])
/** Prepositions that end the head of an appositive ("a chemist at the university"). */
const prepositionsInAppositive = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'by'])
/** Possessive pronouns before a role ("its chief executive, Name"). */
const possessivePronouns = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose'])
/** Prepositions after a role that make the next role someone else's ("a spokesman for the mayor, Name"). */
const rolePrepositions = new Set(['for', 'of', 'to', 'at', 'with', 'under'])

/** Nouns for a site after its name ("the Cerro Vale mine"). */
const siteNouns = new Set(['mine', 'plant', 'factory', 'refinery', 'smelter', 'site', 'field', 'oilfield', 'reactor', 'dam', 'pipeline', 'terminal', 'warehouse', 'depot', 'camp', 'estate', 'mill', 'quarry', 'facility', 'complex', 'project'])

/** Words for "saint" before a name ("St Mary's Hospital"). */
const saintWords = new Set(['St', 'St.', 'Saint', 'Ste', 'Ste.'])

/** Capitalised particles inside Irish and Scottish surnames ("Colm Ó Dálaigh", "Aoife Ní Bhriain", "Seán Mac Giolla"). */
const gaelicParticles = new Set(['Ó', 'Ní', 'Nic', 'Uí', 'Ua', 'Mac'])

/** Heads of bodies' names that name the body alone when the article names only one such ("the Commission"). */
const headNounShortForms = new Set([
  'Commission', 'Council', 'Parliament', 'Assembly', 'Ministry', 'Agency', 'Authority', 'Committee', 'Board', 'Tribunal', 'Inquiry',
  'Bank', 'Department', 'Fund', 'University'
])

/** Words before a medium's name ("told X radio", "on X television"), and the media after it. */
const mediaVerbs = new Set(['told', 'tells', 'telling', 'tell', 'to', 'on', 'with'])
const mediaNouns = new Set(['radio', 'television', 'tv', 'newspaper', 'magazine', 'broadcaster', 'channel', 'network', 'daily', 'weekly', 'podcast'])

/** Ranks of nobility that can stand between an office and a name ("Energy Minister Prince …"). */
const nobilityRanks = new Set(['Prince', 'Princess', 'Sheikh', 'Sheik', 'Lord', 'Lady', 'Baroness', 'Baron', 'Dame', 'Sir', 'Emir'])

/** Prepositions that join a role to its field or place ("mayor of Dunmore", "leader in the assembly"). */
const fieldPrepositions = new Set(['of', 'in', 'at', 'for'])
const stopAfter = new Set([
  'who', 'which', 'that', 'whose', 'where', 'when', 'said', 'says', 'told', 'tells', 'has', 'have', 'had',
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'also', 'to',
  'as', 'but', 'added', 'wrote', 'tweeted', 'announced', 'stated', 'noted', 'argued', 'claimed', 'being'
])
/** Verbs that report what a person said, right after the name. */
const reportVerbs = new Set(['said', 'says', 'told', 'tells', 'added', 'explained', 'recalled', 'wrote', 'warned', 'insisted'])
/** Reporting verbs whose subject may follow them ("said Name"). */
const invertedReportVerbs = new Set(['said', 'says', 'added', 'recalled', 'explained'])
const masculine = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'baron', 'earl', 'father', 'brother', 'messrs'])
const feminine = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'sister', 'madam', 'madame'])

/** Extract persons, organisations, places and role references from the article text. */
export function extractPeople(text: ArticleText): PeopleData & {genders: Map<string, 'male' | 'female'>} {
  const value = text.value
  const tokens = tokenize(text)
  const blocks = text.blocks
  // A block that ends a sentence is running text, however many capitals its
  // names bring ("Turnout rose, according to Secretary of State Ada Lane.").
  const titleCase = titleCaseBlocks(tokens, blocks.length).map(
    (flag, index) => (flag && !endsSentence.test(value.slice(blocks[index]!.start, blocks[index]!.end))) || blocks[index]!.role === 'headline'
  )
  const shouting = blocks.map((block) => isShouting(value.slice(block.start, block.end)))
  const credit = blocks.map((block) => block.role === 'credit' || isCreditLine(value.slice(block.start, block.end)))

  const gapBetween = (a: number, b: number): string => value.slice(tokens[a]!.outerEnd, tokens[b]!.start)
  /** `gapBetween(a, b) === ' '`, without slicing. */
  const spaceBetween = (a: number, b: number): boolean => {
    const end = tokens[a]!.outerEnd
    return tokens[b]!.start === end + 1 && value.charCodeAt(end) === 32
  }
  const isAcronym = (t: Token): boolean => t.allCaps && !credit[t.block]
  /** Words the text capitalises inside a sentence (built on first use by `isProperElsewhere`). */
  let properWords: Set<string> | undefined
  /** Names written right after a noun for an organisation (built on first use by `namedAsOrganization`). */
  let organizationNamed: Set<string> | undefined
  /** First words of companies' names ("Kestrel" of "Kestrel Logistics"), built on first use by `companyOpeners`. */
  let companyFirstWords: Set<string> | undefined
  const nameish = (t: Token): boolean => {
    if (!t.cap) return false
    const code = t.text.charCodeAt(0)
    return code < 128 ? code < 48 || code > 57 : !/^\p{N}/u.test(t.text)
  }

  // 1. Runs of capitalised tokens.
  const runs = findRuns()
  function findRuns(): Run[] {
    const runs: Run[] = []
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      let startsWithParticle = false
      if (!nameish(token)) {
        if (!(mayStartName(index) && isParticle(token) && startsName(index))) continue
        startsWithParticle = true
      }
      if (isAcronym(token) && !isInitials(index) && !countryOpensBody(index) && !acronymOpens(index)) {
        runs.push({from: index, to: index + 1})
        continue
      }
      let end = index + 1
      while (end < tokens.length && continues(end - 1, end)) end++
      if (startsWithParticle && end === index + 1) continue
      runs.push({from: index, to: end})
      index = end - 1
    }
    return runs
  }

  /**
   * What `startsName` needs of the next token, without a lexicon lookup: a
   * single space, then a capital or a word that may be a particle.
   */
  function mayStartName(index: number): boolean {
    const token = tokens[index]!
    const next = tokens[index + 1]
    if (next === undefined || next.start !== token.outerEnd + 1 || value.charCodeAt(token.outerEnd) !== 32) return false
    return next.cap || (next.text.length <= particleMaxLength && next.text === next.lower)
  }

  function startsName(index: number): boolean {
    let next = index + 1
    while (next < tokens.length && isParticle(tokens[next]!) && spaceBetween(next - 1, next)) next++
    const token = tokens[next]
    return token !== undefined && token.cap && spaceBetween(next - 1, next) && !isAcronym(token)
  }

  /** Whether the letters at `index` stand inside a body's name, after a capitalised word and before its organisation word ("… NHS Trust"). */
  function acronymInBody(index: number): boolean {
    const before = tokens[index - 1]
    return before !== undefined && before.cap && !before.allCaps && spaceBetween(index - 1, index) && index + 1 < tokens.length && spaceBetween(index, index + 1) && bodyFollows(index + 1)
  }

  /** Whether the letters at `index` open a prison's, a ship's or a base's name ("HMP Tolley"). */
  function acronymOpens(index: number): boolean {
    const next = tokens[index + 1]
    return acronymOpeners.has(tokens[index]!.text) && next !== undefined && next.cap && !next.allCaps && spaceBetween(index, index + 1)
  }

  /** Whether the country's letters at `index` open the name of its body ("UK Health Security Agency", "US Army"). */
  function countryOpensBody(index: number): boolean {
    return index + 1 < tokens.length && has(tokens[index]!, placeFlag) && spaceBetween(index, index + 1) && bodyFollows(index + 1)
  }

  /** Whether capitalised words from `from` reach an organisation word within four words ("Health Security Agency"). */
  function bodyFollows(from: number): boolean {
    for (let index = from; index < Math.min(tokens.length, from + 4); index++) {
      const t = tokens[index]!
      if (!t.cap || t.allCaps || (index > from && !spaceBetween(index - 1, index))) return false
      // "UK Liberals": a country's party is no part of its name.
      if (has(t, honorificFlag) || has(t, titleHeadFlag) || namedGroupWords.has(t.text)) return false
      if (has(t, organizationWordFlag)) return true
    }
    return false
  }

  function continues(previous: number, next: number): boolean {
    const a = tokens[previous]!
    const b = tokens[next]!
    if (a.block !== b.block) return false
    // "the Pellworth's Society", "Children's Hospital": a possessive inside an organisation's name
    // (but "Britain's Army" is the army of a place).
    if (a.possessive) return possessiveInName(previous, next)
    // A single space (most gaps) needs no pattern.
    if (!spaceBetween(previous, next)) {
      const gap = gapBetween(previous, next)
      const bracketIn = /^\s*\(\s*$/.test(gap) && has(b, givenFlag) && /^\s*\)\s*$/.test(tokens[next + 1] ? gapBetween(next, next + 1) : '')
      const bracketOut = /^\s*\)\s*$/.test(gap) && previous > 0 && /^\s*\(\s*$/.test(gapBetween(previous - 1, previous))
      if (!/^[ \t\u00a0]+$/.test(gap) && !bracketIn && !bracketOut && !isNickname(next) && !isNickname(previous)) return false
    }
    // "Ada Lane III", "Pope Gregory XVII": a generation's or a reign's number after a name.
    if (b.allCaps && has(b, suffixFlag) && !a.allCaps) return true
    // "Tolley Hospitals NHS Trust": letters inside a body's name that an organisation word ends.
    if (isAcronym(b)) return acronymInBody(next)
    if (isAcronym(a) && !isInitials(previous) && !countryOpensBody(previous) && !acronymOpens(previous) && !acronymInBody(previous)) return false
    if (nameish(b)) return true
    // "Hamad bin Khalifa al-Rashid": an Arabic article joined to the last name.
    if (articleJoined.test(b.text) && nameish(a)) return true
    return isParticle(b) && startsName(next)
  }

  function possessiveInName(previous: number, next: number): boolean {
    const a = tokens[previous]!
    const b = tokens[next]!
    // The organisation's word ends the name, after at most two more capitalised
    // words ("St Aidan's Primary School", "St Ode's Catholic High School").
    let last = next
    while (last < next + 2 && tokens[last + 1]?.cap === true && !tokens[last]!.possessive && spaceBetween(last, last + 1)) last++
    const end = tokens[last]!
    const after = tokens[last + 1]
    return (
      b.cap &&
      !b.allCaps &&
      has(end, organizationWordFlag) &&
      !has(end, titleHeadFlag) &&
      tokens.slice(next, last).every((t) => t.cap && !t.allCaps && !t.possessive && !has(t, titleHeadFlag) && !has(t, honorificFlag) && !has(t, givenFlag)) &&
      spaceBetween(previous, next) &&
      !(after && after.cap && spaceBetween(last, last + 1)) &&
      !has(a, placeFlag) &&
      !has(a, nationalityFlag) &&
      // "St Mary's Hospital": a saint's given name.
      (!has(a, givenFlag) || saintWords.has(tokens[previous - 1]?.text ?? '')) &&
      // "Marsh Magistrates' Court": a plural possessive too.
      /['’]s$|s['’]$/.test(value.slice(a.start, a.outerEnd))
    )
  }

  /**
   * A one-word nickname in quote marks or round brackets between two
   * capitalised words of a name (`Odile "Dee" Marchetti`, `Pim (Red) Vandorn`).
   */
  function isNickname(index: number): boolean {
    const t = tokens[index]!
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    if (!t.cap || t.allCaps || before === undefined || after === undefined || before.block !== t.block || after.block !== t.block) return false
    if (!nameish(before) || !nameish(after) || before.possessive || t.possessive) return false
    const open = gapBetween(index - 1, index)
    const close = gapBetween(index, index + 1)
    return (/^\s+["“‘]$/.test(open) && /^["”’]\s+$/.test(close)) || (/^\s+\($/.test(open) && /^\)\s+$/.test(close))
  }

  /** Whether " & " and a capitalised word follow token `index` ("Quarry & Finch"). */
  function ampersandAfter(index: number): boolean {
    const t = tokens[index]!
    return value.slice(t.outerEnd, t.outerEnd + 3) === ' & ' && tokens[index + 1]?.cap === true
  }

  /** Two capitals before a name ("JR Pellow"), or a dotted initial. */
  function isInitials(index: number): boolean {
    const t = tokens[index]!
    if (t.dot && /^(?:\p{Lu}\.?)+$/u.test(t.text) && !placeSet.has(t.text.replace(/\./g, '').toLowerCase())) return true
    if (!t.allCaps || t.text.length !== 2) return false
    if (has(t, placeFlag) || has(t, organizationWordFlag) || has(t, nonNameFlag) || has(t, titleHeadFlag)) return false
    const next = tokens[index + 1]
    return next !== undefined && next.cap && !next.allCaps && next.block === t.block && spaceBetween(index, index + 1)
  }

  // 2. Name parts of runs.
  const isCommon = (t: Token): boolean => has(t, commonFlag)
  const isGiven = (t: Token): boolean => has(t, givenFlag)
  const isTitleWord = (t: Token): boolean => has(t, titleHeadFlag) || has(t, titleModifierFlag)
  // "Park Ji-won", "Moon Ha-eun": a Korean surname and a hyphenated given name
  // (whose parts may be English words, "Ji-won", and whose surname may be one, "Park").
  const koreanName = new Set<Token>()
  for (let index = 1; index < tokens.length; index++) {
    const t = tokens[index]!
    if (!t.cap || !t.text.includes('-') || !koreanGiven.test(t.text)) continue
    const before = tokens[index - 1]!
    const after = tokens[index + 1]
    if (koreanSurnames.has(before.text) && spaceBetween(index - 1, index)) {
      koreanName.add(before).add(t)
    } else if (after && koreanSurnames.has(after.text) && spaceBetween(index, index + 1)) {
      koreanName.add(t).add(after)
    }
  }
  // The surname alone names the person after that ("Park said"), where no other capital is next to it.
  if (koreanName.size > 0) {
    const surnames = new Set([...koreanName].filter((t) => koreanSurnames.has(t.text)).map((t) => t.text))
    for (let index = 0; index < tokens.length; index++) {
      const t = tokens[index]!
      if (!surnames.has(t.text) || koreanName.has(t)) continue
      const before = tokens[index - 1]
      const after = tokens[index + 1]
      if ((before && before.cap && spaceBetween(index - 1, index)) || (after && after.cap && spaceBetween(index, index + 1))) continue
      koreanName.add(t)
    }
  }
  const notName = (t: Token): boolean =>
    !koreanName.has(t) &&
    (has(t, nonNameFlag) ||
    has(t, temporalFlag) ||
    has(t, honorificFlag) ||
    isTitleWord(t) ||
    has(t, organizationWordFlag) ||
    has(t, nationalityFlag) ||
    ((t.text.includes('-') || t.text.includes('‐')) && /[-‐]\p{Ll}+$/u.test(t.text)) ||
    (isAcronym(t) && t.text.length >= 3 && !t.dot && !has(t, suffixFlag)))

  const parts: NamePart[] = []
  const groupRuns: Token[][] = []
  /** Single capitalised words dropped as sentence openers ("Reed said …" may still be a surname). */
  const droppedWords: number[] = []
  readParts()
  function readParts(): void {
    let previousCue: {end: number; cue: Cue} | undefined
    for (const run of runs) {
      let from = run.from
      // Sentence-initial common words and non-name words are not part of anything.
      while (from < run.to) {
        const t = tokens[from]!
        const junk =
          has(t, nonNameFlag) && !has(t, honorificFlag) && !has(t, titleHeadFlag)
            ? true
            : (t.sentenceStart || titleCase[t.block]) &&
              isCommon(t) &&
              !isGiven(t) &&
              !isTitleWord(t) &&
              !has(t, honorificFlag) &&
              !has(t, temporalFlag) &&
              !has(t, organizationWordFlag) &&
              // "Quarry & Finch said": the first name of a firm's.
              !ampersandAfter(from)
        if (!junk) break
        from++
      }
      if (from >= run.to) {
        if (run.to - run.from === 1) droppedWords.push(run.from)
        // A party or a company that is no name word ("the Tories", "Lib Dems").
        const words = tokens.slice(run.from, run.to).filter((t) => !has(t, functionFlag))
        if (words.length > 0 && words.some((t) => namedGroupWords.has(t.text)) && !titleCase[tokens[run.from]!.block]) groupRuns.push(words)
        continue
      }
      let nameFrom = run.to
      while (nameFrom > from) {
        const t = tokens[nameFrom - 1]!
        const last = nameFrom === run.to
        const before = tokens[nameFrom - 2]
        const surnameAfterGiven =
          last &&
          before !== undefined &&
          nameFrom - 2 === from &&
          isGiven(before) &&
          !isCommon(before) &&
          !notName(before) &&
          (has(t, organizationWordFlag) || has(t, titleHeadFlag)) &&
          !divisionWords.has(t.text) &&
          !institutionWords.has(t.text)
        // A month or weekday that is also a given name opens a name ("Jan Ode").
        const givenTemporal =
          !last && has(t, temporalFlag) && isGiven(t) && nameFrom - 1 === from && !notName(tokens[nameFrom]!)
        if (notName(t) && !surnameAfterGiven && !givenTemporal && !isParticle(t)) break
        nameFrom--
      }
      // A lone letter without a period opens no name ("F Ada Lane": a position).
      while (nameFrom < run.to - 1 && tokens[nameFrom]!.text.length === 1 && !tokens[nameFrom]!.dot) nameFrom++
      // Place names ("San …", "Fort …") and some organisations' ("Temple …") are no persons.
      if (placePrefixSet.has(tokens[from]!.text) || organizationOpenerSet.has(tokens[from]!.text)) nameFrom = run.to
      // "the trawler Mary Bell", "the yacht Ada Lane": a vessel's name.
      const vessel = tokens[from - 1]
      if (vessel && !vessel.cap && vesselNouns.has(vessel.lower) && vessel.block === tokens[from]!.block) nameFrom = run.to
      let nameTo = run.to
      // A trailing suffix or initial alone is no name.
      const nameTokens = (): Token[] => tokens.slice(nameFrom, nameTo)
      // Leading common words before a given name belong to the prefix ("Jazz Club Ada Lane").
      while (nameTo - nameFrom >= 2) {
        const first = tokens[nameFrom]!
        // A job noun opening the sentence too ("Forecaster Ada Lane").
        if (!((isCommon(first) || (first.sentenceStart && isJobNounToken(first))) && !isGiven(first))) break
        const rest = nameTokens().slice(1)
        if (!rest.some(isGiven) && rest.length < 2) break
        nameFrom++
      }
      if (nameFrom > from && nameFrom < run.to && multiwordPlaces.has(`${tokens[nameFrom - 1]!.text} ${tokens[nameFrom]!.text}`)) {
        nameFrom = run.to
        nameTo = run.to
      }
      const prefix = tokens.slice(from, nameFrom)
      let cue: Cue = 'none'
      let inherited = false
      if (prefix.some((t) => has(t, honorificFlag))) cue = 'honorific'
      if (prefix.some((t) => has(t, titleHeadFlag))) cue = 'title'
      const leftIndex = from - 1
      const left = tokens[leftIndex]
      // A plural title covers a list ("Presidents Ada Lane, Ian Ode and …").
      const lastPrefix = prefix[prefix.length - 1]
      let listCue = cue === 'title' && lastPrefix !== undefined && /s$/.test(lastPrefix.lower) && has(lastPrefix, titleHeadFlag)
      if (cue === 'none' && left && left.block === tokens[from]!.block && left.sentence === tokens[from]!.sentence) {
        const gap = gapBetween(leftIndex, from)
        // A plural role before one word names a group ("league leaders Eastfield").
        const plural = /s$/.test(left.lower) && !jobNounSet.has(left.lower)
        // "Telecoms regulator Olvacom": a noun for an organisation before one word names the organisation.
        const organizationRole = has(left, organizationNounFlag) && nameTo - nameFrom < 2
        // "Westmoor host Kenbury next Saturday": a verb between two teams, not a role before one word.
        const verbBetween = verbLikeRoles.has(left.lower) && nameTo - nameFrom < 2 && !isGiven(tokens[nameFrom]!) && tokens[leftIndex - 1]?.cap === true
        if (/^[ \t]+$/.test(gap) && !left.cap && isJobNounToken(left) && !(plural && nameTo - nameFrom < 2) && !organizationRole && !verbBetween) cue = 'job'
        else if (/^[ \t]+$/.test(gap) && left.allCaps && has(left, titleHeadFlag)) cue = 'title'
        else if (/^,?[ \t]+$/.test(gap) && !left.cap && has(left, relationFlag)) cue = 'relation'
        if (cue === 'job' || cue === 'relation') listCue = true
      }
      if (cue === 'none' && previousCue && run.from > 0) {
        const gap = value.slice(previousCue.end, tokens[run.from]!.start)
        if (/^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap)) {
          cue = previousCue.cue
          listCue = true
          inherited = true
        }
      }
      const after = tokens[run.to]
      if (
        cue === 'none' &&
        nameTo - nameFrom === 1 &&
        after &&
        after.lower === 'administration' &&
        spaceBetween(run.to - 1, run.to) &&
        !isCommon(tokens[nameFrom]!) &&
        !has(tokens[nameFrom]!, placeFlag)
      ) {
        cue = 'administration'
      }
      const part: NamePart = {run, from: nameFrom, to: nameTo, cue, listCue, inherited}
      parts.push(part)
      previousCue = listCue ? {end: tokens[run.to - 1]!.outerEnd, cue} : undefined
    }
  }

  // 3. Full names.
  const persons = new Map<string, PersonDraft>()
  const personOf = new Map<NamePart, PersonDraft>()
  const displayName = (from: number, to: number): string => {
    const words: string[] = []
    for (let index = from; index < to; index++) {
      const t = tokens[index]!
      // A nickname inside a name is not part of it: `Odile (Dee) Marchetti` is Odile Marchetti.
      if (index > from && index < to - 1 && isNickname(index)) continue
      let word = value.slice(t.start, t.end)
      if (credit[t.block] && t.allCaps && !(t.text.length <= 2)) word = word[0] + word.slice(1).toLowerCase()
      words.push(word)
    }
    return words.join(' ')
  }
  // Names written together elsewhere are one word ("JPMorgan" / "JP Morgan"):
  // the full names, written together, then the capitalised tokens that are one.
  addFullNames()
  addCoordinated()
  function addFullNames(): void {
    const fullNames: Array<{part: NamePart; together: string}> = []
    const togetherWords = new Set<string>()
    for (const part of parts) {
      if (part.to - part.from < 2) continue
      if (!isFullName(part)) continue
      let together = ''
      for (let index = part.from; index < part.to; index++) together += tokens[index]!.lower
      fullNames.push({part, together})
      togetherWords.add(together)
    }
    const joined = new Set<string>()
    if (togetherWords.size > 0) {
      for (const t of tokens) {
        if (t.cap && togetherWords.has(t.lower) && value[t.start - 1] !== '@' && value[t.start - 1] !== '#') joined.add(t.lower)
      }
    }
    for (const {part, together} of fullNames) {
      if (joined.has(together)) continue
      addMention(part, displayName(part.from, part.to))
    }
  }

  /** "Ada and Tom Vane": a given name joined to a full name shares its surname. */
  function addCoordinated(): void {
    for (let index = 0; index < parts.length - 1; index++) {
      const part = parts[index]!
      const next = parts[index + 1]!
      if (part.to - part.from !== 1 || personOf.has(part) || !personOf.has(next) || next.to - next.from < 2) continue
      const given = tokens[part.from]!
      const nextGiven = tokens[next.from]!
      if (!isGiven(given) || isCommon(given) || has(given, placeFlag) || given.possessive || !isGiven(nextGiven)) continue
      if (part.run.to !== part.to || next.run.from !== next.from) continue
      if (!/^ (?:and|&) $/.test(value.slice(given.outerEnd, nextGiven.start))) continue
      addMention(part, `${displayName(part.from, part.to)} ${displayName(next.from + 1, next.to)}`)
    }
  }

  function isFullName(part: NamePart): boolean {
    const name = tokens.slice(part.from, part.to)
    const block = name[0]!.block
    if (shouting[block] && !credit[block]) return false
    const core = name.filter(
      (t, index) => !isParticle(t) && !has(t, suffixFlag) && !(t.dot && t.text.length === 1) && !(index > 0 && index < name.length - 1 && gaelicParticles.has(t.text))
    )
    if (core.length === 0) return false
    const first = name[0]!
    const last = core[core.length - 1]!
    if (isParticle(first)) return false
    if (isQuotedTitle(part)) return false
    if (isOrganizationAppositive(part.run.to - 1)) return false
    if (part.cue === 'none' && isPlaceAppositive(part.run.to - 1)) return false
    // "Baroness Ode of Tolley Vale": a peer's place.
    if (part.cue === 'none' && tokens[part.run.from - 1]?.lower === 'of' && part.run.from >= 2 && territorialEnd(part.run.from - 2) >= part.run.to - 1) return false
    // "Delaney Systems", "Ode Holdings": a company's designator ends no person's name.
    if (designators.has(last.text)) return false
    // "league leaders Arland Town", "Tolley Rovers": a club's word ends no person's name either.
    if (core.length > 1 && clubWords.has(last.text)) return false
    // "Kestrel Osprey" after "Kestrel Logistics and Osprey Freight": words that open companies' names.
    if (part.cue === 'none' && !isGiven(first) && companyOpeners().has(first.text) && core.every((t) => t === first || companyOpeners().has(t.text))) return false
    // "the investment bank Marsh Tolley", here or elsewhere: a noun for an organisation names it.
    // "the group Marlow Families": after such a noun, a common plural last word ("Families", "Residents")
    // makes even a given name's run an organisation's.
    if ((!isGiven(first) || (name.length >= 2 && isCommon(last) && /\p{Ll}s$/u.test(last.text))) && namedAsOrganization().has(value.slice(first.start, name[name.length - 1]!.end))) return false
    // A lone letter without a period opens no name ("F Ada Lane" is a position and a name).
    if (first.text.length === 1 && !first.dot) return false
    // "a rally in Des Vernes": a name right after "in", with no role or title, is a place.
    if (part.cue === 'none' && placeAfterIn(part.run.from, part.run.to)) return false
    // "residents of Tolley Vale", "the village of Marsh End": a place.
    if (part.cue === 'none' && placeOwnerBefore(part.run.from)) return false
    // "a new production of Macbeth", "an adaptation of Ada Lane": a work's title.
    if (part.cue === 'none' && nounOfBefore(part.run.from, workNouns)) return false
    // "the Riverton Hawks": "the" and a plural last word name a team, not a person.
    const before = tokens[part.from - 1]?.lower === 'the' ? tokens[part.from - 1] : tokens[part.run.from - 1]
    if (part.cue === 'none' && before?.lower === 'the' && before.sentence === first.sentence && pluralName.test(last.text) && !isGiven(first)) return false
    // "at Mill Lane", "on Church Way": a road or ground after a preposition of place, its first word a
    // common one (but "Ada Lane", and "Mark Lane" in other places, are persons).
    const place = tokens[part.run.from - 1]?.lower
    if (part.cue === 'none' && name.length === 2 && minorRoadWords.has(last.text) && isCommon(first) && place !== undefined && placePrepositions.has(place)) return false
    // "a rally in Victoria Park", "through Albert Square": an open ground after a preposition of place.
    if (part.cue === 'none' && name.length === 2 && groundWords.has(last.text) && place !== undefined && groundPrepositions.has(place)) return false
    // "Name, 54, of Marsh Lane, Tolley": an address after an age, whatever its first word.
    if (part.cue === 'none' && name.length === 2 && minorRoadWords.has(last.text) && place === 'of' && /\b\d{1,3},\s+of\s+$/.test(value.slice(Math.max(0, first.start - 12), first.start))) return false
    // "Name, of Ashby Lane, Tolley,": an address between commas after a name.
    if (
      part.cue === 'none' &&
      name.length === 2 &&
      minorRoadWords.has(last.text) &&
      place === 'of' &&
      /,\s+of\s+$/.test(value.slice(Math.max(0, first.start - 6), first.start)) &&
      tokens[part.run.from - 2]?.cap === true &&
      /^,\s+\p{Lu}/u.test(value.slice(last.outerEnd, last.outerEnd + 3))
    )
      return false
    // "the Denver Blaze", "the London Eye": "the", a place and one more word name a team or a sight, not a person.
    if (part.cue === 'none' && before?.lower === 'the' && before.sentence === first.sentence && name.length === 2 && has(first, placeFlag)) return false
    // "Hurricane Delia", "Storm Brenna": a storm's name (unless a role says otherwise: "actress Storm Avery").
    // "the Tolley Awards", "the Marsh Open": an occasion's name.
    if (part.cue === 'none' && occasionWords.has(last.text)) return false
    // "on Harold Street": a road named after someone is no person, nor is a law ("the Marsh Act").
    if (part.cue === 'none' && (roadWords.has(last.text) || documentWords.has(last.text))) return false
    // "at Marlow Palace", "Tolley Abbey": a building.
    if (part.cue === 'none' && (last.text === 'Palace' || last.text === 'Abbey')) return false
    // "the Cerro Vale mine", "the Ada Lane plant": a site named, not a person.
    const site = tokens[part.to]
    if (part.cue === 'none' && before?.lower === 'the' && site !== undefined && !site.cap && siteNouns.has(site.lower) && spaceBetween(part.to - 1, part.to) && !last.possessive) return false
    const role = tokens[part.from - 1]
    if (part.cue === 'none' && name.length === 2 && stormWords.has(first.text) && !(role && role.sentence === first.sentence && isJobNounToken(role))) return false
    // "Marsh Magistrates' Court": a plural possessive inside an organisation's name.
    const after = tokens[part.to]
    if (last.possessive && /s['’]$/.test(value.slice(last.start, last.outerEnd)) && after?.cap && has(after, organizationWordFlag) && spaceBetween(part.to - 1, part.to)) return false
    if (part.cue === 'none' && employerAfterJob(part.run.from, part.run.to)) return false
    const strong = part.cue !== 'none'
    const givenFirst =
      isGiven(first) &&
      !(isCommon(first) && isCommon(last)) &&
      !(has(first, placeFlag) && has(last, placeFlag)) &&
      // "Boston Falcons": a place and a plural noun name a team.
      !(has(first, placeFlag) && isCommon(last) && /s$/.test(last.text))
    const shaped = core.every(
      (t, index) =>
        (t.dot && t.text.length <= 3) ||
        (index === 0 && t === first && isInitials(part.from)) ||
        (!isCommon(t) && !has(t, placeFlag) && !has(t, nationalityFlag) && !t.allCaps && t.text.length > 1)
    )
    // Capitals say little in a title-case headline: only known names count there.
    if (titleCase[block]) return false
    // An unknown name whose last word is a common one ("Vo Thi Lan") when it
    // reports speech or a role follows it ("Vo Thi Lan, the deputy minister,").
    const speaker =
      core.length >= 2 &&
      core.slice(0, -1).every((t) => !isCommon(t) && !has(t, placeFlag)) &&
      (speaksNext(part.run.to) || saidBefore(part.run.from) || roleFollows(part.run.to - 1))
    return strong || givenFirst || shaped || speaker
  }

  /**
   * Whether the name from `from` to `to` is someone's employer, after a job
   * and "at" or "with": "an engineer at Marsh Kendall", "a forecaster with
   * Tolley Weather" (not "a lawyer for Ada Lane", nor "an aide with Ada Lane",
   * which a given name opens); or after a post only a body has and "of":
   * "the chief executive of Marsh Kendall", "the founder of Helix Orbital".
   */
  function employerAfterJob(from: number, to: number): boolean {
    const preposition = tokens[from - 1]
    const job = tokens[from - 2]
    return (
      preposition !== undefined &&
      job !== undefined &&
      (preposition.lower === 'at' ||
        (preposition.lower === 'with' && !isGiven(tokens[from]!)) ||
        (preposition.lower === 'of' && ownedPosts.has(job.lower))) &&
      !preposition.cap &&
      !job.cap &&
      isJobNounToken(job) &&
      job.sentence === tokens[from]!.sentence &&
      spaceBetween(from - 2, from - 1) &&
      spaceBetween(from - 1, from) &&
      !tokens[to - 1]!.possessive
    )
  }

  /** Whether an appositive with a lower-case job noun follows the name ending at `nameLast` ("…, Arland's deputy minister,"). */
  function roleFollows(nameLast: number): boolean {
    const first = tokens[nameLast + 1]
    if (!first || first.sentence !== tokens[nameLast]!.sentence || !/^,\s+$/.test(value.slice(tokens[nameLast]!.outerEnd, first.start))) return false
    for (let index = nameLast + 1; index < Math.min(tokens.length, nameLast + 7); index++) {
      const t = tokens[index]!
      if (index > nameLast + 1 && (t.sentence !== first.sentence || !spaceBetween(index - 1, index))) return false
      if (!t.cap && isJobNounToken(t)) return true
      if (has(t, stopFlag)) return false
    }
    return false
  }

  /** Whether a lower-case noun of `nouns` and "of" come right before token `from` ("residents of", "a production of"). */
  function nounOfBefore(from: number, nouns: ReadonlySet<string>): boolean {
    const of = tokens[from - 1]
    const noun = tokens[from - 2]
    return of?.lower === 'of' && !of.cap && noun !== undefined && !noun.cap && nouns.has(noun.lower) && noun.sentence === tokens[from]!.sentence && spaceBetween(from - 2, from - 1) && spaceBetween(from - 1, from)
  }

  /** Whether "of" and a noun for a place's people or the place itself come before token `from` ("residents of", "the town of"). */
  function placeOwnerBefore(from: number): boolean {
    return nounOfBefore(from, placeOwners)
  }

  /** Whether the capitalised run from–to follows "in"/"near"/"outside" and reads as a place's name there. */
  function placeAfterIn(from: number, to: number): boolean {
    const lead = tokens[from - 1]
    if (!lead || !locativeWords.has(lead.text) || lead.sentence !== tokens[from]!.sentence || !spaceBetween(from - 1, from)) return false
    // "shares in Velmont", "a stake in Kessing": a company.
    const governor = tokens[from - 2]
    if (governor && governor.sentence === lead.sentence && holdingWords.has(governor.lower)) return false
    const last = tokens[to - 1]!
    if (last.possessive || to - from > 3) return false
    // A name that speaks elsewhere ("Velmont said") is no place.
    const name = value.slice(tokens[from]!.start, last.end)
    if (value.includes(`${name} said`) || value.includes(`${name} says`)) return false
    for (let index = from; index < to; index++) {
      const t = tokens[index]!
      if (t.allCaps || isCommon(t) || has(t, nationalityFlag) || has(t, temporalFlag) || has(t, organizationWordFlag) || has(t, honorificFlag) || has(t, titleHeadFlag)) return false
    }
    return true
  }

  /** First words of the names the text gives with a company's designator ("Kestrel" of "Kestrel Logistics"). */
  function companyOpeners(): Set<string> {
    if (companyFirstWords) return companyFirstWords
    companyFirstWords = new Set()
    for (const run of runs) {
      const last = tokens[run.to - 1]!
      if (run.to - run.from >= 2 && (designators.has(last.text) || has(last, organizationWordFlag)) && !isGiven(tokens[run.from]!)) companyFirstWords.add(tokens[run.from]!.text)
    }
    return companyFirstWords
  }

  /** Names written right after a lower-case noun for an organisation ("the bank Marsh Tolley"), built on first use. */
  function namedAsOrganization(): Set<string> {
    if (organizationNamed) return organizationNamed
    organizationNamed = new Set()
    for (const run of runs) {
      const before = organizationNounBefore(run.from)
      // "the broadcaster Ada Lane": a noun that is also a job leaves the name a person's.
      if ((!before || isJobNounToken(before)) && !mediaAfter(run.from, run.to)) continue
      organizationNamed.add(value.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end))
    }
    return organizationNamed
  }

  /** Whether the name from `from` to `to` is a medium someone speaks to or on ("told Marsh Ode radio", "on Ada Lane television"). */
  function mediaAfter(from: number, to: number): boolean {
    const verb = tokens[from - 1]
    const noun = tokens[to]
    return (
      verb !== undefined &&
      noun !== undefined &&
      mediaVerbs.has(verb.lower) &&
      !verb.cap &&
      mediaNouns.has(noun.lower) &&
      !noun.cap &&
      spaceBetween(from - 1, from) &&
      spaceBetween(to - 1, to) &&
      !tokens[to - 1]!.possessive &&
      // "told Portuguese newspaper Record": a nationality describes the medium.
      !has(tokens[from]!, nationalityFlag) &&
      !has(tokens[from]!, placeFlag)
    )
  }

  /** The lower-case noun for an organisation right before token `index`, in its sentence ("the bank Name"). */
  function organizationNounBefore(index: number): Token | undefined {
    const before = tokens[index - 1]
    if (!before || before.cap || !has(before, organizationNounFlag)) return undefined
    return before.sentence === tokens[index]!.sentence && spaceBetween(index - 1, index) ? before : undefined
  }

  /** Whether an inverted reporting verb comes right before token `index` ("said Name", not the listener of "told Name"). */
  function saidBefore(index: number): boolean {
    const verb = tokens[index - 1]
    return verb !== undefined && !verb.cap && invertedReportVerbs.has(verb.lower) && spaceBetween(index - 1, index)
  }

  /**
   * Whether the words from token `index` report speech by the name before it:
   * "said", or an apposition and then "said" ("Name, a parent, said").
   */
  function speaksNext(index: number): boolean {
    const next = tokens[index]
    if (next === undefined) return false
    if (spaceBetween(index - 1, index)) return !next.cap && reportVerbs.has(next.lower)
    if (!/^,\s+$/.test(gapBetween(index - 1, index)) || !has(next, determinerFlag)) return false
    for (let at = index + 1; at < tokens.length && at < index + 16; at++) {
      const t = tokens[at]!
      if (t.sentence !== next.sentence) return false
      if (/^,\s+$/.test(gapBetween(at - 1, at))) return !t.cap && reportVerbs.has(t.lower)
    }
    return false
  }

  function addMention(part: NamePart, name: string): PersonDraft {
    const key = keyOf(name)
    let person = persons.get(key)
    const start = tokens[part.from]!.start
    const end = tokens[part.to - 1]!.end
    if (!person) {
      person = {
        name,
        words: name.split(' '),
        mentions: [],
        aliases: new Set(),
        first: start,
        roles: [],
        male: 0,
        female: 0
      }
      persons.set(key, person)
    }
    person.mentions.push(text.mention(start, end))
    personOf.set(part, person)
    for (let index = part.from + 1; index < part.to - 1; index++) {
      if (isNickname(index)) person.aliases.add(tokens[index]!.text)
    }
    if (part.cue === 'title' || part.cue === 'honorific') {
      let from = part.run.from
      while (from < part.from && !has(tokens[from]!, honorificFlag) && !has(tokens[from]!, titleHeadFlag) && !has(tokens[from]!, titleModifierFlag)) from++
      const styled = displayName(from, part.to)
      if (keyOf(styled) !== key) person.aliases.add(styled)
    }
    return person
  }

  // Names that end another, longer name are the same person ("Van Der Hoeven", "Hoeven").
  mergeTails()
  function mergeTails(): void {
    const drafts = [...persons.values()]
    // Every shorter tail of every name, by word count and key (drafts in order).
    const byTail = new Map<string, PersonDraft[]>()
    for (const other of drafts) {
      for (let size = 1; size < other.words.length; size++) {
        const tailKey = `${size} ${keyOf(other.words.slice(-size).join(' '))}`
        const list = byTail.get(tailKey)
        if (list) list.push(other)
        else byTail.set(tailKey, [other])
      }
    }
    const partsOf = new Map<PersonDraft, NamePart[]>()
    for (const [part, person] of personOf) {
      const list = partsOf.get(person)
      if (list) list.push(part)
      else partsOf.set(person, [part])
    }
    for (const short of drafts) {
      const longer = (byTail.get(`${short.words.length} ${keyOf(short.name)}`) ?? []).filter((other) => other !== short)
      if (longer.length === 1) {
        const target = longer[0]!
        target.mentions.push(...short.mentions)
        target.aliases.add(short.name)
        target.first = Math.min(target.first, short.first)
        persons.delete(keyOf(short.name))
        const moved = partsOf.get(short)
        if (moved) {
          for (const part of moved) personOf.set(part, target)
          partsOf.delete(short)
          const list = partsOf.get(target)
          if (list) list.push(...moved)
          else partsOf.set(target, moved)
        }
      }
    }
  }

  // 4. Short forms: surnames, first names, "Mr X", particles ("von der Marwitz").
  const bySurname = new Map<string, PersonDraft[]>()
  const byFirst = new Map<string, PersonDraft[]>()
  const indexPerson = (person: PersonDraft): void => {
    const words = person.words.filter((word) => !suffixSet.has(word.replace(/\.$/, '').toLowerCase()))
    for (let size = 1; size < words.length; size++) {
      const tail = words.slice(-size)
      if (size > 1 && !tail.slice(0, -1).every((word) => particleSet.has(word.toLowerCase()) || /^\p{Lu}/u.test(word))) continue
      push(bySurname, keyOf(tail.join(' ')), person)
    }
    if (words.length === 1) push(bySurname, keyOf(words[0]!), person)
    if (words.length > 1) push(byFirst, keyOf(words[0]!), person)
  }
  for (const person of persons.values()) indexPerson(person)

  // A short form shared by several persons goes to the one named most recently,
  // not counting a name inside a relation ("Ada Lane, mother of Tom Lane").
  const embeddedAt = new Map<number, boolean>()
  const embeddedIn = (mention: Mention): boolean => {
    let embedded = embeddedAt.get(mention.start)
    if (embedded === undefined) {
      const before = value.slice(Math.max(0, mention.start - 60), mention.start)
      const match = relationOf.exec(before)
      embedded = match !== null && relationSet.has(match[1]!.toLowerCase())
      embeddedAt.set(mention.start, embedded)
    }
    return embedded
  }
  const nearest = (list: PersonDraft[], offset: number): PersonDraft => {
    if (list.length === 1) return list[0]!
    let best: PersonDraft | undefined
    let bestAt = -1
    for (const salient of [true, false]) {
      for (const person of list) {
        const last = lastBefore(person, offset, salient)
        if (last > bestAt) {
          best = person
          bestAt = last
        }
      }
      if (best) return best
    }
    return list.reduce((a, b) => (a.first <= b.first ? a : b))
  }
  const lastBefore = (person: PersonDraft, offset: number, salient = false): number => {
    let last = -1
    for (const mention of person.mentions) {
      if (mention.start <= offset && mention.start > last && !(salient && embeddedIn(mention))) last = mention.start
    }
    return last
  }

  /**
   * Of the persons sharing a surname, those an honorific right before token
   * `from` fits ("Mrs Lane": not the one known as a man), or all of them.
   */
  /** The gender the honorific right before token `from` gives ("Mrs" → female), if any. */
  const honorificGender = (from: number): 'male' | 'female' | undefined => {
    const honorific = tokens[from - 1]
    if (honorific === undefined || honorific.block !== tokens[from]!.block) return undefined
    return has(honorific, masculineFlag) ? 'male' : has(honorific, feminineFlag) ? 'female' : undefined
  }

  const byHonorific = (list: PersonDraft[], from: number): PersonDraft[] => {
    const wanted = honorificGender(from)
    if (wanted === undefined) return list
    const fitting = list.filter((person) => genderOfDraft(person) !== (wanted === 'male' ? 'female' : 'male'))
    return fitting.length > 0 ? fitting : list
  }

  /** The person a shared surname, written alone, first stood for. */
  const surnameOwner = new Map<string, PersonDraft>()
  /** The person a name stands for; null when several fit and none can be chosen. */
  const resolve = (from: number, to: number): PersonDraft | null | undefined => {
    const key = keyOf(displayName(from, to))
    const exact = persons.get(key)
    if (exact) return exact
    const surname = bySurname.get(key)
    if (surname) {
      if (surname.length === 1) return surname[0]
      const fitting = byHonorific(surname, from)
      // "Mrs Vane" when two women named Vane came before: no guess.
      const at = tokens[from]!.start
      if (honorificGender(from) !== undefined) {
        if (fitting.filter((person) => person.first < at).length > 1) return null
        return nearest(fitting, at)
      }
      // The bare surname keeps the person it first stood for ("Avery … his son, Ian
      // Avery, … Avery smiled" is the father), else the one named last.
      const owner = surnameOwner.get(key)
      if (owner && fitting.includes(owner)) return owner
      const found = nearest(fitting, at)
      surnameOwner.set(key, found)
      return found
    }
    const first = byFirst.get(key)
    if (first && first.length === 1 && to - from === 1) return first[0]
    return undefined
  }

  resolveShortForms()
  function resolveShortForms(): void {
    for (const part of parts) {
      if (personOf.has(part)) continue
      const size = part.to - part.from
      if (size === 0) continue
      const block = tokens[part.from]!.block
      const found = resolve(part.from, part.to)
      if (found === null) continue
      if (found) {
        attach(part, found, part.from, part.to)
        continue
      }
      let person: PersonDraft | undefined
      if (size === 1) {
        const t = tokens[part.from]!
        // "Maria, 34, who asked that her surname not be used": a given name and an age.
        const aged = isGiven(t) && !isCommon(t) && /^(?:,\s+\d{1,3},|\s+\(\d{1,3}\))/.test(value.slice(t.outerEnd, t.outerEnd + 8))
        const usable =
          (part.cue !== 'none' || aged) &&
          !shouting[block] &&
          !isCommon(t) &&
          !has(t, placeFlag) &&
          !notName(t) &&
          t.text.length > 1 &&
          !isQuotedTitle(part)
        if (usable) {
          person = addMention(part, displayName(part.from, part.to))
          indexPerson(person)
          continue
        }
      }
      // Otherwise each word alone may still be a short form ("Lane Wins …" in a headline).
      for (let index = part.from; index < part.to; index++) {
        const t = tokens[index]!
        let whole = 0
        for (let end = part.to; end > index + 1; end--) {
          const known = persons.get(keyOf(displayName(index, end)))
          if (known) {
            attach(part, known, index, end)
            whole = end
            break
          }
        }
        if (whole > 0) {
          index = whole - 1
          continue
        }
        if (!t.cap || (t.sentenceStart && isCommon(t) && !bySurname.has(t.lower))) continue
        const match = resolve(index, index + 1)
        if (match) attach(part, match, index, index + 1)
      }
    }
  }

  function attach(part: NamePart, person: PersonDraft, from: number, to: number): void {
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    person.mentions.push(text.mention(start, end))
    if (!personOf.has(part) && from === part.from && to === part.to) personOf.set(part, person)
    const alias = displayName(from, to)
    if (keyOf(alias) !== keyOf(person.name)) person.aliases.add(alias)
    const styled = displayName(part.run.from, to)
    if (part.cue === 'title' || part.cue === 'honorific') {
      if (keyOf(styled) !== keyOf(person.name)) person.aliases.add(styled)
    }
  }

  // A surname that is also a common word, opening a sentence before a verb ("Wood said").
  resolveDroppedWords()
  function resolveDroppedWords(): void {
    for (const index of droppedWords) {
      const t = tokens[index]!
      const next = tokens[index + 1]
      if (!t.sentenceStart || !isCommon(t) || t.allCaps || !next || next.cap || next.sentence !== t.sentence) continue
      if (has(t, nonNameFlag) || !/^ +$/.test(gapBetween(index, index + 1)) || !verbLike.test(next.lower)) continue
      const list = bySurname.get(keyOf(t.text))
      if (!list || list.every((person) => person.words.length < 2)) continue
      const person = nearest(list, t.start)
      person.mentions.push(text.mention(t.start, t.end))
      person.aliases.add(t.text)
    }
  }

  // Credits ("Ada Lane/Agency", "ADA LANE/AGENCY").
  const organizations = new Map<string, {name: string; mentions: Mention[]; alternate: Set<string>}>()
  const addOrganization = (name: string, start: number, end: number): string => {
    // "the Tolley-based Institute", "the Conference-leading Larks": a compound adjective is no part of the name.
    const based = /^\p{Lu}[\p{L}.'’-]*-(?:based|leading|owned|backed|run|funded|listed|born|bound|linked)\s+(?=\p{Lu})/u.exec(name)
    if (based) {
      name = name.slice(based[0].length)
      start += based[0].length
    }
    const clean = name.replace(/^the\s+/i, '').trim()
    const key = keyOf(clean)
    let org = organizations.get(key)
    if (!org) {
      org = {name: clean, mentions: [], alternate: new Set()}
      organizations.set(key, org)
    }
    org.mentions.push(text.mention(start, end))
    return key
  }
  readCredits()
  function readCredits(): void {
    for (const [index, block] of blocks.entries()) {
      if (!credit[index]) continue
      const line = value.slice(block.start, block.end)
      const match = creditPattern.exec(line)
      if (!match) continue
      const who = match[1]!.trim()
      const agency = match[2]!.trim()
      const whoStart = block.start + match.index + match[0].indexOf(match[1]!) + (match[1]!.length - match[1]!.trimStart().length)
      const proper = who
        .split(/\s+/)
        .map((word) => (word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word))
        .join(' ')
      let person = persons.get(keyOf(proper))
      if (!person) {
        const surname = bySurname.get(keyOf(proper))
        person = surname?.[0]
      }
      if (!person) {
        person = {
          name: proper,
          words: proper.split(' '),
          mentions: [],
          aliases: new Set(),
          first: whoStart,
          roles: [],
          male: 0,
          female: 0
        }
        persons.set(keyOf(proper), person)
      }
      if (!person.mentions.some((mention) => mention.start === whoStart)) {
        person.mentions.push(text.mention(whoStart, whoStart + who.length))
      }
      if (who !== proper) person.aliases.add(who)
      const agencyStart = block.start + line.lastIndexOf(agency)
      const orgKey = addOrganization(agency, agencyStart, agencyStart + agency.length)
      person.affiliation ??= {name: organizations.get(orgKey)!.name, start: agencyStart, end: agencyStart + agency.length}
    }
  }

  // Token indexes: where each run starts, and which tokens name a person.
  const runStart = new Int32Array(tokens.length).fill(-1)
  for (const run of runs) for (let index = run.from; index < run.to; index++) runStart[index] = run.from
  for (let index = 0; index < tokens.length; index++) if (runStart[index] === -1) runStart[index] = index
  const personToken = new Uint8Array(tokens.length)
  for (const part of personOf.keys()) for (let index = part.from; index < part.to; index++) personToken[index] = 1
  // Named parts by the token their name ends at (in `personOf` order), for owners.
  const personPartsByEnd = new Map<number, Array<[NamePart, PersonDraft]>>()
  for (const entry of personOf) {
    const list = personPartsByEnd.get(entry[0].to)
    if (list) list.push(entry)
    else personPartsByEnd.set(entry[0].to, [entry])
  }

  // 5. Titles and affiliations, first role stated wins.
  /** Roles after "its", waiting for the organisations (`resolveIts`). */
  const itsRoles: Array<{person: PersonDraft; pronoun: Token}> = []
  /** Roles after a common noun's possessive ("the bank's chief economist"), waiting for the organisations (`resolveNounOwners`). */
  const nounRoles: Array<{person: PersonDraft; noun: string; at: number}> = []
  readTitles()
  function readTitles(): void {
    const listTitle = new Map<NamePart, Found>()
    let lastListTitle: Found | undefined
    /** A plural role in apposition before a list of names, and where the list has reached ("The previous owners, Tom and Ada Lane,"). */
    let shared: {found: Found; end: number} | undefined
    for (const part of parts) {
      if (!part.inherited) lastListTitle = undefined
      else if (lastListTitle) listTitle.set(part, lastListTitle)
      const inList = shared !== undefined && /^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(value.slice(shared.end, tokens[part.run.from]!.start))
      if (!inList) shared = undefined
      const person = personOf.get(part)
      if (!person) continue
      const start = tokens[part.from]!.start
      const honorific = tokens.slice(part.run.from, part.from).find((t) => has(t, honorificFlag) || has(t, masculineFlag) || has(t, feminineFlag))
      if (honorific && has(honorific, masculineFlag)) person.male++
      if (honorific && has(honorific, feminineFlag)) person.female++
      // A role in apposition before a title and the name is stated first ("A spokesman for the
      // ministry, Colonel Ada Lane,"): it wins over the title.
      const titled = preTitle(part.from, part.run.from)
      const appositive = preAppositive(part.run.from)
      const before = titled !== undefined && appositive?.kind === 'title' && titled.kind === 'title' && part.run.from < part.from ? undefined : titled
      const found = before ?? appositive ?? shared?.found ?? postTitle(part.to - 1) ?? listTitle.get(part) ?? copulaTitle(part.to - 1) ?? appointedTitle(part.run.from, part.to - 1)
      // A plural role is every listed name's, as written (“The previous owners, Tom and Ada Lane,”).
      if (appositive?.kind === 'title' && found === appositive && isPluralRole(appositive.title)) shared = {found, end: tokens[part.to - 1]!.outerEnd}
      else if (shared && found === shared.found) shared.end = tokens[part.to - 1]!.outerEnd
      if (!found) continue
      if (before && !person.appositiveRole) {
        const after = postTitle(part.to - 1)
        if (after?.kind === 'title') person.appositiveRole = {text: after.title, start: after.start, end: after.end}
      }
      if (part.listCue && found.kind === 'title' && !part.inherited) lastListTitle = found
      if (found.kind === 'possessor') {
        const owner = ownerAt(found.ownerFrom, found.ownerTo)
        if (owner.type === 'organization' && isProperName(owner.name) && person.affiliation === undefined && person.title === undefined) {
          person.affiliation = {name: owner.name, start: found.ownerStart, end: found.ownerEnd}
        }
        continue
      }
      // "The cyclist's partner, Name", "her partner Name": a relation someone has, not a role (a
      // partner in a firm has one: "a partner at Marsh & Co").
      const head = tokenIndexAt(found.start)
      if (found.title.indexOf(' ') < 0 && has(tokens[head]!, relationFlag) && (found.ownerFrom !== undefined || tokens[head - 1]?.possessive || possessivePronouns.has(tokens[head - 1]?.lower ?? ''))) continue
      // "the daughter of a miner", "a mother of two": a tie, not a role.
      if (has(tokens[head]!, relationFlag) && /^\S+\s+of\s/.test(found.title)) continue
      const offset = found.start < start ? found.start : start
      if (person.title && person.title.offset <= offset) continue
      // "Supporters' trust chairman Name": a plural noun capitalised only by the sentence's start
      // owns the role as a description, not as an organisation's name.
      const commonOwner =
        found.ownerFrom !== undefined &&
        found.ownerTo === found.ownerFrom + 1 &&
        tokens[found.ownerFrom]!.sentenceStart &&
        isCommon(tokens[found.ownerFrom]!) &&
        /s['’]$/.test(value.slice(tokens[found.ownerFrom]!.start, tokens[found.ownerFrom]!.outerEnd)) &&
        !isProperElsewhere(tokens[found.ownerFrom]!)
      if (commonOwner) {
        person.title = {text: value.slice(found.ownerStart!, found.end).replace(/\s+/g, ' '), start: found.ownerStart!, end: found.end, offset}
        continue
      }
      person.title = {text: found.title, start: found.start, end: found.end, offset}
      if (found.affiliation) person.affiliation = found.affiliation
      // "Its chief executive, Name": the organisation named last before "its" (read once all are known).
      const pronoun = tokens[tokenIndexAt(found.start) - 1]
      // "Marsh Ltd, whose managing director, Name,": the organisation right before "whose".
      if (!found.affiliation && found.ownerFrom === undefined && (pronoun?.lower === 'its' || pronoun?.lower === 'whose')) itsRoles.push({person, pronoun})
      if (found.ownerFrom !== undefined) {
        const owner = ownerAt(found.ownerFrom, found.ownerTo!)
        // "The council’s finance chair": a common noun names no organisation.
        if (owner.type !== 'person' && !found.affiliation && isProperName(owner.name)) {
          person.affiliation = {name: owner.name, start: found.ownerStart!, end: found.ownerEnd!}
        } else if (owner.type === 'organization' && !found.affiliation && /^\p{Ll}+$/u.test(owner.name)) {
          nounRoles.push({person, noun: owner.name, at: found.ownerStart!})
        }
        if (owner.type === 'person' && owner.person !== person) {
          const possessor = tokens[found.ownerTo! - 1]!
          person.roles.push({
            phrase: value.slice(possessor.start, found.end).replace(/\s+/g, ' '),
            title: found.title,
            start: possessor.start,
            end: found.end
          })
        }
      }
    }
  }

  type Found =
    | {kind: 'possessor'; ownerFrom: number; ownerTo: number; ownerStart: number; ownerEnd: number}
    | {
        kind: 'title'
        title: string
        start: number
        end: number
        affiliation?: {name: string; start: number; end: number} | undefined
        ownerFrom?: number | undefined
        ownerTo?: number | undefined
        ownerStart?: number | undefined
        ownerEnd?: number | undefined
      }

  /** Walk left from `before` (exclusive) over a role phrase ending right before a name. */
  function preTitle(nameFrom: number, runFrom: number): Found | undefined {
    return leftPhrase(nameFrom - 1, runFrom, true)
  }

  function preAppositive(nameFrom: number): Found | undefined {
    let left = nameFrom - 1
    if (left >= 0 && has(tokens[left]!, determinerFlag)) left--
    if (left < 0) return undefined
    const token = tokens[left]!
    if (token.block !== tokens[nameFrom]!.block) return undefined
    const gap = value.slice(token.outerEnd, tokens[left + 1]!.start)
    if (!/^,\s+$/.test(gap) || token.possessive) return undefined
    const found = leftPhrase(left, left, false) ?? openingRoleWithField(left)
    if (!found || found.kind !== 'title') return undefined
    // "Two senators, Ada Lane and Tom Avery": a count of people, no one's title.
    if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both|several|many)\s/i.test(found.title)) return undefined
    // Only "the/a/its/X’s ROLE, Name" or a role opening the sentence (its
    // organisation included: "The Ode Council chief executive, Name").
    const first = tokenIndexAt(found.affiliation?.start ?? found.start)
    const before = tokens[first - 1]
    // "a spokesman for the mayor, Name": the role is someone else's (but
    // "in honour of the economist, Name" is his).
    const at = before !== undefined && has(before, determinerFlag) ? first - 2 : first - 1
    const governing = tokens[at]
    const governed = tokens[at - 1]
    if (
      governing !== undefined &&
      governed !== undefined &&
      governed.sentence === tokens[first]!.sentence &&
      rolePrepositions.has(governing.lower) &&
      isJobNounToken(governed)
    ) {
      return undefined
    }
    const ok =
      found.ownerFrom !== undefined ||
      tokens[first]!.sentenceStart ||
      (before !== undefined && has(before, determinerFlag)) ||
      (before !== undefined && (before.possessive || possessivePronouns.has(before.lower)))
    if (ok) return found
    // "A Whitmore spokeswoman, Name": a role named after the person it serves.
    let owner = first
    while (owner > 0 && personAt(owner - 1) && tokens[owner - 1]!.cap && tokens[owner - 1]!.sentence === tokens[first]!.sentence) owner--
    const opener = tokens[owner - 1]
    if (owner < first && opener !== undefined && has(opener, determinerFlag) && !found.affiliation) {
      const start = tokens[owner]!.start
      return {...found, title: value.slice(start, found.end).replace(/\s+/g, ' '), start}
    }
    return undefined
  }

  /**
   * A role that opens the sentence with its field or place, ending at `last`
   * before the comma: "The mayor of Dunmore, Name", "Arland's minister of
   * energy and mines, Name", "The opposition leader in the assembly, Name".
   * Only at the sentence's start: "a letter to the editor of the Gazette,
   * Name said" gives Name no title.
   */
  function openingRoleWithField(last: number): Found | undefined {
    const sentence = tokens[last]!.sentence
    let index = last
    while (index > 0 && last - index < 6) {
      const t = tokens[index]!
      // A possessive may sit inside the field ("the rail workers' union"), not end it.
      if (t.sentence !== sentence || !spaceBetween(index - 1, index) || (t.possessive && index === last)) return undefined
      if (fieldPrepositions.has(t.lower)) break
      if (!t.cap && has(t, functionFlag) && !has(t, determinerFlag) && t.lower !== 'and') return undefined
      index--
    }
    const preposition = tokens[index]
    if (preposition === undefined || !fieldPrepositions.has(preposition.lower) || index === last) return undefined
    const role = leftPhrase(index - 1, index - 1, false)
    if (!role || role.kind !== 'title') return undefined
    let first = tokenIndexAt(role.ownerStart ?? role.start)
    // "Its head of extreme events, Name,": a possessive pronoun opens it like "the".
    if (first > 0 && (has(tokens[first - 1]!, determinerFlag) || possessivePronouns.has(tokens[first - 1]!.lower))) first--
    // Inside a sentence, only an office in capitals after "the" ("published by the Chief Inspector of
    // Prisons, Name,"): "a letter to the editor of the Gazette, Name said" gives Name no title.
    const opener = tokens[first + 1]
    const office =
      tokens[first]!.lower === 'the' &&
      opener !== undefined &&
      opener.cap &&
      (has(opener, titleHeadFlag) || has(opener, titleModifierFlag)) &&
      // The name in apposition, closed by a comma (not "…, Name said.").
      /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,/u.test(value.slice(tokens[last]!.outerEnd, tokens[last]!.outerEnd + 80))
    if (!tokens[first]!.sentenceStart && !office) return undefined
    return {...role, title: value.slice(role.start, tokens[last]!.end).replace(/\s+/g, ' '), end: tokens[last]!.end}
  }

  /** Whether the word is capitalised somewhere other than at a sentence's start or in a title-case line. */
  function isProperElsewhere(t: Token): boolean {
    if (!properWords) {
      properWords = new Set()
      for (const u of tokens) if (u.cap && !u.sentenceStart && !titleCase[u.block] && !shouting[u.block]) properWords.add(u.text)
    }
    return properWords.has(t.text)
  }

  function tokenIndexAt(offset: number): number {
    let low = 0
    let high = tokens.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (tokens[middle]!.start < offset) low = middle + 1
      else high = middle
    }
    return low
  }

  /**
   * The title word of an office whose capitalised field ends at `last`, with
   * "of" or "of the" between ("Secretary of the Interior"), or undefined.
   */
  function officeBeforeField(last: number): number | undefined {
    let index = last
    for (let words = 0; words < 3 && index >= 0; words++) {
      const t = tokens[index]!
      if (!t.cap || has(t, titleHeadFlag) || has(t, functionFlag) || t.possessive || !spaceBetween(index, index + 1)) break
      index--
    }
    if (index === last) return undefined
    if (tokens[index]?.lower === 'the' && spaceBetween(index, index + 1)) index--
    if (tokens[index]?.lower !== 'of' || !spaceBetween(index, index + 1)) return undefined
    const office = tokens[index - 1]
    if (!office || !office.cap || !has(office, titleHeadFlag) || office.sentence !== tokens[last]!.sentence || !spaceBetween(index - 1, index)) return undefined
    return index - 1
  }

  /**
   * The job noun before "for" and a lower-case field of one to three words ending at `last`
   * ("member for transport", "spokeswoman for children and families"), or undefined.
   */
  function roleBeforeFor(last: number): number | undefined {
    let index = last
    for (let words = 0; words < 3 && index > 1; words++) {
      const t = tokens[index]!
      if (t.cap || t.possessive || (has(t, functionFlag) && t.lower !== 'and') || isJobNounToken(t) || !spaceBetween(index, index + 1)) return undefined
      index--
      if (tokens[index]!.lower === 'for') break
    }
    const preposition = tokens[index]
    const job = tokens[index - 1]
    if (preposition?.lower !== 'for' || preposition.cap || job === undefined || job.cap || !isJobNounToken(job) || !spaceBetween(index - 1, index) || !spaceBetween(index, index + 1)) return undefined
    if (tokens[index + 1]!.lower === 'and' || job.sentence !== tokens[last]!.sentence) return undefined
    return index - 1
  }

  function leftPhrase(last: number, runFrom: number, adjacentToName: boolean): Found | undefined {
    let index = last
    const taken: number[] = []
    let ownerTo: number | undefined
    let roleModifier: number | undefined
    while (index >= 0) {
      const t = tokens[index]!
      const next = tokens[index + 1]
      if (taken.length > 0 || adjacentToName) {
        if (next === undefined || t.block !== next.block || t.sentence !== next.sentence) break
        // A single space (most gaps) needs no pattern.
        if (!spaceBetween(index, index + 1)) {
          const gap = value.slice(t.outerEnd, next.start)
          const bracket = taken.length === 0 && /^\s*\(\s*$/.test(gap)
          if (!bracket && !/^[ \t]*$/.test(gap.replace(quoteMarks, dropQuote))) break
          if (gap === '' && !t.possessive) break
        }
      }
      if (t.possessive && taken.length > 0) {
        ownerTo = index + 1
        break
      }
      if (t.possessive) {
        if (!adjacentToName) break
        // "Marsh TV’s Ada Lane": an owner right before the name.
        const from = ownerStartAt(index)
        return {
          kind: 'possessor',
          ownerFrom: from,
          ownerTo: index + 1,
          ownerStart: tokens[from]!.start,
          ownerEnd: t.end
        }
      }
      // "Actor Name", "Pharmacist Name": a job noun capitalised only by the sentence start.
      if (t.cap && t.sentenceStart && taken.length === 0 && adjacentToName && !has(t, titleHeadFlag) && !has(t, honorificFlag) && isJobNounToken(t)) {
        taken.push(index)
        index--
        continue
      }
      if (t.cap) {
        // "the funeral on Friday of former president Name": a day is no part of a role
        // (but "Sunday Night Live host" names a programme).
        if (has(t, temporalFlag) && /^(?:on|by|until|since|from|last|next|this|before|after)$/.test(tokens[index - 1]?.lower ?? '')) break
        if (has(t, honorificFlag) && taken.length === 0) {
          index--
          continue
        }
        // "Energy Minister Prince Name", "Foreign Secretary Lord Name": a rank between the office and the name.
        const office = tokens[index - 1]
        if (taken.length === 0 && adjacentToName && nobilityRanks.has(t.text) && office?.cap && has(office, titleHeadFlag) && spaceBetween(index - 1, index)) {
          index--
          continue
        }
        if (has(t, functionFlag)) break
        // "Secretary of the Interior Name", "Minister of Homeland Security Name": an office's field.
        const field = taken.length === 0 && adjacentToName ? officeBeforeField(index) : undefined
        if (field !== undefined) {
          for (let at = index; at >= field; at--) taken.push(at)
          index = field - 1
          continue
        }
        const head = has(t, titleHeadFlag) || has(t, titleModifierFlag)
        if (!head && taken.length === 0) break
        if (!head && index < runFrom && personAt(index)) break
        if (t.sentenceStart && !head) {
          // "Yesterday Ode Freight chairman …", "Under manager …": no part of the role.
          if (has(t, temporalFlag) || has(t, stopFlag) || sentenceAdverbs.has(t.lower)) break
          // "Pop star Name": a word capitalised only because it opens the sentence
          // modifies the role and names no organisation.
          // One the text capitalises elsewhere is the affiliation ("Shell chief executive"),
          // but not a bare organisation word ("Council leader", "Club chairman")
          // unless it names a club the text names in full ("City manager" of "Ode City").
          const opens = index === 0 || tokens[index - 1]!.sentence !== t.sentence
          if (opens && !capitalisedAfter(index) && (isCommon(t) || genreWords.has(t.lower) || (has(t, organizationWordFlag) && !isProperElsewhere(t)))) {
            if (has(t, organizationWordFlag) ? !clubWords.has(t.text) || !isProperElsewhere(t) : !isProperElsewhere(t)) roleModifier = index
          } else if (isCommon(t) && !has(t, jobModifierFlag) && !capitalisedAfter(index)) {
            // A sentence-initial common word otherwise only counts inside a capitalised name ("Velvet Owls drummer").
            break
          }
        }
        taken.push(index)
        index--
        continue
      }
      // "council member", "company spokesman": the body the role belongs to.
      if (isJobNounToken(t) || (has(t, jobModifierFlag) && taken.length > 0) || (taken.length > 0 && has(t, organizationNounFlag) && !has(t, functionFlag))) {
        taken.push(index)
        index--
        continue
      }
      // "Cabinet member for transport Name", "minister for children and families Name": a role, "for", then its field.
      if (taken.length === 0 && adjacentToName && !has(t, functionFlag)) {
        const job = roleBeforeFor(index)
        if (job !== undefined) {
          for (let at = index; at >= job; at--) taken.push(at)
          index = job - 1
          continue
        }
      }
      // "chief of staff", "head of research": a role, "of", then its field.
      if (taken.length === 0 && !adjacentToName && !has(t, functionFlag) && tokens[index - 1]?.lower === 'of' && tokens[index - 2] !== undefined && isJobNounToken(tokens[index - 2]!)) {
        taken.push(index)
        index--
        continue
      }
      if (has(t, connectorFlag) && taken.length > 0) {
        const before = tokens[index - 1]
        const capitalOk =
          before !== undefined &&
          before.cap &&
          (t.lower !== 'and' || has(before, titleHeadFlag) || has(before, titleModifierFlag) || has(before, organizationWordFlag))
        if (before && (capitalOk || isJobNounToken(before) || has(before, jobModifierFlag)) && !before.possessive) {
          taken.push(index)
          index--
          continue
        }
      }
      if (/^ex-/.test(t.lower) && taken.length > 0) {
        taken.push(index)
        index--
        continue
      }
      // An adjective or noun closed by a determiner or nationality ("the
      // pioneering economist"), or two closed by a role modifier ("county
      // emergency management director").
      // "Her former colleague Professor Name": a common noun before a capitalised title describes
      // the tie to someone else; the title is the role ("a senior Chief Constable" keeps its adjective out too).
      if (taken.length > 0 && isRoleWord(t) && !has(t, titleModifierFlag) && !has(t, jobModifierFlag) && taken.every((at) => tokens[at]!.cap) && isCommon(t) && !/(?:al|ic|ive|ous|ful|ant|ent|ing|ed)$/.test(t.lower)) break
      if (taken.length > 0 && isRoleWord(t)) {
        const before = tokens[index - 1]
        // `"…," flight director Ada Lane said`: a quotation closing right before the role
        // (not a verb: `"…," quipped independent MP …`).
        const closed =
          closesRole(before, index - 1) ||
          (before !== undefined && !/(?:ed|ing|ly)$/.test(t.lower) && /[,.!?]?["”]\s+$/.test(value.slice(before.outerEnd, t.start)))
        const pair = !closed && before !== undefined && isRoleWord(before) && spaceBetween(index - 1, index) && !/(?:ed|ing|ly)$/.test(before.lower)
        // Two words closed by a determiner only before a body's noun ("The mountain rescue team leader").
        const bodyTaken = taken.some((at) => has(tokens[at]!, organizationNounFlag) || tokens[at]!.lower === 'team')
        if (closed || (pair && closesRole(tokens[index - 2], index - 2) && (bodyTaken || (!has(tokens[index - 2]!, determinerFlag) && !tokens[index - 2]!.possessive)))) {
          taken.push(index)
          if (pair) taken.push(index - 1)
          index -= pair ? 2 : 1
          continue
        }
      }
      break
    }
    if (taken.length === 0) return undefined
    taken.reverse()
    // Connectors never open or close a phrase.
    while (taken.length > 0 && has(tokens[taken[0]!]!, connectorFlag)) taken.shift()
    if (taken.length === 0) return undefined
    const lastToken = tokens[taken[taken.length - 1]!]!
    const isHead = (t: Token): boolean =>
      (t.cap && has(t, titleHeadFlag)) || ((!t.cap || (t.sentenceStart && !t.allCaps)) && isJobNounToken(t)) || (t.allCaps && has(t, titleHeadFlag))
    // "Chief Executive", "Managing Partner": a capitalised job noun after a title word.
    const previousTaken = taken.length >= 2 ? tokens[taken[taken.length - 2]!]! : undefined
    const titledJob =
      lastToken.cap &&
      isJobNounToken(lastToken) &&
      previousTaken !== undefined &&
      previousTaken.cap &&
      (has(previousTaken, titleHeadFlag) || has(previousTaken, titleModifierFlag))
    // "presidential hopeful Name" (but "A hopeful Name said" is a mood).
    if (lastToken.lower === 'hopeful' && taken.length === 1) return undefined
    if (!isHead(lastToken) && !titledJob) {
      // "Secretary of State", "Archbishop of Ada": a head, then an of-phrase ("member for transport": a for-phrase).
      const of = taken.findIndex((index) => tokens[index]!.lower === 'of' || tokens[index]!.lower === 'for')
      if (of <= 0 || !taken.slice(0, of).some((index) => isHead(tokens[index]!))) return undefined
    }
    // A single sentence-initial capitalised head is not enough ("Host the …").
    let first = 0
    // Leading nationality before a capitalised title is not part of the role ("Russian President").
    while (
      first < taken.length - 1 &&
      has(tokens[taken[first]!]!, nationalityFlag) &&
      (has(tokens[taken[first + 1]!]!, titleHeadFlag) || has(tokens[taken[first + 1]!]!, titleModifierFlag))
    ) {
      first++
    }
    // A leading organisation name is the affiliation ("Northwind Commission President").
    let affiliation: {name: string; start: number; end: number} | undefined
    let orgEnd = first
    // "Bank of Ardlow governor", "Department of Health spokesman": a connector
    // between capitalised words stays inside the name, and so does a title word after it.
    let connected = false
    const inOrganization = (at: number, afterConnector: boolean): boolean => {
      const t = tokens[taken[at]!]!
      // An honorific names no organisation ("Mr Justice Pemberton").
      // "Co-author Professor Name": a job noun capitalised by the sentence start names no organisation.
      // "The Democratic leader": a party's adjective stays in the role and names no organisation.
      // "PhD student", "AI researcher": a degree's or a field's letters name no organisation either.
      if (t.cap) return !has(t, titleHeadFlag) && !has(t, honorificFlag) && (afterConnector || !has(t, titleModifierFlag)) && !(t.sentenceStart && isJobNounToken(t)) && !(partyAdjectives.has(t.text) && tokens[taken[at + 1]!]?.cap !== true) && !isLettersOfField(t)
      return at > first && has(t, connectorFlag) && tokens[taken[at + 1]!]?.cap === true && inOrganization(at + 1, true)
    }
    while (orgEnd < taken.length - 1 && inOrganization(orgEnd, connected)) {
      connected ||= !tokens[taken[orgEnd]!]!.cap
      orgEnd++
    }
    // "White House press secretary": a capitalised organisation word before a lower-case role ends the organisation.
    while (
      orgEnd > first &&
      orgEnd < taken.length - 1 &&
      tokens[taken[orgEnd]!]!.cap &&
      has(tokens[taken[orgEnd]!]!, organizationWordFlag) &&
      !tokens[taken[orgEnd + 1]!]!.cap
    ) {
      orgEnd++
    }
    if (taken[first] === roleModifier) orgEnd = first
    const group = taken.slice(first, orgEnd).map((index) => tokens[index]!)
    const leading = group.map((t) => t.text).join(' ')
    const placeLike =
      multiwordPlaces.has(leading) ||
      group.every((t) => has(t, placeFlag) || has(t, nationalityFlag) || regionWords.has(t.text))
    if (orgEnd > first && orgEnd < taken.length && !placeLike) {
      const a = tokens[taken[first]!]!
      const b = tokens[taken[orgEnd - 1]!]!
      affiliation = {name: value.slice(a.start, b.end), start: a.start, end: b.end}
      first = orgEnd
    }
    const a = tokens[taken[first]!]!
    const title = value
      .slice(a.start, lastToken.end)
      .replace(quoteMarks, dropQuote)
      .replace(/\s+/g, ' ')
      .trim()
    const found: Found = {kind: 'title', title, start: a.start, end: lastToken.end, affiliation}
    if (ownerTo !== undefined) {
      const ownerFrom = ownerStartAt(ownerTo - 1)
      found.ownerFrom = ownerFrom
      found.ownerTo = ownerTo
      found.ownerStart = tokens[ownerFrom]!.start
      found.ownerEnd = tokens[ownerTo - 1]!.end
    }
    return found
  }

  /** "PhD", "MBA", "AI", "DNA": letters in the list of words that open no name, other than a party's ("GOP"). */
  function isLettersOfField(t: Token): boolean {
    return has(t, nonNameFlag) && /^\p{Lu}\p{L}*\p{Lu}\p{Ll}?$/u.test(t.text) && !partyLetters.has(t.text)
  }

  /** A lower-case word that may sit inside a role phrase, between its opener and its job noun. */
  function isRoleWord(t: Token): boolean {
    return !t.cap && !has(t, functionFlag) && !has(t, stopFlag)
  }

  /** Whether the word closes a role phrase's modifiers on the left ("the", "Ada’s", "French", "county", "Chief"). */
  function closesRole(before: Token | undefined, at: number): boolean {
    return (
      before !== undefined &&
      (has(before, determinerFlag) ||
        before.possessive ||
        // "Her agriculture commissioner, Name".
        possessivePronouns.has(before.lower) ||
        // "But shop owner Name": a conjunction opening the sentence.
        (before.sentenceStart && openingConjunctions.has(before.text)) ||
        has(before, nationalityFlag) ||
        (!before.cap && has(before, jobModifierFlag)) ||
        // "Chief technology officer" opening a sentence.
        (before.cap && has(before, titleModifierFlag) && !has(before, nationalityFlag)) ||
        // "Mountain rescue coordinator": a common word capitalised only by the sentence start
        // (not a quotation's first word: `"Typical," quipped …`).
        (before.cap &&
          before.sentenceStart &&
          spaceBetween(at, at + 1) &&
          has(before, commonFlag) &&
          !has(before, functionFlag) &&
          !has(before, stopFlag) &&
          !has(before, temporalFlag) &&
          !sentenceAdverbs.has(before.lower)))
    )
  }

  /** Whether the word after `index` is capitalised, or is a connector before one ("Bank of Ardlow"). */
  function capitalisedAfter(index: number): boolean {
    const next = tokens[index + 1]
    if (next === undefined || next.sentence !== tokens[index]!.sentence) return false
    if (next.cap) return true
    return has(next, connectorFlag) && next.lower !== 'and' && tokens[index + 2]?.cap === true
  }

  function ownerStartAt(index: number): number {
    return runStart[index] ?? index
  }

  function personAt(index: number): boolean {
    return personToken[index] === 1
  }

  function ownerAt(from: number, to: number): {type: 'person'; person: PersonDraft; name: string} | {type: 'organization' | 'place'; name: string} {
    for (const [part, person] of personPartsByEnd.get(to) ?? []) {
      if (part.run.from <= to - 1 && to - 1 < part.run.to) return {type: 'person', person, name: person.name}
    }
    let start = from
    // "The", "Former", "Yesterday": no part of the owner; a party word is ("the Liberal Progressives’ spokesman"),
    // and so is a common word the text capitalises inside a sentence too ("Helix Orbital's founder" after "… Helix Orbital").
    const strip = (t: Token): boolean =>
      has(t, functionFlag) ||
      has(t, honorificFlag) ||
      has(t, titleHeadFlag) ||
      has(t, titleModifierFlag) ||
      (t.sentenceStart && has(t, temporalFlag)) ||
      (t.sentenceStart && isCommon(t) && !has(t, nonNameFlag) && !isProperElsewhere(t))
    while (start < to - 1 && strip(tokens[start]!)) start++
    const name = value.slice(tokens[start]!.start, tokens[to - 1]!.end)
    const words = tokens.slice(start, to)
    if (words.every((t) => has(t, placeFlag))) return {type: 'place', name}
    return {type: 'organization', name}
  }

  /** "Name, [age,] [the] ROLE …," after a name. */
  function postTitle(nameLast: number): Found | undefined {
    nameLast = territorialEnd(nameLast)
    let index = nameLast + 1
    const first = tokens[index]
    if (!first || first.block !== tokens[nameLast]!.block) return undefined
    if (!/^,\s+$/.test(value.slice(tokens[nameLast]!.outerEnd, first.start))) return undefined
    if (/^\p{N}+$/u.test(first.text) && /^,\s+$/.test(value.slice(first.outerEnd, tokens[index + 1]?.start ?? first.outerEnd))) index++
    // "Name, who was the acting director of …,".
    if (tokens[index]?.lower === 'who') {
      // "Name, who was appointed coach in May,", "Name, who joined as finance director last year,".
      const linked = appointedTitle(nameLast, nameLast, index + 1)
      if (linked) return linked
      index = afterCopula(index + 1) ?? index
      if (appointedParticiples.has(tokens[index]?.lower ?? '')) return undefined
    }
    if (tokens[index] && has(tokens[index]!, determinerFlag)) index++
    // "the consultant in charge tonight": a day or time ends the role.
    return roleFrom(index, first, false, (t) => has(t, temporalFlag) && !t.cap)
  }

  /** The end of a peer's territorial designation after the name ("Lord Patel of Dunmore"), or `nameLast`. */
  function territorialEnd(nameLast: number): number {
    if (tokens[nameLast + 1]?.lower !== 'of' || tokens[nameLast + 1]!.cap || !spaceBetween(nameLast, nameLast + 1)) return nameLast
    let peer = false
    for (let index = nameLast - 1; index >= Math.max(0, nameLast - 3) && !peer; index--) peer = peerages.has(tokens[index]!.text)
    if (!peer) return nameLast
    let end = nameLast + 1
    while (end + 1 < tokens.length && end - nameLast < 3 && tokens[end + 1]!.cap && spaceBetween(end, end + 1)) end++
    return end > nameLast + 1 ? end : nameLast
  }

  /** "Name is the chief executive of …": a role stated with "is" or "was". */
  function copulaTitle(nameLast: number): Found | undefined {
    const first = tokens[nameLast + 1]
    if (!first || first.block !== tokens[nameLast]!.block || !spaceBetween(nameLast, nameLast + 1)) return undefined
    let index = afterCopula(nameLast + 1)
    if (index === undefined || !tokens[index] || !has(tokens[index]!, determinerFlag)) return undefined
    index++
    return roleFrom(index, first, true)
  }

  /**
   * The post a person was given: "appointed Name as chief executive", "the
   * appointment of Name as finance director", "named Name head of sales",
   * "Name was promoted to chief operating officer". Only what happened, not
   * what will or may ("is expected to be named …").
   */
  function appointedTitle(nameFrom: number, nameLast: number, clause?: number): Found | undefined {
    const first = tokens[clause ?? nameLast + 1]
    if (!first || first.block !== tokens[nameLast]!.block || (clause === undefined && !spaceBetween(nameLast, nameLast + 1))) return undefined
    let index = clause ?? nameLast + 1
    let verb: Token | undefined
    const before = tokens[nameFrom - 1]
    if (clause === undefined && before && before.block === first.block && spaceBetween(nameFrom - 1, nameFrom)) {
      if (appointingVerbs.has(before.lower)) verb = before
      else if (before.lower === 'of' && appointmentNouns.has(tokens[nameFrom - 2]?.lower ?? '')) verb = tokens[nameFrom - 2]
    }
    if (!verb) {
      // "Name was appointed …", "Name, who has been named …".
      if (first.lower === 'who') index++
      const word = tokens[index]?.lower
      const next = tokens[index + 1]?.lower
      // "Name became chief executive", "Name took over as music director", "Name, who joined as head of sales".
      if (word === 'became' || word === 'becomes') verb = tokens[index++]
      else if ((word === 'took' || word === 'takes') && next === 'over' && tokens[index + 2]?.lower === 'as') {
        verb = tokens[index]
        index += 2
      } else if ((word === 'joined' || word === 'joins') && next === 'as') verb = tokens[index++]
      else {
        const after = afterCopula(index)
        if (after === undefined || !appointedParticiples.has(tokens[after]?.lower ?? '')) return undefined
        verb = tokens[after]
        index = after + 1
      }
    }
    const link = tokens[index]?.lower
    if (link === 'as' || (link === 'to' && /^promot/.test(verb!.lower))) index++
    else if (!/^(?:re-?)?(?:appoint|nam|elect|made|make|becam|becom)/.test(verb!.lower)) return undefined
    if (tokens[index] && (has(tokens[index]!, determinerFlag) || /^(?:its|their|his|her)$/.test(tokens[index]!.lower))) {
      // "became the first player to …": a distinction, not a post ("became chief executive").
      if (/^becom|^becam/.test(verb!.lower)) return undefined
      index++
    }
    // "as chief executive last year", "… effective July 1": the role ends before the time.
    return linkedRole(index, first)
  }

  /**
   * The role after a verb that links it to the name ("appointed …", "took over
   * as …"), ending before a time; its first word may be the field of its job
   * noun ("as music director").
   */
  function linkedRole(index: number, first: Token): Found | undefined {
    const bound = (t: Token): boolean => has(t, temporalFlag) || timeOpeners.has(t.lower)
    const role = roleFrom(index, first, true, bound)
    if (role) return role
    const field = tokens[index]
    const job = tokens[index + 1]
    if (!field || !job || field.cap || has(field, functionFlag) || has(field, stopFlag) || !isJobNounToken(job) || !spaceBetween(index, index + 1)) return undefined
    const inner = roleFrom(index + 1, first, true, bound)
    if (!inner || inner.kind !== 'title' || inner.start !== job.start) return undefined
    return {...inner, title: `${field.text} ${inner.title}`, start: field.start}
  }

  /** The token after "is", "was", "has been" or "had been" at `index`, or undefined. */
  function afterCopula(index: number): number | undefined {
    const word = tokens[index]?.lower
    if (word === 'is' || word === 'was') return index + 1
    if ((word === 'has' || word === 'had') && tokens[index + 1]?.lower === 'been') return index + 2
    return undefined
  }

  /** A role phrase starting at token `from` (after the name and its link), in the block of `first`. */
  function roleFrom(from: number, first: Token, strict = false, isBound?: (t: Token) => boolean): Found | undefined {
    let to = from
    // Whether the phrase ended at a boundary (not at the length limit).
    let bounded = false
    while (to < tokens.length && to - from < 14) {
      const t = tokens[to]!
      if (
        t.block !== first.block ||
        (has(t, stopFlag) && !isJobNounToken(t)) ||
        (to > from && isBound?.(t)) ||
        // "an architect known for timber buildings", "an adviser based in Tolley": the role ends at its noun.
        (to > from && !t.cap && isJobNounToken(tokens[to - 1]!) && participleAfterRole.test(t.lower)) ||
        // "a cardiologist at Ode Hospital and the study's lead author": the first role stated.
        (to > from && t.lower === 'and' && hasJobBefore(from, to) && /^(?:the|a|an|his|her|its|their)$/.test(tokens[to + 1]?.lower ?? ''))
      ) {
        bounded = true
        break
      }
      to++
      const nextToken = tokens[to]
      if (nextToken === undefined || nextToken.block !== t.block) {
        bounded = true
        break
      }
      if (spaceBetween(to - 1, to)) continue
      const gap = value.slice(t.outerEnd, nextToken.start).replace(quoteMarks, dropQuote)
      // "president of Chapter & Verse": an ampersand inside a name.
      if (/^ & $/.test(gap) && t.cap && nextToken.cap) continue
      if (!/^[ \t]*$/.test(gap) || (gap === '' && !t.possessive)) {
        if (!/^[,.;:]/.test(gap.trimStart()) && !/^\s*[—–(]/.test(gap)) return undefined
        bounded = true
        break
      }
    }
    if (to === tokens.length) bounded = true
    for (let index = from; index < to; index++) {
      if (!personAt(index)) continue
      // "the director of X and Ada Lane, …": the role ends before the other person.
      if (index - 1 > from && tokens[index - 1]!.lower === 'and') {
        to = index - 1
        bounded = true
        break
      }
      return undefined
    }
    if (strict && !bounded) return undefined
    let hasHead = false
    for (let index = from; index < to && !hasHead; index++) {
      const t = tokens[index]!
      hasHead = isJobNounToken(t) || (has(t, titleHeadFlag) && t.cap)
    }
    if (!hasHead || to === from) return undefined
    if (has(tokens[from]!, connectorFlag)) return undefined
    const end = tokens[to - 1]!
    if (!isJobNounToken(end) && !hasJobBefore(from, to)) return undefined
    if (has(end, organizationNounFlag) && !hasJobBefore(from, to)) return undefined
    const start = tokens[from]!
    if (start.lower === 'who' || (!start.cap && !isJobNounToken(start) && !has(start, jobModifierFlag) && !/^(?:ex|co)-/.test(start.lower) && !has(start, commonFlag))) return undefined
    // After "is"/"was" only a role word may open the phrase ("is the daughter of …" is none).
    if (strict && !isJobNounToken(start) && !has(start, jobModifierFlag) && !(start.cap && has(start, titleHeadFlag))) return undefined
    const title = value.slice(start.start, end.end).replace(quoteMarks, dropQuote).replace(/\s+/g, ' ').trim()
    return {kind: 'title', title, start: start.start, end: end.end}
  }


  function hasJobBefore(from: number, to: number): boolean {
    // A job noun, or a capitalised title ("the Labour MP for Tolley", "the Bishop of Ode").
    for (let index = from; index < to; index++) if (isJobNounToken(tokens[index]!) || (tokens[index]!.cap && has(tokens[index]!, titleHeadFlag))) return true
    return false
  }

  function isQuotedTitle(part: NamePart): boolean {
    const start = tokens[part.run.from]!.start
    const end = tokens[part.run.to - 1]!.outerEnd
    const before = value.slice(Math.max(0, start - 2), start).trim()
    const after = value.slice(end, end + 3).replace(/[ ,.!?]/g, '')
    return /["“‘']$/.test(before) && /^["”’']/.test(after)
  }

  /** "X, the investment bank, …": X is an organisation. */
  function isOrganizationAppositive(lastIndex: number): boolean {
    const last = tokens[lastIndex]!
    let index = lastIndex + 1
    const first = tokens[index]
    if (!first || !/^,\s+$/.test(value.slice(last.outerEnd, first.start))) return false
    if (!has(first, determinerFlag)) return false
    for (let step = 0; step < 4; step++) {
      index++
      const t = tokens[index]
      // "a Dublin firm": a capitalised modifier may come before the head.
      // "the region's largest utility": a lower-case possessive right after the determiner may open the phrase.
      if (!t || (t.possessive && (step > 0 || t.cap)) || (t.cap && step === 3)) return false
      if (t.possessive) continue
      // The phrase's head came first: "a chemist at the university" is a person's role.
      if (prepositionsInAppositive.has(t.lower) || (isJobNounToken(t) && !has(t, organizationNounFlag))) return false
      if (has(t, organizationNounFlag)) {
        const after = value.slice(t.outerEnd, t.outerEnd + 2)
        return /^[,.;)]|^\s*$/.test(after) || /^ (?:that|which|in|of|based)/.test(value.slice(t.outerEnd, t.outerEnd + 7))
      }
    }
    return false
  }

  /**
   * Whether a noun for a place follows the name in apposition: "Eilean Tolley, a rock six miles off
   * the coast", "Marlow Vale, a village in Kent" (not "Ada Lane, a village shopkeeper").
   */
  function isPlaceAppositive(lastIndex: number): boolean {
    const last = tokens[lastIndex]!
    let index = lastIndex + 1
    const first = tokens[index]
    if (!first || first.sentence !== last.sentence || !/^,\s+$/.test(value.slice(last.outerEnd, first.start)) || (first.lower !== 'a' && first.lower !== 'an')) return false
    for (let step = 0; step < 3; step++) {
      index++
      const t = tokens[index]
      if (!t || t.cap || t.possessive || !spaceBetween(index - 1, index)) return false
      if (placeNouns.has(t.lower)) {
        const next = tokens[index + 1]
        const gap = value.slice(t.outerEnd, next?.start ?? t.outerEnd)
        // Ends the phrase, or a preposition, a number or a relative word follows ("a rock six miles off").
        return next === undefined || /[,.;:)]/.test(gap) || next.sentence !== t.sentence || /^\d/.test(next.text) || placeFollowers.has(next.lower)
      }
      if (isJobNounToken(t) || has(t, functionFlag)) return false
    }
    return false
  }

  // 6. Organisations and places from the remaining runs.
  const places = new Map<string, {name: string; mentions: Mention[]}>()
  /** The acronyms the text uses, built on first use. */
  let acronymSet: Set<string> | undefined
  const hasPersonToken = (from: number, to: number): boolean => {
    for (let index = from; index < to; index++) if (personToken[index] === 1) return true
    return false
  }
  readOrganizationsAndPlaces()
  function readOrganizationsAndPlaces(): void {
    const dateline = datelinePlace(text)
    // "MILLBROOK, Ohio (AP) —": the city a story was filed from, named as the text writes it elsewhere.
    if (dateline) {
      const shouted = value.slice(dateline[0], dateline[1])
      const pattern = new RegExp(`\\b${escape(shouted)}\\b`, 'gi')
      let name = shouted.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
      for (const match of value.matchAll(pattern)) {
        if (match.index !== dateline[0] && !isShoutedName(match[0])) {
          name = match[0]
          break
        }
      }
      places.set(keyOf(name), {name, mentions: [text.mention(dateline[0], dateline[1])]})
    }
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!
      const run = part.run
      // "LISBON, Portugal (AP) —": the place a story was filed from, in capitals, is no organisation.
      const runStartsAt = tokens[run.from]!.start
      const inDateline = dateline !== undefined && runStartsAt >= dateline[0] && runStartsAt < dateline[1]
      const owned = personOf.has(part)
      const stop = owned ? part.from : run.to
      let from = run.from
      while (
        from < stop &&
        !regionWords.has(tokens[from]!.text) &&
        (has(tokens[from]!, functionFlag) ||
          has(tokens[from]!, temporalFlag) ||
          // A common word capitalised by its place, unless the text capitalises it inside a sentence too ("Quarry Rovers").
          ((tokens[from]!.sentenceStart || titleCase[tokens[from]!.block]) &&
            (isCommon(tokens[from]!) || (tokens[from]!.sentenceStart && isJobNounToken(tokens[from]!))) &&
            !isProperElsewhere(tokens[from]!) &&
            !ampersandAfter(from) &&
            // "Lake Arland Sailing Club", "Port Halden council": a feature's first word opens a name.
            !(from === run.from && stop - from >= 2 && featureOpeners.has(tokens[from]!.text) && !isCommon(tokens[from + 1]!)) &&
            // "Network Rail cancelled …": two organisation words make the name.
            !(from === run.from && stop - from === 2 && has(tokens[from]!, organizationWordFlag) && has(tokens[from + 1]!, organizationWordFlag) && !isJobNounToken(tokens[from]!))))
      ) {
        from++
      }
      if (from >= stop) continue
      // "the Danish military", "France's defence ministry": a country's body, written in lower case.
      if (!owned && stop === run.to && !titleCase[tokens[from]!.block]) {
        const body = nationalBody(from, stop)
        if (body !== undefined) {
          const start = tokens[from]!.start
          addOrganization(value.slice(start, tokens[body - 1]!.end), start, tokens[body - 1]!.end)
          continue
        }
      }
      // "the House of Lords", "a House of Representatives committee": a chamber ("House" alone is a title's word).
      const chamber = tokens[from + 2]
      if (
        !owned &&
        tokens[from]!.text === 'House' &&
        stop === from + 1 &&
        chamber !== undefined &&
        chambers.has(chamber.text) &&
        tokens[from + 1]!.lower === 'of' &&
        spaceBetween(from, from + 1) &&
        spaceBetween(from + 1, from + 2)
      ) {
        const start = tokens[from]!.start
        addOrganization(value.slice(start, chamber.end), start, chamber.end)
        if (parts[p + 1]?.run.from === from + 2) p++
        continue
      }
      if (!owned && !inDateline && !titleCase[tokens[from]!.block] && !shouting[tokens[from]!.block]) {
        const joined = joinOrganization(p, from)
        if (joined) {
          const start = tokens[from]!.start
          const end = tokens[joined.to - 1]!.end
          addOrganization(value.slice(start, end), start, end)
          addUnit(start, joined.to)
          p = joined.last
          continue
        }
      }
      const words = tokens.slice(from, stop)
      if (titleCase[words[0]!.block] && !(words.length === 1 && isAcronym(words[0]!))) continue
      // "County councillor Name": an organisation word capitalised only by the sentence start, before a job.
      const job = tokens[stop]
      if (words.length === 1 && words[0]!.sentenceStart && has(words[0]!, organizationWordFlag) && !isProperElsewhere(words[0]!) && job && !job.cap && isJobNounToken(job) && spaceBetween(stop - 1, stop)) continue
      // "Dunmore General Hospital", "General Motors": a title word inside a name that an organisation word ends.
      const institution =
        words.length > 1 &&
        has(words[words.length - 1]!, organizationWordFlag) &&
        !has(words[words.length - 1]!, titleHeadFlag) &&
        !words.some((t) => has(t, honorificFlag)) &&
        // Right before the organisation word ("Deputy Mayor Jo Park" is a title and a name).
        words.findLastIndex((t) => has(t, titleHeadFlag)) === words.length - 2
      if (!institution && words.some((t) => has(t, honorificFlag) || has(t, titleHeadFlag))) {
        // Title words: keep only an organisation or place before them.
        const cut = words.findIndex((t) => has(t, honorificFlag) || has(t, titleHeadFlag) || has(t, titleModifierFlag) || has(t, nationalityFlag))
        if (cut <= 0) continue
        words.length = cut
      }
      if (shouting[words[0]!.block] && !isAcronym(words[0]!)) continue
      const start = words[0]!.start
      const end = words[words.length - 1]!.end
      const name = value.slice(start, end)
      // "Marsh Street said", "a Kremlin spokesman": the office there speaks.
      const seat =
        ((words.length > 1 && seatWords.has(words[words.length - 1]!.text)) || (words.length === 1 && seatNames.has(words[0]!.text))) &&
        speaksAsOffice(stop) &&
        !streetPrepositions.has(tokens[from - 1]?.lower ?? '') &&
        // "the Liberal Democrats' Treasury spokesman": a party's post, not the office.
        !(tokens[from - 1]?.possessive && tokens[from - 1]!.sentence === tokens[from]!.sentence)
      if (
        !seat &&
        ((!owned && part.cue === 'none' && from === run.from && placeAfterIn(run.from, run.to)) ||
          words.every((t) => (t.lower.includes('.') ? placeSet.has(t.lower.replace(/\./g, '')) : has(t, placeFlag))) ||
        multiwordPlaces.has(name) ||
          (!owned && from === run.from && stop === run.to && part.cue === 'none' && (isPlaceAppositive(stop - 1) || (placeOwnerBefore(from) && words.every((t) => !has(t, organizationWordFlag))))) ||
          (words.length > 1 && (divisionWords.has(words[words.length - 1]!.text) || featureWords.has(words[words.length - 1]!.text))) ||
          // "the River Tolle", "Lake Arland", "Mount Dunmore" (not "the Lake Arland Hotel").
          (words.length > 1 && featureOpeners.has(words[0]!.text) && words.slice(1).every((t) => !has(t, organizationWordFlag) && !designators.has(t.text))))
      ) {
        const key = keyOf(name)
        let place = places.get(key)
        if (!place) places.set(key, (place = {name, mentions: []}))
        // A dateline's "OSLO" is named as the text writes it elsewhere ("Oslo").
        else if (isShoutedName(place.name) && !isShoutedName(name)) place.name = name
        place.mentions.push(text.mention(start, end))
        continue
      }
      if (inDateline) continue
      // "the Marsh Act", "the Tolley Treaty": a law or an agreement, no organisation.
      if (words.length > 1 && documentWords.has(words[words.length - 1]!.text)) continue
      const isOrg =
        seat ||
        // "regulator Olvacom", "the carrier Aerolux": named after a noun for an organisation.
        (organizationNounBefore(from) !== undefined && !isCommon(words[0]!)) ||
        (words.some((t) => has(t, organizationWordFlag) && !has(t, temporalFlag)) && (words.length > 1 || (!isCommon(words[0]!) && !pluralOpening(words[0]!)))) ||
        (words.length === 1 &&
          isAcronym(words[0]!) &&
          !has(words[0]!, titleHeadFlag) &&
          !has(words[0]!, nonNameFlag) &&
          !partyTag.test(words[0]!.text) &&
          // "MARSH: Will you ask for help?": a transcript's speaker, named in capitals.
          !bySurname.has(keyOf(words[0]!.text)) &&
          // "(NASDAQ: QLLN)": a share's ticker symbol, after its exchange.
          !(tickerBefore.test(value.slice(Math.max(0, start - 24), start)) && /^\s*[);,]/.test(value.slice(end, end + 3)))) ||
        // "the Ravel union", "the Kessler group": named before a noun for an organisation.
        (!owned && tokens[from - 1]?.lower === 'the' && organizationNounAfter.has(tokens[stop]?.text ?? '') && spaceBetween(stop - 1, stop) && !isGiven(words[0]!) &&
          words.every((t) => !has(t, nationalityFlag) && !has(t, placeFlag) && !isCommon(t))) ||
        // "Shelter Now, a housing charity": named before a noun for an organisation.
        (!owned && from === run.from && isOrganizationAppositive(stop - 1)) ||
        // "an engineer at Marsh Kendall": an employer.
        (!owned && part.cue === 'none' && from === run.from && stop === run.to && employerAfterJob(run.from, run.to) && words.every((t) => !has(t, placeFlag))) ||
        // "the retailer Fresco", "the supermarket chain Fresco": named after a noun for an organisation.
        (!owned && part.cue === 'none' && from === run.from && stop === run.to && !words.some((t) => isGiven(t)) && namedAsOrganization().has(name)) ||
        // "told Vox Ardena radio": a medium spoken to.
        (!owned && from === run.from && stop === run.to && mediaAfter(run.from, run.to)) ||
        // "the Riverton Hawks": a team.
        (!owned && words.length > 1 && tokens[from - 1]?.lower === 'the' && pluralName.test(words[words.length - 1]!.text) && !isGiven(words[0]!)) ||
        // "the Army said", "the Army’s chief of staff": a country's armed service.
        (words.length === 1 && armedServices.has(words[0]!.text) && tokens[from - 1]?.lower === 'the' && spaceBetween(from - 1, from)) ||
        organizations.has(keyOf(name)) ||
        // "HMP Tolley", "RAF Marlow": a prison, a base (a ship, "HMS Ardent", is neither person nor organisation).
        (words.length > 1 && institutionAcronyms.has(words[0]!.text)) ||
        // "Brightwell declined to comment" after "Brightwell & Co": a company's short form.
        (!owned && part.cue === 'none' && isShortFormOfOrganization(words))
      if (isOrg && !persons.has(keyOf(name))) {
        addOrganization(name, start, end)
        if (stop === run.to) addUnit(start, stop)
      }
    }
  }

  /** Whether `words` open a company's name already read whose other words are all designators ("Brightwell" of "Brightwell & Co"). */
  function isShortFormOfOrganization(words: Token[]): boolean {
    const short = words.map((t) => t.text)
    for (const org of organizations.values()) {
      const full = org.name.split(/\s+/)
      if (full.length <= short.length || short.some((word, index) => full[index] !== word)) continue
      if (designatorsOnly(full.slice(short.length))) return true
    }
    return false
  }

  /**
   * The end (exclusive token index) of a country's body named in lower case
   * after a nationality or a place's possessive ("Israeli military", "Arland's
   * foreign ministry"), or undefined.
   */
  function nationalBody(from: number, stop: number): number | undefined {
    if (stop - from !== 1) return undefined
    const t = tokens[from]!
    if (!has(t, nationalityFlag) && !(t.possessive && has(t, placeFlag))) return undefined
    let index = stop
    for (let step = 0; step < 3; step++) {
      const next = tokens[index]
      if (!next || next.cap || next.sentence !== t.sentence || !spaceBetween(index - 1, index)) return undefined
      if (nationalBodies.has(next.lower)) {
        // "the Israeli military official": the body modifies another noun.
        const after = tokens[index + 1]
        if (after && !after.cap && after.sentence === t.sentence && spaceBetween(index, index + 1) && (isJobNounToken(after) || has(after, organizationNounFlag))) return undefined
        return index + 1
      }
      if (!bodyModifiers.has(next.lower)) return undefined
      index++
    }
    return undefined
  }

  /** Whether a speech verb or a spokesperson's noun follows token `index` ("… said", "… spokesman"). */
  function speaksAsOffice(index: number): boolean {
    const next = tokens[index]
    if (!next || next.cap || !spaceBetween(index - 1, index)) return false
    return officeSpeech.has(next.lower)
  }

  /**
   * An organisation name that runs over lower-case connectors: "Department of
   * Ada Affairs" (a head noun before "of"), "Ada and Ode Services" (a head
   * noun at the end, or initials the text also uses as an acronym), or any
   * capitalised name after "the group", "the charity" … Returns the token end
   * and the index of the last part taken in, or undefined when nothing joins.
   */
  function joinOrganization(p: number, from: number): {to: number; last: number} | undefined {
    const previous = tokens[from - 1]
    const groupCue =
      previous !== undefined &&
      !previous.cap &&
      has(previous, groupNounFlag) &&
      previous.block === tokens[from]!.block &&
      spaceBetween(from - 1, from)
    let to = parts[p]!.run.to
    let last = p
    // Start of the field after "of", "for" or "on" ("Committee on Energy"), once one is taken.
    let fieldFrom: number | undefined
    while (last + 1 < parts.length) {
      const next = parts[last + 1]!
      const right = tokens[next.run.from]!
      if (right.block !== tokens[from]!.block || tokens[to - 1]!.possessive) break
      const gap = /^ +(of|for|on|and|&|the)(?: the)? +$/.exec(value.slice(tokens[to - 1]!.outerEnd, right.start))
      if (!gap || (gap[1] === 'the' && !groupCue)) break
      if (hasPersonToken(from, next.run.to) || personOf.has(next)) break
      // "Crown Court on Friday": a day is no part of a name.
      if (has(right, temporalFlag)) break
      const rightLast = tokens[next.run.to - 1]!
      const connector = gap[1]!
      const coordinated = connector === 'and' || connector === '&'
      // "the Arland Commission and the Tolley Commission", "the Ode Council and Marsh Council": two bodies.
      if (connector === 'and' && !groupCue && (gap[0].includes(' the') || has(tokens[to - 1]!, orgHeadFlag))) break
      const ok =
        groupCue ||
        // "Pell & Marsh", "Harlow & Finch": names joined by an ampersand are a firm's.
        connector === '&' ||
        (!coordinated && has(tokens[to - 1]!, orgHeadFlag)) ||
        // "Committee on Energy and Natural Resources", "Department of Health and Social Care": after "of",
        // "for" or "on", a field of common words goes on over "and" (but "the University of Arland and Marlow
        // College" are two bodies).
        (coordinated && fieldFrom !== undefined && commonWords(fieldFrom, to) && commonWords(next.run.from, next.run.to)) ||
        (coordinated && fieldFrom === undefined && (has(rightLast, orgHeadFlag) || initialsIn(from, next.run.to)))
      if (!ok) break
      fieldFrom = !coordinated && connector !== 'the' ? next.run.from : fieldFrom
      to = next.run.to
      last++
    }
    if (last === p && !groupCue) return undefined
    if (last === p && (has(tokens[from]!, placeFlag) || has(tokens[from]!, nationalityFlag))) return undefined
    return {to, last}
  }

  /** Whether the capitalised words from `from` to `to` are all common words, none a place's or a nationality's. */
  function commonWords(from: number, to: number): boolean {
    for (let index = from; index < to; index++) {
      const t = tokens[index]!
      if (t.cap && (!isCommon(t) || has(t, placeFlag) || has(t, nationalityFlag))) return false
    }
    return true
  }

  /** "Airlines often try …": a plural organisation word capitalised only by opening the sentence (not a club's "Rovers"). */
  function pluralOpening(t: Token): boolean {
    return t.sentenceStart && !t.allCaps && /\p{Ll}s$/u.test(t.text) && !clubWords.has(t.text) && !isProperElsewhere(t)
  }

  /** Whether the initials of the capitalised words from–to are an acronym the text uses. */
  function initialsIn(from: number, to: number): boolean {
    let initials = ''
    for (let index = from; index < to; index++) if (tokens[index]!.cap) initials += tokens[index]!.text[0]
    if (initials.length < 2) return false
    if (!acronymSet) {
      acronymSet = new Set()
      for (const t of tokens) if (t.allCaps && t.text.length <= 6) acronymSet.add(t.text.includes('.') ? t.text.replace(/\./g, '') : t.text)
    }
    return acronymSet.has(initials)
  }

  /** "Ada Times editorial board", "Ode City supporters club": a unit of the organisation just named. */
  function addUnit(start: number, orgTo: number): void {
    const last = tokens[orgTo - 1]!
    if (last.possessive) return
    for (let index = orgTo; index < orgTo + 2; index++) {
      const t = tokens[index]
      if (!t || t.cap || t.block !== last.block || t.sentence !== last.sentence) return
      if (!spaceBetween(index - 1, index)) return
      if (has(t, functionFlag) || has(t, stopFlag)) return
      if (has(t, unitNounFlag)) {
        addOrganization(value.slice(start, t.end), start, t.end)
        return
      }
      if (t.possessive) return
    }
  }

  addGroupsAndAcronyms()
  function addGroupsAndAcronyms(): void {
    for (const words of groupRuns) {
      const start = words[0]!.start
      const end = words[words.length - 1]!.end
      addOrganization(value.slice(start, end), start, end)
    }
    for (const person of persons.values()) {
      if (person.affiliation) {
        const key = keyOf(person.affiliation.name.replace(/^the\s+/i, ''))
        if (!organizations.has(key) && !places.has(key)) addOrganization(person.affiliation.name, person.affiliation.start, person.affiliation.end)
      }
    }
    // Acronyms paired with long forms by their initials ("European Union" / "EU").
    const orgList = [...organizations.entries()]
    // Organisations by the initials of their capitalised words (list order kept).
    const byInitials = new Map<string, Array<(typeof orgList)[number]>>()
    for (const entry of orgList) {
      let initials = ''
      for (const word of entry[1].name.split(/\s+/)) if (word.length > 0 && isUpperCode(word.codePointAt(0)!)) initials += word[0]
      const list = byInitials.get(initials)
      if (list) list.push(entry)
      else byInitials.set(initials, [entry])
    }
    for (const [key, org] of orgList) {
      if (!/^[A-Z]{2,6}$/.test(org.name)) continue
      const long = byInitials.get(org.name)?.find(([, other]) => other !== org)
      if (long) foldOrganization(key, org, long[1])
    }
  }

  /** Fold the organisation under `key` into `into`: its name becomes an alternate name, its mentions and affiliates move. */
  function foldOrganization(key: string, org: {name: string; mentions: Mention[]; alternate: Set<string>}, into: {name: string; mentions: Mention[]; alternate: Set<string>}): void {
    into.alternate.add(org.name)
    for (const name of org.alternate) into.alternate.add(name)
    into.mentions.push(...org.mentions)
    organizations.delete(key)
    for (const person of persons.values()) {
      if (person.affiliation && keyOf(person.affiliation.name) === key) person.affiliation.name = into.name
    }
  }

  // A short form of one organisation's name ("Lumen" of "Lumen Technologies"): the words it
  // leaves out are all designators (not a unit: "Ode City board" is the board's). A club
  // is also named by its last word alone ("City" of "Ode City").
  mergeShortForms()
  function mergeShortForms(): void {
    if (organizations.size < 2) return
    const entries = [...organizations.entries()]
    // Longer names first: "Quillon Systems" folds into "Quillon Systems Inc." before "Quillon" looks for its one longer form.
    const byLength = [...entries].sort((a, b) => b[1].name.split(/\s+/).length - a[1].name.split(/\s+/).length)
    for (const [key, org] of byLength) {
      const short = org.name.split(/\s+/)
      // "the Bank" of "Bank of Arland", "the Department" of "Department for Transport": a body whose
      // name opens with the head noun, when the article names only one such.
      if (short.length === 1 && headNounShortForms.has(short[0]!)) {
        const opening = short[0] + ' '
        const headed = entries.filter(([otherKey, other]) => otherKey !== key && organizations.has(otherKey) && other.name.startsWith(opening) && /^\S+ (?:of|for) /.test(other.name))
        if (headed.length === 1) {
          foldOrganization(key, org, headed[0]![1])
          continue
        }
      }
      const longer = entries.filter(([otherKey, other]) => {
        if (otherKey === key || !organizations.has(otherKey)) return false
        const words = other.name.split(/\s+/)
        if (words.length <= short.length) return false
        // A club's last word, or a team's plural name ("Hawks" of "Riverton Hawks").
        if (short.length === 1 && (clubWords.has(short[0]!) || pluralName.test(short[0]!)) && words[words.length - 1] === short[0]) return true
        // A club named by its town alone ("Dunmore manager …" of "Dunmore City").
        if (short.length === 1 && words[0] === short[0] && words.slice(1).every((word) => clubWords.has(word) || word === 'FC')) return true
        // A body named by its head noun alone ("Commission" of "Arland Commission", "the Council" of "Dunmore Council").
        if (short.length === 1 && headNounShortForms.has(short[0]!) && words[words.length - 1] === short[0]) return true
        if (short.some((word, index) => words[index] !== word)) return false
        return designatorsOnly(words.slice(short.length))
      })
      if (longer.length === 1) foldOrganization(key, org, longer[0]![1])
    }
  }

  // "Ada Lane backed the plan. The Labour leader wants …": a definite
  // description opening a sentence is the role of the one person named in
  // that sentence or the one before, when the text gives them no other.
  describedAfter()
  function describedAfter(): void {
    for (let index = 0; index < tokens.length; index++) {
      const the = tokens[index]!
      if (the.text !== 'The' || !the.sentenceStart) continue
      const head = descriptionHead(index + 1)
      if (head === undefined) continue
      const previous = index > 0 ? tokens[index - 1]! : undefined
      if (previous === undefined || previous.block < the.block - 1) continue
      // From the start of the sentence before (in this paragraph or the one before).
      let from = index - 1
      while (from > 0 && tokens[from - 1]!.sentence >= previous.sentence) from--
      const floor = tokens[from]!.start
      const named = [...persons.values()].filter((person) => person.mentions.some((mention) => mention.start >= floor && mention.start < the.start))
      if (named.length !== 1 || named[0]!.title) continue
      const start = tokens[index + 1]!.start
      const end = tokens[head]!.end
      // "Ada Lane joined the firm. The president said he …": a pronoun of the other gender is someone else.
      const pronoun = /\b(he|she|his|her)\b/i.exec(value.slice(end, tokens.findLast((t) => t.sentence === the.sentence)!.end))?.[1]?.toLowerCase()
      const gender = genderOfDraft(named[0]!)
      if (pronoun && gender && (pronoun === 'he' || pronoun === 'his' ? 'male' : 'female') !== gender) continue
      named[0]!.title = {text: value.slice(start, end).replace(/\s+/g, ' '), start, end, offset: start}
    }
  }

  /**
   * The last token of a description after "The" ("Labour leader", "crime
   * writer and broadcaster", "striker") that a verb, a comma or a possessive
   * follows; undefined for other phrases, plurals, a role "of" something, or
   * a title before a name.
   */
  function descriptionHead(from: number): number | undefined {
    let head: number | undefined
    for (let index = from; index < tokens.length && index < from + 5; index++) {
      const t = tokens[index]!
      if (t.sentence !== tokens[from]!.sentence || (index > from && !spaceBetween(index - 1, index) && !tokens[index - 1]!.possessive)) return undefined
      if (isJobNounToken(t) && !t.cap && !/[^s]s$/.test(t.lower) && identityRoles.has(t.lower)) {
        head = index
        if (t.possessive) break
        continue
      }
      if (head !== undefined && t.lower === 'and' && tokens[index + 1] !== undefined && isJobNounToken(tokens[index + 1]!)) continue
      if (head !== undefined) break
      // Modifiers: a lower-case adjective or noun, or a capitalised word ("Labour", "US", "Ohio").
      if (has(t, functionFlag) && !has(t, nationalityFlag)) return undefined
      if (t.possessive) return undefined
    }
    if (head === undefined) return undefined
    const t = tokens[head]!
    if (t.possessive) return head
    const next = tokens[head + 1]
    if (next === undefined || next.sentence !== t.sentence) return undefined
    const gap = gapBetween(head, head + 1)
    if (/^,\s+$/.test(gap)) return head
    if (!spaceBetween(head, head + 1) || next.cap || next.lower === 'of' || next.lower === 'for' || has(next, functionFlag) && !verbLike.test(next.lower)) return undefined
    return verbLike.test(next.lower) || /^\p{Ll}+(?:s|ed)$/u.test(next.text) ? head : undefined
  }

  // "Its director, Name": the organisation named last before "its", in that
  // sentence or the one before, is the affiliation.
  /** The organisation (of those `accept` takes) whose mention ends last at or before `at`, with that mention's end. */
  function lastOrganizationBefore(at: number, accept?: (name: string) => boolean): {name: string; end: number} | undefined {
    let best: {name: string; end: number} | undefined
    for (const org of organizations.values()) {
      if (accept && !accept(org.name)) continue
      for (const mention of org.mentions) {
        if (mention.end <= at && (!best || mention.end > best.end)) best = {name: org.name, end: mention.end}
      }
    }
    return best
  }

  resolveIts()
  function resolveIts(): void {
    for (const {person, pronoun} of itsRoles) {
      if (person.affiliation) continue
      const best = lastOrganizationBefore(pronoun.start)
      if (!best) continue
      if (pronoun.lower === 'whose' && !/^,\s*$/.test(value.slice(best.end, pronoun.start))) continue
      const last = tokens[tokenIndexAt(best.end) - 1]
      if (last === undefined || last.sentence < pronoun.sentence - 1) continue
      // No person named in between: "its" could then be that person's company's.
      const end = best.end
      if ([...persons.values()].some((other) => other.mentions.some((m) => m.start >= end && m.end <= pronoun.start))) continue
      person.affiliation = {name: best.name, start: best.end, end: best.end}
    }
  }

  // "The bank's chief economist" after "Quarry Bank": the organisation named last with that noun.
  resolveNounOwners()
  function resolveNounOwners(): void {
    for (const {person, noun, at} of nounRoles) {
      if (person.affiliation) continue
      const best = lastOrganizationBefore(at, (name) => {
        const last = name.split(' ').at(-1)!
        // "the company's", "the firm's": a name with a company's designator ("Marsh Systems").
        return last.toLowerCase() === noun || (genericCompanyNouns.has(noun) && designators.has(last.replace(/\.$/, '')))
      })
      if (best) person.affiliation = {name: best.name, start: best.end, end: best.end}
    }
  }

  // "Ian Ode of the Builders Federation", "Ada Lane, of Carver Securities,": the organisation after "of".
  resolveOf()
  function resolveOf(): void {
    // Each mention's start → the organisation's name and the mention's end (a short form or an
    // acronym is shorter or longer than the name).
    const organizationAt = new Map<number, {name: string; end: number}>()
    for (const org of organizations.values()) for (const mention of org.mentions) organizationAt.set(mention.start, {name: org.name, end: mention.end})
    if (organizationAt.size === 0) return
    for (const person of persons.values()) {
      if (person.affiliation) continue
      // "Name, chief executive of Lumen Systems": the organisation that ends the title
      // (not a past one: "former director of …"); or that ends a role stated after the
      // title ("Professor Name, a geneticist at Tolley College").
      const title = person.title
      if (title && !pastRole.test(title.text)) {
        for (const role of person.appositiveRole ? [title, person.appositiveRole] : [title]) {
          if (person.affiliation || pastRole.test(role.text)) break
          const inTitle = value.slice(role.start, role.end)
          // ("head of research at the charity Ode Hope": a noun for an organisation may come first.)
          for (const of of inTitle.matchAll(/\s(?:of|at|for|with)\s+(?:the\s+)?(?:(?:charity|company|firm|group|bank|agency|university|college|school|hospital|union|party|club|think\s+tank|campaign\s+group)\s+)?/g)) {
            const start = role.start + of.index + of[0].length
            const org = organizationAt.get(start)
            // It ends the role, or only a place follows it ("head of music at St Ode's School in Durham").
            if (org === undefined || !/^(?:\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?$/u.test(value.slice(org.end, role.end))) continue
            person.affiliation = {name: org.name, start, end: org.end}
          }
        }
        // "Name, the Army’s chief of staff": the organisation that owns the title.
        const owner = organizationAt.get(title.start)
        if (!person.affiliation && owner !== undefined && /^['’]s?\s/.test(value.slice(owner.end, owner.end + 3))) {
          person.affiliation = {name: owner.name, start: title.start, end: owner.end}
        }
        if (person.affiliation) continue
      }
      for (const mention of person.mentions) {
        const of = /^,?\s+of\s+(?:the\s+)?/.exec(value.slice(mention.end, mention.end + 12))
        const org = of ? organizationAt.get(mention.end + of[0].length) : undefined
        if (org === undefined) continue
        person.affiliation = {name: org.name, start: mention.end + of![0].length, end: org.end}
        break
      }
    }
  }

  // 7. Pronoun evidence for gender: "he"/"she" opening the next clause after a sole named person.
  pronounEvidence()
  function pronounEvidence(): void {
    for (const person of persons.values()) {
      for (const mention of person.mentions) {
        const after = value.slice(mention.end, mention.end + 160)
        const match = /^[^.!?“”"]*?[.!?]["”’]?\s+(He|She|His|Her)\b/.exec(after)
        if (!match) continue
        if (match[1] === 'He' || match[1] === 'His') person.male += 0.5
        else person.female += 0.5
      }
    }
  }

  // 8. Role references: every place the text uses a role tied to a person.
  const roles = roleReferences(persons.values(), text)

  // 9. Output.
  return personOutput()
  function personOutput(): PeopleData & {genders: Map<string, 'male' | 'female'>} {
    const about = (mentions: Mention[]): boolean =>
      mentions.some((mention) => {
        const block = text.blockAt(mention.start)
        return block !== undefined && (block.role === 'headline' || block.role === 'standfirst')
      })
    const genders = new Map<string, 'male' | 'female'>()
    const personList: PersonEntity[] = []
    const seen = new Set<string>()
    for (const person of [...persons.values()].sort((a, b) => a.first - b.first)) {
      let key = personKey(person)
      if (seen.has(key)) key = `${key}-${seen.size}`
      seen.add(key)
      person.mentions.sort((a, b) => a.start - b.start)
      const entity: PersonEntity = {
        key,
        name: person.name,
        aliases: [...person.aliases].filter((alias) => keyOf(alias) !== keyOf(person.name)),
        mentions: dedupe(person.mentions),
        about: about(person.mentions)
      }
      if (person.title) entity.jobTitle = {value: person.title.text, position: text.toPosition(person.title.start, person.title.end)}
      if (person.affiliation) {
        const key = keyOf(person.affiliation.name.replace(/^the\s+/i, ''))
        entity.affiliation = places.has(key) ? `place:${slug(places.get(key)!.name)}` : `organization:${slug(organizations.get(key)?.name ?? person.affiliation.name)}`
      }
      const gender = genderOfDraft(person)
      if (gender) genders.set(key, gender)
      personList.push(entity)
    }
    const organizationList: OrganizationEntity[] = [...organizations.values()]
      .filter((org) => !persons.has(keyOf(org.name)))
      .map((org) => ({
        key: `organization:${slug(org.name)}`,
        name: org.name,
        alternateName: [...org.alternate],
        mentions: dedupe(org.mentions.sort((a, b) => a.start - b.start)),
        about: about(org.mentions)
      }))
    const placeList: PlaceEntity[] = [...places.values()].map((place) => ({
      key: `place:${slug(place.name)}`,
      name: place.name,
      mentions: dedupe(place.mentions.sort((a, b) => a.start - b.start)),
      about: about(place.mentions)
    }))
    return {persons: personList, organizations: organizationList, places: placeList, roles, genders}
  }
}

/** White space that is not a single plain space. */
const irregularSpace = /[^\S ]| {2}/

/** The key a name is known by: lower case, ’ as ', white space collapsed. */
function keyOf(name: string): string {
  // Most names are ASCII words with single spaces: only their case changes.
  let plain = true
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index)
    if (code >= 128 || code < 32 || (code === 32 && name.charCodeAt(index + 1) === 32)) {
      plain = false
      break
    }
  }
  if (plain) return toLower(name)
  let key = name.toLowerCase()
  if (key.includes('’')) key = key.replace(/[’]/g, "'")
  // Only white space other than a single space changes under the collapse.
  if (irregularSpace.test(key)) key = key.replace(/\s+/g, ' ')
  return key
}

const creditPattern = /^(?:(?:photo(?:graph)?|picture|image)s?(?:\s+by)?\s*:?\s*)?([\p{L}\p{M}.'’ -]{3,60}?)\s*\/\s*([\p{L}\p{M}&.' -]{2,40})$/iu

/** A relation and "of" before a name, with up to three words between ("mother of flood victim …"). */
const relationOf = /\b([\p{L}-]+)\s+of\s+(?:the\s+)?(?:[\p{L}\p{M}'’.-]+\s+){0,3}$/u

/** A word that can follow a subject as its verb ("said", "has", "tweeted", "says"). */
const verbLike = /^(?:\p{L}+ed|says|said|told|wrote|spoke|has|had|is|was|will|would|could|can|may|might|must|did|does|also|then|later|thought|felt|knew|made|gave|went|took|got)$/u

/** Head nouns of an organisation's name that an of-phrase completes ("Department of …"). */
const orgHeadsBeforeOf = new Set(
  'department departments office ministry center centers centre centres bank university institute institution association federation union council committee commission board league society church college school court museum agency bureau service services authority party foundation academy secretariat directorate division organisation organization alliance coalition fund trust friends diocese archdiocese parish corps chamber brotherhood guild fellowship'.split(' ')
)

/** Lower-case nouns that introduce an organisation's name ("the group Ada Watch"). */
const groupNouns = new Set(
  'group charity company firm organisation organization coalition network union association party agency foundation movement alliance band startup start-up nonprofit non-profit'.split(' ')
)

/** Parties and companies whose names the lexicon keeps out of persons' names ("Tories", "Dems"). */
const namedGroupWords = new Set(
  'Democrats Republicans Tories Conservatives Liberals Socialists Communists Dems GOP Labour Twitter Facebook Instagram YouTube TikTok Google Apple Amazon Microsoft Netflix Reuters'.split(' ')
)

/** Units of an organisation named right after it ("Ada Times editorial board"). */
const unitNouns = new Set('board club committee council office team staff desk wing'.split(' '))

/** Words that open a region's name ("Middle East", "North Africa"). */
const regionWords = new Set(['North', 'South', 'East', 'West', 'Middle', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Greater', 'Far', 'Near'])

const multiwordPlaces = new Set([
  'United States', 'United Kingdom', 'Middle East', 'New York', 'Los Angeles', 'San Francisco', 'New Jersey',
  'New Hampshire', 'South Carolina', 'North Carolina', 'Oklahoma City', 'Hong Kong', 'Tel Aviv', 'Saudi Arabia',
  'South Africa', 'North Korea', 'South Korea', 'New Zealand', 'Sri Lanka', 'Costa Rica', 'El Salvador',
  'Puerto Rico', 'Rhode Island', 'West Virginia', 'New Mexico', 'North Dakota', 'South Dakota', 'West Bank',
  'Northern Ireland', 'Czech Republic', 'Dominican Republic', 'Ivory Coast', 'New Delhi', 'Mexico City',
  'Kansas City', 'Salt Lake City', 'New Orleans', 'Las Vegas', 'San Diego', 'San Jose', 'Abu Dhabi',
  'Buenos Aires', 'Rio de Janeiro', 'Sao Paulo', 'Cape Town', 'Addis Ababa', 'Far East', 'Latin America',
  'South America', 'North America', 'Central America', 'East Asia', 'Southeast Asia', 'Silicon Valley',
  'Downing Street', 'Capitol Hill', 'Wall Street', 'Gaza Strip', 'Persian Gulf', 'Red Sea', 'Black Sea'
])

// Lexicon flags of a lower-case word: every list the extractor tests a token
// against, merged into two maps (the two long lists, the short ones) so that
// a token's word is hashed and looked up at most twice (see `has`).
const commonFlag = 1 << 0
const givenFlag = 1 << 1
const honorificFlag = 1 << 2
const jobModifierFlag = 1 << 3
const nationalityFlag = 1 << 4
const nonNameFlag = 1 << 5
const organizationNounFlag = 1 << 6
const organizationWordFlag = 1 << 7
const placeFlag = 1 << 8
const relationFlag = 1 << 9
const suffixFlag = 1 << 10
const temporalFlag = 1 << 11
const titleHeadFlag = 1 << 12
const titleModifierFlag = 1 << 13
const connectorFlag = 1 << 14
const functionFlag = 1 << 15
const determinerFlag = 1 << 16
const stopFlag = 1 << 17
const masculineFlag = 1 << 18
const feminineFlag = 1 << 19
const orgHeadFlag = 1 << 20
const groupNounFlag = 1 << 21
const unitNounFlag = 1 << 22
const particleFlag = 1 << 23
/** A job noun, or the plural of one with -s or -es (the cases of `isJobNoun` without a hyphen). */
const jobNounFlag = 1 << 24
/** The flags of the long lists (tens of thousands of words). */
const longListFlags = commonFlag | givenFlag
/** The token's word has been looked up in the long lists / the short ones. */
const longKnownFlag = 1 << 28
const shortKnownFlag = 1 << 29

const particleMaxLength = Math.max(...[...particleSet].map((word) => word.length))
/** 1 at the `particleShape` of every particle. */
const particleShapes = new Uint8Array(8 << 10)
for (const word of particleSet) particleShapes[particleShape(word)] = 1

const longListFlagsOf = new Map<string, number>()
const shortListFlagsOf = new Map<string, number>()
function flagAll(words: Iterable<string>, flag: number): void {
  const map = (flag & longListFlags) !== 0 ? longListFlagsOf : shortListFlagsOf
  for (const word of words) map.set(word, (map.get(word) ?? 0) | flag)
}
flagAll(common, commonFlag)
flagAll(givenNames, givenFlag)
flagAll(honorificSet, honorificFlag)
flagAll(jobModifierSet, jobModifierFlag)
flagAll(nationalitySet, nationalityFlag)
flagAll(nonNameSet, nonNameFlag)
flagAll(organizationNounSet, organizationNounFlag)
flagAll(organizationWordSet, organizationWordFlag)
flagAll(placeSet, placeFlag)
flagAll(relationSet, relationFlag)
flagAll(suffixSet, suffixFlag)
flagAll(temporalSet, temporalFlag)
flagAll(titleHeadSet, titleHeadFlag)
flagAll(titleModifierSet, titleModifierFlag)
flagAll(connectorWords, connectorFlag)
flagAll(functionWords, functionFlag)
flagAll(determiners, determinerFlag)
flagAll(stopAfter, stopFlag)
flagAll(masculine, masculineFlag)
flagAll(feminine, feminineFlag)
flagAll(orgHeadsBeforeOf, orgHeadFlag)
flagAll(groupNouns, groupNounFlag)
flagAll(unitNouns, unitNounFlag)
flagAll(particleSet, particleFlag)
for (const noun of jobNounSet) flagAll([noun, noun + 's', noun + 'es'], jobNounFlag)

/** For each block, whether most of its common words are capitalised (a title-case headline). */
function titleCaseBlocks(tokens: Token[], count: number): boolean[] {
  // The capitalised tokens of 4+ letters (K) bound the capitalised common
  // words (C): a block with K < 3 cannot reach C >= 3, and once its
  // lower-case common words (L) exceed K / 3, C / (C + L) < 0.75 for good —
  // either way the block is decided without further lexicon lookups.
  // The lower-case words are counted first: they decide most blocks after a
  // few lookups, and only the undecided blocks need their capitals looked up.
  const bound = new Int32Array(count)
  for (const token of tokens) if (token.cap && token.text.length >= 4) bound[token.block]!++
  const capitals = new Int32Array(count)
  const lower = new Int32Array(count)
  const decided = new Uint8Array(count)
  let open = false
  for (const token of tokens) {
    const block = token.block
    if (token.cap || decided[block] === 1 || bound[block]! < 3 || token.text.length < 4 || !has(token, commonFlag)) continue
    if (bound[block]! < 3 * ++lower[block]!) decided[block] = 1
  }
  for (let index = 0; index < count; index++) if (decided[index] === 0 && bound[index]! >= 3) open = true
  if (open) {
    for (const token of tokens) {
      const block = token.block
      if (!token.cap || decided[block] === 1 || bound[block]! < 3 || token.text.length < 4 || !has(token, commonFlag)) continue
      capitals[block]!++
    }
  }
  const flags: boolean[] = []
  for (let index = 0; index < count; index++) {
    const total = capitals[index]! + lower[index]!
    flags.push(decided[index] === 0 && total >= 3 && capitals[index]! / total >= 0.75)
  }
  return flags
}

/** Whether a block is written in capitals ("UP NEXT"). */
function isShouting(line: string): boolean {
  return !/\p{Ll}/u.test(line) && /\p{Lu}.*\p{Lu}.*\p{Lu}/su.test(line) && !line.includes('/')
}

/** Whether a short block reads like a photo credit ("Ada Lane/Agency"). */
function isCreditLine(line: string): boolean {
  return line.length <= 80 && !/\n/.test(line) && creditPattern.test(line) && !/[.!?]$/.test(line.trim())
}

function push<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key)
  if (list) {
    if (!list.includes(item)) list.push(item)
  } else map.set(key, [item])
}

function dedupe(mentions: Mention[]): Mention[] {
  const result: Mention[] = []
  for (const mention of mentions) {
    const last = result[result.length - 1]
    if (last && last.start === mention.start && last.end === mention.end) continue
    result.push(mention)
  }
  return result
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const asciiOnly = /^[\x00-\x7f]*$/

/** Lower-case ASCII slug of a name. */
export function slug(value: string): string {
  // ASCII needs no decomposition (most names).
  const decomposed = asciiOnly.test(value) ? value : value.normalize('NFKD').replace(/\p{M}/gu, '')
  return (
    decomposed
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  )
}
