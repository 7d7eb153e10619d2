import {describe, expect, it} from 'vitest'
import {toUri} from '../../pipeline/article/read-matter.js'
import {processArticle} from '../../pipeline/index.js'
import {places, roles, runArticle} from './process.js'

describe('remarkArticle: front matter fields', () => {
  it('should read every supported field', async () => {
    const file = await runArticle(
      [
        '---',
        'title: Mayor opens bridge',
        'description: The city has a new crossing.',
        'image:',
        '  url: https://example.test/bridge.jpg',
        '  caption: The bridge at dawn',
        '  credit: Ada Lane/Reuters',
        '  width: 1200',
        '  height: 800',
        'author:',
        '  - Ben Ode',
        '  - {name: Desk Team, url: "https://example.test/desk", type: Organization}',
        'datePublished: 2025-03-04T09:30:00Z',
        'dateModified: 2025-03-05',
        'url: https://example.test/news/bridge',
        'section: City',
        'keywords: roads, bridges, city',
        'inLanguage: en-GB',
        'publisher: {name: Example News, url: "https://example.test", logo: "https://example.test/logo.png"}',
        'slug: Mayor Opens Bridge!',
        '---',
        '',
        'The mayor cut the ribbon on Tuesday.',
        ''
      ].join('\n')
    )
    const article = file.data.article!
    expect(article.headline).toMatchObject({value: 'Mayor opens bridge', position: {start: {line: 2, column: 8}}})
    expect(article.description?.value).toBe('The city has a new crossing.')
    expect(article.image).toMatchObject({
      url: {value: 'https://example.test/bridge.jpg'},
      caption: {value: 'The bridge at dawn'},
      creditText: {value: 'Ada Lane/Reuters', position: {start: {line: 7, column: 11}}},
      creator: {value: 'Ada Lane'},
      creditOrganization: {value: 'Reuters'},
      width: 1200,
      height: 800
    })
    expect(article.authors).toEqual([
      {name: {value: 'Ben Ode', position: expect.objectContaining({start: expect.objectContaining({line: 11})})}},
      {
        name: {value: 'Desk Team', position: expect.objectContaining({start: expect.objectContaining({line: 12})})},
        url: 'https://example.test/desk',
        type: 'Organization'
      }
    ])
    expect(article.datePublished?.value).toBe('2025-03-04T09:30:00Z')
    expect(article.dateModified?.value).toBe('2025-03-05')
    expect(article.url?.value).toBe('https://example.test/news/bridge')
    expect(article.section?.value).toBe('City')
    expect(article.keywords).toEqual(['roads', 'bridges', 'city'])
    expect(article.inLanguage?.value).toBe('en-GB')
    expect(article.publisher).toEqual({
      name: 'Example News',
      url: 'https://example.test',
      logo: 'https://example.test/logo.png'
    })
    expect(article.slug).toBe('mayor-opens-bridge')
    expect(article.articleBody).toBe('The mayor cut the ribbon on Tuesday.')
    expect(article.wordCount).toBe(7)
    expect(file.messages).toEqual([])
  })

  it('should give wrong types positioned diagnostics instead of crashing', async () => {
    const file = await runArticle(
      [
        '---',
        'headline: true',
        'datePublished: yesterday',
        'dateModified: 2025-02-30',
        'author: 7',
        'image: {url: 5}',
        'keywords: {a: 1}',
        'url: example.test/a',
        'inLanguage: English language',
        'publisher: [1]',
        'slug: "!!!"',
        'colour: blue',
        '---',
        '# Fallback head',
        '',
        'Body.'
      ].join('\n')
    )
    expect(places(file)).toEqual([
      'matter-unknown-key@12:9',
      'headline-invalid@2:11',
      'date-published-invalid@3:16',
      'date-modified-invalid@4:15',
      'url-invalid@8:6',
      'in-language-invalid@9:13',
      'keywords-invalid@7:11',
      'slug-invalid@11:7',
      'author-invalid@5:9',
      'publisher-invalid@10:12',
      'image-invalid@6:14'
    ])
    const fatal = file.messages.filter((message) => message.fatal).map((message) => message.ruleId)
    expect(fatal).not.toContain('matter-unknown-key')
    expect(fatal).toContain('date-published-invalid')
    const article = file.data.article!
    expect(article.headline?.value).toBe('Fallback head')
    expect(article.datePublished).toBeUndefined()
    expect(article.authors).toEqual([])
    expect(article.slug).toBe('article')
    const date = file.messages.find((message) => message.ruleId === 'date-published-invalid')!
    expect(date.reason).toBe('Unexpected `datePublished` `yesterday`, expected an ISO 8601 date (`YYYY-MM-DD`) or date-time')
    expect(date.actual).toBe('`yesterday`')
  })

  it('should accept a Date handed over by a CMS and keep a date without time as `YYYY-MM-DD`', async () => {
    const file = await runArticle('# Head\n\nBody.\n', {
      matter: {datePublished: new Date('2025-08-17'), dateModified: new Date('2025-08-18T10:00:00Z')}
    })
    expect(file.data.article!.datePublished?.value).toBe('2025-08-17')
    expect(file.data.article!.dateModified?.value).toBe('2025-08-18T10:00:00.000Z')
  })

  it('should warn when `dateModified` is before `datePublished`, and when `datePublished` is missing', async () => {
    const early = await runArticle('---\ndatePublished: 2025-03-04\ndateModified: 2025-03-01\n---\n# Head\n\nBody.\n')
    expect(places(early)).toEqual(['date-modified-before-published@3:15'])
    const missing = await runArticle('# Head\n\nBody.\n')
    expect(places(missing)).toEqual(['date-published-missing@?:?'])
    expect(missing.messages[0]!.fatal).toBe(false)
  })

  it('should read one author mapping and a string publisher, and resolve a relative image against `url`', async () => {
    const file = await runArticle(
      '---\ndatePublished: 2025-03-04\nauthor: {name: Ada Lane, url: "https://example.test/ada"}\npublisher: Example News\nurl: https://example.test/news/a\nimage: ../img/a.jpg\n---\n# Head\n\nBody.\n'
    )
    const article = file.data.article!
    expect(article.authors).toMatchObject([{name: {value: 'Ada Lane'}, url: 'https://example.test/ada'}])
    expect(article.publisher).toEqual({name: 'Example News'})
    expect(article.image?.url?.value).toBe('https://example.test/img/a.jpg')
    expect(file.messages).toEqual([])
  })
})

