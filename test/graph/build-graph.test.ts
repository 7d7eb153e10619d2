import type {Position} from 'unist'
import {describe, expect, it} from 'vitest'
import type {ArticleFields, EventsData, PeopleData, QuotationsData} from '../../pipeline/data.js'
import {buildGraph, type GraphInput} from '../../pipeline/graph/build-graph.js'
import {createIds, slugify} from '../../pipeline/graph/ids.js'
import {validateDocument} from '../../pipeline/validate/ajv.js'

function at(line: number, column: number, length = 5): Position {
  return {start: {line, column}, end: {line, column: column + length}}
}

function mention(text: string, line: number) {
  return {start: 0, end: text.length, text, position: at(line, 1, text.length)}
}

function article(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    headline: {value: 'Governor Ines Ruiz opens the harbour bridge', position: at(1, 3)},
    description: {value: 'The bridge took four years to build.', position: at(3, 1)},
    authors: [],
    keywords: [],
    slug: 'harbour-bridge',
    articleBody: 'Governor Ines Ruiz opened the bridge on Monday.',
    wordCount: 8,
    ...overrides
  }
}

function people(): PeopleData {
  return {
    persons: [
      {
        key: 'person:ines-ruiz',
        name: 'Ines Ruiz',
        aliases: ['Ruiz', 'Governor Ines Ruiz'],
        jobTitle: {value: 'Governor', position: at(5, 1)},
        affiliation: 'place:portmere',
        mentions: [mention('Governor Ines Ruiz', 5)],
        about: true
      },
      {
        key: 'person:ada-lane',
        name: 'Ada Lane',
        aliases: ['Lane'],
        affiliation: 'organization:harbour-trust',
        mentions: [mention('Ada Lane', 7)],
        about: false
      }
    ],
    organizations: [
      {
        key: 'organization:harbour-trust',
        name: 'Harbour Trust',
        alternateName: ['HT'],
        mentions: [mention('Harbour Trust', 7)],
        about: false
      }
    ],
    places: [{key: 'place:portmere', name: 'Portmere', mentions: [mention('Portmere', 5)], about: true}],
    roles: []
  }
}

function quotations(): QuotationsData {
  return {
    quotations: [
      {
        key: 'quotation:1',
        text: 'It is a good day for the harbour.',
        mentions: [mention('It is a good day for the harbour.', 9)],
        partial: false,
        speaker: 'person:ines-ruiz',
        attribution: mention('Ruiz said', 9)
      },
      {
        key: 'quotation:2',
        text: 'costly',
        mentions: [mention('costly', 11)],
        partial: true,
        speaker: 'person:nobody-known'
      }
    ]
  }
}

function events(): EventsData {
  return {
    events: [
      {
        key: 'event:bridge-opening',
        type: 'SocialEvent',
        name: 'Opening of the harbour bridge',
        startDate: '2024-05-06',
        dateMention: mention('on Monday', 5),
        location: 'place:portmere',
        attendees: ['person:ines-ruiz', 'person:ada-lane', 'person:ada-lane', 'person:unknown'],
        organizers: ['organization:harbour-trust'],
        performers: [],
        quotations: ['quotation:1'],
        mentions: [mention('opened the bridge', 5)],
        about: true
      }
    ]
  }
}

function full(overrides: Partial<ArticleFields> = {}): GraphInput {
  return {article: article(overrides), people: people(), quotations: quotations(), events: events()}
}

type Node = Record<string, unknown>

function nodes(input: GraphInput, siteUrl?: string): Node[] {
  return buildGraph(input, siteUrl).document['@graph'] as unknown as Node[]
}

function byId(list: Node[], id: string): Node {
  const found = list.find((node) => node['@id'] === id)
  if (!found) throw new Error('No node ' + id)
  return found
}

