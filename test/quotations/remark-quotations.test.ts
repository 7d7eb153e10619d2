import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {PeopleData, QuotationEntity} from '../../pipeline/data.js'
import {plainTextParse} from '../../pipeline/article/plain-text-parse.js'
import {remarkArticle} from '../../pipeline/article/remark-article.js'
import {remarkQuotations} from '../../pipeline/quotations/remark-quotations.js'
import {buildPeople, type PeopleSpec} from './people-fixture.js'

/** Run article → hand-built people → quotations on a plain-text article (line 1 is the headline). */
async function quotations(value: string, spec: PeopleSpec = {}): Promise<QuotationEntity[]> {
  const file = new VFile({value})
  const processor = unified()
    .use(plainTextParse)
    .use(remarkArticle)
    .use(() => (_tree: Root, vfile: VFile) => {
      vfile.data.people = buildPeople(vfile.data.text!, spec)
    })
    .use(remarkQuotations) as unknown as Processor<Root, Root, Root>
  await processor.run(processor.parse(file), file)
  return file.data.quotations!.quotations
}

/** Run the whole pipeline (the people stage included) on a Markdown article. */
async function wholePipeline(value: string): Promise<{people: PeopleData; quotations: QuotationEntity[]}> {
  const {processArticle} = await import('../../pipeline/index.js')
  const {file} = await processArticle({value, path: 'article.md'})
  return {people: file.data.people!, quotations: file.data.quotations!.quotations}
}

/** Text, speaker key and partial flag of each quotation. */
function summary(list: QuotationEntity[]): Array<[string, string | null, boolean]> {
  return list.map((quotation) => [quotation.text, quotation.speaker ?? null, quotation.partial])
}

const ada = {name: 'Ada Lane', aliases: ['Lane', 'Ms Lane'], gender: 'female' as const}
const ben = {name: 'Ben Okoro', aliases: ['Okoro', 'Mr Okoro'], gender: 'male' as const}
const ines = {name: 'Ines Ruiz', aliases: ['Ruiz', 'Governor Ines Ruiz'], gender: 'female' as const}

describe('remarkQuotations: quote marks', () => {
  it('should take the text inside curly marks and drop the comma before the attribution', async () => {
    const list = await quotations('Title\n\n“We will build the bridge,” Lane said.', {persons: [ada]})
    expect(summary(list)).toEqual([['We will build the bridge', 'person:ada-lane', false]])
    expect(list[0]!.key).toBe('quotation:1')
    expect(list[0]!.attribution?.text).toBe('Lane said')
  })

  it('should accept straight marks and a straight opener closed by a curly mark', async () => {
    const list = await quotations('Title\n\n"The vote was fair.” Lane said the count took a day. "It was close," she added.', {
      persons: [ada]
    })
    expect(list.map((quotation) => quotation.text)).toEqual(['The vote was fair.', 'It was close'])
  })

  it('should close a quote with two right single quotes', async () => {
    const list = await quotations('Title\n\n“Nobody expected this,’’ Okoro said.', {persons: [ben]})
    expect(summary(list)).toEqual([['Nobody expected this', 'person:ben-okoro', false]])
  })

  it('should keep an inch mark inside the quoted text', async () => {
    const list = await quotations('Title\n\n“He is 6’2” and fast,” Okoro said.', {persons: [ben]})
    expect(list.map((quotation) => quotation.text)).toEqual(['He is 6’2” and fast'])
  })

  it('should keep single quotes and inner doubles inside the outer quote', async () => {
    const list = await quotations(
      'Title\n\n“They call it the ‘deal of the year’ and wear “Vote Ruiz” hats,” Lane said.',
      {persons: [ada]}
    )
    expect(list.map((quotation) => quotation.text)).toEqual([
      'They call it the ‘deal of the year’ and wear “Vote Ruiz” hats'
    ])
  })

  it('should read an article set in single marks: apostrophes and plural possessives inside, doubles nested, paragraphs joined', async () => {
    const list = await quotations(
      [
        'Bins to go',
        '',
        'Residents’ groups were angry. ‘It’s a disgrace,’ Lane said. ‘The teachers’ union agrees.’',
        '',
        '‘They call it a “saving”, but it costs more,’ Okoro said. ‘It is not fair.',
        '',
        '‘Nobody asked us.’'
      ].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['It’s a disgrace', 'person:ada-lane', false],
      ['The teachers’ union agrees.', 'person:ada-lane', false],
      ['They call it a “saving”, but it costs more', 'person:ben-okoro', false],
      ['It is not fair. Nobody asked us.', 'person:ben-okoro', false]
    ])
  })

  it('should read an article set in straight single marks, but not apostrophes, years or names after "known as"', async () => {
    const list = await quotations(
      [
        'Flats to go',
        '',
        "Residents called the plan 'a disgrace'. 'We've lived here for 40 years and the teachers' union agrees,' Lane said.",
        '',
        "Okoro said the scheme was 'the only realistic option'. The estate was built in '92."
      ].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['a disgrace', null, true],
      ["We've lived here for 40 years and the teachers' union agrees", 'person:ada-lane', false],
      ['the only realistic option', 'person:ben-okoro', true]
    ])
  })

  it('should leave straight single marks alone in an article with double marks', async () => {
    const list = await quotations("Title\n\n\"It is late,\" Lane said. Okoro called it 'unsustainable'.", {persons: [ada, ben]})
    expect(list.map((quotation) => quotation.text)).toEqual(['It is late'])
  })

  it('should keep double marks as the outer marks when the article has any', async () => {
    const list = await quotations('Title\n\n‘Not this,’ a sign read. “It’s a disgrace,” Lane said.', {persons: [ada]})
    expect(list.map((quotation) => quotation.text)).toEqual(['It’s a disgrace'])
  })

  it('should ignore quote marks in the headline', async () => {
    const list = await quotations('Lane calls plan “reckless”\n\nThe council met on Monday.', {persons: [ada]})
    expect(list).toEqual([])
  })

  it('should join a quote that runs on into the next paragraph', async () => {
    const list = await quotations(
      'Title\n\nLane said: “The river rose overnight.\n\n“We moved everyone to the school.”',
      {persons: [ada]}
    )
    expect(summary(list)).toEqual([['The river rose overnight. We moved everyone to the school.', 'person:ada-lane', false]])
    expect(list[0]!.mentions).toHaveLength(2)
  })

  it('should join a quote re-opened mid-line after a finished sentence', async () => {
    const list = await quotations('Title\n\nOkoro said: "Prices went up. "Nobody saw it coming."', {persons: [ben]})
    expect(list.map((quotation) => quotation.text)).toEqual(['Prices went up. Nobody saw it coming.'])
  })

  it('should give two quotations for a quote split by its attribution', async () => {
    const list = await quotations('Title\n\n“We lost,” Lane said. “We will be back.”', {persons: [ada]})
    expect(summary(list)).toEqual([
      ['We lost', 'person:ada-lane', false],
      ['We will be back.', 'person:ada-lane', false]
    ])
  })

  it('should not let a missing closing mark swallow the next paragraphs', async () => {
    const list = await quotations(
      'Title\n\nLane said: “The plan is dead.\n\nThe council met later.\n\n“Ruiz agreed,” Okoro said.',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['The plan is dead.', 'person:ada-lane', false],
      ['Ruiz agreed', 'person:ben-okoro', false]
    ])
  })

  it('should ignore a stray closing mark', async () => {
    const list = await quotations('Title\n\nThe road” was closed. “It will reopen soon,” Okoro said.', {persons: [ben]})
    expect(list.map((quotation) => quotation.text)).toEqual(['It will reopen soon'])
  })

  it('should ignore quote marks inside markup placeholders', async () => {
    const list = await quotations('Title\n\n<tweet tweet-author="@adalane">Rain again</tweet>', {persons: [ada]})
    expect(list).toEqual([])
  })
})

