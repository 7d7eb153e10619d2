import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {PeopleData, PersonEntity} from '../../pipeline/data.js'
import {processArticle} from '../../pipeline/index.js'
import * as api from '../../pipeline/people/remark-people.js'

/** Run the pipeline on a Markdown article and return its people slice. */
async function people(markdown: string): Promise<PeopleData> {
  const result = await processArticle({value: markdown, path: 'article.md'})
  const data = result.file.data.people
  if (!data) throw new Error('no people data')
  return data
}

/** Build a Markdown article from a headline and body paragraphs. */
function article(headline: string, ...paragraphs: string[]): string {
  return `# ${headline}\n\n${paragraphs.join('\n\n')}\n`
}

function names(data: PeopleData): string[] {
  return data.persons.map((person) => person.name).sort()
}

function person(data: PeopleData, name: string): PersonEntity {
  const found = data.persons.find((item) => item.name === name)
  if (!found) throw new Error(`no person ${name} in ${names(data).join(', ')}`)
  return found
}

describe('remarkPeople', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['remarkPeople'])
  })

  it('should strip titles from the name and keep the title as jobTitle', async () => {
    const data = await people(article('Budget talks resume', 'President Ada Lane met the council on Tuesday.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('President')
  })

  it('should read everyday occupations as titles, and still take them as surnames', async () => {
    const data = await people(
      article(
        'Harvest fair',
        'Ada Lane, a recruiter, spoke first. Local farmer Tom Avery and bartender Ian Ode listened.',
        'Ines Baker, a lawyer, left early. Baker said the fair was “a success”.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Ines Baker', 'Tom Avery'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('recruiter')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Local farmer')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('bartender')
    expect(person(data, 'Ines Baker').jobTitle?.value).toBe('lawyer')
    expect(person(data, 'Ines Baker').aliases).toContain('Baker')
  })

  it('should resolve surnames, honorifics and possessives to one node', async () => {
    const data = await people(
      article(
        'Lane wins the vote',
        'President Ada Lane met the council on Tuesday.',
        'Ms Lane said the vote was close. Lane’s aides were relieved, and Lane\'s rivals conceded.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane'])
    const lane = person(data, 'Ada Lane')
    expect(lane.aliases).toContain('Lane')
    expect(lane.aliases).toContain('Ms Lane')
    expect(lane.mentions.length).toBe(5)
  })

  it('should never make a surname-only node when the full name occurs, even later', async () => {
    const data = await people(article('Quill Claims Victory in Harbour Dispute', 'Mara Quill, a harbour pilot, spoke on Monday.'))
    expect(names(data)).toEqual(['Mara Quill'])
    expect(person(data, 'Mara Quill').about).toBe(true)
  })

  it('should read a surname that is also a place as the person after a given name', async () => {
    const data = await people(
      article('Flood plan approved', 'Councillor Kim Houston said the plan would protect homes. “It is overdue,” Houston said.')
    )
    expect(names(data)).toEqual(['Kim Houston'])
    expect(person(data, 'Kim Houston').jobTitle?.value).toBe('Councillor')
  })

  it('should never make a person of a lone capitalised place name the lexicon does not list', async () => {
    const data = await people(
      article(
        'Talks stall',
        'Governor Ines Ruiz flew to Carrowmore on Monday. Officials in Carrowmore said the talks had failed.',
        'Carrowmore said nothing more.'
      )
    )
    expect(names(data)).toEqual(['Ines Ruiz'])
  })

  it('should not turn a possessive typo into a person', async () => {
    const data = await people(article('Port deal', 'Envoy Ian Ode spoke first.', 'Ode’s said the deal was close.'))
    expect(names(data)).toEqual(['Ian Ode'])
  })

  it('should read appositives after and before the name', async () => {
    const data = await people(
      article(
        'Harbour deal',
        'Ian Ode, the company’s chief financial officer, said the deal held.',
        'Lane’s deputy envoy, Pim Vandorn, agreed.',
        'President Ada Lane welcomed it.'
      )
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('company’s chief financial officer')
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('deputy envoy')
  })

  it('should keep a person whose appositive role names an institution after a preposition', async () => {
    const data = await people(
      article(
        'Walking study',
        '“The effect was large,” said Dr. Helen Vardakis, an epidemiologist at the university.',
        'Tolley Marsh, a freight company in Ohio, said nothing.'
      )
    )
    expect(names(data)).toEqual(['Helen Vardakis'])
    expect(person(data, 'Helen Vardakis').jobTitle?.value).toBe('epidemiologist at the university')
  })

  it('should keep a word capitalised only by the sentence start in the role, not as an organisation', async () => {
    const data = await people(
      article(
        'Tour news',
        'Pop star Jolene Varr has cancelled her tour.',
        'Rock singer Ian Ode said he would play on.',
        'Yesterday Tolley Shipping chairman Pim Vandorn said the deal held.',
        'Shell chief executive Ada Lane agreed. She joined Shell in 2001.'
      )
    )
    expect(person(data, 'Jolene Varr').jobTitle?.value).toBe('Pop star')
    expect(person(data, 'Jolene Varr').affiliation).toBeUndefined()
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Rock singer')
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('chairman')
    expect(person(data, 'Pim Vandorn').affiliation).toBe('organization:tolley-shipping')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:shell')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Shell', 'Tolley Shipping'])
  })

  it('should read a job noun that opens the sentence, a body before the role, and a lower-case word after “Chief”', async () => {
    const data = await people(
      article(
        'Awards night',
        'Actor Ian Ode won. Pharmacist Tom Avery said it was late.',
        '“It works,” said council member Janet Okoro.',
        'Chief technology officer Pim Vandorn showed the device.',
        'The Marsh Rovers’ manager said it was bad.'
      )
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Actor')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Pharmacist')
    expect(person(data, 'Janet Okoro').jobTitle?.value).toBe('council member')
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('Chief technology officer')
    expect(names(data)).toEqual(['Ian Ode', 'Janet Okoro', 'Pim Vandorn', 'Tom Avery'])
  })

  it('should keep an of-phrase inside the organisation before a role', async () => {
    const data = await people(
      article(
        'Rates held',
        'Bank of Ardlow governor Ada Lane said rates would stay.',
        'Department of Health spokesman Lee Marsh declined to comment.',
        'The Confederation of Tolley Industry chief economist Tom Avery said firms were relieved.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('governor')
    expect(person(data, 'Lee Marsh').jobTitle?.value).toBe('spokesman')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('chief economist')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual([
      'Bank of Ardlow',
      'Confederation of Tolley Industry',
      'Department of Health'
    ])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:bank-of-ardlow')
  })

  it('should read a capitalised job after a title word, a job noun opening the sentence, and two nouns before a role', async () => {
    const data = await people(
      article(
        'Jobs cut',
        'Chief Executive Ada Lane told staff in a memo that the cuts were needed.',
        'Forecaster Tom Avery said the river would crest on Thursday.',
        'Analyst Ian Ode of Pellworth Securities said investors were pleased.',
        'According to county emergency management director Janet Okoro, roads were closed.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Chief Executive')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Forecaster')
    expect(person(data, 'Janet Okoro').jobTitle?.value).toBe('county emergency management director')
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Janet Okoro', 'Tom Avery'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Pellworth Securities'])
  })

  it('should give a role after “its” the organisation named just before, and read “The Org chief executive, Name”', async () => {
    const data = await people(
      article(
        'Review ordered',
        'The Tolley Transport Authority said it would review the case. Its chief executive, Ada Lane, will appear before MPs.',
        'The Marsh Council of Social Service chief executive, Ian Ode, said the cuts were unfair.',
        'Velmont Technologies met Tom Avery in May. Its director, Janet Okoro, said it went well.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('chief executive')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:tolley-transport-authority')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('chief executive')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:marsh-council-of-social-service')
    // A person named between the organisation and "its": no guess.
    expect(person(data, 'Janet Okoro').jobTitle?.value).toBe('director')
    expect(person(data, 'Janet Okoro').affiliation).toBeUndefined()
  })

  it('should keep an organisation word opening the sentence in the role, not make it an organisation', async () => {
    const data = await people(
      article(
        'Stadium approved',
        'Council leader Ada Lane backed the plan. Club chairman Tom Avery was pleased.',
        'The plan was approved by the Tolley City Council after a long debate with the Marsh Club over the costs.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Council leader')
    expect(person(data, 'Ada Lane').affiliation).toBeUndefined()
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Club chairman')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Marsh Club', 'Tolley City Council'])
  })

  it('should take an unknown name with a role after it, and leave “X-based” out of an organisation', async () => {
    const data = await people(
      article(
        'Trade talks',
        'The talks ended late. Vo Thi Lan, Arland’s deputy trade minister, declined to comment.',
        'Kofi Asante, an economist at the Tolley-based Institute for Trade Studies, was doubtful.'
      )
    )
    expect(person(data, 'Vo Thi Lan').jobTitle?.value).toBe('Arland’s deputy trade minister')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Institute for Trade Studies'])
  })

  it('should make one club of its full name and its last word', async () => {
    const data = await people(
      article('Winger signs', 'Tolley City have signed winger Ian Ode.', 'City manager Ada Lane said Ode would start on Sunday.')
    )
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley City'])
    expect(data.organizations[0]?.alternateName).toEqual(['City'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:tolley-city')
  })

  it('should make a team of “the Place Plurals”, fold its plural short form, and read sports roles', async () => {
    const data = await people(
      article(
        'Overtime win',
        'Quarterback Ada Lane threw two touchdowns as the Riverton Hawks beat the Lakeside Bears 27-24 on Sunday.',
        'Bears coach Tom Avery was blunt. Rookie kicker Ian Ode won it late for the Conference-leading Tolley Larks.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:lakeside-bears')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Rookie kicker')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Lakeside Bears', 'Riverton Hawks', 'Tolley Larks'])
  })

  it('should name an organisation before “union”, a shop by its trade, and a magistrates’ court (no person in it)', async () => {
    const data = await people(
      article(
        'Shop raid',
        'Two men entered Pellow Jewellers at 10:30 BST and took watches. Ian Ode will appear before Tolley Magistrates’ Court on Monday.',
        'The Ravel union said it was devastated. The Danish carrier said nothing.'
      )
    )
    expect(names(data)).toEqual(['Ian Ode'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Pellow Jewellers', 'Ravel', 'Tolley Magistrates’ Court'])
  })

  it('should make no person of a storm, but keep a person a role names', async () => {
    const data = await people(article('Storm hits', 'Storm Brenna brought high winds. Actress Storm Avery said she was safe.'))
    expect(names(data)).toEqual(['Storm Avery'])
  })

  it('should keep a possessive inside an organisation’s name, and make no person of an occasion', async () => {
    const data = await people(
      article(
        'Walking study',
        'The Pellworth’s Society said the study was useful. Its head of research, Ada Lane, agreed.',
        'Britain’s Army was not involved. Lane won best newcomer at the Brit Awards in 2024.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:pellworths-society')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brit Awards', 'Pellworth’s Society'])
  })

  it('should name an organisation by its appositive and affiliate “Name of Org”', async () => {
    const data = await people(
      article(
        'Housing plan',
        'The plan was welcomed by Shelter Now, a housing charity. Its director, Ada Lane, was pleased.',
        '“The numbers are tight,” said Tom Avery of the Builders Federation. Ian Ode of Tolley said nothing.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Builders Federation', 'Shelter Now'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:shelter-now')
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:builders-federation')
    expect(person(data, 'Ian Ode').affiliation).toBeUndefined()
  })

  it('should affiliate a person with the organisation that ends the title, unless the post is a past one', async () => {
    const data = await people(
      article(
        'Port plan',
        'Ada Lane, chief executive of Brightmoor Logistics, backed the plan. Tom Avery, a climatologist at the Pellworth Institute, did not.',
        'Ian Ode, former director of the Tolley Museum, said nothing.'
      )
    )
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:brightmoor-logistics')
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:pellworth-institute')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('former director of the Tolley Museum')
    expect(person(data, 'Ian Ode').affiliation).toBeUndefined()
  })

  it('should read the post someone was appointed to, but not one they may get, and no ticker symbol', async () => {
    const data = await people(
      article(
        'Brightmoor names finance chief',
        'Brightmoor Logistics (NYSE: BRML) today announced the appointment of Ada Lane as Chief Financial Officer, effective July 1.',
        'The board named Tom Avery as chief executive last year. Ian Ode has been named head of sales. Ines Ruiz is expected to be named finance director.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Chief Financial Officer')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('chief executive')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('head of sales')
    expect(person(data, 'Ines Ruiz').jobTitle).toBeUndefined()
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brightmoor Logistics', 'NYSE'])
  })

  it('should make one organisation of names joined by an ampersand, and read “a Dublin firm” as an organisation', async () => {
    const data = await people(
      article(
        'Library shortlist',
        'Quarry & Finch, an architecture practice, made the list. So did Brennick Tolley, a Dublin firm, and Pellow & Vane.'
      )
    )
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brennick Tolley', 'Pellow & Vane', 'Quarry & Finch'])
  })

  it('should end an appositive role at its noun, before “known for” or “based in”', async () => {
    const data = await people(
      article(
        'Library shortlist',
        'Ada Lane, an Icelandic architect known for timber buildings, made the list. Tom Avery, a senior adviser based in Tolley, did not.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Icelandic architect')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('senior adviser')
  })

  it('should read a one-sentence paragraph full of capitals as running text, not as a title-case heading', async () => {
    const data = await people(article('Race called', 'Turnout rose, according to Secretary of State Ada Lane.', 'Pellworth Harbour Ferry Timetable'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Secretary of State')
  })

  it('should make a person of a given name with an age, and end a role before “tonight”', async () => {
    const data = await people(
      article(
        'The night shift',
        '“This is normal now,” says Dr Ada Lane, the consultant in charge tonight.',
        'Ines, 34, who asked that her surname not be used, has waited four hours. Rose (29) waited too. Hope, 12, is the charity’s aim.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ines', 'Rose'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('consultant in charge')
  })

  it('should read “Westmoor host Kenbury” as a fixture, but “NTSB host Tom Avery” as a role', async () => {
    const data = await people(
      article('Fixtures', 'Harwick travel to Dunmore on Tuesday, while Westmoor host Kenbury next Saturday. NTSB host Tom Avery will be there.')
    )
    expect(names(data)).toEqual(['Tom Avery'])
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('host')
  })

  it('should take a less common nationality before a title for no organisation', async () => {
    const data = await people(article('Talks', 'Malawian President Tom Avery met Burmese leader Ada Lane. Nepali Prime Minister Ian Ode spoke.'))
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(data.organizations).toEqual([])
    expect(data.persons.map((item) => item.affiliation)).toEqual([undefined, undefined, undefined])
  })

  it('should read a government portfolio before “Minister” as part of the title, not an organisation', async () => {
    const data = await people(article('Cabinet', 'Housing Minister Ada Lane spoke first. Immigration Secretary Ian Ode and Tourism Minister Tom Avery followed.'))
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(data.persons.map((item) => item.jobTitle?.value)).toEqual(['Housing Minister', 'Immigration Secretary', 'Tourism Minister'])
    expect(data.organizations).toEqual([])
  })

  it('should take a role with its field or place that opens the sentence before the name', async () => {
    const data = await people(
      article(
        'Plan',
        'The mayor of Dunmore, Tom Avery, said it was fine. The opposition leader in the regional assembly, Ian Ode, disagreed.',
        'In a letter to the editor of the Gazette, Ada Lane said the plan was poor.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('mayor of Dunmore')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('opposition leader in the regional assembly')
    expect(person(data, 'Ada Lane').jobTitle).toBeUndefined()
  })

  it('should name a research firm, and give its analyst the affiliation', async () => {
    const data = await people(article('Phone launch', 'Analyst Ada Lane of Brennick Research said the price was low. Tolley Analytics agreed.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brennick Research', 'Tolley Analytics'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:brennick-research')
  })

  it('should read Korean names, the surname alone after, and still make no person of a park or a hyphenated word', async () => {
    const data = await people(
      article(
        'Phone launch',
        'Mobile chief Park Ji-won spoke at Riverside Park. “We agree,” Park said. Moon Ha-eun met Han Ki-woo.',
        'A Tolley-based firm backed a Senate-backed bill.'
      )
    )
    expect(names(data)).toEqual(['Han Ki-woo', 'Moon Ha-eun', 'Park Ji-won'])
    expect(person(data, 'Park Ji-won').jobTitle?.value).toBe('Mobile chief')
    expect(person(data, 'Park Ji-won').aliases).toContain('Park')
    expect(data.organizations.map((organization) => organization.name)).toEqual([])
    expect(data.places.map((place) => place.name)).toEqual(['Riverside Park'])
  })

  it('should make no person of a ground or road after “at”, whose first word is a common one', async () => {
    const data = await people(article('Rovers top', 'Rovers won 3-1 at Mill Lane on Saturday. The goals were scored by Ada Lane and Tom Way.'))
    expect(names(data)).toEqual(['Ada Lane', 'Tom Way'])
  })

  it('should read an office with its field after “of the” as the title (“Secretary of the Interior Name”)', async () => {
    const data = await people(article('Water', 'On Monday, Secretary of the Interior Ada Lane spoke. Minister of the Environment Ian Ode agreed.'))
    expect(data.persons.map((item) => [item.name, item.jobTitle?.value])).toEqual([
      ['Ada Lane', 'Secretary of the Interior'],
      ['Ian Ode', 'Minister of the Environment']
    ])
  })

  it('should keep a country’s letters in the name of its body (“UK Health Security Agency”), not of a party or a title', async () => {
    const data = await people(
      article('Flu', 'The UK Health Security Agency said admissions rose. The US Army agreed. UK Liberals did too. US President Ada Lane spoke.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['UK Health Security Agency', 'US Army', 'Liberals'])
  })

  it('should give a plural role in apposition to every name listed after it, as written', async () => {
    const data = await people(article('Shop', 'The previous owners, Tom and Ada Lane, are retiring. The firm’s boss, Ian Ode, and Ben Avery thanked them.'))
    expect(data.persons.map((item) => [item.name, item.jobTitle?.value])).toEqual([
      ['Tom Lane', 'previous owners'],
      ['Ada Lane', 'previous owners'],
      ['Ian Ode', 'boss'],
      ['Ben Avery', undefined]
    ])
  })

  it('should make neither a person nor an organisation of a law or an agreement (“the Marsh Act”)', async () => {
    const data = await people(article('Law', 'The judge said the law broke the Marsh Act and Article 5 of the Tolley Treaty. Ada Lane agreed.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations).toEqual([])
  })

  it('should read a country’s letters that end the text without failing', async () => {
    const data = await people(article('Trip', 'She flew to LA'))
    expect(names(data)).toEqual([])
    expect(data.places.map((place) => place.name)).toEqual(['LA'])
  })

  it('should read a corps as an organisation, with the field its name takes after “of”', async () => {
    const data = await people(article('Dams', 'The Tolley Corps of Engineers said the dam was safe. The Marine Corps agreed.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Corps of Engineers', 'Marine Corps'])
  })

  it('should keep a generation’s or a reign’s number in the name (“Ada Lane III”, “Pope Gregory XVII”)', async () => {
    const data = await people(article('Visit', 'The talks were led by Ada Lane III and Pope Gregory XVII on Monday. Lane left early.'))
    expect(names(data)).toEqual(['Ada Lane III', 'Gregory XVII'])
    expect(person(data, 'Gregory XVII').jobTitle?.value).toBe('Pope')
    expect(data.organizations).toEqual([])
  })

  it('should make no person of an address after an age (“54, of Ada Lane, Tolley”)', async () => {
    const data = await people(article('Jailed', 'Tom Avery, 54, of Ada Lane, Tolley, pleaded guilty. Ian Ode of Tolley agreed.'))
    expect(names(data)).toEqual(['Ian Ode', 'Tom Avery'])
  })

  it('should make no person of “the”, a place and one more word (a team, a sight)', async () => {
    const data = await people(article('Comets edge Blaze', 'The Portland Comets beat the Denver Blaze 112-110, said Ada Lane. Tom Avery saw the London Eye.'))
    expect(names(data)).toEqual(['Ada Lane', 'Tom Avery'])
  })

  it('should fold a company’s short name into its full one when the rest is an industry word', async () => {
    const data = await people(
      article('Lander lands', 'A lander built by Tolley Aerospace touched down. Tolley’s chief executive, Ada Lane, spoke. Brennick Electronics and Brennick agreed.')
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brennick Electronics', 'Tolley Aerospace'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:tolley-aerospace')
  })

  it('should make no person of a brewery’s name', async () => {
    const data = await people(article('Jobs cut', 'Harrow & Vale Brewery will cut 300 jobs. Tolley Brewing and Marsh Distillery agreed.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Harrow & Vale Brewery', 'Marsh Distillery', 'Tolley Brewing'])
  })

  it('should read “Battalion Chief” as a title, not an organisation “Battalion”', async () => {
    const data = await people(article('Fire', '“The wind is our enemy,” said Battalion Chief Ada Lane.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Battalion Chief')
    expect(data.organizations).toEqual([])
  })

  it('should read “Fire Chief” as a title, and name wealth managers and stores', async () => {
    const data = await people(
      article(
        'Wildfire spreads',
        '“It is moving fast,” Fire Chief Ada Lane told reporters. Tom Avery of Alder Wealth agreed.',
        'Tolley Stores is for sale. Tolley’s chief executive, Ian Ode, said nothing.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Fire Chief')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Alder Wealth', 'Tolley Stores'])
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:alder-wealth')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:tolley-stores')
  })

  it('should read British police ranks before a name', async () => {
    const data = await people(article('Carer jailed', 'Det Con Tom Avery, of Tolley Police, spoke. DCI Ada Lane agreed. PC Ian Ode was hurt. Ch Supt Ines Marsh said nothing.'))
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Ines Marsh', 'Tom Avery'])
    expect(data.persons.map((item) => item.jobTitle?.value)).toEqual(['Det Con', 'DCI', 'PC', 'Ch Supt'])
  })

  it('should read “Mr Justice Name” as a judge’s title, with no organisation “Mr”', async () => {
    const data = await people(article('Ruling', 'Mr Justice Tolley said the evidence was “plainly relevant”. Mrs Justice Ravel agreed.'))
    expect(names(data)).toEqual(['Ravel', 'Tolley'])
    expect(data.persons.map((item) => item.jobTitle?.value)).toEqual(['Mr Justice', 'Mrs Justice'])
    expect(data.organizations).toEqual([])
  })

  it('should keep a role word right after a quotation (“…,” flight director Name told)', async () => {
    const data = await people(article('Lander lands', '“We’re down,” flight director Ada Lane told the room. “Typical,” quipped independent MP Tom Avery.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('flight director')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('independent MP')
  })

  it('should read “Cllr” as a title', async () => {
    const data = await people(article('Vote', 'Cllr Ada Lane said no.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Cllr')
  })

  it('should make no person of a vessel’s name', async () => {
    const data = await people(
      article('Rescue', 'In 1962 Ada Lane led the rescue of the crew of the trawler *Rose Avery*. The yacht Ines Marsh sank.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
  })

  it('should name “the Army” and affiliate the holder of “the Army’s” post', async () => {
    const data = await people(
      article('Recruiting', 'The Army will miss its goal, said Ada Lane, the Army’s chief of staff. Tom Avery, the Brightmoor Ravens’ coach, agreed.')
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Army', 'Brightmoor Ravens'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Army’s chief of staff')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:army')
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:brightmoor-ravens')
  })

  it('should affiliate through a short form or an acronym, and past a place after the organisation', async () => {
    const data = await people(
      article(
        'School awards',
        'Pellworth Media Group (PMG) sponsors the prize. Ada Lane, PMG’s managing director for Europe, presented it.',
        'Tom Avery, head of music at St Ravel’s School in Durham, won. Ian Ode, deputy head of Oakridge Primary, came second.'
      )
    )
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:pellworth-media-group')
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:st-ravels-school')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:oakridge-primary')
  })

  it('should name a congregation or a diocese and make no person of the name after “Temple”', async () => {
    const data = await people(
      article(
        'Vandals strike',
        '“We will rebuild,” said Rabbi Ada Lane of Temple Beth Ravel. Bishop Tom Avery of the Episcopal Diocese of Tolley agreed.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Tom Avery'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Episcopal Diocese of Tolley', 'Temple Beth Ravel'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:temple-beth-ravel')
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:episcopal-diocese-of-tolley')
  })

  it('should read “A Whitmore spokeswoman, Name” and make no person of a newspaper or a city', async () => {
    const data = await people(
      article(
        'Town hall',
        'Sen. Claire Whitmore spoke first. A Whitmore spokeswoman, Tara Bell, said the senator was calm.',
        'A Tolley Register poll put her ahead. Nathan Pryor will speak at a Sioux City fundraiser on Sunday.'
      )
    )
    expect(names(data)).toEqual(['Claire Whitmore', 'Nathan Pryor', 'Tara Bell'])
    expect(person(data, 'Tara Bell').jobTitle?.value).toBe('Whitmore spokeswoman')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Sioux City', 'Tolley Register'])
  })

  it('should make the dateline’s city a place, named as the text writes it elsewhere', async () => {
    const data = await people(
      article(
        'Floods',
        'TOLLEY FALLS, Ohio (AP) — The river burst its banks on Wednesday.',
        'Tolley Falls Mayor Ada Lane said two shelters were open.'
      )
    )
    expect(data.places.map((place) => place.name)).toEqual(['Tolley Falls', 'Ohio'])
    expect(data.organizations).toEqual([])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Mayor')
  })

  it('should read a Crown Court and a company named by its trade, and keep “Crown Prince” a title', async () => {
    const data = await people(
      article(
        'Fraud trial',
        'A jury at Tolley Crown Court heard that Ian Ode misled the board of Pellow Engineering.',
        'Crown Prince Zaid bin Nasser was not involved.'
      )
    )
    expect(names(data)).toEqual(['Ian Ode', 'Zaid bin Nasser'])
    expect(person(data, 'Zaid bin Nasser').jobTitle?.value).toBe('Crown Prince')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Pellow Engineering', 'Tolley Crown Court'])
  })

  it('should read “Mountain rescue coordinator Name” and a mountaineer opening a sentence', async () => {
    const data = await people(
      article('Climber dies', 'Mountaineer Ada Lane died on Saturday.', 'Mountain rescue coordinator Jan Weber said the conditions were bad.')
    )
    expect(names(data)).toEqual(['Ada Lane', 'Jan Weber'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Mountaineer')
    expect(person(data, 'Jan Weber').jobTitle?.value).toBe('Mountain rescue coordinator')
  })

  it('should make a country’s body named in lower case an organisation, and the Kremlin one when it speaks', async () => {
    const data = await people(
      article(
        'Talks resume',
        'The Danish foreign ministry said the talks were useful. France’s defence ministry said nothing.',
        'The Kremlin said it was satisfied. An Israeli military official declined to comment. Tourists visited the Kremlin.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual([
      'Danish foreign ministry',
      'France’s defence ministry',
      'Kremlin'
    ])
  })

  it('should keep “defending” and “reigning” in a role', async () => {
    const data = await people(article('Final', 'Ada Lane beat defending champion Ines Ruiz. Reigning champion Tom Avery lost.'))
    expect(person(data, 'Ines Ruiz').jobTitle?.value).toBe('defending champion')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Reigning champion')
  })

  it('should keep a verb out of a role after a quotation, and make the Treasury speak but not a party’s Treasury spokesman', async () => {
    const data = await people(
      article(
        'Budget row',
        '“Typical,” quipped independent MP Ian Ode. “This is fair,” the Treasury said.',
        'The Liberal Progressives’ Treasury spokesman, Tom Avery, disagreed.'
      )
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('independent MP')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Treasury spokesman')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Liberal Progressives', 'Treasury'])
  })

  it('should make no person of a road named after someone', async () => {
    const data = await people(
      article('Protest', 'Analysts on Harold Street said the march was peaceful. It ended on Ines Road, where Ada Lane spoke.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.places.map((place) => place.name).sort()).toEqual(['Harold Street', 'Ines Road'])
  })

  it('should make no organisation of a common acronym', async () => {
    const data = await people(
      article('Law blocked', 'Judge Ada Lane blocked the voter ID law, citing GDP figures and DNA evidence. The NTSB said nothing.')
    )
    expect(data.organizations.map((organization) => organization.name)).toEqual(['NTSB'])
  })

  it('should make no organisation of a transcript’s speaker named in capitals', async () => {
    const data = await people(
      article(
        'Transcript: the mayor on housing',
        'Mayor Ada Lane spoke to reporter Tom Avery. The NTSB was not asked.',
        'AVERY: Will rents fall?',
        'LANE: Not this year.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Tom Avery'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['NTSB'])
  })

  it('should make one organisation of a company’s full name and its short form, but keep a unit apart', async () => {
    const data = await people(
      article(
        'Laptop launch',
        'Velmont Technologies unveiled a laptop. Velmont CEO Ada Lane said it was thin, and Velmont shares rose.',
        'Tom Avery met the Quarry Rovers board. Quarry Rovers lost.'
      )
    )
    const velmont = data.organizations.find((organization) => organization.name === 'Velmont Technologies')
    expect(velmont?.alternateName).toEqual(['Velmont'])
    expect(person(data, 'Ada Lane').affiliation).toBe(velmont?.key)
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Quarry Rovers', 'Quarry Rovers board', 'Velmont Technologies'])
  })

  it('should make an organisation of a street that speaks for the office there, and a place otherwise', async () => {
    const spoken = await people(article('Tax rise', 'Quarry Street said the plan was fair. A Quarry Street spokesman agreed.'))
    expect(spoken.organizations.map((organization) => organization.name)).toEqual(['Quarry Street'])
    expect(spoken.places).toEqual([])
    const walked = await people(article('Protest', 'Protesters marched down Quarry Street on Monday.'))
    expect(walked.organizations).toEqual([])
    expect(walked.places.map((place) => place.name)).toEqual(['Quarry Street'])
  })

  it('should make an organisation, not a person, of a name after a noun for an organisation', async () => {
    const data = await people(
      article(
        'Spam code',
        'Telecoms regulator Olvacom said it would watch the code.',
        'The investment bank Kessing Hartley said rates would rise. Kessing Hartley has offices in Leeds.',
        'She joined the firm Ada Lane founded.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Kessing Hartley', 'Olvacom'])
  })

  it('should make an organisation of a name described as “the region’s largest utility”', async () => {
    const data = await people(
      article(
        'Power cut',
        'Marsh Kendall, the region’s largest utility, said crews were on their way. Ada Lane, the county’s chief engineer, agreed.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Marsh Kendall'])
  })

  it('should make an employer of a name after a job and “at” or “with”, but not of a person worked with', async () => {
    const data = await people(
      article(
        'Storm',
        'Ben Cole, an engineer at Marsh Kendall in Fenwick, said the lines were down. Ian Ode, a forecaster with Tolley Weather, agreed.',
        'Tom Avery, an aide with Ada Lane for years, said nothing.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ben Cole', 'Ian Ode', 'Tom Avery'])
    expect(person(data, 'Ben Cole').affiliation).toBe('organization:marsh-kendall')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('forecaster with Tolley Weather')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:tolley-weather')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Marsh Kendall', 'Tolley Weather'])
  })

  it('should make a body of the name after a post only a body has and “of”', async () => {
    const data = await people(
      article(
        'Results',
        'The chief executive of Marlow Kendall, Ada Lane, said sales rose. Ian Ode, the founder of Helix Orbital, agreed.',
        'The wife of Tom Avery said nothing.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Avery'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:marlow-kendall')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:helix-orbital')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Helix Orbital', 'Marlow Kendall'])
  })

  it('should keep a common first word of a possessive owner the text capitalises elsewhere, and drop “Yesterday”', async () => {
    const data = await people(
      article('Landing', 'The agency thanked Helix Orbital.', 'Helix Orbital’s founder, Ada Lane, said she slept. Yesterday Tolley Group’s chairman, Ian Ode, agreed.')
    )
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:helix-orbital')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:tolley-group')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Helix Orbital', 'Tolley Group'])
  })

  it('should read a school named after a saint with more words before its last as one organisation', async () => {
    const data = await people(article('Head quits', 'Ada Lane led St Aidan’s Primary School for 11 years. Ian Ode teaches at St Ode’s Catholic High School.'))
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['St Aidan’s Primary School', 'St Ode’s Catholic High School'])
  })

  it('should read a regional utility as a company and a river, lake or mountain as a place', async () => {
    const data = await people(article('Drought', 'Marlow Water took more water from the River Tolle, which feeds Lake Arland below Mount Dunmore.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Marlow Water'])
    expect(data.places.map((place) => place.name).sort()).toEqual(['Lake Arland', 'Mount Dunmore', 'River Tolle'])
  })

  it('should give the role in apposition before a title and the name, the first stated', async () => {
    const data = await people(
      article(
        'Border',
        'A spokesman for the defence ministry, Colonel Ian Ode, blamed smugglers. The mayor’s deputy, Assistant Chief Ada Lane, agreed.',
        'Colonel Tom Avery said nothing.'
      )
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('spokesman for the defence ministry')
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('deputy')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('Colonel')
  })

  it('should keep a party’s adjective in the role, naming no organisation', async () => {
    const data = await people(
      article('Vote', 'The Democratic leader, Ada Lane, wrote to members. Republican front-runner Ian Ode agreed. Democratic Party chairman Tom Avery did not.')
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Democratic leader')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Republican front-runner')
    expect(person(data, 'Ian Ode').affiliation).toBeUndefined()
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:democratic-party')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Democratic Party'])
  })

  it('should give the organisation named last with the noun of “the bank’s” or “the company’s” role', async () => {
    const data = await people(
      article(
        'Oil',
        'Analysts at Quarry Bank were cautious. The bank’s chief economist, Ian Ode, said so. Marsh Systems agreed.',
        'The company’s finance director, Ada Lane, said sales were fine. The council’s leader, Tom Avery, did not comment.'
      )
    )
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:quarry-bank')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:marsh-systems')
    expect(person(data, 'Tom Avery').affiliation).toBeUndefined()
  })

  it('should not make a tie to someone else part of a capitalised title', async () => {
    const data = await people(article('Tribute', 'Her former colleague Professor Ian Ode said she was fearless. Former state Rep. Ada Lane agreed.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Professor')
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Former state Rep.')
  })

  it('should read two organisation words opening a sentence as a name, and a substitute as a role', async () => {
    const data = await people(
      article('Storm', 'Network Rail cancelled all trains. Its route director, Ada Lane, said so.', 'Tolley won with a goal from substitute Ian Ode.')
    )
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Network Rail'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:network-rail')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('substitute')
  })

  it('should give a capitalised office with its field in apposition inside a sentence, but not a recipient’s', async () => {
    const data = await people(
      article(
        'Prison report',
        'The report, published by the Chief Inspector of Prisons, Ian Ode, was damning. She wrote a letter to the Editor of the Gazette, Ada Lane said.'
      )
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Chief Inspector of Prisons')
    expect(person(data, 'Ada Lane').jobTitle).toBeUndefined()
  })

  it('should read a prison or a base named after its letters as an organisation, and a ship as neither', async () => {
    const data = await people(article('Prison', 'Conditions at HMP Tolley were bad. Ada Lane flew from RAF Marlow on HMS Ardent.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['HMP Tolley', 'RAF Marlow'])
  })

  it('should read local papers and energy firms by their last word', async () => {
    const data = await people(
      article('Wind farm', 'The developer, Arland Renewables, said it had consulted. Ada Lane told the Dunmore Echo and the Tolley Mail it had not.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Arland Renewables', 'Dunmore Echo', 'Tolley Mail'])
  })

  it('should read a coach or tour operator by its last word', async () => {
    const data = await people(article('Crash', 'The coach, run by Marsh Travel, overturned. Tolley Tours and Ode Coaches said they were shocked.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Marsh Travel', 'Ode Coaches', 'Tolley Tours'])
  })

  it('should read a palace as a place (or, when it speaks, its office), a fire service rank as a title and an address as no one', async () => {
    const data = await people(
      article(
        'Medals',
        'The crew will be honoured at Marlow Palace. Watch Manager Ada Lane said so. Tolley Palace said the King was moved.',
        'Ian Ode, of Ashby Lane, Tolley, denies the charge.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Watch Manager')
    expect(data.places.map((place) => place.name)).toContain('Marlow Palace')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Palace'])
  })

  it('should read a chamber named “House of …” as an organisation, and a peer’s place as no person', async () => {
    const data = await people(
      article(
        'Lords report',
        'A House of Lords committee warned on Monday. Lord Ode of Dunmore, a former judge, agreed. Baroness Lane of Tolley Vale, the former minister, did not.',
        'The House voted later.'
      )
    )
    expect(names(data)).toEqual(['Lane', 'Ode'])
    expect(person(data, 'Ode').jobTitle?.value).toBe('former judge')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['House of Lords'])
  })

  it('should read a name after “residents of” or “the village of” as a place', async () => {
    const data = await people(article('Flood letter', 'More than 200 residents of Tolley Vale signed it. The people of Marsh End agreed, said Ada Lane.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.places.map((place) => place.name).sort()).toEqual(['Marsh End', 'Tolley Vale'])
  })

  it('should read a one-word name after a noun for an organisation as one, here and elsewhere', async () => {
    const data = await people(article('Closures', 'The supermarket chain Fresco will close 30 stores. The lender Quarto has 410. The broadcaster Ada Lane agreed.', 'Shares in Quarto fell.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Fresco', 'Quarto'])
  })

  it('should not make someone’s partner a role, but keep a partner in a firm', async () => {
    const data = await people(
      article('Appeal', 'The cyclist’s partner, Ada Lane, wrote to the police. Her partner Tom Avery agreed. Ian Ode, a partner at Marsh & Co, did not.')
    )
    expect(person(data, 'Ada Lane').jobTitle).toBeUndefined()
    expect(person(data, 'Tom Avery').jobTitle).toBeUndefined()
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('partner at Marsh & Co')
  })

  it('should read a title after “a production of” as a work, and a playhouse as an organisation', async () => {
    const data = await people(article('Review', 'Director Ada Lane’s new production of Tom Avery opened at the Tolley Playhouse on Thursday. An adaptation of Ian Ode follows.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Playhouse'])
  })

  it('should keep letters inside a body’s name, and read “Its head of …, Name,” as a role', async () => {
    const data = await people(
      article('Heat', 'The chief executive of Tolley Hospitals NHS Trust resigned. The Marsh Agency warned of heat. Its head of extreme events, Dr Ada Lane, urged calm.')
    )
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Hospitals NHS Trust', 'Marsh Agency'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('head of extreme events')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:marsh-agency')
  })

  it('should read an incumbent as a role', async () => {
    const data = await people(article('Mayor', 'Ada Lane defeated incumbent Tom Avery by 2,000 votes.'))
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('incumbent')
  })

  it('should keep a plural noun capitalised by the sentence’s start in the role it owns', async () => {
    const data = await people(article('Apology', 'Supporters’ trust chairman Ada Lane welcomed it. Rovers’ manager Ian Ode did not.', 'The Rovers lost.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Supporters’ trust chairman')
    expect(person(data, 'Ada Lane').affiliation).toBeUndefined()
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:rovers')
  })

  it('should make no person of words that open the companies’ names, and read them as short forms', async () => {
    const data = await people(
      article(
        'Merger',
        'Kestrel Logistics and Osprey Freight agreed to merge. The new firm will be called Kestrel Osprey.',
        'Kestrel’s chief executive, Ada Lane, will run it. Osprey boss Ian Ode will be chairman.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:kestrel-logistics')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:osprey-freight')
  })

  it('should read a name with a place’s noun in apposition as a place, not a person', async () => {
    const data = await people(
      article('Lighthouse', 'He kept the light on Eilean Tolley, a rock six miles off the coast. Ada Lane, a village shopkeeper, remembers him.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('village shopkeeper')
    expect(data.places.map((place) => place.name)).toEqual(['Eilean Tolley'])
  })

  it('should read a role with its field after “for” before the name', async () => {
    const data = await people(
      article('Cycle lanes', 'Cabinet member for transport Ada Lane backed the plan. The minister for children and families Ian Ode agreed. She voted for transport Tom Avery said.')
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Cabinet member for transport')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('minister for children and families')
    expect(person(data, 'Tom Avery').jobTitle).toBeUndefined()
  })

  it('should read “presidential hopeful” as a role, but not a hopeful mood', async () => {
    const data = await people(article('Rally', 'Republican presidential hopeful Ada Lane spoke first. A hopeful Ian Ode said he would win.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Republican presidential hopeful')
    expect(person(data, 'Ian Ode').jobTitle).toBeUndefined()
  })

  it('should take the affiliation from a role stated after a title and the name', async () => {
    const data = await people(
      article(
        'Seeds',
        'Professor Ada Lane, a plant geneticist at Tolley College, called it remarkable. Dr Ian Ode, a former researcher at Marsh University, disagreed.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Professor')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:tolley-college')
    expect(person(data, 'Ian Ode').affiliation).toBeUndefined()
  })

  it('should read makers of devices, instruments and materials as companies', async () => {
    const data = await people(article('Phone', 'Tolley Devices unveiled a phone. Ada Lane Instruments and Marsh Materials said sales rose.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Ada Lane Instruments', 'Marsh Materials', 'Tolley Devices'])
  })

  it('should read a shipping line named “… Maritime” as a company, and its short form as the same', async () => {
    const data = await people(article('Merger', 'Shipping firm Tolley Maritime agreed a deal. Tolley chief executive Ada Lane said it was a fit.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Maritime'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:tolley-maritime')
  })

  it('should read a company’s short form alone as the company, and give its “Its chief executive” to it', async () => {
    const data = await people(
      article(
        'Stores',
        'Home chain Marsh & Co will close 40 stores. Tolley Systems Inc. is buying its warehouses.',
        'Marsh declined to comment. Its chief executive, Ada Lane, told staff to expect tough decisions. Tolley said the deal would close soon.',
        'Tolley Systems will pay cash.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Marsh & Co', 'Tolley Systems Inc.'])
    expect(data.organizations.find((organization) => organization.name === 'Marsh & Co')!.mentions.map((mention) => mention.text)).toEqual(['Marsh & Co', 'Marsh'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:marsh-co')
    // "Tolley Systems" folds into "Tolley Systems Inc." before "Tolley" looks for its one longer form.
    expect(data.organizations.find((organization) => organization.name === 'Tolley Systems Inc.')!.mentions.map((mention) => mention.text)).toEqual([
      'Tolley Systems Inc.',
      'Tolley',
      'Tolley Systems'
    ])
  })

  it('should make no person of a name that ends in a company designator', async () => {
    const data = await people(article('Cloud push', 'Mark Delaney, president of Delaney Systems, a Chicago-based reseller, said the changes were overdue.'))
    expect(names(data)).toEqual(['Mark Delaney'])
    expect(person(data, 'Mark Delaney').jobTitle?.value).toBe('president of Delaney Systems')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Delaney Systems'])
  })

  it('should make a place of a bare name after “in”', async () => {
    const data = await people(article('Caucus nears', 'Sen. Ben Tolliver drew a crowd at a rally in Des Vernes on Saturday. Analysts on Quarry Street said it mattered.'))
    expect(names(data)).toEqual(['Ben Tolliver'])
    expect(data.places.map((place) => place.name).sort()).toEqual(['Des Vernes', 'Quarry Street'])
    expect(data.organizations).toEqual([])
    const owned = await people(article('Shares fall', 'Shares in Velmont fell. Tom Avery bought a stake in Kessing. Quarrow said profits rose, and prices in Quarrow fell.'))
    expect(owned.places).toEqual([])
  })

  it('should keep a party word in a possessive owner', async () => {
    const data = await people(article('Tax rise', 'The Christian Liberals’ Treasury spokesman, Tom Avery, called the plans bad.'))
    expect(person(data, 'Tom Avery').affiliation).toBe('organization:christian-liberals')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Christian Liberals'])
  })

  it('should read a role before the name after a possessive pronoun or over a chain of modifiers', async () => {
    const data = await people(
      article(
        'Harbour deal',
        'The Harbour Board met. Its chief executive, Dr Pim Vandorn, spoke.',
        'The Greens’ shadow harbour minister, Ada Lane, disagreed.'
      )
    )
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('chief executive')
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('shadow harbour minister')
  })

  it('should give “Mrs Lane” and “Mr Lane” to the wife and the husband who share the surname', async () => {
    const data = await people(article('Lottery', 'Ada Lane and her husband, Ian Lane, won.', 'Mrs Lane cried. Mr Lane laughed.'))
    expect(person(data, 'Ada Lane').mentions.map((mention) => mention.text)).toEqual(['Ada Lane', 'Lane'])
    expect(person(data, 'Ian Lane').mentions.map((mention) => mention.text)).toEqual(['Ian Lane', 'Lane'])
    expect(person(data, 'Ada Lane').mentions[1]!.start).toBeLessThan(person(data, 'Ian Lane').mentions[1]!.start)
  })

  it('should keep an Arabic article joined to the last name', async () => {
    const data = await people(article('Harbour deal', 'Omar bin Tariq al-Masri, the minister, spoke.'))
    expect(names(data)).toEqual(['Omar bin Tariq al-Masri'])
    expect(person(data, 'Omar bin Tariq al-Masri').jobTitle?.value).toBe('minister')
  })

  it('should read a role with an of-phrase before the name', async () => {
    const data = await people(article('Harbour deal', 'President Ada Lane spoke. Lane’s chief of staff, Ian Ode, agreed.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('chief of staff')
  })

  it('should not give a person the role that a preposition gives someone else', async () => {
    const data = await people(
      article('Harbour deal', 'A spokesman for the mayor, Ian Ode, said the deal held.', 'It honours the late economist, Ada Lane.')
    )
    expect(person(data, 'Ian Ode').jobTitle).toBeUndefined()
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('late economist')
  })

  it('should leave a nickname in quote marks or brackets out of the name', async () => {
    const data = await people(article('Harbour deal', 'Odile "Dee" Marchetti and Ines (Red) Vandorn spoke.', 'Marchetti won.'))
    expect(names(data)).toEqual(['Ines Vandorn', 'Odile Marchetti'])
    expect(person(data, 'Odile Marchetti').aliases).toContain('Dee')
    expect(person(data, 'Odile Marchetti').mentions.map((mention) => mention.text)).toEqual(['Odile "Dee" Marchetti', 'Marchetti'])
  })

  it('should take an unknown name with a common word in it as a person when it reports speech', async () => {
    const said = await people(article('Harbour deal', 'Vo Thi Lan said the port was ready.'))
    expect(names(said)).toEqual(['Vo Thi Lan'])
    const apposition = await people(article('Harbour deal', 'Vo Thi Lan, a parent who sailed here, said the port was ready.'))
    expect(names(apposition)).toEqual(['Vo Thi Lan'])
    const inverted = await people(article('Harbour deal', 'The port was ready, said Vo Thi Lan.'))
    expect(names(inverted)).toEqual(['Vo Thi Lan'])
    // The listener of "told" is no speaker, and without speech the name is not enough.
    const other = await people(article('Harbour deal', 'She told Vo Thi Lan the port was ready. Vo Thi Lan left.'))
    expect(names(other)).toEqual([])
    // Only the last word may be a common one: an organisation's name is no person.
    const group = await people(article('Harbour deal', 'Medecins Sans Frontieres said staff were safe.'))
    expect(names(group)).toEqual([])
  })

  it('should keep an organisation word before a lower-case role in the affiliation, and make no organisation of a party tag', async () => {
    const data = await people(article('Port deal', 'Harbour Board press secretary Ada Lane spoke.', 'Sen. Ian Ode, D-N.Y., agreed.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('press secretary')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:harbour-board')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Harbour Board'])
  })

  it('should make places, not organisations, of streets and rivers', async () => {
    const data = await people(article('Break-in', 'A shop on Quarry Street was broken into, and a boat sank in the Tolley River.'))
    expect(data.organizations).toEqual([])
    expect(data.places.map((place) => place.name)).toEqual(['Quarry Street', 'Tolley River'])
  })

  it('should make a place, not a person, of a given name before “County”', async () => {
    const data = await people(article('Port deal', 'Ada Lane, a shopper from Kent County, said prices rose.'))
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.places.map((place) => place.name)).toEqual(['Kent County'])
  })

  it('should make no person of a given name before Police, no organisation of a post-nominal, and no day part of a name', async () => {
    const data = await people(
      article(
        'Court case',
        'Ian Ode of Marsh Police spoke.',
        'His barrister, Ada Lane KC, agreed at Quarry Court of Appeal on Friday.',
        'Pastor Tom Bell of Grace Church prayed.',
        'He spoke to the Marsh Gazette.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Tom Bell'])
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Marsh Police', 'Quarry Court of Appeal', 'Grace Church', 'Marsh Gazette'])
  })

  it('should know a company by a word of its trade', async () => {
    const data = await people(article('Port deal', 'Velmont Shipping will cut jobs, and Quellan Freight will hire.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Velmont Shipping', 'Quellan Freight'])
  })

  it('should not make a person of one word after a plural role', async () => {
    const data = await people(article('Cup tie', 'League leaders Marshfield lost to coach Ruiz and teammates Ada Lane and Ian Ode.'))
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode', 'Ruiz'])
  })

  it('should not make an organisation of a dateline’s place in capitals', async () => {
    const data = await people(article('Harbour deal', 'MARSHTON, Ore. (AP) — The Harbour Board met. NASA sent Ada Lane.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Harbour Board', 'NASA'])
    // A known place keeps the spelling the body gives it.
    const lisbon = await people(article('Harbour deal', 'LISBON (AP) — The Harbour Board met in Lisbon.'))
    expect(lisbon.places.map((place) => [place.name, place.mentions.length])).toEqual([['Lisbon', 2]])
  })

  it('should read a dateline closed by a colon, but not a transcript’s first speaker label', async () => {
    const data = await people(article('Metro', 'MARSHTON: The new line opens in January, Mayor Ada Lane said.'))
    expect(data.organizations).toEqual([])
    expect(data.places.map((place) => place.name)).toEqual(['Marshton'])
    const transcript = await people(article('Interview', 'HOST: Welcome back.', 'LANE: Thank you.', 'HOST: Tell us about Ada Lane.'))
    expect(transcript.places).toEqual([])
  })

  it('should leave a rank of nobility between an office and the name out of the title', async () => {
    const data = await people(article('Grid deal', 'Energy Minister Prince Tomas Avery signed. Crown Prince Ian Ode watched.'))
    expect(names(data)).toEqual(['Ian Ode', 'Tomas Avery'])
    expect(person(data, 'Tomas Avery').jobTitle?.value).toBe('Energy Minister')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Crown Prince')
  })

  it('should make a medium spoken to or on an organisation, not a person', async () => {
    const data = await people(
      article('Vote', 'Ada Lane told Vox Ardena radio that she was ready. Ian Ode said on Tolley Vale television that he was not.', 'Lane told Spanish newspaper Diario that it was close.')
    )
    expect(names(data)).toEqual(['Ada Lane', 'Ian Ode'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Diario', 'Tolley Vale', 'Vox Ardena'])
  })

  it('should name laboratories, orchestras and theatres as organisations', async () => {
    const data = await people(
      article('Season', 'Ada Lane, an engineer at the Brightwater Laboratory, said the test went well. The Dunmore Symphony and the Ode Theatre agreed.')
    )
    expect(names(data)).toEqual(['Ada Lane'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brightwater Laboratory', 'Dunmore Symphony', 'Ode Theatre'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:brightwater-laboratory')
  })

  it('should read a post taken up (“took over as”, “became”, “who joined as”), not a distinction', async () => {
    const data = await people(
      article(
        'New season',
        'Ada Lane took over as music director of the Dunmore Symphony in September. Ian Ode became chief executive in 2019.',
        'Ella Marsh, who joined as finance director last year, agreed. Ben Hart, who was appointed coach in May, did not.',
        'Ann Cole became the first woman to win the race.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('music director of the Dunmore Symphony')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:dunmore-symphony')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('chief executive')
    expect(person(data, 'Ella Marsh').jobTitle?.value).toBe('finance director')
    expect(person(data, 'Ben Hart').jobTitle?.value).toBe('coach')
    expect(person(data, 'Ann Cole').jobTitle).toBeUndefined()
  })

  it('should take a capitalised title after the name as its role (“Name, the Labour MP for Tolley,”)', async () => {
    const data = await people(article('Vote', 'Sir Ian Ode, the Labour MP for Wexley North, said it was fine. Ada Lane, the MP for Tolley, agreed.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Labour MP for Wexley North')
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('MP for Tolley')
  })

  it('should close a role on a possessive pronoun (“Her agriculture commissioner, Name,”)', async () => {
    const data = await people(article('Farm rules', 'Ada Lane spoke. Her agriculture commissioner, Ian Ode, agreed. Their water adviser, Tom Avery, did not.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('agriculture commissioner')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('water adviser')
  })

  it('should fold a body’s head noun alone into the one body the article names with it', async () => {
    const data = await people(article('Farm rules', 'The Arland Commission proposed new rules. Commission President Ada Lane said they were overdue.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Arland Commission'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:arland-commission')
    const two = await people(article('Farm rules', 'The Arland Commission and the Tolley Commission met. Commission President Ada Lane spoke.'))
    expect(two.organizations.map((organization) => organization.name).sort()).toEqual(['Arland Commission', 'Commission', 'Tolley Commission'])
  })

  it('should fold “the Bank” into the one body whose name opens with it (“Bank of Arland”), even beside another bank', async () => {
    const data = await people(
      article(
        'Rates',
        'The Bank of Arland held rates. Ada Lane, chief economist at Tolley Bank, expected a cut. The Bank’s governor, Ian Ode, said it would not be rushed.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Bank of Arland', 'Tolley Bank'])
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:bank-of-arland')
  })

  it('should read a hospice as an institution, and “Hospice chief executive” as a title, not an organisation “Hospice”', async () => {
    const data = await people(article('Visit', 'The princess opened Little Lights Hospice in Tolley.', 'Hospice chief executive Ada Lane said it was an honour.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Hospice chief executive')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Little Lights Hospice'])
  })

  it('should keep an organisation word capitalised only by the sentence start in the role (“County councillor Name”)', async () => {
    const data = await people(article('Library', 'County councillor Ada Lane said the library would stay open.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('County councillor')
    expect(person(data, 'Ada Lane').affiliation).toBeUndefined()
    expect(data.organizations).toEqual([])
  })

  it('should name a body ending in “International”, and give “its director” that affiliation', async () => {
    const data = await people(article('Inquiry', 'Brightwater International called for an inquiry. “Never again,” said its director, Ian Ode.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Brightwater International'])
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:brightwater-international')
  })

  it('should read “a student” after a name and age as a role, but not “a mother of three”', async () => {
    const data = await people(article('Protest', '“They ran,” said Tom Avery, 24, a student who had travelled far. Ann Cole, 40, a mother of three, left.'))
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('student')
    expect(person(data, 'Ann Cole').jobTitle).toBeUndefined()
  })

  it('should read an Irish surname with “Ó” inside it', async () => {
    const data = await people(article('Talks', 'A regional minister, Colm Ó Dálaigh, said he would invite both. Peadar Ó Riada agreed.'))
    expect(names(data)).toEqual(['Colm Ó Dálaigh', 'Peadar Ó Riada'])
    expect(person(data, 'Colm Ó Dálaigh').jobTitle?.value).toBe('regional minister')
  })

  it('should not make an organisation of a job noun capitalised by the sentence start before a title (“Co-author Professor Name”)', async () => {
    const data = await people(article('Study', 'Co-author Professor Ian Ode of the University of Tolley said sleep mattered.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['University of Tolley'])
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:university-of-tolley')
  })

  it('should name “St Mary’s Hospital” and “Marsh Magistrates’ Court”, and end a role before a second one', async () => {
    const data = await people(
      article(
        'Study',
        '“Yes,” said Dr. Ada Lane, a cardiologist at St Mary’s Hospital and the study’s lead author.',
        'Ian Ode appeared at Marsh Magistrates’ Court on Monday.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Marsh Magistrates’ Court', 'St Mary’s Hospital'])
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('cardiologist at St Mary’s Hospital')
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:st-marys-hospital')
  })

  it('should name an organisation with a title word before its last word (“Dunmore General Hospital”), but keep “Deputy Mayor Name” a title', async () => {
    const data = await people(
      article('Hospital', 'The chief executive of Dunmore General Hospital, Ian Ode, resigned. The Tolley Premier League agreed. Deputy Mayor Ada Lane spoke.')
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Dunmore General Hospital', 'Tolley Premier League'])
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:dunmore-general-hospital')
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('Deputy Mayor')
  })

  it('should make no person of a site named before its noun (“the Cerro Vale mine”)', async () => {
    const data = await people(article('Strike', 'Workers at the Cerro Vale mine walked out, union leader Ada Lane said. The Ian Ode plant stayed open.'))
    expect(names(data)).toEqual(['Ada Lane'])
  })

  it('should fold a club named by its town alone into the club (“Dunmore manager Name” of “Dunmore City”)', async () => {
    const data = await people(article('Transfer', 'Dunmore City have signed a winger from Tolley United. “He is quick,” Dunmore manager Ada Lane said. Tolley boss Ian Ode was sad.'))
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Dunmore City', 'Tolley United'])
    expect(person(data, 'Ada Lane').affiliation).toBe('organization:dunmore-city')
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:tolley-united')
  })

  it('should take two words before a body’s noun into a role a determiner opens (“The mountain rescue team leader, Name,”)', async () => {
    const data = await people(article('Rescue', 'The mountain rescue team leader, Ian Ode, described the conditions.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('mountain rescue team leader')
  })

  it('should leave a day out of a role (“the funeral on Friday of former president Name”), but keep a programme’s name', async () => {
    const data = await people(
      article('Funeral', 'Mourners gathered for the funeral on Friday of former president Ian Ode.', 'Later, Sunday Night Live host Ada Lane paid tribute.')
    )
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('former president')
    expect(person(data, 'Ian Ode').affiliation).toBeUndefined()
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('host')
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Sunday Night Live'])
  })

  it('should read headteachers, harbourmasters and wardens as roles before a name', async () => {
    const data = await people(article('Harbour', 'Headteacher Ada Lane spoke after harbourmaster Ian Ode. Park warden Tom Avery agreed.'))
    expect(data.persons.map((item) => [item.name, item.jobTitle?.value])).toEqual([
      ['Ada Lane', 'Headteacher'],
      ['Ian Ode', 'harbourmaster'],
      ['Tom Avery', 'Park warden']
    ])
  })

  it('should read scientists’ and clinicians’ occupations as roles before a name', async () => {
    const data = await people(article('Seeds', 'The study was led by botanist Ada Lane. Geneticist Ian Ode and physiotherapist Tom Avery were not involved.'))
    expect(data.persons.map((item) => [item.name, item.jobTitle?.value])).toEqual([
      ['Ada Lane', 'botanist'],
      ['Ian Ode', 'Geneticist'],
      ['Tom Avery', 'physiotherapist']
    ])
  })

  it('should read a coroner’s office as a title, capitalised or not', async () => {
    const data = await people(article('Inquest', 'Senior Coroner Ada Lane adjourned the inquest. The coroner, Ian Ode, agreed.'))
    expect(data.persons.map((item) => [item.name, item.jobTitle?.value])).toEqual([
      ['Ada Lane', 'Senior Coroner'],
      ['Ian Ode', 'coroner']
    ])
  })

  it('should name a body ending in a plural institution word (“Brightwell Academies”), never a person', async () => {
    const data = await people(article('Schools', 'Brightwell Academies, which runs 40 schools, said it was concerned. Tolley Hospitals agreed.'))
    expect(names(data)).toEqual([])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brightwell Academies', 'Tolley Hospitals'])
  })

  it('should keep a possessive inside an opening role’s field (“The leader of the rail workers’ union, Name,”)', async () => {
    const data = await people(article('Strike', 'The leader of the rail workers’ union, Ian Ode, said members would not back down.'))
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('leader of the rail workers’ union')
  })

  it('should not take a common noun before ’s as an affiliation', async () => {
    const data = await people(
      article('Harbour deal', 'The council’s finance chair, Ada Lane, spoke.', 'The Harbour Board’s treasurer, Ian Ode, agreed.')
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('finance chair')
    expect(person(data, 'Ada Lane').affiliation).toBeUndefined()
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Harbour Board'])
  })

  it('should read a role after “who was” or “is the”, and stop it before another person', async () => {
    const data = await people(
      article(
        'Harbour deal',
        'The letter went to Ada Lane, who was the acting director of the Harbour Board and Ian Ode, the mayor.',
        'Pim Vandorn spoke too. Vandorn is the president of Marsh & Sons.',
        'Ines Ruiz said no. Ruiz is the daughter of two farmers and the first woman to lead the board.'
      )
    )
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('acting director of the Harbour Board')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('mayor')
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('president of Marsh & Sons')
    expect(person(data, 'Ines Ruiz').jobTitle).toBeUndefined()
  })

  it('should know a profession by its ending', async () => {
    const data = await people(article('Harbour deal', 'Ada Lane, a glaciologist, and Ian Ode, a statistician, spoke.'))
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('glaciologist')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('statistician')
  })

  it('should record role references tied to a named person', async () => {
    const data = await people(
      article(
        'Harbour deal',
        'Lane’s deputy envoy called the deal a breakthrough.',
        'President Ada Lane’s deputy envoy, Pim Vandorn, agreed.'
      )
    )
    const role = data.roles.find((item) => item.entity === 'person:pim-vandorn')
    expect(role?.phrase).toBe('Lane’s deputy envoy')
    expect(role?.mentions.map((mention) => mention.text)).toEqual(['Lane’s deputy envoy', 'Lane’s deputy envoy'])
  })

  it('should take an affiliation from a possessive organisation', async () => {
    const data = await people(article('Interview', 'Ada Lane told ZBC’s Mara Quill that talks would go on.'))
    const quill = person(data, 'Mara Quill')
    expect(quill.jobTitle).toBeUndefined()
    expect(quill.affiliation).toBe('organization:zbc')
    expect(data.organizations.map((org) => org.name)).toContain('ZBC')
  })

  it('should split an organisation before a title into the affiliation', async () => {
    const data = await people(article('Summit', 'Northwind Commission President Ines Ruiz opened the summit.'))
    const ruiz = person(data, 'Ines Ruiz')
    expect(ruiz.jobTitle?.value).toBe('President')
    expect(ruiz.affiliation).toBe('organization:northwind-commission')
  })

  it('should read job nouns and of-phrases before a name', async () => {
    const data = await people(
      article('Radio', 'Speaking to host Pim Vandorn, Secretary of Trade Omar Velt defended the tariff.')
    )
    expect(person(data, 'Pim Vandorn').jobTitle?.value).toBe('host')
    expect(person(data, 'Omar Velt').jobTitle?.value).toBe('Secretary of Trade')
  })

  it('should give a plural title to every name of its list', async () => {
    const data = await people(article('Show', 'She danced for judges Ada Lane, Ian Ode and Mara Quill.'))
    expect(data.persons.map((item) => item.jobTitle?.value)).toEqual(['judges', 'judges', 'judges'])
  })

  it('should keep particles, hyphens, diacritics, initials and suffixes in names', async () => {
    const data = await people(
      article(
        'Names',
        'Commissioner Ilse von der Marwitz met Prince Faisal bin Qasar and Tariq Al-Hamdan.',
        'Von der Marwitz later met Zoë Çelik, J.R. Pellow and Marcus Delane Jr. in Lisbon.'
      )
    )
    expect(names(data)).toEqual([
      'Faisal bin Qasar',
      'Ilse von der Marwitz',
      'J.R. Pellow',
      'Marcus Delane Jr.',
      'Tariq Al-Hamdan',
      'Zoë Çelik'
    ])
    expect(person(data, 'Ilse von der Marwitz').aliases).toContain('Von der Marwitz')
  })

  it('should not make persons of organisations, places, titles, documents or sentence openers', async () => {
    const data = await people(
      article(
        'Markets',
        'Despite the storm, Grendel Holdings opened an office in Lisbon.',
        'The rule is set out in Article 9 of the Harbour Treaty, and the show “Morning Ledger” covered it.',
        'Fort Brill and the Boston Falcons were mentioned on State of the Republic.'
      )
    )
    expect(names(data)).toEqual([])
    expect(data.organizations.map((org) => org.name)).toContain('Grendel Holdings')
    expect(data.places.map((place) => place.name)).toContain('Lisbon')
  })

  it('should take one-name persons from a job noun or a family relation', async () => {
    const data = await people(
      article('Show', 'The bookmakers favour dancer Zef, and Ada Lane came with his wife, Odile, and their sons, Bo and Ruk.')
    )
    expect(names(data)).toEqual(['Ada Lane', 'Bo', 'Odile', 'Ruk', 'Zef'])
    expect(person(data, 'Zef').jobTitle?.value).toBe('dancer')
  })

  it('should read a photo credit, in capitals too, as the same person', async () => {
    const data = await processArticle(
      {
        value: 'Harbour deal signed\n\nThe deal is done.\n\nThe signing in Lisbon\n\nIAN ODE/AFP\n\nPhotographer Ian Ode was there.\n',
        path: 'article.txt'
      },
      {format: 'text'}
    )
    const slice = data.file.data.people!
    expect(names(slice)).toEqual(['Ian Ode'])
    expect(person(slice, 'Ian Ode').affiliation).toBe('organization:afp')
  })

  it('should mark headline people as about and keep source positions', async () => {
    const data = await people(article('Ada Lane Wins the Vote', 'Ada Lane won. Ian Ode, a rival, lost.'))
    expect(person(data, 'Ada Lane').about).toBe(true)
    expect(person(data, 'Ian Ode').about).toBe(false)
    const mention = person(data, 'Ian Ode').mentions[0]!
    expect(mention.text).toBe('Ian Ode')
    expect(mention.position?.start).toEqual({line: 3, column: 15, offset: 40})
  })

  it('should infer gender from honorifics and pronouns only', async () => {
    const data = await people(article('Council', 'Mrs Ada Lane spoke. Ian Ode left early. He said nothing.', 'Mr Ode returned.'))
    expect(person(data, 'Ada Lane').gender).toBe('female')
    expect(person(data, 'Ian Ode').gender).toBe('male')
  })

  it('should take gender from a given name listed for one gender only, and none from one listed for both', async () => {
    const data = await people(article('Council', 'Margaret Ode spoke. Jordan Vale left early.'))
    expect(person(data, 'Margaret Ode').gender).toBe('female')
    expect(person(data, 'Jordan Vale').gender).toBe(undefined)
  })

  it('should let an honorific overrule the given name', async () => {
    const data = await people(article('Council', 'Margaret Ode spoke.', 'Mr Ode returned.'))
    expect(person(data, 'Margaret Ode').gender).toBe('male')
  })
})

describe('remarkPeople on the seed article', () => {
  const seed = path.resolve(import.meta.dirname, '../fixtures/seed/witkoff-article.txt')
  const gold = JSON.parse(readFileSync(seed.replace(/\.txt$/, '.gold.json'), 'utf8')) as {
    persons: Array<{name: string; jobTitle: string | null; affiliation?: string}>
  }

  it('should find exactly the annotated people with their titles and affiliations', async () => {
    const result = await processArticle({value: readFileSync(seed, 'utf8'), path: seed})
    const data = result.file.data.people!
    expect(names(data)).toEqual(gold.persons.map((item) => item.name).sort())
    const orgNames = new Map(data.organizations.map((org) => [org.key, org.name]))
    for (const expected of gold.persons) {
      const found = person(data, expected.name)
      expect(found.jobTitle?.value ?? null, expected.name).toBe(expected.jobTitle)
      const affiliation = found.affiliation ? orgNames.get(found.affiliation) : undefined
      expect(affiliation, expected.name).toBe(expected.affiliation)
    }
    const envoy = data.roles.find((role) => role.entity === 'person:steve-witkoff')
    expect(envoy?.phrase).toBe('Trump’s Middle East envoy')
    expect(envoy?.mentions.length).toBe(2)
  })

  describe('organisations', () => {
    function orgNames(data: PeopleData): string[] {
      return data.organizations.map((organization) => organization.name).sort()
    }

    it('should join a head noun and its of-phrase into one organisation', async () => {
      const data = await people(article('Port row', 'The Department of Harbour Affairs rejected the plan on Monday.'))
      expect(orgNames(data)).toContain('Department of Harbour Affairs')
      expect(orgNames(data)).not.toContain('Harbour Affairs')
    })

    it('should join names coordinated by "and" when the text uses their initials', async () => {
      const data = await people(
        article('Port row', 'On Monday, Ports and Ferry Control said the quay was closed. A PFC officer confirmed it.')
      )
      const control = data.organizations.find((organization) => organization.name === 'Ports and Ferry Control')
      expect(control?.alternateName).toEqual(['PFC'])
    })

    it('should not join coordinated names that have no acronym or head noun', async () => {
      const data = await people(article('Port row', 'Trade between Brill and Marsh Harbour grew last year.'))
      expect(orgNames(data)).not.toContain('Brill and Marsh Harbour')
    })

    it('should take any capitalised name after "the group" as an organisation', async () => {
      const data = await people(
        article('Port row', 'The nurses, members of the campaign group Nurses for Open Wards, wrote to the minister.')
      )
      expect(orgNames(data)).toContain('Nurses for Open Wards')
    })

    it('should add a unit named after its organisation', async () => {
      const data = await people(article('Port row', 'The Harbour Gazette editorial board backed the plan.'))
      expect(orgNames(data)).toEqual(expect.arrayContaining(['Harbour Gazette', 'Harbour Gazette editorial board']))
    })

    it('should take a party known only by its plural as an organisation', async () => {
      const data = await people(article('Port row', 'The Lib Dems accuse the mayor of neglect.'))
      expect(orgNames(data)).toContain('Lib Dems')
      expect(names(data)).toEqual([])
    })
  })

  it('should give a shared surname to the person named last outside a relation', async () => {
    const data = await people(
      article(
        'Flood inquiry',
        'Ada Lane, mother of flood victim Tom Lane, met the mayor. Lane said the warning came too late.'
      )
    )
    expect(names(data)).toEqual(['Ada Lane', 'Tom Lane'])
    expect(person(data, 'Ada Lane').mentions.map((mention) => mention.text)).toEqual(['Ada Lane', 'Lane'])
    expect(person(data, 'Tom Lane').mentions.map((mention) => mention.text)).toEqual(['Tom Lane'])
  })

  it('should still give a shared surname to the person named most recently', async () => {
    const data = await people(article('Flood inquiry', 'Ada Lane met the mayor. Later Tom Lane spoke. Lane said it was late.'))
    expect(person(data, 'Tom Lane').mentions.map((mention) => mention.text)).toEqual(['Tom Lane', 'Lane'])
  })


  it('should read a surname that is a common word at the start of a sentence', async () => {
    const data = await people(article('Budget row', 'Councillor Ian Bush met the mayor. Bush said the budget was fine. Bush fires spread.'))
    expect(person(data, 'Ian Bush').mentions.map((mention) => mention.text)).toEqual(['Ian Bush', 'Bush'])
  })

  it('should read a name with a common plural last word after a group noun as an organisation', async () => {
    const data = await people(
      article('School strikes', "Parents' group Marlow Families said the strikes would cause chaos. Its spokesperson, Rachel Imrie, said families were worried.")
    )
    expect(names(data)).toEqual(['Rachel Imrie'])
    expect(data.organizations.map((organization) => organization.name)).toContain('Marlow Families')
  })

  it('should keep a degree or a field in the role, not make it an organisation', async () => {
    const data = await people(article('New comet', 'PhD student Naomi Fischer spotted it first. AI researcher Ada Lane checked the images.'))
    expect(person(data, 'Naomi Fischer').jobTitle?.value).toBe('PhD student')
    expect(person(data, 'Naomi Fischer').affiliation).toBeUndefined()
    expect(person(data, 'Ada Lane').jobTitle?.value).toBe('AI researcher')
    expect(data.organizations.map((organization) => organization.name)).toEqual([])
  })

  it('should read occupations such as astronomer and porter as roles', async () => {
    const data = await people(
      article('New comet', 'Dr Leila Haddad, an astronomer at the University of Arland, called it a lovely find. Ian Ode, a hospital porter, saw it too.')
    )
    expect(person(data, 'Leila Haddad').jobTitle?.value).toBe('astronomer at the University of Arland')
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('hospital porter')
  })

  it('should read a field of common words over "and" inside a body’s name, not two bodies as one', async () => {
    const data = await people(
      article(
        'Energy bill',
        'She chairs the Senate Committee on Energy and Natural Resources. The Department for Education and Skills agreed. The University of Arland and Marlow College did not.'
      )
    )
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual([
      'Department for Education and Skills',
      'Marlow College',
      'Senate Committee on Energy and Natural Resources',
      'University of Arland'
    ])
  })

  it('should give a role after "whose" to the organisation right before it, not to a person', async () => {
    const data = await people(
      article(
        'Ferry terminal',
        'The terminal will be built by Calder Marine Ltd, whose managing director, Priya Natarajan, said work could begin. Marsh Ltd hired Ada Lane, whose campaign manager, Tom Avery, said so.'
      )
    )
    expect(person(data, 'Priya Natarajan').jobTitle?.value).toBe('managing director')
    expect(person(data, 'Priya Natarajan').affiliation).toBe('organization:calder-marine-ltd')
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('campaign manager')
    expect(person(data, 'Tom Avery').affiliation).toBeUndefined()
  })

  it('should read "Port" and "Fort" names as places, and keep a feature word opening a body’s name', async () => {
    const data = await people(
      article('Ferry vote', 'Councillors in Port Halden voted on Tuesday. Lake Arland Sailing Club objected. The Port Authority said nothing.')
    )
    expect(data.places.map((place) => place.name)).toEqual(['Port Halden'])
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Lake Arland Sailing Club', 'Port Authority'])
  })

  it('should read a name ending in a club’s word as a club, not a person ("league leaders Arland Town")', async () => {
    const data = await people(
      article('Late winner', 'Marlow City beat league leaders Arland Town on Saturday. Town manager Erik Sundqvist was furious. She flew home to Cape Town.')
    )
    expect(names(data)).toEqual(['Erik Sundqvist'])
    expect(person(data, 'Erik Sundqvist').affiliation).toBe('organization:arland-town')
    expect(data.places.map((place) => place.name)).toEqual(['Cape Town'])
  })

  it('should not make a plural organisation word opening a sentence an organisation ("Airlines often …")', async () => {
    const data = await people(article('Delays', 'Airlines often try to avoid paying. Tolley Rovers won. Rovers were happy. Grandmaster Ian Ode drew.'))
    expect(data.organizations.map((organization) => organization.name)).toEqual(['Tolley Rovers'])
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Grandmaster')
  })

  it('should keep a role after a conjunction opening the sentence, and read chambers of trade and publishers', async () => {
    const data = await people(
      article(
        'High street',
        'But shop owner Gary Lister said footfall would fall. Martin Kaye, chairman of the Dunmore Chamber of Trade, agreed. The novel is published by Harrow Books.'
      )
    )
    expect(person(data, 'Gary Lister').jobTitle?.value).toBe('shop owner')
    expect(person(data, 'Martin Kaye').affiliation).toBe('organization:dunmore-chamber-of-trade')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Dunmore Chamber of Trade', 'Harrow Books'])
  })

  it('should give a description opening the next sentence to the one person named before it, and to no one when two are', async () => {
    const data = await people(
      article(
        'Abortion row',
        'Voters cheered Ian Ode on Monday. The Labour leader wants a review of the rules.',
        'Ada Lane met Tom Avery on Tuesday. The striker scored twice in the second half.',
        'Ben Okoro spoke next. The chairman of the club said it was wrong.',
        'Ines Ruiz pleaded guilty. The judge said she was sorry.'
      )
    )
    expect(person(data, 'Ines Ruiz').jobTitle).toBeUndefined()
    expect(person(data, 'Ian Ode').jobTitle?.value).toBe('Labour leader')
    expect(person(data, 'Ada Lane').jobTitle).toBeUndefined()
    expect(person(data, 'Tom Avery').jobTitle).toBeUndefined()
    expect(person(data, 'Ben Okoro').jobTitle).toBeUndefined()
  })

  it('should read a brotherhood or a guild as the head of an organisation’s name', async () => {
    const data = await people(article('Rail strike', 'Teresa Molina, president of the Brotherhood of Rail Workers, spoke. The Tolley Writers Guild agreed.'))
    expect(person(data, 'Teresa Molina').affiliation).toBe('organization:brotherhood-of-rail-workers')
    expect(data.organizations.map((organization) => organization.name).sort()).toEqual(['Brotherhood of Rail Workers', 'Tolley Writers Guild'])
  })

  it('should read an open ground after a preposition of place as a place, not a person ("a rally in Victoria Park")', async () => {
    const data = await people(article('March', 'The march ended with a rally in Victoria Park. Grace Park said it was fine. A letter from Ada Green arrived.'))
    expect(names(data)).toEqual(['Ada Green', 'Grace Park'])
    expect(data.places.map((place) => place.name)).toEqual(['Victoria Park'])
  })

  it('should take the affiliation after "at the charity" in a role', async () => {
    const data = await people(article('Study', 'Dr Ruth Bell, head of research at the charity Dementia Hope, said it was striking.'))
    expect(person(data, 'Ruth Bell').affiliation).toBe('organization:dementia-hope')
  })

  it('should read the post someone was re-elected or reappointed to', async () => {
    const data = await people(
      article('Union vote', "Gemma Rourke has been re-elected general secretary of the Transport Workers' Union. Ian Ode was reappointed chief executive of Quillon.")
    )
    expect(person(data, 'Gemma Rourke').jobTitle?.value).toBe("general secretary of the Transport Workers' Union")
    expect(person(data, 'Ian Ode').affiliation).toBe('organization:quillon')
  })
  it('should read "the daughter of a miner" as a tie, not a role', async () => {
    const data = await people(article('Winner', 'Kim Lee, the daughter of a miner, won. Ian Marsh, a former teacher, agreed.'))
    expect(person(data, 'Kim Lee').jobTitle).toBeUndefined()
    expect(person(data, 'Ian Marsh').jobTitle?.value).toBe('former teacher')
  })
  it('should not give a description to the person named before when its pronoun is of the other gender', async () => {
    const data = await people(
      article('New boss', 'Ada Lane joined the firm in 2010. The president said he was delighted.', 'Tom Avery joined the board in 2012. The president said he was proud.')
    )
    expect(person(data, 'Ada Lane').jobTitle).toBeUndefined()
    expect(person(data, 'Tom Avery').jobTitle?.value).toBe('president')
  })
})