describe('buildGraph', () => {
  it('should put exactly one NewsArticle first, followed by persons, organizations, places, events, quotations', () => {
    const list = nodes(full())
    expect(list.map((node) => node['@type'])).toEqual([
      'NewsArticle',
      'Person',
      'Person',
      'Organization',
      'Place',
      'SocialEvent',
      'Quotation',
      'Quotation'
    ])
  })

  it('should give the article its fields in a fixed order', () => {
    const input = full({
      url: {value: 'https://news.example/2024/bridge', position: at(2, 6)},
      datePublished: {value: '2024-05-07', position: at(3, 16)},
      dateModified: {value: '2024-05-08T10:00:00Z'},
      inLanguage: {value: 'en-GB'},
      section: {value: 'Local'},
      keywords: ['bridges', 'harbour'],
      authors: [{name: {value: 'Sam Reed'}, url: 'https://news.example/staff/sam-reed'}],
      publisher: {name: 'Portmere Post', url: 'https://news.example/', logo: 'https://news.example/logo.png'}
    })
    const [news] = nodes(input)
    expect(Object.keys(news!)).toEqual([
      '@type',
      '@id',
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'url',
      'mainEntityOfPage',
      'articleSection',
      'keywords',
      'inLanguage',
      'articleBody',
      'wordCount',
      'about',
      'mentions',
      'hasPart'
    ])
    expect(news!['author']).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://news.example/2024/bridge#person-sam-reed',
        name: 'Sam Reed',
        url: 'https://news.example/staff/sam-reed'
      }
    ])
    expect(news!['publisher']).toEqual({
      '@type': 'Organization',
      '@id': 'https://news.example/#organization',
      name: 'Portmere Post',
      url: 'https://news.example/',
      logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}
    })
    expect(news!['mainEntityOfPage']).toEqual({'@type': 'WebPage', '@id': 'https://news.example/2024/bridge'})
  })

  it('should split entities into `about` and `mentions` by their flag and list quotations in `hasPart`', () => {
    const [news] = nodes(full())
    const id = (key: string) => ({'@id': 'urn:newsld:harbour-bridge#' + key})
    expect(news!['about']).toEqual([id('person-ines-ruiz'), id('place-portmere'), id('event-bridge-opening')])
    expect(news!['mentions']).toEqual([id('person-ada-lane'), id('organization-harbour-trust')])
    expect(news!['hasPart']).toEqual([id('quotation-1'), id('quotation-2')])
  })

  it('should type Person, Organization, Place, Event and Quotation nodes with references by @id', () => {
    const list = nodes(full())
    const id = (key: string) => 'urn:newsld:harbour-bridge#' + key
    // Affiliation to a place is not an Organization, so it is left out.
    expect(byId(list, id('person-ines-ruiz'))).toEqual({
      '@type': 'Person',
      '@id': id('person-ines-ruiz'),
      name: 'Ines Ruiz',
      jobTitle: 'Governor'
    })
    expect(byId(list, id('person-ada-lane'))['affiliation']).toEqual({'@id': id('organization-harbour-trust')})
    expect(byId(list, id('organization-harbour-trust'))['alternateName']).toEqual(['HT'])
    expect(byId(list, id('event-bridge-opening'))).toEqual({
      '@type': 'SocialEvent',
      '@id': id('event-bridge-opening'),
      name: 'Opening of the harbour bridge',
      startDate: '2024-05-06',
      location: {'@id': id('place-portmere')},
      attendee: [{'@id': id('person-ines-ruiz')}, {'@id': id('person-ada-lane')}],
      organizer: [{'@id': id('organization-harbour-trust')}]
    })
    expect(byId(list, id('quotation-1'))).toEqual({
      '@type': 'Quotation',
      '@id': id('quotation-1'),
      text: 'It is a good day for the harbour.',
      spokenByCharacter: {'@id': id('person-ines-ruiz')},
      isPartOf: {'@id': id('article')},
      recordedAt: {'@id': id('event-bridge-opening')}
    })
    // A speaker key no stage defined is never referenced.
    expect(byId(list, id('quotation-2'))).not.toHaveProperty('spokenByCharacter')
    // A partial quotation is marked; a full one (above) is not.
    expect(byId(list, id('quotation-2'))).toMatchObject({creativeWorkStatus: 'partial'})
  })

  it('should describe the image with its creator and the credit agency as `sourceOrganization`', () => {
    const list = nodes(
      full({
        image: {
          url: {value: 'https://cdn.example/bridge.jpg'},
          caption: {value: 'The new bridge at dawn', position: at(5, 1)},
          creditText: {value: 'Ada Lane/Coastal Press', position: at(7, 1)},
          creator: {value: 'Ada Lane', position: at(7, 1, 8)},
          creditOrganization: {value: 'Coastal Press', position: at(7, 10, 13)},
          width: 1200,
          height: 800
        }
      })
    )
    const image = list[0]!['image'] as Node
    const id = (key: string) => 'urn:newsld:harbour-bridge#' + key
    expect(image).toEqual({
      '@type': 'ImageObject',
      '@id': id('image'),
      url: 'https://cdn.example/bridge.jpg',
      caption: 'The new bridge at dawn',
      creditText: 'Ada Lane/Coastal Press',
      // The photographer is the person the people stage already found.
      creator: {'@id': id('person-ada-lane')},
      sourceOrganization: {'@id': id('organization-coastal-press')},
      width: {'@type': 'QuantitativeValue', value: 1200, unitCode: 'E37'},
      height: {'@type': 'QuantitativeValue', value: 800, unitCode: 'E37'}
    })
    // The agency was not found by the people stage, so the graph adds it.
    expect(byId(list, id('organization-coastal-press'))).toEqual({
      '@type': 'Organization',
      '@id': id('organization-coastal-press'),
      name: 'Coastal Press'
    })
  })

  it('should add a photographer the people stage did not find, affiliated with the agency', () => {
    const list = nodes({
      article: article({
        image: {
          caption: {value: 'A quiet street'},
          creditText: {value: 'Tom Hale/Wire Agency'},
          creator: {value: 'Tom Hale'},
          creditOrganization: {value: 'Wire Agency'}
        }
      })
    })
    const id = (key: string) => 'urn:newsld:harbour-bridge#' + key
    expect(list.slice(1)).toEqual([
      {
        '@type': 'Person',
        '@id': id('person-tom-hale'),
        name: 'Tom Hale',
        affiliation: {'@id': id('organization-wire-agency')}
      },
      {'@type': 'Organization', '@id': id('organization-wire-agency'), name: 'Wire Agency'}
    ])
  })

  it('should leave optional fields out instead of writing empty values', () => {
    const [news] = nodes({article: article({headline: undefined, description: undefined})})
    expect(news).toEqual({
      '@type': 'NewsArticle',
      '@id': 'urn:newsld:harbour-bridge#article',
      articleBody: 'Governor Ines Ruiz opened the bridge on Monday.',
      wordCount: 8
    })
  })

  it('should give byte-identical output for the same input', () => {
    const first = JSON.stringify(buildGraph(full(), 'https://site.example/news/'))
    const second = JSON.stringify(buildGraph(full(), 'https://site.example/news/'))
    expect(second).toBe(first)
  })

  it('should build a document that passes the schemas', () => {
    const {document} = buildGraph(
      full({image: {caption: {value: 'A bridge'}, creditText: {value: 'Coastal Press'}}})
    )
    expect(validateDocument(document), JSON.stringify(validateDocument.errors)).toBe(true)
  })

  it('should map JSON pointers to the source positions of the values', () => {
    const {provenance, document} = buildGraph(
      full({datePublished: {value: '2024-05-07', position: at(3, 16)}})
    )
    expect(provenance['/@graph/0/headline']).toEqual(at(1, 3))
    expect(provenance['/@graph/0/datePublished']).toEqual(at(3, 16))
    const graph = document['@graph'] as unknown as Node[]
    const ruiz = graph.findIndex((node) => node['name'] === 'Ines Ruiz')
    expect(provenance['/@graph/' + ruiz + '/name']).toEqual(at(5, 1, 'Governor Ines Ruiz'.length))
    expect(provenance['/@graph/' + ruiz + '/jobTitle']).toEqual(at(5, 1))
    const quote = graph.findIndex((node) => node['text'] === 'It is a good day for the harbour.')
    expect(provenance['/@graph/' + quote + '/spokenByCharacter']).toEqual(at(9, 1, 'Ruiz said'.length))
  })
})

