import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {processArticle} from '../../pipeline/index.js'
import {remarkValidate} from '../../pipeline/validate/remark-validate.js'
import {graphLayer} from '../../pipeline/validate/graph-layer.js'
import {guidanceLayer} from '../../pipeline/validate/guidance-layer.js'
import type {Finding} from '../../pipeline/validate/layer.js'
import {schemaLayer} from '../../pipeline/validate/schema-layer.js'
import {fold, textLayer} from '../../pipeline/validate/text-layer.js'

const page = 'https://news.example/2024/race'

function article(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'NewsArticle',
    '@id': page + '#article',
    headline: 'Ada Lane wins the harbour race',
    image: {'@type': 'ImageObject', '@id': page + '#image', url: 'https://news.example/race.jpg'},
    datePublished: '2024-05-07T09:30:00+02:00',
    author: [{'@type': 'Person', '@id': page + '#person-sam-reed', name: 'Sam Reed', url: 'https://news.example/sam'}],
    publisher: {
      '@type': 'Organization',
      '@id': 'https://news.example/#organization',
      name: 'Example News',
      logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}
    },
    articleBody: 'Ada Lane won the race on Sunday.',
    wordCount: 7,
    ...extra
  }
}

function doc(...graph: unknown[]): Record<string, unknown> {
  return {'@context': 'https://schema.org', '@graph': graph}
}

function rules(findings: Finding[]): string[] {
  return findings.map((finding) => finding.ruleId)
}

const person = (slug: string, name: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'Person',
  '@id': page + '#person-' + slug,
  name,
  ...extra
})

const quotation = (text: string) => ({
  '@type': 'Quotation',
  '@id': page + '#quotation-1',
  text,
  isPartOf: {'@id': page + '#article'}
})

describe('graphLayer', () => {
  it('should accept a node repeated inline with agreeing content', () => {
    const document = doc(article(), person('sam-reed', 'Sam Reed', {jobTitle: 'reporter'}))
    expect(graphLayer.check(document, {})).toEqual([])
  })

  it('should report two definitions of one @id that disagree', () => {
    const document = doc(article(), person('sam-reed', 'Samuel Reed'))
    const findings = graphLayer.check(document, {})
    expect(rules(findings)).toEqual(['graph-id-conflict'])
    expect(findings[0]!.reason).toBe(
      'Unexpected `name` `"Samuel Reed"` for `' + page + '#person-sam-reed` at `/@graph/1`, expected `"Sam Reed"` as at `/@graph/0/author/0`'
    )
    expect(findings[0]!.instancePath).toBe('/@graph/1/name')
  })

  it('should report another @type for the same @id', () => {
    const document = doc(article(), {'@type': 'Organization', '@id': page + '#person-sam-reed', name: 'Sam Reed'})
    expect(rules(graphLayer.check(document, {}))).toEqual(['graph-id-conflict'])
  })

  it('should check that references point at a node in the property’s range', () => {
    const place = {'@type': 'Place', '@id': page + '#place-portmere', name: 'Portmere'}
    const ada = person('ada-lane', 'Ada Lane')
    const quotation = (speaker: string) => ({
      '@type': 'Quotation',
      '@id': page + '#quotation-1',
      text: 'We won',
      spokenByCharacter: {'@id': speaker},
      isPartOf: {'@id': page + '#article'}
    })
    expect(graphLayer.check(doc(article(), ada, quotation(ada['@id'])), {})).toEqual([])
    const findings = graphLayer.check(doc(article(), place, quotation(place['@id'])), {})
    expect(findings).toEqual([
      {
        ruleId: 'graph-ref-type',
        reason: 'Unexpected `spokenByCharacter` pointing at Place `' + place['@id'] + '`, expected Person or Organization',
        instancePath: '/@graph/2/spokenByCharacter',
        actual: 'Place',
        expected: ['Person', 'Organization']
      }
    ])
  })

  it('should check attendee, location, affiliation and isPartOf ranges', () => {
    const place = {'@type': 'Place', '@id': page + '#place-portmere', name: 'Portmere'}
    const ada = person('ada-lane', 'Ada Lane', {affiliation: {'@id': place['@id']}})
    const event = {
      '@type': 'SportsEvent',
      '@id': page + '#event-race',
      name: 'harbour race',
      location: {'@id': ada['@id']},
      attendee: [{'@id': place['@id']}, {'@id': ada['@id']}]
    }
    const quotation = {'@type': 'Quotation', '@id': page + '#quotation-1', text: 'We won', isPartOf: {'@id': place['@id']}}
    const findings = graphLayer.check(doc(article(), ada, place, event, quotation), {})
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath])).toEqual([
      ['graph-ref-type', '/@graph/1/affiliation'],
      ['graph-ref-type', '/@graph/3/location'],
      ['graph-ref-type', '/@graph/3/attendee/0'],
      ['graph-ref-type', '/@graph/4/isPartOf']
    ])
  })

  it('should not overflow the stack on a deeply nested document', () => {
    let deep: Record<string, unknown> = {'@id': page + '#article'}
    for (let index = 0; index < 20_000; index++) deep = {'@type': 'Thing', x: deep}
    expect(() => graphLayer.check(doc(article(), deep), {})).not.toThrow()
  })
})