describe('remarkQuotations: attribution', () => {
  it('should find the speaker before the quote (`X said:`)', async () => {
    const list = await quotations('Title\n\nOkoro said: “The budget is balanced.”', {persons: [ben]})
    expect(list[0]!.speaker).toBe('person:ben-okoro')
  })

  it('should find the speaker after the verb (`said X`)', async () => {
    const list = await quotations('Title\n\n“The budget is balanced,” said Okoro.', {persons: [ben]})
    expect(list[0]!.speaker).toBe('person:ben-okoro')
  })

  it('should read `X added` and `according to X`', async () => {
    const list = await quotations(
      'Title\n\n“We start in May,” Lane added.\n\nAccording to Okoro, “the money is there.”',
      {persons: [ada, ben]}
    )
    expect(list.map((quotation) => quotation.speaker)).toEqual(['person:ada-lane', 'person:ben-okoro'])
  })

  it('should take the teller, never the listener, in `X told Y`', async () => {
    const list = await quotations('Title\n\n“It is over,” Lane told Okoro on Monday.', {persons: [ada, ben]})
    expect(list[0]!.speaker).toBe('person:ada-lane')
  })

  it('should resolve a pronoun to the fitting person in context', async () => {
    const list = await quotations(
      'Title\n\nLane, who chairs the board, thanked Okoro for the report.\n\n“It was a hard year,” she said.',
      {persons: [ada, ben]}
    )
    expect(list[0]!.speaker).toBe('person:ada-lane')
  })

  it('should skip a person of the other gender when resolving a pronoun', async () => {
    const list = await quotations(
      'Title\n\nLane met Okoro in the city.\n\n“It went well,” he said.',
      {persons: [ada, ben]}
    )
    expect(list[0]!.speaker).toBe('person:ben-okoro')
  })

  it('should resolve a role reference the people stage tied to a person', async () => {
    const list = await quotations('Title\n\nThe mayor’s chief adviser called the plan a “disaster” on Friday.\n\nOkoro spoke later.', {
      persons: [ben],
      roles: [{phrase: 'The mayor’s chief adviser', entity: 'Ben Okoro'}]
    })
    expect(summary(list)).toEqual([['disaster', 'person:ben-okoro', true]])
  })

  it('should resolve a description given before the name elsewhere in the text', async () => {
    const list = await quotations(
      'Title\n\nHarbour chief Ines Ruiz opened the dock.\n\n“Trade is back,” the harbour chief said.',
      {persons: [ines]}
    )
    expect(list[0]!.speaker).toBe('person:ines-ruiz')
  })

  it('should give an unattributed quote paragraph to the speaker of the quote before it', async () => {
    const list = await quotations(
      'Title\n\n“We are ready,” Okoro said.\n\n“The team trained all winter.”',
      {persons: [ben]}
    )
    expect(list.map((quotation) => quotation.speaker)).toEqual(['person:ben-okoro', 'person:ben-okoro'])
  })

  it('should give an organisation’s spokesperson’s words to the organisation', async () => {
    const list = await quotations(
      'Title\n\nA spokesman for the Harbour Board said: “The dock is safe.”',
      {organizations: [{name: 'Harbour Board'}]}
    )
    expect(list[0]!.speaker).toBe('organization:harbour-board')
  })

  it('should give no speaker to an unnamed source rather than guess', async () => {
    const list = await quotations(
      'Title\n\nOkoro announced the sale.\n\n“It is a bad price,” one dealer said.',
      {persons: [ben]}
    )
    expect(list).toHaveLength(1)
    expect(list[0]!.speaker).toBeUndefined()
    expect(list[0]!.attribution?.text).toBe('one dealer said')
  })

  it('should give no speaker to a pronoun with no fitting antecedent', async () => {
    const list = await quotations('Title\n\nLane opened the fair.\n\n“It rained all day,” he wrote.', {persons: [ada]})
    expect(list[0]!.speaker).toBeUndefined()
  })
})