describe('createIds', () => {
  it('should derive ids from the article url, without its fragment', () => {
    const ids = createIds('https://news.example/a/b?x=1#top', 'https://other.example/', 'b')
    expect(ids.page).toBe('https://news.example/a/b?x=1')
    expect(ids.pageIsUrl).toBe(true)
    expect(ids.node('person:ada-lane')).toBe('https://news.example/a/b?x=1#person-ada-lane')
  })

  it('should fall back to the site url plus the slug', () => {
    expect(createIds(undefined, 'https://site.example/news', 'my story').node('article')).toBe(
      'https://site.example/news/my%20story#article'
    )
    expect(createIds('not a url', 'https://site.example/news/', 'x').page).toBe('https://site.example/news/x')
  })

  it('should fall back to an absolute `urn:newsld:` IRI that the `uri` format accepts', () => {
    const ids = createIds(undefined, undefined, 'café (draft)')
    expect(ids.pageIsUrl).toBe(false)
    expect(ids.node('quotation:1')).toBe('urn:newsld:caf%C3%A9%20%28draft%29#quotation-1')
    const document = {
      '@context': 'https://schema.org',
      '@graph': [{'@type': 'NewsArticle', '@id': ids.node('article'), headline: 'H', articleBody: '', wordCount: 0}]
    }
    expect(validateDocument(document)).toBe(true)
  })

  it('should not take `javascript:` or other non-web urls as the page', () => {
    expect(createIds('javascript:alert(1)', undefined, 'x').page).toBe('urn:newsld:x')
  })
})

describe('slugify', () => {
  it('should fold case, accents and punctuation into dashes', () => {
    expect(slugify('  Ada Lané & Co. ')).toBe('ada-lane-co')
  })
})