describe('relative @ids', () => {
  it('should be reported wherever they are: node, inline node, reference', () => {
    const findings = schemaLayer.check(
      doc(
        article({
          author: [{'@type': 'Person', '@id': '#person-sam', name: 'Sam Reed'}],
          mentions: [{'@id': 'person-ada-lane'}]
        }),
        person('x', 'Ada Lane', {'@id': '/people/ada-lane'})
      ),
      {}
    )
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath]).sort()).toEqual([
      ['schema-format', '/@graph/0/author/0/@id'],
      ['schema-format', '/@graph/0/mentions/0/@id'],
      ['schema-format', '/@graph/1/@id']
    ])
  })
})

describe('dates', () => {
  it('should accept 29 February only in leap years, and no 31st in a 30-day month', () => {
    const invalid = (datePublished: string) => rules(schemaLayer.check(doc(article({datePublished})), {})).includes('schema-format')
    expect(['2024-02-29', '2000-02-29', '2024-02-29T09:30:00Z', '2025-04-30', '2025-12-31', '2025-02', '2025'].filter(invalid)).toEqual([])
    // The year 0 is read as 1900 (as `Date.UTC` reads years 0–99): no 29 February.
    expect(['2023-02-29', '1900-02-29', '0000-02-29', '2025-04-31', '2025-02-30', '2025-13-01', '2025-00-10', '2025-01-00'].every(invalid)).toBe(true)
  })
})

describe('guidanceLayer', () => {
  it('should find nothing in an article that follows the guidance', () => {
    expect(guidanceLayer.check(doc(article()), {})).toEqual([])
  })

  it('should warn about a headline over 110 characters, counted in characters', () => {
    expect(rules(guidanceLayer.check(doc(article({headline: 'é'.repeat(110)})), {}))).toEqual([])
    const findings = guidanceLayer.check(doc(article({headline: 'a'.repeat(111)})), {})
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath])).toEqual([['headline-too-long', '/@graph/0/headline']])
  })

  it('should warn about a missing image, an image without URL, a relative URL, a small image', () => {
    expect(rules(guidanceLayer.check(doc(article({image: undefined})), {}))).toEqual(['image-missing'])
    const captionOnly = {'@type': 'ImageObject', '@id': page + '#image', caption: 'The race'}
    expect(guidanceLayer.check(doc(article({image: captionOnly})), {})).toMatchObject([
      {ruleId: 'image-missing', instancePath: '/@graph/0/image'}
    ])
    const relative = {'@type': 'ImageObject', '@id': page + '#image', url: '/img/race.jpg'}
    expect(rules(guidanceLayer.check(doc(article({image: relative})), {}))).toEqual(['image-url-relative'])
    const size = (width: number, height: number) => ({
      '@type': 'ImageObject',
      '@id': page + '#image',
      url: 'https://news.example/race.jpg',
      width: {'@type': 'QuantitativeValue', value: width, unitCode: 'E37'},
      height: {'@type': 'QuantitativeValue', value: height, unitCode: 'E37'}
    })
    expect(guidanceLayer.check(doc(article({image: size(200, 200)})), {})).toMatchObject([
      {ruleId: 'image-too-small', reason: 'Unexpected image of 200×200 (40000 pixels), expected at least 50,000 pixels'}
    ])
    expect(rules(guidanceLayer.check(doc(article({image: size(250, 200)})), {}))).toEqual([])
  })

  it('should warn about dates without a time zone', () => {
    const findings = guidanceLayer.check(
      doc(article({datePublished: '2024-05-07', dateModified: '2024-05-08T10:00:00'})),
      {}
    )
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath, finding.actual])).toEqual([
      ['date-timezone-missing', '/@graph/0/datePublished', '2024-05-07'],
      ['date-timezone-missing', '/@graph/0/dateModified', '2024-05-08T10:00:00']
    ])
    for (const zoned of ['2024-05-07T09:30Z', '2024-05-07T09:30:00.5-05:00', '2024-05-07T09:30:00+0200']) {
      expect(guidanceLayer.check(doc(article({datePublished: zoned})), {}), zoned).toEqual([])
    }
  })

  it('should warn about missing, “By”, several-people and unidentified authors', () => {
    expect(rules(guidanceLayer.check(doc(article({author: undefined})), {}))).toEqual(['author-missing'])
    const authors = [
      {'@type': 'Person', '@id': page + '#a', name: 'By Sam Reed', url: 'https://news.example/sam'},
      {'@type': 'Person', '@id': page + '#b', name: 'Ada Lane and Sam Reed', sameAs: 'https://news.example/x'},
      {'@type': 'Organization', '@id': page + '#c', name: 'Reed & Lane Media', url: 'https://news.example/'},
      {'@type': 'Person', '@id': page + '#d', name: 'Ines Ruiz'}
    ]
    const findings = guidanceLayer.check(doc(article({author: authors})), {})
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath])).toEqual([
      ['author-name-byline', '/@graph/0/author/0/name'],
      ['author-name-multiple', '/@graph/0/author/1/name'],
      ['author-url-missing', '/@graph/0/author/3']
    ])
  })

  it('should warn about a missing publisher or logo', () => {
    expect(rules(guidanceLayer.check(doc(article({publisher: undefined})), {}))).toEqual(['publisher-missing'])
    const noLogo = {'@type': 'Organization', '@id': 'https://news.example/#organization', name: 'Example News'}
    expect(rules(guidanceLayer.check(doc(article({publisher: noLogo})), {}))).toEqual(['publisher-logo-missing'])
  })
})

