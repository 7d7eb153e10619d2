import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {EventEntity, Mention, PeopleData, QuotationEntity} from '../../pipeline/data.js'
import {plainTextParse} from '../../pipeline/article/plain-text-parse.js'
import {remarkArticle} from '../../pipeline/article/remark-article.js'
import {remarkArticleMatter} from '../../pipeline/article/remark-article-matter.js'
import {remarkEvents} from '../../pipeline/events/remark-events.js'

interface Slices {
  persons?: string[]
  organizations?: string[]
  places?: string[]
  /** Job titles by person name. */
  titles?: Record<string, string>
  /** [quoted text, speaker name, attribution words] */
  quotes?: Array<[string, string] | [string, string, string]>
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/** Every occurrence of the full name or its last word, as mentions. */
function mentionsOf(value: string, name: string): Mention[] {
  const mentions: Mention[] = []
  const last = name.split(' ').at(-1)!
  const pattern = new RegExp(`\\b(?:${name}|${last})\\b`, 'g')
  for (const match of value.matchAll(pattern)) {
    mentions.push({start: match.index, end: match.index + match[0].length, text: match[0]})
  }
  return mentions
}

/** Run the article stage, hand-built people and quotation slices, then the events stage. */
async function events(value: string, slices: Slices, datePublished?: string): Promise<EventEntity[]> {
  const processor = unified()
    .use(plainTextParse)
    .use(remarkArticleMatter, {matter: datePublished ? {datePublished} : {}})
    .use(remarkArticle)
    .use(() => (_tree: Root, file: VFile) => {
      const text = file.data.text!.value
      const people: PeopleData = {
        persons: (slices.persons ?? []).map((name) => ({
          key: `person:${slug(name)}`,
          name,
          aliases: [],
          mentions: mentionsOf(text, name),
          about: false,
          ...(slices.titles?.[name] ? {jobTitle: {value: slices.titles[name]!}} : {})
        })),
        organizations: (slices.organizations ?? []).map((name) => ({
          key: `organization:${slug(name)}`,
          name,
          alternateName: [],
          mentions: mentionsOf(text, name),
          about: false
        })),
        places: (slices.places ?? []).map((name) => ({key: `place:${slug(name)}`, name, mentions: mentionsOf(text, name), about: false})),
        roles: []
      }
      file.data.people = people
      const quotations: QuotationEntity[] = (slices.quotes ?? []).map(([quote, speaker, attribution], index) => {
        const start = text.indexOf(quote)
        const said = attribution === undefined ? -1 : text.indexOf(attribution, start)
        return {
          key: `quotation:${index}`,
          text: quote,
          mentions: [{start, end: start + quote.length, text: quote}],
          partial: false,
          speaker: `person:${slug(speaker)}`,
          attribution: attribution === undefined ? undefined : {start: said, end: said + attribution.length, text: attribution}
        }
      })
      file.data.quotations = {quotations}
    })
    .use(remarkEvents)
  const file = new VFile({value, path: 'article.txt'})
  await processor.run(processor.parse(file), file)
  return file.data.events!.events
}

function summary(list: EventEntity[]): Array<[string, string | undefined]> {
  return list.map((event) => [event.name, event.startDate])
}

describe('remarkEvents', () => {
  it('should date a past meeting and a future one by tense, and fold later mentions into them', async () => {
    const list = await events(
      [
        'Governors meet',
        '',
        'Governor Ines Ruiz and her aides are set to meet with Mayor Tom Avery Monday at City Hall.',
        '',
        'Ruiz met with Ada Lane Friday for the first time. The tense meeting was “useful,” Ruiz said, after the pair’s two-hour discussion.',
        '',
        'An aide said the budget would be the subject of Monday’s meeting with Avery.'
      ].join('\n'),
      {persons: ['Ines Ruiz', 'Tom Avery', 'Ada Lane'], places: ['City Hall']},
      '2025-08-17'
    )
    expect(summary(list)).toEqual([
      ['Meeting of Ines Ruiz and Tom Avery at City Hall', '2025-08-18'],
      ['Meeting of Ines Ruiz and Ada Lane', '2025-08-15']
    ])
    expect(list[0]!.location).toBe('place:city-hall')
    expect(list[0]!.mentions.map((m) => m.text)).toHaveLength(2)
    expect(list[1]!.mentions.map((m) => m.text)).toEqual([
      'met with Ada Lane Friday for the first time',
      'tense meeting',
      'pair’s two-hour discussion'
    ])
    expect(list[1]!.attendees).toEqual(['person:ines-ruiz', 'person:ada-lane'])
    expect(list[1]!.dateMention?.text).toBe('Friday')
  })

  it('should take the speaker of the quotation a pronoun attributes, not the last person named', async () => {
    const list = await events(
      ['Port sale', '', 'Ada Lane said the port was ready for Tom Avery to take over. “Nothing can stop it now,” she told Radio Marsh.'].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['Radio Marsh'], quotes: [['Nothing can stop it now,', 'Ada Lane', 'she told']]}
    )
    expect(summary(list)).toEqual([['Interview with Ada Lane on Radio Marsh', undefined]])
  })

  it('should make a new event of one the sides hold again, not fold it into the last', async () => {
    const list = await events(
      ['Rovers win', '', '“I just hit it,” Ada Lane said after the game.', '', 'The two sides will meet again in the cup final on May 3.'].join('\n'),
      {persons: ['Ada Lane']},
      '2025-10-12'
    )
    expect(summary(list)).toEqual([
      ['Game', undefined],
      ['Cup final', '2026-05-03']
    ])
  })

  it('should not date a long-running event by the day of the sentence', async () => {
    const list = await events(['Tram vote', '', 'The council voted on Tuesday to build the line, ending a decade-long debate.'].join('\n'), {}, '2025-06-04')
    expect(summary(list)).toEqual([['Decade-long debate', undefined]])
  })

  it('should leave a day out of the label of an event named inside a quotation', async () => {
    const list = await events(['Tram vote', '', '“We will hold a public meeting on Thursday,” Ada Lane said.'].join('\n'), {
      persons: ['Ada Lane'],
      quotes: [['We will hold a public meeting on Thursday,', 'Ada Lane', 'Ada Lane said']]
    })
    expect(list.map((event) => event.name)).toEqual(['Public meeting'])
  })

  it('should tell the interviewee from the interviewer however the interview is written', async () => {
    const sentences = [
      'On Wednesday, Lane sat down with NBC’s Tom Avery for an interview.',
      'Lane said in an interview with NBC’s Tom Avery on Wednesday that she would run.',
      'In an interview with Tom Avery of NBC on Wednesday, Lane said she would run.',
      'Lane told Tom Avery of NBC in an interview on Wednesday that she would run.'
    ]
    for (const sentence of sentences) {
      const list = await events(['Lane runs', '', 'Governor Ada Lane spoke.', '', sentence].join('\n'), {persons: ['Ada Lane', 'Tom Avery'], organizations: ['NBC']}, '2025-05-16')
      expect(list.map((event) => [event.name, event.startDate, [...event.attendees].sort()])).toEqual([
        ['Interview with Ada Lane on NBC', '2025-05-14', ['person:ada-lane', 'person:tom-avery']]
      ])
    }
  })

  it('should find people who met each other, met someone after an adverb, or will meet in a month', async () => {
    const list = await events(
      [
        'Talks',
        '',
        'Ada Lane and Tom Avery met in Geneva on Thursday.',
        '',
        'Avery met separately with Ines Ruiz on Friday.',
        '',
        'Lane and Avery are expected to meet again in March.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery', 'Ines Ruiz'], places: ['Geneva']},
      '2025-02-07'
    )
    expect(summary(list)).toEqual([
      ['Meeting of Ada Lane and Tom Avery in Geneva', '2025-02-06'],
      ['Meeting of Tom Avery and Ines Ruiz', '2025-02-07'],
      ['Meeting of Ada Lane and Tom Avery', '2025-03']
    ])
  })