describe('remarkQuotations: partial quotes and non-quotations', () => {
  it('should keep a partial quote woven into the sentence and mark it partial', async () => {
    const list = await quotations('Title\n\nLane called the result a “breakthrough” for the town.', {persons: [ada]})
    expect(summary(list)).toEqual([['breakthrough', 'person:ada-lane', true]])
  })

  it('should treat a short fragment in a clause attributed to someone as that person’s partial quote', async () => {
    const list = await quotations('Title\n\nOkoro said he enjoyed a “warm and open” relationship with the club.', {
      persons: [ben]
    })
    expect(summary(list)).toEqual([['warm and open', 'person:ben-okoro', true]])
  })

  it('should not count a programme title after a possessive network', async () => {
    const list = await quotations('Title\n\nSpeaking on Channel Nine’s “Morning Desk,” Lane praised the staff.', {
      persons: [ada]
    })
    expect(list).toEqual([])
  })

  it('should not count a nickname', async () => {
    const list = await quotations('Title\n\nOkoro keeps calling Lane “Little Ada” at rallies.', {persons: [ada, ben]})
    expect(list).toEqual([])
  })

  it('should not count a scare quote the reporter uses with no one speaking', async () => {
    const list = await quotations('Title\n\nThe so-called “nuclear option” was never tried in the chamber.')
    expect(list).toEqual([])
  })

  it('should not count a label or account name', async () => {
    const list = await quotations('Title\n\nThe party renamed its account “checkFactsNow” overnight.')
    expect(list).toEqual([])
  })

  it('should keep a term in single quotes inside another quote as part of it', async () => {
    const list = await quotations('Title\n\n“The ‘coalition of the able’ is ready,” Ruiz said.', {persons: [ines]})
    expect(list.map((quotation) => quotation.text)).toEqual(['The ‘coalition of the able’ is ready'])
  })
})

