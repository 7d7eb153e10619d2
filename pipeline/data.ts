/**
 * The `file.data` contract: every slice a stage writes, typed once here.
 *
 * Each stage owns its key and writes nothing else:
 *
 * | key          | written by                | read by                           |
 * | ------------ | ------------------------- | --------------------------------- |
 * | `matter`     | `remarkArticleMatter`     | article stage                     |
| `matterPositions` | `remarkArticleMatter` | article stage, graph (provenance) |
 * | `article`    | article stage             | people, events, graph             |
 * | `text`       | article stage             | people, quotations, events        |
 * | `people`     | `remarkPeople`            | quotations, events, graph         |
 * | `quotations` | `remarkQuotations`        | events, graph                     |
 * | `events`     | `remarkEvents`            | graph                             |
 * | `corrections`| `remarkCorrections`       | review page                       |
 * | `registry`   | `remarkRegistry`          | review page, `newsld entities`    |
 * | `jsonLd`     | `remarkGraph`             | validate, emit                    |
 * | `provenance` | `remarkGraph`             | validate (maps JSON paths → place)|
 *
 * Exception to “each stage owns its key”: `remarkCorrections` and
 * `remarkRegistry` run after every extractor and before the graph, and edit
 * `people`, `quotations` and `events` in place. They are the editor's and the
 * site's word over the extractors' guesses; editing the slices (instead of
 * adding an overlay the graph builder must know about) keeps one source of
 * truth for the graph, the review page and the CLI. No extractor runs after
 * them, so no stage sees half-corrected data.
 */
import type {Position} from 'unist'
import type {ArticleText} from './text/article-text.js'

/** A value together with where it came from in the source (optional). */
export interface Located<T> {
  value: T
  position?: Position | undefined
}

/**
 * A stretch of the article text: `start`/`end` are UTF-16 offsets into
 * `file.data.text.value` (end exclusive); `position` is the place in the
 * source file, mapped back through the mdast tree.
 */
export interface Mention {
  start: number
  end: number
  text: string
  position?: Position | undefined
}

/** Image, from a Markdown image, front matter `image`, or a plain-text caption + credit. */
export interface ImageFields {
  url?: Located<string> | undefined
  caption?: Located<string> | undefined
  creditText?: Located<string> | undefined
  /** Photographer named in the credit (`Name/Agency`). */
  creator?: Located<string> | undefined
  /** Agency named in the credit. */
  creditOrganization?: Located<string> | undefined
  width?: number | undefined
  height?: number | undefined
}

export interface AuthorFields {
  name: Located<string>
  url?: string | undefined
  type?: 'Person' | 'Organization' | undefined
}

export interface PublisherFields {
  name: string
  url?: string | undefined
  logo?: string | undefined
}

/** The article's own fields, normalised from front matter and the tree. */
export interface ArticleFields {
  headline?: Located<string> | undefined
  description?: Located<string> | undefined
  image?: ImageFields | undefined
  authors: AuthorFields[]
  /** ISO 8601 date or date-time, as given. */
  datePublished?: Located<string> | undefined
  dateModified?: Located<string> | undefined
  url?: Located<string> | undefined
  section?: Located<string> | undefined
  keywords: string[]
  inLanguage?: Located<string> | undefined
  publisher?: PublisherFields | undefined
  /** File-name-safe identifier used for output names. */
  slug: string
  /** Plain text of the body (what goes into `articleBody`). */
  articleBody: string
  wordCount: number
}

/** Kind of an entity key: `person:…`, `organization:…`, `place:…`, `event:…`, `quotation:…`. */
export type EntityKind = 'person' | 'organization' | 'place' | 'event' | 'quotation'

export interface PersonEntity {
  /** Stable local key, `person:<slug of name>`; the graph builder turns it into an `@id`. */
  key: string
  /** Fullest form of the name the text gives, without titles or honorifics. */
  name: string
  /** Other surface forms the text uses (surname, "Mr X", "President X"). */
  aliases: string[]
  jobTitle?: Located<string> | undefined
  /** Key of the Organization (or Place) the person is affiliated with, per the text. */
  affiliation?: string | undefined
  /** Every place in the text where this person is named. */
  mentions: Mention[]
  /** True when the headline or standfirst is about this person. */
  about: boolean
  /**
   * Grammatical gender, from honorifics ("Mr", "Mrs"), pronouns that follow
   * the name, or a given name listed for one gender only; for pronoun
   * resolution, never emitted to the graph.
   */
  gender?: 'male' | 'female' | undefined
  /** Absolute IRI from the entity registry: the node's `@id` in every article (optional). */
  id?: string | undefined
  /** Public identifiers (Wikidata, …) from the registry or front matter corrections (optional). */
  sameAs?: string[] | undefined
}