  it('should find an interview told with “interviewed”, and a telephone call', async () => {
    for (const sentence of ['Tom Avery interviewed Lane on Wednesday.', 'Lane was interviewed by Tom Avery on Wednesday.']) {
      const list = await events(['Lane runs', '', 'Governor Ada Lane spoke.', '', sentence].join('\n'), {persons: ['Ada Lane', 'Tom Avery']}, '2025-05-16')
      expect(list.map((event) => [event.name, event.startDate, [...event.attendees].sort()])).toEqual([
        ['Interview with Ada Lane', '2025-05-14', ['person:ada-lane', 'person:tom-avery']]
      ])
    }
    const call = await events(['Trade', '', 'In a telephone call with Tom Avery on Tuesday, Ada Lane discussed trade.'].join('\n'), {persons: ['Ada Lane', 'Tom Avery']}, '2025-05-16')
    expect(summary(call)).toEqual([['Telephone call with Tom Avery', '2025-05-13']])
  })

  it('should find an interview in “sat down with” a reporter or a newspaper, dated by its own day', async () => {
    const list = await events(
      [
        'Drought',
        '',
        'Governor Ada Lane sat down with reporter Tom Avery on Saturday to discuss the drought.',
        '',
        'Ines Ruiz sat down with the Marsh Gazette on Monday to talk about housing.',
        '',
        'Lane sat down with her aides on Tuesday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery', 'Ines Ruiz'], organizations: ['Marsh Gazette']},
      '2025-05-16'
    )
    expect(list.map((event) => [event.name, event.startDate, [...event.attendees].sort()])).toEqual([
      ['Interview with Ada Lane by reporter Tom Avery', '2025-05-10', ['person:ada-lane', 'person:tom-avery']],
      ['Interview with Ines Ruiz on Marsh Gazette', '2025-05-12', ['person:ines-ruiz']]
    ])
  })

  it('should find a telephone call in “spoke by phone” between the persons named, dated by its own clause', async () => {
    const list = await events(
      [
        'Border to reopen',
        '',
        'President Ada Lane and Prime Minister Tom Avery spoke by phone on Thursday for about an hour.',
        '',
        'Ines Ruiz talked on the phone with Lane.',
        '',
        'Avery said he could speak by phone with Ruiz.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery', 'Ines Ruiz']},
      '2025-05-16'
    )
    expect(list.map((event) => [event.name, event.startDate, [...event.attendees].sort()])).toEqual([
      ['Telephone call between Ada Lane and Tom Avery', '2025-05-15', ['person:ada-lane', 'person:tom-avery']],
      ['Telephone call between Ines Ruiz and Ada Lane', undefined, ['person:ada-lane', 'person:ines-ruiz']]
    ])
  })

  it('should read “meeting patients and staff” as a verb, and “a meeting with staff” as a meeting', async () => {
    const list = await events(
      [
        'Hospital wing opens',
        '',
        'Ada Lane opened the new wing on Thursday, meeting patients and staff. She spent an hour meeting the families.',
        '',
        'Lane held a meeting with staff on Friday.'
      ].join('\n'),
      {persons: ['Ada Lane']},
      '2026-10-24'
    )
    expect(summary(list)).toEqual([['Meeting with staff', '2026-10-23']])
  })

  it('should read “met French business leaders” as a meeting with a group, not with a person called French', async () => {
    const list = await events(
      [
        'Week in politics',
        '',
        'During a visit to Paris on Friday, Ines Ruiz met French business leaders.',
        '',
        'Ada Lane will meet union leaders on Wednesday. Tom Avery met Ian Ode on Tuesday.'
      ].join('\n'),
      {persons: ['Ines Ruiz', 'Ada Lane', 'Tom Avery', 'Ian Ode'], places: ['Paris']},
      '2026-06-18'
    )
    expect(summary(list)).toEqual([
      ['Meeting of Ines Ruiz with French business leaders', '2026-06-12'],
      ['Meeting of Ada Lane with union leaders', '2026-06-24'],
      ['Meeting of Tom Avery and Ian Ode', '2026-06-16']
    ])
  })

  it('should keep two kinds of ceremony apart, but fold “the ceremony” into the one before', async () => {
    const list = await events(
      [
        'Town mourns',
        '',
        'A memorial service for the victims will be held this weekend.',
        '',
        'Officials said the funeral, which took place on Sunday, was attended by hundreds. The ceremony lasted an hour.'
      ].join('\n'),
      {},
      '2026-06-18'
    )
    expect(summary(list)).toEqual([
      ['Memorial service for the victims', undefined],
      ['Funeral', '2026-06-14']
    ])
  })

  it('should find a meeting of a plural subject at the start of a sentence or after a possessive', async () => {
    const list = await events(
      ['Oil rises', '', 'The ministers will meet in Vienna on Oct. 14.', '', 'The bloc’s leaders met in Tolley on Friday.'].join('\n'),
      {places: ['Vienna', 'Tolley']},
      '2026-10-06'
    )
    expect(summary(list)).toEqual([
      ['Meeting in Vienna', '2026-10-14'],
      ['Meeting in Tolley', '2026-10-02']
    ])
  })

  it('should find a political race and a swearing-in, but not a race against time', async () => {
    const list = await events(
      [
        'Lane wins',
        '',
        'Ada Lane won the governor’s race on Tuesday, defeating Tom Avery.',
        '',
        'Lane will be sworn in on Jan. 10. Avery said it was a race against time.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery']},
      '2026-11-04'
    )
    expect(summary(list)).toEqual([
      ['Governor’s race', '2026-11-03'],
      ['Swearing-in of Ada Lane', '2027-01-10']
    ])
  })

  it('should not take the verb before an event noun into its label', async () => {
    const list = await events(['Talks', '', 'Governor Ada Lane held talks with Mayor Tom Avery in Leeds on Thursday.'].join('\n'), {
      persons: ['Ada Lane', 'Tom Avery'],
      places: ['Leeds']
    }, '2025-05-16')
    expect(summary(list)).toEqual([['Talks with Mayor Tom Avery in Leeds', '2025-05-15']])
  })

  it('should make one event of “told a news conference”, with the speaker', async () => {
    const list = await events(['Talks', '', 'Ada Lane told a news conference that the plan was fair.'].join('\n'), {persons: ['Ada Lane']})
    expect(list.map((event) => [event.name, event.attendees])).toEqual([['News conference', ['person:ada-lane']]])
  })

  it('should end a label before the verb that follows its phrase', async () => {
    const list = await events(['Top of the league', '', 'The win over Eastfield Town put Harbour Rovers top.'].join('\n'), {})
    expect(list.map((event) => event.name)).toEqual(['Win over Eastfield Town'])
  })

  it('should leave the first word of a time phrase out of a label', async () => {
    const list = await events(['Port sale', '', 'At a meeting with union leaders next week, Ada Lane will present the plan.'].join('\n'), {
      persons: ['Ada Lane']
    })
    expect(list.map((event) => event.name)).toEqual(['Meeting with union leaders'])
  })

  it('should leave the period that ends a sentence out of a place or an outlet', async () => {
    const list = await events(
      ['Port sale', '', 'Ada Lane held a news conference in Leeds.', '', 'Tom Avery said the deal was off, he told Radio Marsh.'].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['Radio Marsh']}
    )
    expect(summary(list)).toEqual([
      ['News conference in Leeds', undefined],
      ['Interview with Tom Avery on Radio Marsh', undefined]
    ])
  })

  it('should make one interview per programme, dated by the day the interviewee spoke, with its quotes', async () => {
    const list = await events(
      [
        'Envoy claims progress',
        '',
        'The envoy, Ada Lane, claimed on Sunday that talks had moved forward.',
        '',
        '“We won a concession,” Lane told NBC’s Tom Avery.',
        '',
        'Lane, who revealed the deal during interviews on NBC’s Morning Desk and Fox News Sunday, said it was not signed.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['NBC'], quotes: [['We won a concession,', 'Ada Lane']]},
      '2025-08-17'
    )
    const interviews = list.filter((event) => event.name.startsWith('Interview'))
    expect(summary(interviews)).toEqual([
      ['Interview with Ada Lane on NBC’s Morning Desk', '2025-08-17'],
      ['Interview with Ada Lane on Fox News Sunday', '2025-08-17']
    ])
    expect(interviews[0]!.attendees).toEqual(['person:ada-lane', 'person:tom-avery'])
    expect(interviews[0]!.quotations).toEqual(['quotation:0'])
    expect(interviews[1]!.quotations).toEqual([])
  })

  it('should treat "the same news conference" as the one already named, with its place and speakers', async () => {
    const list = await events(
      [
        'Leaders welcome pact',
        '',
        'At a news conference in Lisbon, Prime Minister Rui Costa welcomed the pact. “It is a good day,” he said.',
        '',
        'Mayor Tom Avery, who also spoke at the same news conference Sunday, was more careful.'
      ].join('\n'),
      {persons: ['Rui Costa', 'Tom Avery'], places: ['Lisbon'], quotes: [['It is a good day,', 'Rui Costa']]},
      '2025-08-20'
    )
    expect(summary(list)).toEqual([['News conference in Lisbon', '2025-08-17']])
    expect(list[0]!.location).toBe('place:lisbon')
    expect(list[0]!.attendees).toEqual(['person:rui-costa', 'person:tom-avery'])
    expect(list[0]!.quotations).toEqual(['quotation:0'])
  })

  it('should make no event of a building one marches to, or of a school named “… Primary”', async () => {
    const list = await events(
      [
        'Parents protest',
        '',
        'About 200 parents marched to the town hall on Saturday to protest against the closure of Elm Road Primary.',
        '',
        'Ada Lane won the Tolley primary on Tuesday. Tom Avery, deputy head of Oakridge Primary, voted.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['Elm Road Primary']},
      '2026-11-03'
    )
    expect(summary(list)).toEqual([['Tolley primary', '2026-11-03']])
  })

  it('should make no event of “a primary school” nor of a town’s “Town Hall”, and end a label before “starts”', async () => {
    const list = await events(
      [
        'Budget night',
        '',
        'The head of a Dunmore primary school spoke first. The budget meeting at Tolley Town Hall starts at 6pm on Tuesday.',
        '',
        'Ada Lane took questions at a CNN Town Hall on Monday.'
      ].join('\n'),
      {persons: ['Ada Lane'], organizations: ['Tolley Town Hall', 'CNN']},
      '2026-11-02'
    )
    expect(summary(list)).toEqual([
      ['Budget meeting at Tolley Town Hall', '2026-11-03'],
      ['CNN Town Hall', '2026-11-02']
    ])
  })

  it('should not date an occasion after “after a” with the other act’s day', async () => {
    const list = await events(
      ['Oil', '', 'Oil prices rose more than 3% on Wednesday after a drone attack on a pipeline. The talks on Friday failed.'].join('\n'),
      {},
      '2026-04-15'
    )
    expect(summary(list)).toEqual([
      ['Drone attack on a pipeline', undefined],
      ['Talks', '2026-04-10']
    ])
  })

  it('should read one day’s local elections, dated in the perfect, apart from the last election', async () => {
    const list = await events(
      [
        'Greens win',
        '',
        'The Greens have taken control of the council, winning 28 seats in Thursday’s local elections. Turnout was down from the last election in 2022.',
        '',
        'The country needs free and fair elections.'
      ].join('\n'),
      {},
      '2026-05-08'
    )
    expect(summary(list)).toEqual([
      ['Local elections', '2026-05-07'],
      ['Last election', '2022']
    ])
  })

  it('should end an occasion’s name before another occasion after “with” or “in”', async () => {
    const list = await events(
      [
        'Conference',
        '',
        'Ada Lane promised a tax cut before the next election in her speech to the Tolley conference on Tuesday.',
        '',
        'Ian Ode will close the conference with his keynote speech on Thursday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Ian Ode']},
      '2026-09-24'
    )
    expect(summary(list)).toEqual([
      ['Next election', undefined],
      ['Speech to the Tolley conference', '2026-09-22'],
      ['Tolley conference', undefined],
      ['Keynote speech', '2026-09-24']
    ])
  })

  it('should date “this year’s” occasion by the day the sentence gives', async () => {
    const list = await events(['Festival', '', 'This year’s festival runs from August 14 to 23. Last year’s fete was wet.'].join('\n'), {}, '2026-08-02')
    expect(summary(list)).toEqual([
      ['Festival', '2026-08-14'],
      ['Fete', '2025']
    ])
  })

  it('should give an interview to the person an apposition describes, not to its organisation', async () => {
    const list = await events(
      ['Fact check', '', 'Ada Lane, chief executive of the charity Tolley Trust, told the Tolley Post on Monday that the claim was false.'].join('\n'),
      {persons: ['Ada Lane'], organizations: ['Tolley Trust', 'Tolley Post']},
      '2026-11-03'
    )
    expect(list.map((event) => [event.name, event.attendees])).toEqual([['Interview with Ada Lane on Tolley Post', ['person:ada-lane']]])
  })

  it('should not date an occasion by “since” and a year, unless “when” names it', async () => {
    const list = await events(
      [
        'Mayor',
        '',
        'Turnout was the highest for a mayoral election in the city since 1998.',
        '',
        'The two countries have been at war since 2022, when Ada Lane launched an invasion.'
      ].join('\n'),
      {persons: ['Ada Lane']},
      '2026-11-04'
    )
    expect(summary(list)).toEqual([
      ['Mayoral election in the city', undefined],
      ['Invasion', '2022']
    ])
  })

  it('should make no summit of a mountain’s top, but keep one leaders fly to', async () => {
    const list = await events(
      [
        'Final ascent',
        '',
        'Ada Lane reached the summit on Tuesday. The summit of Mount Ardlow is icy.',
        '',
        'Tom Avery flew to the summit in Tolley on Thursday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], places: ['Tolley']},
      '2026-11-06'
    )
    expect(summary(list)).toEqual([['Summit in Tolley', '2026-11-05']])
  })

  it('should make one briefing of “told reporters at an evening briefing”', async () => {
    const list = await events(
      ['Wildfire', '', '“It is moving fast,” Fire Chief Ada Lane told reporters at an evening briefing on Sunday.'].join('\n'),
      {persons: ['Ada Lane']},
      '2026-08-03'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([['Evening briefing', '2026-08-02', ['person:ada-lane']]])
  })

  it('should make one event of “a town hall meeting”', async () => {
    const list = await events(
      ['Senator under fire', '', 'Ada Lane is expected to address the issue at a town hall meeting in Dover on Monday.'].join('\n'),
      {persons: ['Ada Lane'], places: ['Dover']},
      '2025-06-14'
    )
    expect(summary(list)).toEqual([['Town hall meeting in Dover', '2025-06-16']])
  })

  it('should give no relative date without a publication date, but keep a date written in full', async () => {
    const list = await events(
      [
        'Town remembers',
        '',
        'Ada Lane spoke Monday night at a town hall in Dover.',
        '',
        'The Sept. 11, 2012 bomb attack on the consulate in Dover killed four.'
      ].join('\n'),
      {persons: ['Ada Lane'], places: ['Dover']}
    )
    expect(summary(list)).toEqual([
      ['Town hall in Dover', undefined],
      ['Bomb attack on the consulate in Dover', '2012-09-11']
    ])
  })

  it('should not take the publication date for an event the text does not date', async () => {
    const list = await events(
      ['Trial opens', '', 'The criminal trial of Tom Avery opened in Leeds, where he told reporters he was innocent.'].join('\n'),
      {persons: ['Tom Avery'], places: ['Leeds']},
      '2025-03-04'
    )
    expect(list.map((event) => event.startDate)).toEqual([undefined, undefined])
    expect(list.map((event) => event.name)).toEqual(['Criminal trial of Tom Avery', 'Briefing to reporters by Tom Avery'])
  })

  it('should not merge one person’s words to reporters into another’s news conference', async () => {
    const list = await events(
      [
        'Late winner',
        '',
        '“We kept going,” Tom Avery told reporters after the game.',
        '',
        '“We switched off,” Ada Lane said at her news conference.'
      ].join('\n'),
      {persons: ['Tom Avery', 'Ada Lane'], quotes: [['We kept going,', 'Tom Avery', 'told reporters'], ['We switched off,', 'Ada Lane', 'said']]}
    )
    const byName = Object.fromEntries(list.map((event) => [event.name, event.attendees]))
    expect(byName['Briefing to reporters by Tom Avery']).toEqual(['person:tom-avery'])
    expect(byName['News conference']).toEqual(['person:ada-lane'])
  })

  it('should find a game from its result and name it by its two sides', async () => {
    const list = await events(
      [
        'Late winner',
        '',
        'Ada Lane scored late as Harbour Rovers beat Eastfield Town 2-1 on Saturday.',
        'Tom Avery praised the side after the game.',
        'Last month Quarry United were beaten 3-0 by the Marsh Wanderers.',
        'In the council, Lane beat Ode 52-48 in the vote.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['Harbour Rovers']},
      '2025-03-03'
    )
    expect(list.map((event) => [event.name, event.type, event.startDate])).toEqual([
      ['Match between Harbour Rovers and Eastfield Town', 'SportsEvent', '2025-03-01'],
      ['Match between Quarry United and Marsh Wanderers', 'SportsEvent', '2025-02']
    ])
    expect(list[0]!.attendees).toEqual(['organization:harbour-rovers'])
    expect(list[0]!.mentions.map((mention) => mention.text)).toEqual(['beat Eastfield Town 2-1 on Saturday', 'game'])
  })

  it('should find the interview that quoted words were given in', async () => {
    const list = await events(
      [
        'Walking study',
        '',
        '“It adds weight,” Ada Lane said in a phone interview.',
        '',
        'In a television interview, Tom Avery said it was over. Lane has said in interviews that it works, and she said in a statement that it was done.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], quotes: [['It adds weight,', 'Ada Lane', 'said']]}
    )
    expect(list.map((event) => [event.name, event.attendees])).toEqual([
      ['Ada Lane’s phone interview', ['person:ada-lane']],
      ['Tom Avery’s television interview', ['person:tom-avery']]
    ])
  })

  it('should know a news agency or magazine by its one-word name', async () => {
    const list = await events(
      ['Port sale', '', 'Ada Lane told Reuters in an interview that the port was ready. Tom Avery told Variety it was not.'].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery']}
    )
    expect(list.map((event) => [event.name, event.attendees])).toEqual([
      ['Interview with Ada Lane on Reuters', ['person:ada-lane']],
      ['Interview with Tom Avery on Variety', ['person:tom-avery']]
    ])
  })

  it('should find a dated meeting with a group named by a plural noun for people', async () => {
    const list = await events(
      [
        'Base closures',
        '',
        'Ada Lane is expected to meet with governors from the affected states on Friday.',
        'Tom Avery met with union leaders on Monday. The plan met with resistance on Tuesday, and Avery meets with voters often.',
        'Lane met with reporters on Wednesday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery']},
      '2025-05-14'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Meeting of Ada Lane with governors', '2025-05-16', ['person:ada-lane']],
      ['Meeting of Tom Avery with union leaders', '2025-05-12', ['person:tom-avery']]
    ])
  })

  it('should find a conference or earnings call, held by the one who speaks on it', async () => {
    const list = await events(
      ['Freight slump', '', 'Ada Lane said on an earnings call on Feb. 6 that rates had fallen.'].join('\n'),
      {persons: ['Ada Lane']},
      '2025-03-12'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Ada Lane’s earnings call', '2025-02-06', ['person:ada-lane']]
    ])
  })

  it('should read “speaking to reporters” and “spoke to Radio Marsh” as “told”', async () => {
    const list = await events(
      ['Caucus nears', '', 'Ada Lane, speaking to reporters on Sunday, declined to criticise her rival. Tom Avery spoke to Radio Marsh on Monday. Lane spoke to Avery later.'].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], organizations: ['Radio Marsh']},
      '2025-01-21'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Briefing to reporters by Ada Lane', '2025-01-19', ['person:ada-lane']],
      ['Interview with Tom Avery on Radio Marsh', '2025-01-20', ['person:tom-avery']]
    ])
  })

  it('should read “telling Radio Marsh on Wednesday” as an interview on that past day', async () => {
    const list = await events(
      ['Tax plan', '', 'Ada Lane defended the plan, telling Radio Marsh on Wednesday that it would pass.'].join('\n'),
      {persons: ['Ada Lane'], organizations: ['Radio Marsh']},
      '2025-06-19'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Interview with Ada Lane on Radio Marsh', '2025-06-18', ['person:ada-lane']]
    ])
  })

  it('should place a briefing “told reporters in Place” at a place the text knows', async () => {
    const list = await events(
      ['Bill stalls', '', 'Ada Lane told reporters in Tolley on Sunday that the bill was dead. Tom Avery told reporters in French that it was not.'].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], places: ['Tolley']},
      '2025-06-19'
    )
    expect(list.map((event) => [event.name, event.startDate, event.location])).toEqual([
      ['Briefing to reporters by Ada Lane', '2025-06-15', 'place:tolley'],
      ['Briefing to reporters by Tom Avery', undefined, undefined]
    ])
  })

  it('should find a meeting with “the Treasurer” when one person in the story holds that title', async () => {
    const list = await events(
      [
        'Tax bill',
        '',
        'Treasurer Ada Lane spoke. Senator Tom Avery said he was undecided. He will meet the Treasurer on Monday.',
        '',
        'Avery met the deadline on Friday. Avery met the mayor on Friday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery'], titles: {'Ada Lane': 'Treasurer', 'Tom Avery': 'Senator'}},
      '2025-06-19'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Meeting of Tom Avery and Ada Lane', '2025-06-23', ['person:tom-avery', 'person:ada-lane']]
    ])
  })

  it('should skip hypothetical, generic and non-event uses of event words', async () => {
    const list = await events(
      [
        'Votes and games',
        '',
        'Ada Lane would not say which side she would take in a referendum.',
        '',
        'Fans queued for the latest video game. Upon hearing the news, any election seemed far off.',
        '',
        'Voters want to address the election campaign costs.',
        '',
        'The council voted on Tuesday to approve the stadium, ending months of debate.',
        '',
        'The union said it would seek urgent talks with management.'
      ].join('\n'),
      {persons: ['Ada Lane']},
      '2025-03-04'
    )
    expect(list).toEqual([])
  })

  it('should keep a plan reported with its day (“said she would lead a prayer service on Wednesday”), not a possible one', async () => {
    const list = await events(
      [
        'Vandals strike',
        '',
        'Bishop Ada Lane said she would lead a prayer service on Wednesday evening.',
        '',
        'Tom Avery said the town could hold a vigil on Friday. He said he would seek a meeting with the company next week.',
        '',
        'Lane said she would hold a second hearing next week. She left early after the hearing on Monday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery']},
      '2025-06-09'
    )
    expect(summary(list)).toEqual([
      ['Prayer service', '2025-06-11'],
      ['Second hearing', undefined],
      ['Hearing', '2025-06-09']
    ])
  })

  it('should find vigils, protests, launches, visits, inquests and crashes, and date a future one by “will be held”', async () => {
    const list = await events(
      [
        'A week in Tolley',
        '',
        'Hundreds attended a vigil on Sunday for the victims. Police broke up the protest on Tuesday night.',
        '',
        'Velmont unveiled the phone at a launch event in Berlin on Wednesday. The plane crash on Monday killed 12 people.',
        '',
        'The inquest opened on Monday. A memorial service will be held on Saturday. The King will make a state visit to France on June 3.'
      ].join('\n'),
      {places: ['Berlin', 'France']},
      '2025-05-22'
    )
    expect(summary(list)).toEqual([
      ['Vigil for the victims', '2025-05-18'],
      ['Protest', '2025-05-20'],
      ['Launch event in Berlin', '2025-05-21'],
      ['Plane crash', '2025-05-19'],
      ['Inquest', '2025-05-19'],
      ['Memorial service', '2025-05-24'],
      ['State visit to France', '2025-06-03']
    ])
    expect(list.map((event) => event.type)).toEqual(['SocialEvent', 'Event', 'BusinessEvent', 'Event', 'Event', 'SocialEvent', 'Event'])
  })

  it('should find a capital markets day, dated forward after “would set out”', async () => {
    const list = await events(
      ['Profit falls', '', 'Ada Lane said the company would set out a new strategy at its capital markets day on May 14.'].join('\n'),
      {persons: ['Ada Lane']},
      '2026-03-04'
    )
    expect(list.map((event) => [event.name, event.startDate, event.type])).toEqual([['Capital markets day', '2026-05-14', 'BusinessEvent']])
  })

  it('should make a named awards night a ceremony, but not awards someone won', async () => {
    const list = await events(
      [
        'Awards',
        '',
        'The film won five prizes at the National Film Awards on Sunday night. Ada Lane won two Grammy Awards in February.',
        '',
        'The ceremony ran for three hours.'
      ].join('\n'),
      {persons: ['Ada Lane']},
      '2026-02-17'
    )
    expect(list.map((event) => [event.name, event.startDate, event.type, event.mentions.length])).toEqual([
      ['National Film Awards', '2026-02-15', 'SocialEvent', 2]
    ])
  })

  it('should make one event of “the Tolley caucuses”, dated by “take place”', async () => {
    const list = await events(
      ['Caucuses', '', 'The candidates met a week before the Tolley caucuses.', '', 'The caucuses take place Monday, Feb. 2.'].join('\n'),
      {},
      '2026-01-28'
    )
    expect(summary(list)).toEqual([['Tolley caucuses', '2026-02-02']])
  })

  it('should make one undated event of each named storm, apart from other disasters', async () => {
    const list = await events(
      [
        'Storms',
        '',
        'Hurricane Delia made landfall on Tuesday. Storm Brenna brought high winds on Monday night.',
        '',
        'The earthquake on Sunday was felt far away. Hurricane Delia weakened later.'
      ].join('\n'),
      {},
      '2026-09-10'
    )
    expect(summary(list)).toEqual([
      ['Hurricane Delia', undefined],
      ['Storm Brenna', undefined],
      ['Earthquake', '2026-09-06']
    ])
    expect(list[0]!.mentions).toHaveLength(2)
  })

  it('should end a label at a verb before the noun (“Arland and Beroth resumed ceasefire talks”)', async () => {
    const list = await events(
      ['Talks', '', 'Negotiators from Arland and Beroth resumed ceasefire talks in Geneva on Monday.'].join('\n'),
      {places: ['Geneva']},
      '2026-03-03'
    )
    expect(summary(list)).toEqual([['Ceasefire talks in Geneva', '2026-03-02']])
  })

  it('should end a label before “to” and a verb of purpose, but keep “to” and a place', async () => {
    const list = await events(
      [
        'Launch',
        '',
        'The agency will hold a news conference on Dec. 3 to announce the landing site.',
        '',
        'The council will hold talks on Dec. 4 to discuss the flooding.',
        '',
        'The queen will make a state visit to Dunmore on Dec. 5.'
      ].join('\n'),
      {places: ['Dunmore']},
      '2026-11-26'
    )
    expect(summary(list)).toEqual([
      ['News conference', '2026-12-03'],
      ['Talks', '2026-12-04'],
      ['State visit to Dunmore', '2026-12-05']
    ])
  })

  it('should find the call a speaker told analysts on, and an expo with its day', async () => {
    const list = await events(
      [
        'Results',
        '',
        'Chief executive Ada Lane told analysts on a conference call that sales had slowed.',
        '',
        'Lane will present the plans at the Brightwater Expo in Denver on Dec. 9.',
        '',
        'Analysts expect a conference call soon.'
      ].join('\n'),
      {persons: ['Ada Lane'], places: ['Denver']},
      '2026-11-26'
    )
    expect(summary(list)).toEqual([
      ['Ada Lane’s conference call', undefined],
      ['Brightwater Expo in Denver', '2026-12-09']
    ])
  })

  it('should find a celebration and a state dinner with their days, but no bare celebration', async () => {
    const list = await events(
      ['Library saved', '', 'A celebration will be held at the library on Saturday.', '', 'The king will host a state dinner on Dec. 2.', '', 'There was celebration in the streets.'].join('\n'),
      {},
      '2026-11-25'
    )
    expect(summary(list)).toEqual([
      ['Celebration', '2026-11-28'],
      ['State dinner', '2026-12-02']
    ])
  })

  it('should make no meeting of two sides meeting again, but keep ministers meeting', async () => {
    const list = await events(
      ['Overtime', '', 'The teams meet again in Tolley on Wednesday.', '', 'The ministers will meet in Dunmore on Friday.'].join('\n'),
      {places: ['Tolley', 'Dunmore']},
      '2026-11-23'
    )
    expect(summary(list)).toEqual([['Meeting in Dunmore', '2026-11-27']])
  })

  it('should name “the party’s spring conference” after the organisation it belongs to', async () => {
    const list = await events(
      [
        'Conference',
        '',
        'Ada Lane stepped up Arland First’s campaign with a speech at the party’s spring conference in Dunmore on Saturday.'
      ].join('\n'),
      {persons: ['Ada Lane'], organizations: ['Arland First'], places: ['Dunmore']},
      '2026-11-23'
    )
    expect(summary(list).map(([name]) => name)).toContain('Arland First’s spring conference in Dunmore')
    const unnamed = await events(['Conference', '', 'The company’s annual conference opens on Dec. 1.'].join('\n'), {}, '2026-11-23')
    expect(summary(unnamed)).toEqual([['Annual conference', '2026-12-01']])
  })

  it('should date a wedding anniversary, not the wedding, by the day it was celebrated', async () => {
    const list = await events(
      ['Seventy years', '', 'Ada and Ian Lane, who married in 1956, celebrated their platinum wedding anniversary on Saturday.'].join('\n'),
      {persons: ['Ada Lane', 'Ian Lane']},
      '2026-11-23'
    )
    expect(summary(list)).toEqual([['Platinum wedding anniversary', '2026-11-21']])
  })

  it('should not end a label on “to” once its day is taken out', async () => {
    const list = await events(
      ['Premiere', '', 'The film premiered at the Tolley Film Festival on Friday night to a mixed reception.'].join('\n'),
      {organizations: ['Tolley Film Festival']},
      '2026-11-23'
    )
    expect(summary(list)).toEqual([['Tolley Film Festival', '2026-11-20']])
  })

  it('should find a confidence vote with its day', async () => {
    const list = await events(['Vote', '', 'The confidence vote is scheduled for Tuesday.', '', 'A vote of no confidence will be held on Dec. 2.'].join('\n'), {}, '2026-11-25')
    expect(summary(list)).toEqual([
      ['Confidence vote', '2026-12-01'],
      ['Vote of no confidence', '2026-12-02']
    ])
  })

  it('should find a march activists plan, with its day, but not the month or “the long march”', async () => {
    const list = await events(
      ['Climate', '', 'Activists plan a march through the city centre on Friday.', '', 'In March, troops began the long march home on Tuesday.'].join('\n'),
      {},
      '2026-11-26'
    )
    expect(summary(list)).toEqual([['March', '2026-11-27']])
  })

  it('should find a reported plan to meet a board with its day, but not a possible one', async () => {
    const list = await events(
      [
        'Job cuts',
        '',
        'Transport Secretary Ada Lane said she would meet the company’s board on Thursday.',
        '',
        'Ian Ode could meet the committee on Friday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Ian Ode']},
      '2026-11-24'
    )
    expect(summary(list)).toEqual([['Meeting of Ada Lane with company’s board', '2026-11-26']])
  })

  it('should find a village fete or fête and a carnival with their days', async () => {
    const list = await events(
      ['Summer', '', 'The village fête returned on Saturday.', '', 'The Dunmore carnival will be held on July 25.'].join('\n'),
      {},
      '2026-07-13'
    )
    expect(summary(list)).toEqual([
      ['Village fête', '2026-07-11'],
      ['Dunmore carnival', '2026-07-25']
    ])
  })

  it('should keep the men’s final apart from the final already found, but fold “their first debate” into the debate', async () => {
    const list = await events(
      [
        'Finals',
        '',
        'Ada Lane beat Ines Ruiz in the Marsh final. In the men’s final on Sunday, Tom Avery will face Ian Ode.',
        '',
        'Lane and Ruiz met in a debate on Tuesday. In their first debate of the year, they clashed on taxes.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Ines Ruiz', 'Tom Avery', 'Ian Ode']},
      '2026-07-13'
    )
    expect(list.map((event) => [event.name, event.startDate, event.mentions.length])).toEqual([
      ['Marsh final', undefined, 1],
      ['Men’s final', '2026-07-19', 1],
      ['Debate', '2026-07-07', 2]
    ])
  })

  it('should keep an occasion someone travels to (“to a wedding in Rome”)', async () => {
    const list = await events(['Flights', '', 'Ada Lane was travelling to a wedding in Rome.'].join('\n'), {persons: ['Ada Lane'], places: ['Rome']}, '2026-09-09')
    expect(summary(list)).toEqual([['Wedding in Rome', undefined]])
  })

  it('should make no event of a building, a verb, a display or an undated plan', async () => {
    const list = await events(
      [
        'Protest plans',
        '',
        'Protesters gathered outside the town hall. They protest the decision and want a demonstration of the new system.',
        '',
        'Ada Lane failed to persuade others to stage a protest against the plan.'
      ].join('\n'),
      {persons: ['Ada Lane']},
      '2025-05-22'
    )
    expect(list).toEqual([])
  })

  it('should count offsets from the day of the event they refer to', async () => {
    const list = await events(
      [
        'Rovers win',
        '',
        'The Rovers beat the Lions in a home game on Tuesday night.',
        '',
        'The teams meet again for a rematch in Leeds in three days.'
      ].join('\n'),
      {places: ['Leeds']},
      '2025-03-05'
    )
    expect(summary(list)).toEqual([
      ['Home game', '2025-03-04'],
      ['Rematch in Leeds', '2025-03-07']
    ])
  })

  it('should not date an occasion named in someone\'s words by the day they spoke', async () => {
    const value = [
      'Coach confident',
      '',
      'Ada Lane said her team was ready. "This is the game everyone wants to play in," she said on Thursday.',
      '',
      'On Friday, after an emotional “farewell speech” to her staff, Ian Ode left the club.'
    ].join('\n')
    const list = await events(
      value,
      {persons: ['Ada Lane', 'Ian Ode'], quotes: [['This is the game everyone wants to play in,', 'Ada Lane', 'she said']]},
      '2025-11-29'
    )
    expect(summary(list)).toEqual([
      ['Game', undefined],
      ['Emotional farewell speech', '2025-11-28']
    ])
  })

  it('should not date an occasion by the day of the action that followed it', async () => {
    const list = await events(
      ['Deal struck', '', 'The two unions agreed to a pay freeze next year after late-night talks, officials said.'].join('\n'),
      {},
      '2025-11-29'
    )
    expect(summary(list)).toEqual([['Late-night talks', undefined]])
  })

  it('should keep apart occasions of one kind dated in different years', async () => {
    const list = await events(
      ['Fete returns', '', 'The village fete on Saturday raised £4,000.', '', 'Next year’s fete will be held on July 11. The last such fete, in 2019, was rained off.'].join('\n'),
      {},
      '2026-07-13'
    )
    expect(summary(list)).toEqual([
      ['Village fete', '2026-07-11'],
      ['Fete', '2027']
    ])
  })

  it('should read an election from “was elected … on <day>”, not from a career’s “was first elected in 2018”', async () => {
    const list = await events(
      [
        'Lane wins',
        '',
        'Ada Lane was elected mayor of Tolley on Tuesday, defeating Ian Ode.',
        '',
        'Turnout was up from the last mayoral election in 2022. Ode was first elected in 2018.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Ian Ode'], places: ['Tolley']},
      '2026-11-04'
    )
    expect(summary(list)).toEqual([
      ['Election of Ada Lane', '2026-11-03'],
      ['Last mayoral election', '2022']
    ])
  })

  it('should read “talks” after a pronoun subject as the verb, and keep “that talks would continue”', async () => {
    const list = await events(
      [
        'Ferry',
        '',
        'Everybody talks to you on the water, Ada Lane says. She talks about it often.',
        '',
        'Ian Ode said that talks with the union would continue on Monday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Ian Ode']},
      '2026-11-04'
    )
    expect(summary(list)).toEqual([['Talks with the union', '2026-11-09']])
  })

  it('should read a product launch as an occasion', async () => {
    const list = await events(
      ['Phone', '', 'Tolley Devices showed a thinner phone at its annual product launch in Dunmore on Tuesday.'].join('\n'),
      {organizations: ['Tolley Devices'], places: ['Dunmore']},
      '2026-09-10'
    )
    expect(summary(list)).toEqual([['Annual product launch in Dunmore', '2026-09-08']])
  })

  it('should leave a plural that opens the sentence out of an occasion’s name (“Organisers of the Tolley Folk Festival”)', async () => {
    const opening = await events(['Festival', '', 'Organisers of the Tolley Folk Festival met in March.'].join('\n'), {}, '2026-11-19')
    expect(opening.map((event) => event.name)).toEqual(['Tolley Folk Festival'])
    const inside = await events(['Festival', '', 'Ada Lane opened the Friends of the Marsh Festival in March.'].join('\n'), {persons: ['Ada Lane']}, '2026-11-19')
    expect(inside.map((event) => event.name)).toEqual(['Friends of the Marsh Festival'])
  })

  it('should not date an occasion by a report about it, the start of its series or its cancellation', async () => {
    const list = await events(
      [
        'Festival',
        '',
        'The Tolley Folk Festival announced on Wednesday that it would add a day.',
        '',
        'The festival, which began in 1978, grew. The festival was cancelled in 2020. The festival, first held in a field, was founded in 1979.',
        '',
        'The festival parade will be held on Saturday.'
      ].join('\n'),
      {},
      '2026-11-19'
    )
    expect(summary(list)).toEqual([
      ['Tolley Folk Festival', undefined],
      ['Festival parade', '2026-11-21']
    ])
  })

  it('should keep two occasions named apart (“the Tolley Jazz Festival” after “the Tolley Folk Festival”) apart', async () => {
    const list = await events(
      ['Festivals', '', 'The Tolley Folk Festival will add a day.', '', 'The Tolley Jazz Festival will move. The Folk Festival is older. Tuesday’s debate was long and the TV debate drew viewers.'].join('\n'),
      {},
      '2026-11-19'
    )
    expect(list.map((event) => event.name)).toEqual(['Tolley Folk Festival', 'Tolley Jazz Festival', 'Debate'])
  })

  it('should fold “the crash” into the motorway crash named before, with its day, and add no one to it', async () => {
    const list = await events(
      [
        'Crash',
        '',
        'Police said two people died in the motorway crash.',
        '',
        'The crash happened at a junction on August 14. After the crash, Ada Lane publicly blamed the crash on the weather.'
      ].join('\n'),
      {persons: ['Ada Lane'], places: ['Tolley']},
      '2026-11-17'
    )
    expect(summary(list)).toEqual([['Motorway crash', '2026-08-14']])
    expect(list[0]!.attendees).toEqual([])
  })

  it('should leave the verb out of “will stand trial” and “faces a hearing”', async () => {
    const list = await events(
      ['Court', '', 'Ada Lane will stand trial in June. Ian Ode faces a disciplinary hearing on Friday and a face-to-face meeting on Monday.'].join('\n'),
      {persons: ['Ada Lane', 'Ian Ode']},
      '2026-11-17'
    )
    expect(list.map((event) => event.name)).toEqual(['Trial', 'Disciplinary hearing', 'Face-to-face meeting'])
  })

  it('should not fold a past mention into an occasion still to come', async () => {
    const list = await events(
      [
        'Court',
        '',
        'A plea hearing will take place on January 12. Relatives attended the hearing but did not comment.',
        '',
        'Ian Ode’s trial opened on Monday. The trial is expected to last six weeks.'
      ].join('\n'),
      {persons: ['Ian Ode']},
      '2026-11-17'
    )
    expect(summary(list)).toEqual([
      ['Plea hearing', '2027-01-12'],
      ['Hearing', undefined],
      ['Ian Ode’s trial', '2026-11-16']
    ])
  })

  it('should read “touring wards and meeting young patients” as the verb', async () => {
    const list = await events(
      ['Visit', '', 'Ada Lane opened a new wing on Friday, touring wards and meeting young patients. A planning and budget meeting on Monday went well.'].join('\n'),
      {persons: ['Ada Lane']},
      '2026-11-22'
    )
    expect(summary(list)).toEqual([['Budget meeting', '2026-11-16']])
  })

  it('should read a body’s meeting on a stated day (“The Rates Committee next meets on December 17”), not a habit or a possibility', async () => {
    const list = await events(
      [
        'Rates',
        '',
        'The Tolley Rates Committee next meets on December 17. The board of Marsh Rovers is expected to meet on Monday to discuss the bid from the Arland group.',
        '',
        'The council meets every month. The cabinet could meet on Friday.'
      ].join('\n'),
      {organizations: ['Marsh Rovers'], places: ['Arland']},
      '2026-11-21'
    )
    expect(summary(list)).toEqual([
      ['Meeting of the Tolley Rates Committee', '2026-12-17'],
      ['Meeting of the board of Marsh Rovers', '2026-11-23']
    ])
    expect(list[1]!.location).toBeUndefined()
    expect(list[1]!.attendees).toEqual(['organization:marsh-rovers'])
  })

  it('should end an occasion’s name before “heard” and “sat” (“The inquest at Tolley Coroner’s Court heard on Tuesday”)', async () => {
    const list = await events(
      ['Inquest', '', 'The inquest at Tolley Coroner’s Court heard on Tuesday that the service was stretched.'].join('\n'),
      {},
      '2026-11-12'
    )
    expect(summary(list)).toEqual([['Inquest at Tolley Coroner’s Court', '2026-11-10']])
  })

  it('should read wildfires and bushfires as disasters', async () => {
    const list = await events(
      ['Fire', '', 'Thousands fled their homes on Sunday as a fast-moving wildfire spread near Tolley.'].join('\n'),
      {places: ['Tolley']},
      '2026-08-04'
    )
    expect(summary(list)).toEqual([['Fast-moving wildfire', '2026-08-02']])
  })

  it('should read a national strike and a walkout as occasions, not an air strike', async () => {
    const list = await events(
      [
        'Strike',
        '',
        'Nurses walked out on Monday in the first national strike in the profession’s history. A second 24-hour walkout is planned for November 24.',
        '',
        'An air strike hit the depot on Sunday.'
      ].join('\n'),
      {},
      '2026-11-10'
    )
    expect(summary(list)).toEqual([
      ['First national strike in the profession’s history', '2026-11-09'],
      ['Second 24-hour walkout', '2026-11-24']
    ])
  })

  it('should read a strike from its verb when the clause gives its day, not a threat or a ballot', async () => {
    const list = await events(
      [
        'Strike',
        '',
        'Teachers in Marlow will strike on September 22 and 23 after talks over pay collapsed on Tuesday, the union said.',
        '',
        'Drivers are to walk out on Friday. Porters voted to strike on Monday. Cleaners threatened to strike on Monday. The firm will strike a deal on Monday.'
      ].join('\n'),
      {places: ['Marlow']},
      '2026-09-09'
    )
    expect(summary(list)).toEqual([
      ['Strike in Marlow', '2026-09-22'],
      ['Talks over pay', '2026-09-08'],
      ['Walkout', '2026-09-11']
    ])
    expect(list[0]!.location).toBe('place:marlow')
  })

  it('should read a public inquiry’s opening and a derby as occasions, not a call for an inquiry', async () => {
    const list = await events(
      [
        'Inquiry',
        '',
        'A public inquiry into the plans is scheduled to open on April 14. Campaigners had called for a public inquiry.',
        '',
        'Ode was sent off in Saturday’s derby against Tolley Rovers.'
      ].join('\n'),
      {organizations: ['Tolley Rovers']},
      '2026-03-12'
    )
    expect(summary(list)).toEqual([
      ['Public inquiry', '2026-04-14'],
      ['Derby against Tolley Rovers', '2026-03-07']
    ])
  })

  it('should make the named subject of "held", "attended" or "addressed" take part, not a pronoun’s guess', async () => {
    const list = await events(
      [
        'Funeral',
        '',
        'Ada Lane held a news conference on Monday. Tom Avery said Ines Ruiz attended the funeral on Monday.',
        '',
        'Ben Ode praised Ada Lane. He addressed a rally on Tuesday.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery', 'Ines Ruiz', 'Ben Ode']},
      '2026-07-22'
    )
    expect(list.map((event) => [event.name, event.attendees])).toEqual([
      ['News conference', ['person:ada-lane']],
      ['Funeral', ['person:ines-ruiz']],
      ['Rally', []]
    ])
  })

  it('should read a meeting with rebel MPs and a hit-and-run as occasions, not a hit-and-run driver', async () => {
    const list = await events(
      [
        'Revolt',
        '',
        'Helen Castell met rebel MPs in Downing Street on Tuesday evening.',
        '',
        'A cyclist was injured in a hit-and-run in Tolley on Sunday evening. Police are hunting a hit-and-run driver.'
      ].join('\n'),
      {persons: ['Helen Castell'], places: ['Downing Street', 'Tolley']},
      '2026-10-15'
    )
    expect(summary(list)).toEqual([
      ['Meeting of Helen Castell with rebel MPs in Downing Street', '2026-10-13'],
      ['Hit-and-run in Tolley', '2026-10-11']
    ])
  })

  it('should not read an occasion kept from happening ("voted to block a nationwide rail strike")', async () => {
    const list = await events(
      [
        'Strike',
        '',
        'The House voted Wednesday to block a nationwide rail strike. Talks on Monday aimed to head off a national strike.',
        '',
        'The union will stage a national strike on Friday.'
      ].join('\n'),
      {},
      '2026-03-18'
    )
    expect(summary(list)).toEqual([
      ['Talks', '2026-03-16'],
      ['National strike', '2026-03-20']
    ])
  })

  it('should read a crowd that marched on a day, a trial date, and one meeting of a body that "will meet"', async () => {
    const list = await events(
      [
        'March',
        '',
        'Thousands of people marched through Tolley on Saturday. The march ended with a rally. Ada Lane marched into the office on Monday.',
        '',
        'The judge set a trial date of March 9 next year. The trust’s board will meet on October 15 to consider the responses.'
      ].join('\n'),
      {persons: ['Ada Lane'], places: ['Tolley']},
      '2026-08-31'
    )
    expect(summary(list)).toEqual([
      ['Protest march', '2026-08-29'],
      ['Trial', '2027-03-09'],
      ['Meeting of the board', '2026-10-15']
    ])
  })

  it('should give no day to an occasion called off, the new day to one moved, and none from a person’s relative clause', async () => {
    const list = await events(
      [
        'Off',
        '',
        'The concert, which had been due to take place on Saturday, was cancelled. The summit was postponed until next month.',
        '',
        'Ines Ruiz will attend the funeral of Tom Avery, who died on Sunday. The trial, which began on Monday, will last a week.'
      ].join('\n'),
      {persons: ['Ines Ruiz', 'Tom Avery']},
      '2026-09-09'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Concert', undefined, []],
      ['Summit', '2026-10', []],
      ['Funeral of Tom Avery', undefined, ['person:ines-ruiz']],
      ['Trial', '2026-09-07', []]
    ])
  })

  it('should name an election after “Ahead of the Nov. 5” by its noun, and give a debate moved no old day', async () => {
    const list = await events(
      ['Vote', '', 'Ahead of the Nov. 5 election, Ines Ruiz campaigned hard. The debate scheduled for Oct. 9 was moved.'].join('\n'),
      {persons: ['Ines Ruiz']},
      '2026-09-09'
    )
    expect(summary(list)).toEqual([
      ['Election', '2026-11-05'],
      ['Debate', undefined]
    ])
  })

  it('should leave a verb after “to” out of a label, and the day of a report before another clause out of the occasion', async () => {
    const list = await events(
      [
        'Talks',
        '',
        'Drones struck two plants, officials said Tuesday, as diplomats struggled to revive stalled peace talks.',
        '',
        'Ines Ruiz said she would meet both delegations again on Thursday.'
      ].join('\n'),
      {persons: ['Ines Ruiz']},
      '2026-03-04'
    )
    expect(summary(list)).toEqual([
      ['Stalled peace talks', undefined],
      ['Meeting of Ines Ruiz with both delegations', '2026-03-05']
    ])
  })

  it('should make the named subject of a clause that ends “at a launch event” take part, not one who only reports it', async () => {
    const list = await events(
      [
        'Launch',
        '',
        'Chief executive Ines Ruiz unveiled the device at a launch event in Tolley on Monday.',
        '',
        'Ada Lane criticised remarks made at a concert on Tuesday. Tom Avery said Ada Lane sang at a festival on Wednesday.'
      ].join('\n'),
      {persons: ['Ines Ruiz', 'Ada Lane', 'Tom Avery'], places: ['Tolley']},
      '2026-06-10'
    )
    expect(list.map((event) => [event.name, event.attendees])).toEqual([
      ['Launch event in Tolley', ['person:ines-ruiz']],
      ['Concert', []],
      ['Festival', []]
    ])
  })

  it('should read a crash someone died or was injured in, but not a market crash', async () => {
    const list = await events(
      ['Crash', '', 'A man died in a crash on the A38 on Friday. The market crash of 2008 hurt savers.'].join('\n'),
      {},
      '2026-02-10'
    )
    expect(summary(list)).toEqual([['Crash on the A38', '2026-02-06']])
  })

  it('should read a blaze and a house fire as occasions, not coming under fire', async () => {
    const list = await events(
      ['Fire', '', 'Firefighters tackled a blaze at a warehouse on Sunday. A house fire killed two people on Monday. The minister came under fire on Monday.'].join('\n'),
      {},
      '2026-02-10'
    )
    expect(summary(list)).toEqual([
      ['Blaze at a warehouse', '2026-02-08'],
      ['House fire', '2026-02-09']
    ])
  })

  it('should read a court appearance or a sentencing on a stated day, not one missed', async () => {
    const list = await events(
      [
        'Court',
        '',
        'A man was remanded in custody to appear at Tolley Crown Court on 12 December. Ines Ruiz is due to be sentenced on March 3.',
        '',
        'Tom Avery failed to appear at Tolley Crown Court on Monday.'
      ].join('\n'),
      {persons: ['Ines Ruiz', 'Tom Avery']},
      '2026-11-20'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([
      ['Court appearance at Tolley Crown Court', '2026-12-12', []],
      ['Sentencing hearing', '2027-03-03', ['person:ines-ruiz']]
    ])
  })

  it('should read no meeting that was denied or refused, nor one with someone’s widow as that person, and no attendee who stayed away', async () => {
    const list = await events(
      [
        'Denied',
        '',
        'Ada Lane said she had never met Tom Avery. Ines Ruiz will not meet Tom Avery on Monday. Ada Lane met Tom Avery’s widow on Monday.',
        '',
        'Ines Ruiz did not attend the funeral on Tuesday. Ada Lane never held a news conference.'
      ].join('\n'),
      {persons: ['Ada Lane', 'Tom Avery', 'Ines Ruiz']},
      '2026-09-09'
    )
    expect(list.map((event) => [event.name, event.startDate, event.attendees])).toEqual([['Funeral', '2026-09-08', []]])
  })

  it('should take the place a clause gives after "will be held in", and a body’s whole name as the venue', async () => {
    const list = await events(
      ['Summit', '', 'The next summit will be held in Marlow in 2028. A funeral will be held at St Ode’s Church on Friday.'].join('\n'),
      {places: ['Marlow'], organizations: ['St Ode’s Church']},
      '2026-06-15'
    )
    expect(list.map((event) => [event.name, event.startDate, event.location])).toEqual([
      ['Next summit in Marlow', '2028', 'place:marlow'],
      ['Funeral in St Ode’s Church', '2026-06-19', undefined]
    ])
  })
})