describe('remarkQuotations: appositions, descriptions and groups', () => {
  it('should read the name before a long apposition after the quote', async () => {
    const list = await quotations(
      'Title\n\n"The river is rising," Dr. Ada Lane, a member of the flood panel and author of its report to the council, told local radio.',
      {persons: [ada], organizations: [{name: 'Harbour Board'}]}
    )
    expect(summary(list)).toEqual([['The river is rising', 'person:ada-lane', false]])
  })

  it('should take the name in the apposition, not the person named in the description before it', async () => {
    const list = await quotations(
      'Title\n\nAda Lane spoke first.\n\n"We read every letter," a spokesman for Lane, Ben Okoro, said.',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([['We read every letter', 'person:ben-okoro', false]])
  })

  it('should give a passive report of speech to the agent after “by”, and to no one without it', async () => {
    const list = await quotations(
      'Title\n\n"You are fired," Okoro was told by Lane.\n\n"Pack your desk," Okoro was told.\n\n"We won," Lane was quoted as saying.',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['You are fired', 'person:ada-lane', false],
      ['Pack your desk', null, false],
      ['We won', 'person:ada-lane', false]
    ])
  })

  it('should resolve a pronoun to the name in apposition to the last sentence’s long subject', async () => {
    const list = await quotations(
      'Title\n\nAda Lane, the mayor, spoke first.\n\nThe harbour and rivers commissioner, Ines Ruiz, defended the plan. "We cannot wait," she said.',
      {persons: [ada, ines]}
    )
    expect(summary(list)).toEqual([['We cannot wait', 'person:ines-ruiz', false]])
  })

  it('should not give a description with another party’s name to a leader of no such party', async () => {
    const other = await quotations('Title\n\nAda Lane spoke. The Tory leader has said the rules are "too loose".', {
      persons: [{...ada, jobTitle: 'leader'}]
    })
    expect(summary(other)).toEqual([['too loose', null, true]])
    const own = await quotations('Title\n\nAda Lane spoke. The Tory leader has said the rules are "too loose".', {
      persons: [{...ada, jobTitle: 'Tory leader'}]
    })
    expect(summary(own)).toEqual([['too loose', 'person:ada-lane', true]])
  })

  it('should take the person before “of” an organisation as the subject', async () => {
    const list = await quotations('Title\n\nDet Sgt Ada Lane of Harbour Police said: "This was planned."', {
      persons: [ada],
      organizations: [{name: 'Harbour Police'}]
    })
    expect(summary(list)).toEqual([['This was planned.', 'person:ada-lane', false]])
  })

  it('should read the subject before a short bracketed note', async () => {
    const list = await quotations('Title\n\nRep. Ada Lane (D-Calif.) called it "a tax on families."', {persons: [ada]})
    expect(summary(list)).toEqual([['a tax on families.', 'person:ada-lane', true]])
  })

  it('should give a full name to its person, not to another who shares the surname', async () => {
    const list = await quotations('Title\n\nAda Lane died on Saturday.\n\nHer son, Ben Lane, said: "She was brave."', {
      persons: [ada, {name: 'Ben Lane', aliases: ['Lane'], gender: 'male'}]
    })
    expect(summary(list)).toEqual([['She was brave.', 'person:ben-lane', false]])
  })

  it('should read the subject before an “asked …” clause, not the pronoun that ends it', async () => {
    const list = await quotations('Title\n\nLane, asked whether she regretted it, replied: "Not at all."\n\n"We agree," she, too, said.', {persons: [ada]})
    expect(summary(list)).toEqual([
      ['Not at all.', 'person:ada-lane', false],
      ['We agree', 'person:ada-lane', false]
    ])
  })

  it('should give a quote introduced by “…, Name, who replied” to that name', async () => {
    const list = await quotations('Title\n\n"Apologise," Lane said, pointing at Okoro, who replied: "Never."', {persons: [ada, ben]})
    expect(summary(list)).toEqual([
      ['Apologise', 'person:ada-lane', false],
      ['Never.', 'person:ben-okoro', false]
    ])
  })

  it('should give words someone cites or repeats to the one whose words they are', async () => {
    const list = await quotations('Title\n\nOkoro cited Lane’s own words from 2019: "We never give up."', {persons: [ada, ben]})
    expect(summary(list)).toEqual([['We never give up.', 'person:ada-lane', false]])
  })

  it('should give “X quoted Y as saying” to Y', async () => {
    const list = await quotations(
      'Title\n\nLane quoted Okoro as saying: "The deal is dead."\n\nThe paper quoted Lane as saying the plan was "finished."\n\n"We won," Lane was quoted as saying.',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['The deal is dead.', 'person:ben-okoro', false],
      ['finished.', 'person:ada-lane', true],
      ['We won', 'person:ada-lane', false]
    ])
  })

  it('should give a quote a colon introduces to the named subject of the clause before it', async () => {
    const list = await quotations(
      'Title\n\n"We will appeal," Okoro said.\n\nLane put it bluntly: "We lost the argument."\n\nShe had a message for critics: "Wait and see."\n\nOkoro showed reporters a note from Lane: "I am sorry."',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['We will appeal', 'person:ben-okoro', false],
      ['We lost the argument.', 'person:ada-lane', false],
      ['Wait and see.', 'person:ada-lane', false],
      ['I am sorry.', null, false]
    ])
  })

  it('should give no one speaker to words two people said together', async () => {
    const list = await quotations('Title\n\n"We will appeal," Lane and Okoro said in a joint statement.', {persons: [ada, ben]})
    expect(summary(list)).toEqual([['We will appeal', null, false]])
  })

  it('should read a name with an abbreviated title after an inverted verb', async () => {
    const list = await quotations('Title\n\n"The river is rising," said Dr. Ada Lane, a hydrologist.', {persons: [ada]})
    expect(summary(list)).toEqual([['The river is rising', 'person:ada-lane', false]])
  })

  it('should read the name before an apposition that names an organisation', async () => {
    const list = await quotations(
      'Title\n\nBen Okoro, head of research at Marsh Capital, said he expected a "steady" year.',
      {persons: [ben], organizations: [{name: 'Marsh Capital'}]}
    )
    expect(summary(list)).toEqual([['steady', 'person:ben-okoro', true]])
  })

  it('should take a role with an organisation word in it as the person with that role', async () => {
    const list = await quotations('Title\n\nTory whip Ben Okoro spoke first. The Tory whip said the budget was "hollow".', {
      persons: [{...ben, jobTitle: 'Tory whip'}],
      organizations: [{name: 'Tory'}]
    })
    expect(summary(list)).toEqual([['hollow', 'person:ben-okoro', true]])
  })

  it('should resolve a two-role description to the speaker reported just before', async () => {
    const list = await quotations(
      'Title\n\nThe vote was lost, Lane said. The poet and broadcaster said the count had been "a farce".',
      {persons: [ada], organizations: [{name: 'Radio Marsh'}]}
    )
    expect(summary(list)).toEqual([['a farce', 'person:ada-lane', true]])
  })

  it('should match a plural description to a group by a word of the same kind', async () => {
    const list = await quotations(
      'Title\n\nThe doctors of Medics for Clean Air met Ada Lane. "We ask for a ban," the physicians wrote.',
      {persons: [ada], organizations: [{name: 'Medics for Clean Air'}]}
    )
    expect(summary(list)).toEqual([['We ask for a ban', 'organization:medics-for-clean-air', false]])
  })

  it('should never give a plural description to one person', async () => {
    const list = await quotations('Title\n\nAda Lane met the crews. "We are tired," the firefighters said.', {persons: [ada]})
    expect(summary(list)).toEqual([['We are tired', null, false]])
  })

  it('should give a spokesperson to the organisation that was the subject, not the listener', async () => {
    const list = await quotations(
      'Title\n\nThe Harbour Board did not reply. A spokesman said in an email to Marsh News that it was busy.\n\n"We have no comment," the spokesman said.',
      {organizations: [{name: 'Harbour Board'}, {name: 'Marsh News'}]}
    )
    expect(summary(list)).toEqual([['We have no comment', 'organization:harbour-board', false]])
  })
})

