/**
 * Build the JSON-LD `@graph` of one article from the stages' `file.data` slices.
 *
 * Node order is fixed (the NewsArticle, then persons, organizations, places,
 * events, quotations, each in the order their stage found them) and every
 * object's keys are assigned in a fixed order, so the same input always
 * serialises to the same bytes.
 */
import type {
  Event,
  Graph,
  IdReference,
  ImageObjectLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  QuotationLeaf,
  Thing
} from 'schema-dts'
import type {Position} from 'unist'
import type {
  ArticleFields,
  EntityKind,
  EventsData,
  ImageFields,
  Located,
  Mention,
  PeopleData,
  ProvenanceMap,
  QuotationsData
} from '../data.js'
import {createIds, slugify, type Ids} from './ids.js'

/** The slices the graph is built from; only `article` is required. */
export interface GraphInput {
  article: ArticleFields
  people?: PeopleData | undefined
  quotations?: QuotationsData | undefined
  events?: EventsData | undefined
}

export interface GraphResult {
  /** The JSON-LD document: `@context` and one `@graph`. */
  document: Graph
  /** JSON pointer into `document` → source position of the value. */
  provenance: ProvenanceMap
}

/** One Person or Organization not found by the people stage (photographer, agency). */
interface ExtraNode {
  key: string
  name: string
  position: Position | undefined
  /** Key of the organization for `affiliation` (optional). */
  affiliation?: string | undefined
}

/**
 * Build the graph.
 *
 * @param input
 *   The `file.data` slices.
 * @param siteUrl
 *   Base URL for `@id`s when the article has no `url` (optional).
 */