describe('remarkArticle: headline', () => {
  it('should take the headline from the first `#` heading when `headline` is absent', async () => {
    const file = await runArticle('Kicker line\n\n# Mayor opens bridge\n\nBody.\n', {matter: {datePublished: '2025-01-01'}})
    expect(file.data.article!.headline).toMatchObject({value: 'Mayor opens bridge', position: {start: {line: 3, column: 3}}})
  })

  it('should take the first line when there is no heading', async () => {
    const file = await runArticle('Mayor opens bridge\nThe city has a new crossing.\n\nBody.\n', {
      matter: {datePublished: '2025-01-01'}
    })
    expect(roles(file)).toEqual([
      ['headline', 'Mayor opens bridge'],
      ['body', 'The city has a new crossing.'],
      ['body', 'Body.']
    ])
    expect(file.data.article!.headline?.position).toMatchObject({start: {line: 1, column: 1}, end: {line: 1, column: 19}})
  })

  it('should prefer front matter `headline` over `title` and over the heading', async () => {
    const file = await runArticle('---\ntitle: Short\nheadline: Long headline\n---\n# Page head\n\nBody.\n', {
      matter: {datePublished: '2025-01-01'}
    })
    expect(file.data.article!.headline?.value).toBe('Long headline')
    expect(roles(file)[0]).toEqual(['headline', 'Page head'])
  })

  it('should take a first paragraph that repeats the front matter headline as the headline block', async () => {
    const file = await runArticle('---\nheadline: Mayor opens bridge\n---\nMayor opens  bridge\n\nOSLO — The mayor cut the ribbon.\n', {
      matter: {datePublished: '2025-01-01'}
    })
    expect(roles(file)).toEqual([
      ['headline', 'Mayor opens  bridge'],
      ['body', 'OSLO — The mayor cut the ribbon.']
    ])
    expect(file.data.article!.description?.value).toBe('OSLO — The mayor cut the ribbon.')
    const other = await runArticle('---\nheadline: Mayor opens bridge\n---\nThe mayor opened a bridge.\n', {matter: {datePublished: '2025-01-01'}})
    expect(roles(other)).toEqual([['body', 'The mayor opened a bridge.']])
  })

  it('should report a missing headline as a fatal message', async () => {
    const file = await runArticle('---\ndatePublished: 2025-01-01\n---\n', {})
    expect(places(file)).toEqual(['headline-missing@1:1', 'description-missing@1:1', 'article-body-empty@4:1'])
    expect(file.messages[0]!.fatal).toBe(true)
    expect(file.data.article!.headline).toBeUndefined()
    expect(file.data.article!.wordCount).toBe(0)
  })
})