describe('textLayer', () => {
  it('should fold quote marks, case and white space', () => {
    expect(fold('  “It’s  a\ngood\u00ADday,” she (Ada) said ')).toBe('its a goodday, she ada said')
  })

  it('should accept quotations and names from the text, across paragraphs and line breaks', async () => {
    const value =
      '# Ada Lane wins the harbour race\n\nGovernor Ines\nRuiz watched.\n\n“We trained all winter.\n\n“And it paid off,” Lane said.\n'
    const result = await processArticle({value, path: 'race.md'})
    const document = doc(
      article({articleBody: undefined}),
      person('ines-ruiz', 'Ines Ruiz'),
      quotation('We trained all winter. And it paid off,')
    )
    expect(textLayer.check(document, {text: result.file.data.text, article: result.file.data.article})).toEqual([])
  })

  it('should accept a name put together around a bracketed insertion or without a nickname', async () => {
    // A title, the given name in brackets, the surname; and nicknames in brackets or quote marks inside a full name.
    const value = '# Ada Lane wins\n\n“We are proud of her,” Coach (Ines) Ruiz said, and Odile (Dee) Marchetti and Pim “Red” Vandorn agreed.\n'
    const result = await processArticle({value, path: 'race.md'})
    const names = ['Ines Ruiz', 'Odile Marchetti', 'Odile Dee Marchetti', 'Pim Vandorn']
    const document = doc(article({headline: 'Ada Lane wins'}), ...names.map((name) => person(name.toLowerCase().replace(/ /g, '-'), name)))
    expect(textLayer.check(document, {text: result.file.data.text})).toEqual([])
    expect(result.diagnostics.map((message) => message.ruleId)).not.toContain('person-not-in-text')
    // A word inserted without marks is another name.
    const other = doc(article({headline: 'Ada Lane wins'}), person('pim-red-vandorn', 'Pim Marchetti'))
    expect(textLayer.check(other, {text: result.file.data.text}).map((finding) => finding.ruleId)).toEqual(['person-not-in-text'])
  })

  it('should report a quotation and a person that are not in the text', async () => {
    const result = await processArticle({value: '# Ada Lane wins\n\nAda Lane won the race.\n', path: 'race.md'})
    const document = doc(article({headline: 'Ada Lane wins'}), person('sam-reed', 'Sam Reed'), quotation('We lost'))
    const findings = textLayer.check(document, {text: result.file.data.text})
    expect(findings.map((finding) => [finding.ruleId, finding.instancePath, finding.reason])).toEqual([
      ['person-not-in-text', '/@graph/1/name', 'Unexpected Person `Sam Reed` whose name is not in the article, expected a name from the text'],
      ['quotation-not-in-text', '/@graph/2/text', 'Unexpected Quotation `We lost` that is not in the article text, expected words quoted in it']
    ])
  })

  it('should accept a name given only in front matter (an author, a photo credit)', async () => {
    const value = '---\nauthor: Sam Reed\nimage: {url: https://news.example/a.jpg, credit: Tom Hale/Coastal Press}\n---\n# Ada Lane wins\n\nShe won.\n'
    const result = await processArticle({value, path: 'race.md'})
    const document = doc(article({headline: 'Ada Lane wins'}), person('sam-reed', 'Sam Reed'), person('tom-hale', 'Tom Hale'))
    expect(textLayer.check(document, {text: result.file.data.text, article: result.file.data.article})).toEqual([])
  })

  it('should find a name exactly when the folded name is in the folded text', () => {
    // Names found verbatim skip folding the whole text: the answer must be
    // the same as folding, whatever surrounds them (accents that compose, a
    // final sigma, quote marks, white space, compatibility characters).
    const piece = fc.constantFrom('Ada', ' ', '  ', 'Lane', '\u0301', 'e', 'Σ', 'ς', '’', '"', '\n', 'ﬁ', 'É', 'x', '.')
    const text = fc.array(piece, {maxLength: 12}).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(text, text, text, fc.nat(12), fc.nat(12), (headline, before, after, from, length) => {
        const body = before + after
        const name = body.slice(from, from + length)
        const document = doc(article({headline, description: undefined, articleBody: body}), person('x', name))
        const found = !rules(textLayer.check(document, {})).includes('person-not-in-text')
        expect(found).toBe(fold(headline + '\n\n' + body).includes(fold(name)))
      }),
      {numRuns: 2000}
    )
  })

  it('should check the quotation through the quotations stage’s offsets when it has them', async () => {
    const result = await processArticle({value: '# Ada Lane wins\n\n“We won,” she said.\n', path: 'race.md'})
    const text = result.file.data.text!
    const start = text.value.indexOf('We won')
    const mention = text.mention(start, start + 7)
    const quotations = {quotations: [{key: 'quotation:1', text: 'We won,', mentions: [mention], partial: false}]}
    const document = doc(article({headline: 'Ada Lane wins'}), quotation('We won,'))
    expect(textLayer.check(document, {text, quotations})).toEqual([])
    // Offsets that do not hold the text fall back to a search, which fails here.
    const wrong = {quotations: [{key: 'quotation:1', text: 'We lost', mentions: [mention], partial: false}]}
    expect(rules(textLayer.check(doc(article({headline: 'Ada Lane wins'}), quotation('We lost')), {text, quotations: wrong}))).toEqual([
      'quotation-not-in-text'
    ])
  })

  it('should warn when the headline is not the visible headline', async () => {
    const value = '---\nheadline: Ada Lane wins the harbour race\n---\n# Lane takes the harbour race\n\nShe won.\n'
    const result = await processArticle({value, path: 'race.md'})
    expect(result.diagnostics.filter((message) => message.ruleId === 'headline-not-visible').map(String)).toEqual([
      'race.md:2:11-2:41: Unexpected `headline` `Ada Lane wins the harbour race`, expected the visible headline `Lane takes the harbour race`'
    ])
    const same = await processArticle({value: value.replace('# Lane takes', '# Ada Lane wins'), path: 'race.md'})
    expect(same.diagnostics.map((message) => message.ruleId)).not.toContain('headline-not-visible')
  })
})

