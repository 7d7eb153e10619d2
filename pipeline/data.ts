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
 * | `jsonLd`     | `remarkGraph`             | validate, emit                    |
 * | `provenance` | `remarkGraph`             | validate (maps JSON paths → place)|
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
}

export interface OrganizationEntity {
  key: string
  name: string
  /** Acronym or short form paired with the long form in the text. */
  alternateName: string[]
  mentions: Mention[]
  about: boolean
}

export interface PlaceEntity {
  key: string
  name: string
  mentions: Mention[]
  about: boolean
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
  }
}