describe('remarkArticle: standfirst and description', () => {
  it('should make the paragraph before a figure the standfirst', async () => {
    const file = await runArticle('Mayor opens bridge\n\nThe city has a new crossing.\n\nThe mayor at the bridge\n\nAda Lane/Reuters\n\nThe mayor cut the ribbon.\n', {
      format: 'text'
    })
    expect(roles(file)).toEqual([
      ['headline', 'Mayor opens bridge'],
      ['standfirst', 'The city has a new crossing.'],
      ['caption', 'The mayor at the bridge'],
      ['credit', 'Ada Lane/Reuters'],
      ['body', 'The mayor cut the ribbon.']
    ])
    expect(file.data.article!.description?.value).toBe('The city has a new crossing.')
    expect(file.data.article!.articleBody).toBe('The mayor cut the ribbon.')
  })

  it('should use a first body paragraph as description but keep it in the body', async () => {
    const file = await runArticle('Mayor opens bridge\n\nThe mayor cut the ribbon on Tuesday.\n\nCrowds cheered.\n', {format: 'text'})
    expect(roles(file).map(([role]) => role)).toEqual(['headline', 'body', 'body'])
    expect(file.data.article!.description).toMatchObject({value: 'The mayor cut the ribbon on Tuesday.', position: {start: {line: 3, column: 1}}})
    expect(file.data.article!.articleBody).toBe('The mayor cut the ribbon on Tuesday.\n\nCrowds cheered.')
  })

  it('should take the first sentence of a long first paragraph', async () => {
    const long = 'The mayor cut the ribbon on Tuesday. ' + 'Crowds cheered as the band played on the new deck for an hour. '.repeat(6)
    const file = await runArticle(`Mayor opens bridge\n\n${long.trim()}\n`, {format: 'text'})
    expect(file.data.article!.description?.value).toBe('The mayor cut the ribbon on Tuesday.')
  })

  it('should make an emphasised first paragraph, or one equal to front matter `description`, the standfirst', async () => {
    const emphasised = await runArticle('# Mayor opens bridge\n\n*The city has a new crossing.*\n\nBody.\n')
    expect(roles(emphasised)[1]).toEqual(['standfirst', 'The city has a new crossing.'])
    const repeated = await runArticle('---\ndescription: The city has a new crossing.\n---\n# Mayor opens bridge\n\nThe city has a new\ncrossing.\n\nBody.\n')
    expect(roles(repeated)[1]).toEqual(['standfirst', 'The city has a new\ncrossing.'])
  })

  it('should pass over a paragraph without text (badges, icons) for the description', async () => {
    const file = await runArticle(
      '# Mayor opens bridge\n\n[![Tolls][toll-badge]][tolls] [![](https://example.test/icon.png)](https://example.test)\n\nThe city has a new crossing.\n\nBody.\n\n[toll-badge]: https://example.test/toll.svg\n[tolls]: https://example.test/tolls\n'
    )
    expect(file.data.article!.description).toMatchObject({value: 'The city has a new crossing.', position: {start: {line: 5, column: 1}}})
    expect(places(file)).not.toContain('description-missing@1:1')
    const none = await runArticle('# Mayor opens bridge\n\n[![](https://example.test/icon.png)](https://example.test)\n')
    expect(none.data.article!.description).toBeUndefined()
    expect(places(none)).toContain('description-missing@1:1')
  })

  it('should read a byline before the standfirst and take its people as authors', async () => {
    const file = await runArticle('# Mayor opens bridge\n\nBy Ada Lane and Ben Ode, Example News\n\nThe city has a new crossing.\n\nBody.\n')
    expect(roles(file).map(([role]) => role)).toEqual(['headline', 'byline', 'body', 'body'])
    expect(file.data.article!.authors).toMatchObject([
      {name: {value: 'Ada Lane', position: {start: {line: 3, column: 4}}}, type: 'Person'},
      {name: {value: 'Ben Ode'}, type: 'Person'}
    ])
    expect(file.data.article!.description?.value).toBe('The city has a new crossing.')
  })
})