describe('validation levels end to end', () => {
  it('should keep the seed-like article valid: guidance findings are warnings, not errors', async () => {
    const value = '---\ndatePublished: 2024-05-07\n---\n# Ada Lane wins the harbour race\n\nAda Lane won the race on Sunday.\n'
    const result = await processArticle({value, path: 'race.md'})
    expect(result.valid).toBe(true)
    const warnings = result.diagnostics.filter((message) => message.fatal === false).map((message) => message.ruleId)
    expect(warnings).toEqual(['image-missing', 'date-timezone-missing', 'author-missing', 'publisher-missing'])
    expect(result.diagnostics.find((message) => message.ruleId === 'date-timezone-missing')?.line).toBe(2)
  })

  it('should make a quotation that is not in the text an error, with its place', async () => {
    const result = await processArticle({value: '# Ada Lane wins\n\nShe won.\n', path: 'race.md'})
    const file = result.file
    file.messages.length = 0
    file.data.jsonLd = doc(article({headline: 'Ada Lane wins'}), quotation('We lost'))
    file.data.provenance = {'/@graph/1/text': {start: {line: 3, column: 1}, end: {line: 3, column: 9}}}
    remarkValidate({layers: [textLayer]})({type: 'root', children: []}, file)
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['quotation-not-in-text', true, 3]
    ])
  })
})