describe('remarkQuotations: shared surnames (whole pipeline)', () => {
  it('should give “Mrs Vane said” no speaker when two women named Vane came before, and share a coordinated surname', async () => {
    const value = [
      '# Seventy years wed',
      '',
      'Ada and Tom Vane married in 1956. Their daughter, Janet Vane, organised the party.',
      '',
      '“I knew at once,” said Ada. “They still hold hands,” Janet said.',
      '',
      'Asked for the secret, Mrs Vane said: “Never go to bed angry.” Mr Vane said: “Let her win.”'
    ].join('\n')
    const {people, quotations} = await wholePipeline(value)
    expect(people.persons.map((person) => person.name)).toEqual(['Ada Vane', 'Tom Vane', 'Janet Vane'])
    expect(summary(quotations)).toEqual([
      ['I knew at once', 'person:ada-vane', false],
      ['They still hold hands', 'person:janet-vane', false],
      ['Never go to bed angry.', null, false],
      ['Let her win.', 'person:tom-vane', false]
    ])
  })
})

describe('remarkQuotations: a name inside the subject', () => {
  it('should give a friend or a daughter of a named person no speaker, but a spokesman speaks for them', async () => {
    const list = await quotations(
      [
        'Tributes',
        '',
        'Ada Lane died on Saturday.',
        '',
        'A friend of Lane said: “She was brave.”',
        '',
        'A friend of Lane, who asked not to be named, said: “She never gave up.”',
        '',
        'The daughter of Lane said: “We are heartbroken.”',
        '',
        'A spokesman for Lane said: “The family asks for privacy.”',
        '',
        'Ben Okoro of the climbing club said: “She was the best.”'
      ].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['She was brave.', null, false],
      ['She never gave up.', null, false],
      ['We are heartbroken.', null, false],
      ['The family asks for privacy.', 'person:ada-lane', false],
      ['She was the best.', 'person:ben-okoro', false]
    ])
  })
})

describe('remarkQuotations: a country’s body as speaker (whole pipeline)', () => {
  it('should give “The Danish foreign ministry said” and “The Kremlin said” their organisation as speaker', async () => {
    const value = [
      '# Talks resume',
      '',
      'The Danish foreign ministry said the talks were “constructive”. The Kremlin said it was “satisfied”.',
      '',
      'An Israeli military official said: “We struck the site.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['constructive', 'organization:danish-foreign-ministry', true],
      ['satisfied', 'organization:kremlin', true],
      ['We struck the site.', null, false]
    ])
  })
})

describe('remarkQuotations: an organisation’s name before a role (whole pipeline)', () => {
  it('should give the quote after “Agency President Name did X, saying” to the person, not the agency', async () => {
    const value = [
      '# Plan defended',
      '',
      'The Pellworth Agency oversees the ports.',
      '',
      'Agency President Ilse Varga defended the plan, telling reporters it was “the only way to pay for it.”',
      '',
      'The Pellworth Agency hired Tom Rell, saying it wanted “a fresh start”.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['the only way to pay for it.', 'person:ilse-varga', true],
      ['a fresh start', 'organization:pellworth-agency', true]
    ])
  })
})

describe('remarkQuotations: a group as the subject (whole pipeline)', () => {
  it('should give no speaker to “the family of one victim said” or “the victim’s family said”', async () => {
    const value = [
      '# Carer jailed',
      '',
      'Sentencing her, Judge Ada Lane said: “You preyed on the vulnerable.”',
      '',
      'In a statement read outside court, the family of one victim said they hoped she would “never work again”.',
      '',
      'Later the victim’s family said it was “relieved”.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['You preyed on the vulnerable.', 'person:ada-lane', false],
      ['never work again', null, true],
      ['relieved', null, true]
    ])
  })
})

describe('remarkQuotations: a person named by a given name and an age (whole pipeline)', () => {
  it('should give “she says” after “Ines, 34, …” to Ines, not to the woman named before', async () => {
    const value = [
      '# The night shift',
      '',
      '“This is normal now,” says Dr Ada Lane.',
      '',
      'Ines, 34, who asked that her surname not be used, has waited four hours. “I didn’t know where else to go,” she says.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['This is normal now', 'person:ada-lane', false],
      ['I didn’t know where else to go', 'person:ines', false]
    ])
  })
})