describe('remarkArticle: figures', () => {
  it('should read a Markdown image with its caption and credit', async () => {
    const file = await runArticle('# Mayor opens bridge\n\n![A bridge](https://example.test/b.jpg "The new bridge")\n\nPhoto: Ada Lane/Reuters\n\nBody.\n')
    expect(file.data.article!.image).toMatchObject({
      url: {value: 'https://example.test/b.jpg', position: {start: {line: 3, column: 1}}},
      caption: {value: 'The new bridge'},
      creditText: {value: 'Ada Lane/Reuters', position: {start: {line: 5, column: 8}}},
      creator: {value: 'Ada Lane'},
      creditOrganization: {value: 'Reuters'}
    })
    expect(roles(file)).toEqual([
      ['headline', 'Mayor opens bridge'],
      ['credit', 'Photo: Ada Lane/Reuters'],
      ['body', 'Body.']
    ])
  })

  it('should take an emphasised paragraph after an image as its caption', async () => {
    const file = await runArticle('# Head\n\n![](https://example.test/b.jpg)\n\n*Ada Lane at the bridge.*\n\nBody.\n')
    expect(file.data.article!.image).toMatchObject({url: {value: 'https://example.test/b.jpg'}, caption: {value: 'Ada Lane at the bridge.'}})
    expect(file.data.article!.image?.creditText).toBeUndefined()
    expect(roles(file)[1]).toEqual(['caption', 'Ada Lane at the bridge.'])
  })

  it('should split a paragraph whose last line is a credit into caption and credit', async () => {
    for (const format of ['text', 'markdown'] as const) {
      const source = 'Mayor opens bridge\n\nThe city has a new crossing.\n\nThe mayor at the bridge\nAP Photo/Ines Ruiz\n\nBody.\n'
      const file = await runArticle(source, {format})
      expect(roles(file).slice(1, 4), format).toEqual([
        ['standfirst', 'The city has a new crossing.'],
        ['caption', 'The mayor at the bridge'],
        ['credit', 'AP Photo/Ines Ruiz']
      ])
      expect(file.data.article!.image).toMatchObject({
        caption: {value: 'The mayor at the bridge', position: {start: {line: 5, column: 1}, end: {line: 5, column: 24}}},
        creditText: {value: 'AP Photo/Ines Ruiz', position: {start: {line: 6, column: 1}, end: {line: 6, column: 19}}},
        creator: {value: 'Ines Ruiz', position: {start: {line: 6, column: 10}}},
        creditOrganization: {value: 'AP'}
      })
    }
  })

  it('should read agency-only and labelled credits', async () => {
    const getty = await runArticle('Head\n\nA crowd at the bridge\n\nGetty Images\n\nBody.\n', {format: 'text'})
    expect(getty.data.article!.image).toMatchObject({
      caption: {value: 'A crowd at the bridge'},
      creditText: {value: 'Getty Images'},
      creditOrganization: {value: 'Getty Images'}
    })
    expect(getty.data.article!.image?.creator).toBeUndefined()
    const labelled = await runArticle('Head\n\nA crowd at the bridge\n\nCredit: Ada Lane\n\nBody.\n', {format: 'text'})
    expect(labelled.data.article!.image).toMatchObject({creditText: {value: 'Ada Lane'}, creator: {value: 'Ada Lane'}})
  })

  it('should never take a body paragraph as a caption or credit', async () => {
    const source = [
      'Mayor opens bridge',
      '',
      'The mayor cut the ribbon on Tuesday.',
      '',
      'Ada Lane, who designed it, said the work took three years.',
      '',
      'Ben Ode',
      '',
      'Tolls/fees will rise in May, Governor Ines Ruiz said.',
      ''
    ].join('\n')
    const file = await runArticle(source, {format: 'text'})
    expect(roles(file).map(([role]) => role)).toEqual(['headline', 'body', 'body', 'body', 'body'])
    expect(file.data.article!.image).toBeUndefined()
  })

  it('should let front matter image fields win over the figure in the text', async () => {
    const file = await runArticle('---\nimage:\n  url: https://example.test/a.jpg\n  credit: Getty Images\n---\n# Head\n\nThe bridge at dawn\n\nAda Lane/AP\n\nBody.\n')
    expect(file.data.article!.image).toMatchObject({
      url: {value: 'https://example.test/a.jpg'},
      caption: {value: 'The bridge at dawn'},
      creditText: {value: 'Getty Images'},
      creditOrganization: {value: 'Getty Images'}
    })
    expect(file.data.article!.image?.creator).toBeUndefined()
  })
})