export interface OrganizationEntity {
  key: string
  name: string
  /** Acronym or short form paired with the long form in the text. */
  alternateName: string[]
  mentions: Mention[]
  about: boolean
  /** Absolute IRI from the entity registry: the node's `@id` in every article (optional). */
  id?: string | undefined
  /** Public identifiers (Wikidata, …) from the registry or front matter corrections (optional). */
  sameAs?: string[] | undefined
}

export interface PlaceEntity {
  key: string
  name: string
  mentions: Mention[]
  about: boolean
  /** Absolute IRI from the entity registry: the node's `@id` in every article (optional). */
  id?: string | undefined
  /** Public identifiers (Wikidata, …) from the registry or front matter corrections (optional). */
  sameAs?: string[] | undefined
}

/** A description that the text ties to a named entity ("the mayor’s chief of staff" → the person named as such). */
export interface RoleReference {
  phrase: string
  entity: string
  mentions: Mention[]
}

export interface PeopleData {
  persons: PersonEntity[]
  organizations: OrganizationEntity[]
  places: PlaceEntity[]
  roles: RoleReference[]
}

export interface QuotationEntity {
  key: string
  /** Characters inside the outer quote marks (pieces across paragraphs joined by one space). */
  text: string
  /** The quoted span(s) in the article text, marks excluded. */
  mentions: Mention[]
  /** True when the quote fills a slot in the reporter's sentence (He called it a “breakthrough”). */
  partial: boolean
  /** Key of the Person or Organization who spoke, absent when the text does not say. */
  speaker?: string | undefined
  /** The words that attributed the speaker ("Lane told", "he said"). */
  attribution?: Mention | undefined
}

export interface QuotationsData {
  quotations: QuotationEntity[]
}

export type EventType =
  | 'Event'
  | 'BroadcastEvent'
  | 'BusinessEvent'
  | 'SocialEvent'
  | 'SportsEvent'
  | 'EducationEvent'
  | 'PublicationEvent'

export interface EventEntity {
  key: string
  type: EventType
  name: string
  /** ISO date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time when the time is stated. */
  startDate?: string | undefined
  /** The expression the date was resolved from ("on Sunday", "in 2022"). */
  dateMention?: Mention | undefined
  location?: string | undefined
  attendees: string[]
  organizers: string[]
  performers: string[]
  /** Keys of quotations said at this event (→ `recordedIn` on the Quotation). */
  quotations: string[]
  mentions: Mention[]
  about: boolean
}

export interface EventsData {
  events: EventEntity[]
}

/** Entity types a registry entry or a correction can name. */
export type RegistryType = 'Person' | 'Organization' | 'Place'

/** One entry of the site's entity registry (`entities.yaml`). */
export interface RegistryEntry {
  /** Absolute IRI: the entity's `@id` in every article. */
  id: string
  type: RegistryType
  name: string
  /** Other names the articles use for it (matched like `name`). */
  aliases?: string[] | undefined
  /** Public identifiers, such as a Wikidata URL. */
  sameAs?: string[] | undefined
  /** Used when the article gives none (Person only). */
  jobTitle?: string | undefined
  /** `id` or `name` of an Organization entry (Person only). */
  affiliation?: string | undefined
}

/** What one front matter correction did. */
export interface CorrectionRecord {
  /** Index in the front matter `corrections` list. */
  index: number
  action: 'add' | 'remove' | 'rename' | 'set' | 'speaker'
  /** Entity or quotation key the correction applied to (after it applied). */
  target: string
  /** The fields it set (`jobTitle`, `sameAs`, `about`, …). */
  fields: string[]
  /** Position of the correction in the front matter. */
  position?: Position | undefined
}

export interface CorrectionsData {
  /** Corrections that applied, in front matter order. */
  records: CorrectionRecord[]
}

export interface RegistryMatch {
  /** Entity key in the article. */
  key: string
  /** Registry `id`. */
  id: string
  /** Registry `name`. */
  name: string
  /** Fields the registry supplied (`@id`, `sameAs`, `jobTitle`, `affiliation`). */
  fields: string[]
}

export interface UnregisteredEntity {
  key: string
  type: RegistryType
  name: string
  /** How often the article names it. */
  mentions: number
}

export interface RegistryData {
  matches: RegistryMatch[]
  /** Persons, organizations and places the registry does not list. */
  unknown: UnregisteredEntity[]
}

/** JSON path (RFC 6901 pointer into the JSON-LD document) → source position. */
export type ProvenanceMap = Record<string, Position>

declare module 'vfile' {
  interface DataMap {
    /** Parsed YAML front matter (or metadata handed over by a CMS), not yet validated. */
    matter: Record<string, unknown>
    /**
     * Position of each front-matter value: top-level keys by name (`datePublished`),
     * nested values by `/`-joined path (`author/0/name`, `image/caption`).
     */
    matterPositions: Record<string, Position>
    article: ArticleFields
    text: ArticleText
    people: PeopleData
    quotations: QuotationsData
    events: EventsData
    jsonLd: Record<string, unknown>
    provenance: ProvenanceMap
    corrections: CorrectionsData
    registry: RegistryData
  }
}