describe('remarkQuotations: a relative clause between the speaker and the verb (whole pipeline)', () => {
  it('should give “Name, 68, who has used the library for 40 years, said:” to the name, not to a friend’s name', async () => {
    const value = [
      '# Library to close',
      '',
      'Campaigner **Ada Lane**, 68, who has used the library for 40 years, said: “It is the only warm place left.”',
      '',
      'A friend of Tom Avery, who asked not to be named, said: “He is upset.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['It is the only warm place left.', 'person:ada-lane', false],
      ['He is upset.', null, false]
    ])
  })
})

describe('remarkQuotations: a quote signed after a dash (whole pipeline)', () => {
  it('should give ““…” — Name, Org” to the name, but not a clause after a dash', async () => {
    const value = [
      '# Cycle lane approved',
      '',
      '“It works,” said Tom Avery.',
      '',
      '> “This is the most important decision in a decade.”',
      '> — Ada Lane, Tolley Cycling Campaign',
      '',
      '“It fails.” — Ines Ruiz',
      '',
      'Avery said it was “fine” – Ruiz disagreed.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['It works', 'person:tom-avery', false],
      ['This is the most important decision in a decade.', 'person:ada-lane', false],
      ['It fails.', 'person:ines-ruiz', false],
      ['fine', 'person:tom-avery', true]
    ])
  })
})

describe('remarkQuotations: a shared surname keeps the person it first stood for (whole pipeline)', () => {
  it('should give “Avery smiled:” to the father the bare surname named first, not to the son named last', async () => {
    const value = [
      '# Final ascent',
      '',
      '“I knew this would be the last one,” Tom Avery, 67, said on Tuesday.',
      '',
      'Avery, who first climbed the peak in 1984, went with his son, Ian. “Dad was faster than me,” Ian Avery said.',
      '',
      'Asked about retiring, Avery smiled: “Ask my wife.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['I knew this would be the last one', 'person:tom-avery', false],
      ['Dad was faster than me', 'person:ian-avery', false],
      ['Ask my wife.', 'person:tom-avery', false]
    ])
  })
})

describe('remarkQuotations: a source introduced without a name (whole pipeline)', () => {
  it('should give no speaker to “the former manager said” after “A former senior manager … said”', async () => {
    const value = [
      '# Bank inquiry',
      '',
      'Ada Lane’s lawyer, Tom Avery, said: “My client has done nothing wrong.”',
      '',
      'A former senior manager at the bank, who asked not to be named, said the problems were well known. “Everyone knew,” the former manager said.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['My client has done nothing wrong.', 'person:tom-avery', false],
      ['Everyone knew', null, false]
    ])
  })
})

describe('remarkQuotations: one of several, or a source with an age (whole pipeline)', () => {
  it('should give no speaker to “the senator said” after “Two senators, …”, nor to “the nurse said” after “A 34-year-old nurse …”', async () => {
    const value = [
      '# Hospital funding',
      '',
      'Two senators, Ada Lane and Tom Avery, called for an inquiry. “Patients deserve answers,” the senator said.',
      '',
      'Opposition leader Ines Ruiz said: “This government has lost control.”',
      '',
      'A 34-year-old nurse who did not want to be named said wards were full. “We are exhausted,” the nurse said.'
    ].join('\n')
    const {people, quotations} = await wholePipeline(value)
    expect(people.persons.find((person) => person.name === 'Ada Lane')?.jobTitle).toBeUndefined()
    expect(summary(quotations)).toEqual([
      ['Patients deserve answers', null, false],
      ['This government has lost control.', 'person:ines-ruiz', false],
      ['We are exhausted', null, false]
    ])
  })
})

describe('remarkQuotations: a participle after an object pronoun (whole pipeline)', () => {
  it('should give “backed her, telling peers the bill was “…”” to the one who backed her', async () => {
    const value = [
      '# Planning bill',
      '',
      'Ada Lane, who tabled the amendment, said ministers had “overreached.”',
      '',
      'Ian Ode, a former minister, backed her, telling peers the bill was “a disgrace.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['overreached.', 'person:ada-lane', true],
      ['a disgrace.', 'person:ian-ode', true]
    ])
  })
})

describe('remarkQuotations: a speech noun after a determiner (whole pipeline)', () => {
  it('should read “said in a blog post that …” as the speaker’s, not “post” as a verb', async () => {
    const value = [
      '# Funding round',
      '',
      'The round was led by Hollow Ventures. Partner **Ian Ode** said in a blog post that the firm had “never seen demand like this.”',
      '',
      'Ada Lane wrote in her Instagram post that it was “a great day.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['never seen demand like this.', 'person:ian-ode', true],
      ['a great day.', 'person:ada-lane', true]
    ])
  })
})

describe('remarkQuotations: a pronoun after someone unnamed (whole pipeline)', () => {
  it('should give no speaker to “she said” after “I asked one engineer whether she …”, but keep a named one', async () => {
    const value = [
      '# Four-day week',
      '',
      'Its operations manager, Ada Lane, was blunter. “Meetings were killing us,” she said.',
      '',
      'I asked one engineer whether she would ever go back. “Never,” she said.',
      '',
      'Ian Ode spoke through an interpreter. “It works,” he said.',
      '',
      'Ode described his boss, Tom Avery, as a careful man. He called Avery a tireless worker. “He checks everything,” he said.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['Meetings were killing us', 'person:ada-lane', false],
      ['Never', null, false],
      ['It works', 'person:ian-ode', false],
      ['He checks everything', 'person:ian-ode', false]
    ])
  })
})