describe('remarkArticle: text and slug', () => {
  it('should put every block, captions and credits included, into the text', async () => {
    const file = await runArticle('Head\n\nStand.\n\nCap\n\nAda Lane/AP\n\nBody one.\n\n## Sub\n\nBody two.\n', {format: 'markdown'})
    expect(file.data.text!.value).toBe('Head\n\nStand.\n\nCap\n\nAda Lane/AP\n\nBody one.\n\nSub\n\nBody two.')
    expect(roles(file).map(([role]) => role)).toEqual(['headline', 'standfirst', 'caption', 'credit', 'body', 'heading', 'body'])
    expect(file.data.article!.articleBody).toBe('Body one.\n\nSub\n\nBody two.')
    expect(file.data.article!.wordCount).toBe(5)
  })

  it('should take the slug from the file stem, made file-name-safe', async () => {
    const file = await runArticle('# Head\n\nBody.\n', {path: 'source/Crème Brûlée & Co.md'})
    expect(file.data.article!.slug).toBe('creme-brulee-co')
  })
})

describe('remarkArticle: credit at the end of a caption', () => {
  it('should split a bracketed photo credit off the end of a caption paragraph', async () => {
    const source = 'Mayor opens bridge\n\nThe mayor at the bridge on Tuesday. (AP Photo/Ines Ruiz)\n\nBody.\n'
    for (const format of ['text', 'markdown'] as const) {
      const file = await runArticle(source, {format})
      expect(roles(file), format).toEqual([
        ['headline', 'Mayor opens bridge'],
        ['caption', 'The mayor at the bridge on Tuesday.'],
        ['credit', '(AP Photo/Ines Ruiz)'],
        ['body', 'Body.']
      ])
      expect(file.data.article!.image).toMatchObject({
        caption: {value: 'The mayor at the bridge on Tuesday.'},
        creditText: {value: 'AP Photo/Ines Ruiz', position: {start: {line: 3, column: 38}, end: {line: 3, column: 56}}},
        creator: {value: 'Ines Ruiz'},
        creditOrganization: {value: 'AP'}
      })
    }
  })

  it('should leave a body paragraph that ends with a bracketed agency alone', async () => {
    const file = await runArticle('Mayor opens bridge\n\nThe bridge opened on Tuesday, officials said. (Reuters)\n\nBody.\n', {format: 'text'})
    expect(roles(file).map(([role]) => role)).toEqual(['headline', 'body', 'body'])
  })
})

describe('URLs', () => {
  it('should percent-encode what a URI may not hold, and keep the rest as written', () => {
    expect(toUri('https://example.test')).toBe('https://example.test')
    expect(toUri('https://example.test/a b|c?x={1}^&y=é#top#2')).toBe('https://example.test/a%20b%7Cc?x=%7B1%7D%5E&y=%C3%A9#top%232')
    expect(toUri('https://[::1]:8080/p[1]?q=%41%zz&r=100%')).toBe('https://[::1]:8080/p%5B1%5D?q=%41%25zz&r=100%25')
    expect(toUri('img/a b.png')).toBe('img/a%20b.png')
    expect(toUri('https://example.test/\ud800x')).toBe('https://example.test/%EF%BF%BDx')
  })

  it('should give a valid document for URLs a browser takes but the `uri` format does not', async () => {
    const {document, diagnostics} = await processArticle({
      path: 'bridge.md',
      value: [
        '---',
        'url: https://example.test/news/bridge|opens',
        'author: {name: Ben Ode, url: "https://example.test/people/ben ode"}',
        'publisher: {name: Example News, logo: "https://example.test/logo.png?size={2}"}',
        '---',
        '# Mayor opens bridge',
        '',
        '![The bridge](https://charts.example.test/chart?cht=bhs&chxl=0:|a|b)',
        '',
        'The mayor cut the ribbon on Tuesday.',
        ''
      ].join('\n')
    })
    expect(diagnostics.filter((message) => message.ruleId?.startsWith('schema-'))).toEqual([])
    const article = (document?.['@graph'] as Array<Record<string, unknown>>).find((node) => node['@type'] === 'NewsArticle')!
    expect(article.url).toBe('https://example.test/news/bridge%7Copens')
    expect(article.image).toMatchObject({url: 'https://charts.example.test/chart?cht=bhs&chxl=0:%7Ca%7Cb'})
    expect(article.author).toMatchObject([{url: 'https://example.test/people/ben%20ode'}])
    expect(article.publisher).toMatchObject({logo: {url: 'https://example.test/logo.png?size=%7B2%7D'}})
  })
})