export function buildGraph(input: GraphInput, siteUrl?: string): GraphResult {
  const {article} = input
  const persons = input.people?.persons ?? []
  const organizations = input.people?.organizations ?? []
  const places = input.people?.places ?? []
  const events = input.events?.events ?? []
  const quotations = input.quotations?.quotations ?? []
  const ids = withRegistryIds(createIds(article.url?.value, siteUrl, article.slug), [...persons, ...organizations, ...places])
  const provenance: ProvenanceMap = {}

  /**
   * Remember where the value at `pointer` came from. Every pointer is
   * recorded once (each is a distinct node index or property), so there is
   * no need to look the key up first.
   */
  function record(pointer: Pointer, position: Position | undefined): void {
    if (position !== undefined) provenance[pointer.path] = position
  }

  // Every key the stages produced, so references never dangle.
  const kinds = new Map<string, EntityKind>()
  for (const person of persons) kinds.set(person.key, 'person')
  for (const organization of organizations) kinds.set(organization.key, 'organization')
  for (const place of places) kinds.set(place.key, 'place')
  for (const event of events) kinds.set(event.key, 'event')
  for (const quotation of quotations) kinds.set(quotation.key, 'quotation')

  const personByName = new Map<string, string>()
  for (const person of persons) {
    for (const name of [person.name, ...person.aliases]) addName(personByName, name, person.key)
  }
  const organizationByName = new Map<string, string>()
  for (const organization of organizations) {
    for (const name of [organization.name, ...organization.alternateName]) {
      addName(organizationByName, name, organization.key)
    }
  }

  // The image credit may name a photographer and an agency the people stage
  // did not list; they still get nodes, because the image refers to them.
  const extraPersons: ExtraNode[] = []
  const extraOrganizations: ExtraNode[] = []
  const image = article.image
  const agencyKey = image?.creditOrganization
    ? findOrAdd(image.creditOrganization.value, image.creditOrganization.position, 'organization')
    : undefined
  const creatorKey = image?.creator
    ? findOrAdd(image.creator.value, image.creator.position, 'person', agencyKey)
    : undefined

  const graph: Thing[] = []
  const articleId = ids.node('article')
  const pointer0 = nodePointer(0)
  const node: NewsArticleLeaf = {'@type': 'NewsArticle', '@id': articleId}
  graph.push(node)

  describeArticle()
  function describeArticle(): void {
    /** A text field of the article, with where it came from. */
    const copy = (key: 'headline' | 'description' | 'datePublished' | 'dateModified' | 'url' | 'articleSection' | 'inLanguage', field: Located<string> | undefined) => {
      if (!field) return
      // Each of these takes text; schema-dts's union of them is too large for the checker.
      ;(node as Record<typeof key, string>)[key] = field.value
      record(pointer0.to(key), field.position)
    }
    copy('headline', article.headline)
    copy('description', article.description)
    if (image && hasImage(image)) {
      node.image = buildImage(image, ids, creatorKey, agencyKey, pointer0.to('image'), record)
    }
    copy('datePublished', article.datePublished)
    copy('dateModified', article.dateModified)
    if (article.authors.length > 0) {
      node.author = article.authors.map((author, index) => {
        const type = author.type ?? 'Person'
        const key =
          type === 'Person'
            ? personByName.get(normalizeName(author.name.value))
            : organizationByName.get(normalizeName(author.name.value))
        const id = ids.node(key ?? type.toLowerCase() + ':' + (slugify(author.name.value) || 'author'))
        const pointer = pointer0.to('author').to(index)
        record(pointer, author.name.position)
        record(pointer.to('name'), author.name.position)
        const value: PersonLeaf | OrganizationLeaf =
          type === 'Person'
            ? {'@type': 'Person', '@id': id, name: author.name.value}
            : {'@type': 'Organization', '@id': id, name: author.name.value}
        if (author.url !== undefined) value.url = author.url
        return value
      })
    }
    if (article.publisher) {
      const publisher = article.publisher
      const key = organizationByName.get(normalizeName(publisher.name))
      const value: OrganizationLeaf = {
        '@type': 'Organization',
        // A publisher's own address identifies it across all its articles.
        '@id':
          key === undefined && publisher.url !== undefined
            ? publisher.url.replace(/#.*$/, '') + '#organization'
            : ids.node(key ?? 'organization:' + (slugify(publisher.name) || 'publisher')),
        name: publisher.name
      }
      if (publisher.url !== undefined) value.url = publisher.url
      if (publisher.logo !== undefined) value.logo = {'@type': 'ImageObject', url: publisher.logo}
      node.publisher = value
    }
    copy('url', article.url)
    // A URN is not a page, so `mainEntityOfPage` only names real addresses.
    if (ids.pageIsUrl) node.mainEntityOfPage = {'@type': 'WebPage', '@id': ids.page}
    copy('articleSection', article.section)
    if (article.keywords.length > 0) node.keywords = [...article.keywords]
    copy('inLanguage', article.inLanguage)
    node.articleBody = article.articleBody
    node.wordCount = article.wordCount

    const about: IdReference[] = []
    const mentions: IdReference[] = []
    for (const entity of [...persons, ...organizations, ...places, ...events]) {
      ;(entity.about ? about : mentions).push({'@id': ids.node(entity.key)})
    }
    if (about.length > 0) node.about = about
    if (mentions.length > 0) node.mentions = mentions
    if (quotations.length > 0) node.hasPart = quotations.map((quotation) => ({'@id': ids.node(quotation.key)}))
  }

  // Persons.
  addPersons()
  function addPersons(): void {
    for (const person of persons) {
      const pointer = nodePointer(graph.length)
      const value: PersonLeaf = {'@type': 'Person', '@id': ids.node(person.key), name: person.name}
      recordMentions(pointer, person.mentions)
      if (person.jobTitle) {
        value.jobTitle = person.jobTitle.value
        record(pointer.to('jobTitle'), person.jobTitle.position)
      }
      // `affiliation` expects an Organization: a place ("Russia’s president") is left out.
      const affiliation =
        person.affiliation !== undefined && kinds.get(person.affiliation) === 'organization'
          ? person.affiliation
          : person.key === creatorKey
            ? agencyKey
            : undefined
      if (affiliation !== undefined) value.affiliation = {'@id': ids.node(affiliation)}
      if (person.sameAs !== undefined && person.sameAs.length > 0) value.sameAs = [...person.sameAs]
      graph.push(value)
    }
    for (const extra of extraPersons) {
      const pointer = nodePointer(graph.length)
      const value: PersonLeaf = {'@type': 'Person', '@id': ids.node(extra.key), name: extra.name}
      if (extra.affiliation !== undefined) value.affiliation = {'@id': ids.node(extra.affiliation)}
      record(pointer, extra.position)
      record(pointer.to('name'), extra.position)
      graph.push(value)
    }
  }

  // Organizations.
  addOrganizations()
  function addOrganizations(): void {
    for (const organization of organizations) {
      const pointer = nodePointer(graph.length)
      const value: OrganizationLeaf = {
        '@type': 'Organization',
        '@id': ids.node(organization.key),
        name: organization.name
      }
      recordMentions(pointer, organization.mentions)
      const alternates = organization.alternateName.filter((name) => name !== organization.name)
      if (alternates.length > 0) value.alternateName = alternates
      if (organization.sameAs !== undefined && organization.sameAs.length > 0) value.sameAs = [...organization.sameAs]
      graph.push(value)
    }
    for (const extra of extraOrganizations) {
      const pointer = nodePointer(graph.length)
      record(pointer, extra.position)
      record(pointer.to('name'), extra.position)
      graph.push({'@type': 'Organization', '@id': ids.node(extra.key), name: extra.name})
    }
  }

  // Places.
  addPlaces()
  function addPlaces(): void {
    for (const place of places) {
      const pointer = nodePointer(graph.length)
      recordMentions(pointer, place.mentions)
      const value: PlaceLeaf = {'@type': 'Place', '@id': ids.node(place.key), name: place.name}
      if (place.sameAs !== undefined && place.sameAs.length > 0) value.sameAs = [...place.sameAs]
      graph.push(value)
    }
  }

  // Events.
  addEvents()
  function addEvents(): void {
    for (const event of events) {
      const pointer = nodePointer(graph.length)
      recordMentions(pointer, event.mentions)
      const value = {'@type': event.type, '@id': ids.node(event.key), name: event.name} as Event & {
        '@type': string
      }
      if (event.startDate !== undefined) {
        value.startDate = event.startDate
        record(pointer.to('startDate'), event.dateMention?.position)
      }
      if (event.location !== undefined && kinds.get(event.location) === 'place') {
        value.location = {'@id': ids.node(event.location)}
      }
      const attendee = refs(event.attendees, ['person', 'organization'])
      if (attendee.length > 0) value.attendee = attendee
      const organizer = refs(event.organizers, ['person', 'organization'])
      if (organizer.length > 0) value.organizer = organizer
      const performer = refs(event.performers, ['person', 'organization'])
      if (performer.length > 0) value.performer = performer
      graph.push(value)
    }
  }

  // Quotations: which event recorded each one is stated on the event.
  addQuotations()
  function addQuotations(): void {
    const recordedAt = new Map<string, string>()
    for (const event of events) {
      for (const key of event.quotations) if (!recordedAt.has(key)) recordedAt.set(key, event.key)
    }
    for (const quotation of quotations) {
      const pointer = nodePointer(graph.length)
      recordMentions(pointer, quotation.mentions, 'text')
      const value: QuotationLeaf = {'@type': 'Quotation', '@id': ids.node(quotation.key), text: quotation.text}
      const speakerKind = quotation.speaker === undefined ? undefined : kinds.get(quotation.speaker)
      if (quotation.speaker !== undefined && (speakerKind === 'person' || speakerKind === 'organization')) {
        value.spokenByCharacter = {'@id': ids.node(quotation.speaker)}
        record(pointer.to('spokenByCharacter'), quotation.attribution?.position)
      }
      value.isPartOf = {'@id': articleId}
      // schema.org has no property for how complete a quotation is; a quote
      // woven into the reporter's sentence is marked with the CreativeWork
      // property `creativeWorkStatus` (free text) set to `partial`.
      if (quotation.partial) value.creativeWorkStatus = 'partial'
      const event = recordedAt.get(quotation.key)
      if (event !== undefined) value.recordedAt = {'@id': ids.node(event)}
      graph.push(value)
    }
  }

  return {document: {'@context': 'https://schema.org', '@graph': graph}, provenance}

  function recordMentions(pointer: Pointer, list: readonly Mention[], field = 'name'): void {
    let position: Position | undefined
    for (const mention of list) {
      if (mention.position !== undefined) {
        position = mention.position
        break
      }
    }
    if (position === undefined) return
    record(pointer, position)
    record(pointer.to(field), position)
  }

  function refs(keys: readonly string[], allowed: readonly EntityKind[]): IdReference[] {
    const seen = new Set<string>()
    const result: IdReference[] = []
    for (const key of keys) {
      const kind = kinds.get(key)
      if (kind === undefined || !allowed.includes(kind) || seen.has(key)) continue
      seen.add(key)
      result.push({'@id': ids.node(key)})
    }
    return result
  }

  function findOrAdd(
    name: string,
    position: Position | undefined,
    kind: 'person' | 'organization',
    affiliation?: string
  ): string {
    const index = kind === 'person' ? personByName : organizationByName
    const found = index.get(normalizeName(name))
    if (found !== undefined) return found
    let key = kind + ':' + (slugify(name) || kind)
    // Never merge with an entity of the other kind or another name.
    while (kinds.has(key)) key += '-2'
    kinds.set(key, kind)
    addName(index, name, key)
    const extra: ExtraNode = {key, name, position}
    if (affiliation !== undefined) extra.affiliation = affiliation
    ;(kind === 'person' ? extraPersons : extraOrganizations).push(extra)
    return key
  }
}

function buildImage(
  image: ImageFields,
  ids: Ids,
  creatorKey: string | undefined,
  agencyKey: string | undefined,
  pointer: Pointer,
  record: (pointer: Pointer, position: Position | undefined) => void
): ImageObjectLeaf {
  const value: ImageObjectLeaf = {'@type': 'ImageObject', '@id': ids.node('image')}
  record(pointer, image.caption?.position ?? image.url?.position)
  if (image.url) {
    value.url = image.url.value
    record(pointer.to('url'), image.url.position)
  }
  if (image.caption) {
    value.caption = image.caption.value
    record(pointer.to('caption'), image.caption.position)
  }
  if (image.creditText) {
    value.creditText = image.creditText.value
    record(pointer.to('creditText'), image.creditText.position)
  }
  if (creatorKey !== undefined) {
    value.creator = {'@id': ids.node(creatorKey)}
    record(pointer.to('creator'), image.creator?.position)
  }
  // The agency in a `Name/Agency` credit is the organization the photographer
  // worked for: schema.org’s `sourceOrganization` (“the Organization on whose
  // behalf the creator was working”). The credit says nothing about copyright,
  // so `copyrightHolder` would be invented.
  if (agencyKey !== undefined) {
    value.sourceOrganization = {'@id': ids.node(agencyKey)}
    record(pointer.to('sourceOrganization'), image.creditOrganization?.position)
  }
  if (image.width !== undefined) value.width = pixels(image.width)
  if (image.height !== undefined) value.height = pixels(image.height)
  return value
}

/**
 * A JSON pointer into the document, made once and shared by every article.
 *
 * Storing a freshly concatenated string as a key of `provenance` makes V8
 * flatten and internalize it, which cost about half of the graph stage (some
 * 130 keys per 4 KB article); a string already used as a key is stored
 * several times faster. The pointers of the first `cachedNodes` nodes are
 * therefore kept, and built only once per process.
 */
class Pointer {
  readonly path: string
  readonly #cache: boolean
  #children: Map<string | number, Pointer> | undefined

  constructor(path: string, cache: boolean) {
    this.path = path
    this.#cache = cache
  }

  /** The pointer to the property (or index) `key` of this value. */
  to(key: string | number): Pointer {
    if (!this.#cache) return new Pointer(this.path + '/' + key, false)
    this.#children ??= new Map()
    let child = this.#children.get(key)
    if (child === undefined) {
      child = new Pointer(this.path + '/' + key, true)
      this.#children.set(key, child)
    }
    return child
  }
}

/** Nodes whose pointers are kept (beyond that, they are built per article). */
const cachedNodes = 1024
const graphPointer = new Pointer('/@graph', true)

function nodePointer(index: number): Pointer {
  return index < cachedNodes ? graphPointer.to(index) : new Pointer('/@graph/' + index, false)
}

/**
 * Ids where registered entities (an `id` from the entity registry) keep the
 * registry's IRI, in their node and in every reference to them.
 */
function withRegistryIds(ids: Ids, entities: ReadonlyArray<{key: string; id?: string | undefined}>): Ids {
  const registered = new Map<string, string>()
  for (const entity of entities) if (entity.id !== undefined) registered.set(entity.key, entity.id)
  if (registered.size === 0) return ids
  return {...ids, node: (key) => registered.get(key) ?? ids.node(key)}
}

function hasImage(image: ImageFields): boolean {
  return Boolean(image.url || image.caption || image.creditText || image.creator || image.creditOrganization)
}

/** A length in pixels (`E37` is the UN/CEFACT code for pixel). */
function pixels(value: number) {
  return {'@type': 'QuantitativeValue', value, unitCode: 'E37'} as const
}

function addName(index: Map<string, string>, name: string, key: string): void {
  const normal = normalizeName(name)
  if (normal !== '' && !index.has(normal)) index.set(normal, key)
}

/** Anything `normalizeName` would change besides case: non-ASCII, or white space other than single inner spaces. */
const notPlain = /[^\x21-\x7e ]|^ | $|  /

function normalizeName(name: string): string {
  // Most names are plain ASCII with single spaces: only their case changes
  // (and `normalize` is an expensive call to ICU).
  if (!notPlain.test(name)) return name.toLowerCase()
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
}