describe('remarkQuotations: a description after a naming noun (whole pipeline)', () => {
  it('should read “called the plan “a fantasy”” as the speaker’s words, but “the plan “Blue Sky”” as a name', async () => {
    const value = [
      '# Mayors',
      '',
      'Last year Ian Ode called the plan “a fantasy,” and Ada Lane agreed.',
      '',
      'Ode backed the plan “Blue Sky” in May.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([['a fantasy', 'person:ian-ode', true]])
  })
})

describe('remarkQuotations: “In the words of …” and “His response:” (whole pipeline)', () => {
  it('should give the quote to the one named after “In the words of”, and “His response:” to the man it stands for', async () => {
    const value = [
      '# Harbour plan',
      '',
      '“The harbour is our heart,” according to Councillor Ada Lane, who opposes the plan.',
      '',
      'In the words of harbourmaster Tom Avery, the plan is “a solution looking for a problem.”',
      '',
      'Lane’s deputy, Ian Ode, was more cautious. His response: “We need to see the numbers.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['The harbour is our heart', 'person:ada-lane', false],
      ['a solution looking for a problem.', 'person:tom-avery', true],
      ['We need to see the numbers.', 'person:ian-ode', false]
    ])
  })
})

describe('remarkQuotations: a pull quote (whole pipeline)', () => {
  it('should give a repeated quote with no attribution of its own to the one who said those words, not to the last speaker', async () => {
    const value = [
      '# Strike',
      '',
      '“We will not back down,” Ada Lane told a rally outside the station.',
      '',
      'Rail operator Tolley Rail said it was “disappointed” and urged a return to talks.',
      '',
      '> “We will not back down.”'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['We will not back down', 'person:ada-lane', false],
      ['disappointed', 'organization:tolley-rail', true],
      ['We will not back down.', 'person:ada-lane', false]
    ])
  })
})

describe('remarkQuotations: a name in apposition after an inverted description (whole pipeline)', () => {
  it('should give the words to the person named after “said <description>,”, not to another with the same title', async () => {
    const value = [
      '# Funding',
      '',
      '“We want to help teachers,” said Tolley’s co-founder and chief executive, Ada Lane.',
      '',
      '“It works,” said Tolley’s chief executive, Ian Ode.',
      '',
      '“Fine,” said a spokesman for the mayor, Tom Avery.'
    ].join('\n')
    const {quotations} = await wholePipeline(value)
    expect(summary(quotations)).toEqual([
      ['We want to help teachers', 'person:ada-lane', false],
      ['It works', 'person:ian-ode', false],
      ['Fine', 'person:tom-avery', false]
    ])
  })
})

describe('remarkQuotations: an interview set out as questions and answers (whole pipeline)', () => {
  const interview = (intro: string): string =>
    [
      '# On her plan',
      '',
      intro,
      '',
      '**You promised new homes. Why believe you?**',
      '',
      '“Because this time we changed the rules first.”',
      '',
      '**Builders say they are short of staff.**',
      '',
      '“That is fair. We are funding apprentices.”'
    ].join('\n')

  it('should give the answers to the one person named before the first question', async () => {
    const {quotations} = await wholePipeline(interview('Housing minister Ada Lane sat down with us to discuss her plan.'))
    expect(summary(quotations)).toEqual([
      ['Because this time we changed the rules first.', 'person:ada-lane', false],
      ['That is fair. We are funding apprentices.', 'person:ada-lane', false]
    ])
  })

  it('should give the answers to no one when two people are named before the first question', async () => {
    const {quotations} = await wholePipeline(interview('Housing minister Ada Lane and her deputy, Ian Ode, sat down with us.'))
    expect(summary(quotations)).toEqual([
      ['Because this time we changed the rules first.', null, false],
      ['That is fair. We are funding apprentices.', null, false]
    ])
  })
})

describe('remarkQuotations: denied speech', () => {
  it('should give a quote after a denied speech verb to the one who reports it', async () => {
    const list = await quotations(
      'Title\n\nLane’s spokeswoman, Ines Ruiz, said the campaign would not respond “to every cheap shot.” Okoro did not say “never” either.',
      {persons: [ada, ines, ben], organizations: [{name: 'Lane'}]}
    )
    expect(summary(list)).toEqual([
      ['to every cheap shot.', 'person:ines-ruiz', true],
      ['never', null, true]
    ])
  })
})

describe('remarkQuotations: datelines', () => {
  it('should read the sentence after a dateline from its subject', async () => {
    const list = await quotations(
      'Title\n\nTOLLEY, Arland (AP) — Republican hopeful Ada Lane lashed out on Monday, telling a rally that Ben Okoro “has never run anything.”',
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([['has never run anything.', 'person:ada-lane', true]])
  })
})

describe('remarkQuotations: asked about someone', () => {
  it('should not give “he” after “Asked about X,” to X', async () => {
    const list = await quotations('Title\n\nOkoro said he was disappointed. Asked about Ian Ode, he said only: “I wish him well.”', {
      persons: [ben, {name: 'Ian Ode', aliases: ['Ode'], gender: 'male' as const}]
    })
    expect(summary(list)).toEqual([['I wish him well.', 'person:ben-okoro', false]])
  })
})

describe('remarkQuotations: two roles before an inverted name', () => {
  it('should read “said co-founder and chief executive X” as X’s', async () => {
    const list = await quotations('Title\n\n“Sand is everywhere,” said co-founder and chief executive Ada Lane.', {persons: [ada]})
    expect(summary(list)).toEqual([['Sand is everywhere', 'person:ada-lane', false]])
  })
})

describe('remarkQuotations: descriptions, posts, ties, pairs and signatures', () => {
  it('should give "the Tolley Republican" to the person just named from Tolley, and no one named with another party', async () => {
    const list = await quotations(
      [
        'Title',
        '',
        'Sen. Ben Okoro of Tolley defended the nominee. “She is qualified,” the Tolley Republican said.',
        '',
        'Sen. Ada Lane, a Democrat, criticised the choice. “It is a mistake,” the Republican said.',
        '',
        'Ines Ruiz of Marlow agreed. “It is late,” the Dunmore Republican said.'
      ].join('\n'),
      {persons: [ada, ben, ines]}
    )
    expect(summary(list)).toEqual([
      ['She is qualified', 'person:ben-okoro', false],
      ['It is a mistake', null, false],
      ['It is late', null, false]
    ])
  })

  it('should skip a party and a state before a relative clause ("Rep. Ada Lane, R-Ohio, who …, said")', async () => {
    const list = await quotations('Title\n\nRep. Ada Lane, R-Ohio, who helped write the deal, said it was “the least bad option.”', {persons: [ada]})
    expect(summary(list)).toEqual([['the least bad option.', 'person:ada-lane', true]])
  })

  it('should not give the words of a post at an organisation, or of a body only described, to a named organisation', async () => {
    const list = await quotations(
      [
        'Title',
        '',
        'The chief executive of Tolley Hospital warned that staff were “at breaking point”.',
        '',
        'A spokesperson for the regional health board said it was “fine”. A spokesperson for the hospital said it was “calm”.'
      ].join('\n'),
      {organizations: [{name: 'Tolley Hospital'}]}
    )
    expect(summary(list)).toEqual([
      ['at breaking point', null, true],
      ['fine', null, true],
      ['calm', 'organization:tolley-hospital', true]
    ])
  })

  it('should give "the judge said" after a defendant to no one, but "the striker said" to the striker just named', async () => {
    const list = await quotations(
      [
        'Title',
        '',
        'Ben Okoro pleaded guilty on Monday. “You showed no remorse,” the judge said.',
        '',
        'Ada Lane scored twice. “I was lucky,” the striker said.'
      ].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['You showed no remorse', null, false],
      ['I was lucky', 'person:ada-lane', false]
    ])
  })

  it('should give "her daughter said" and "Her husband said" after a woman is named to no one, not to her', async () => {
    const list = await quotations(
      ['Title', '', 'Ada Lane died on Monday. “She was a wonderful mother,” her daughter said.', '', 'Her husband said: “She was brave.”'].join('\n'),
      {persons: [ada]}
    )
    expect(summary(list)).toEqual([
      ['She was a wonderful mother', null, false],
      ['She was brave.', null, false]
    ])
  })

  it('should give the words of a named person’s family or lawyers to no one, and a spokesman’s to the person', async () => {
    const list = await quotations(
      [
        'Title',
        '',
        'A statement from Ada Lane’s family said: “We are heartbroken.”',
        '',
        'Ben Okoro’s lawyers said: “He is innocent.” Ben Okoro’s spokesman said: “He is resting.”'
      ].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['We are heartbroken.', null, false],
      ['He is innocent.', null, false],
      ['He is resting.', 'person:ben-okoro', false]
    ])
  })

  it('should give the words of "Name, head of research at Ode Hope, who …, said" to the name, not the organisation', async () => {
    const list = await quotations(
      'Title\n\nDr Ada Lane, head of research at the charity Ode Hope, who was not involved in the study, said: “This adds up.”',
      {persons: [ada], organizations: [{name: 'Ode Hope'}]}
    )
    expect(summary(list)).toEqual([['This adds up.', 'person:ada-lane', false]])
  })

  it('should read a signature in a paragraph of its own after the quote ("— Ada Lane, Tolley")', async () => {
    const list = await quotations(
      ['Title', '', '“It was the heart of the high street.”', '', '— Ada Lane, Tolley', '', '“Another empty shop.”', '', '— Ben Okoro, via email'].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['It was the heart of the high street.', 'person:ada-lane', false],
      ['Another empty shop.', 'person:ben-okoro', false]
    ])
  })

  it('should give no speaker to "said Ada Lane and Ben Okoro", as to "Lane and Okoro said"', async () => {
    const list = await quotations(
      ['Title', '', '“We won,” said Ada Lane and Ben Okoro.', '', '“It was hard,” said Ada Lane and added that she was tired.'].join('\n'),
      {persons: [ada, ben]}
    )
    expect(summary(list)).toEqual([
      ['We won', null, false],
      ['It was hard', 'person:ada-lane', false]
    ])
  })
})
