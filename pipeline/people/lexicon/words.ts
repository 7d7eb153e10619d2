/**
 * General English word lists for the people stage: honorifics, titles, job
 * nouns, family relations, organisation words, particles, months and
 * weekdays. Plain data, one space-separated string per list; `lexicon.ts`
 * turns them into sets once. Nothing here comes from a particular article.
 */

/** Styles of address that are stripped from a name and are not a job (compared without a final period). */
export const honorifics = `
Mr Mrs Ms Miss Mx Messrs Mme Mlle Dr Sir Dame Lord Lady Madam Madame Monsieur Herr Frau Senor Senora
Prof Rev Reverend Revd Fr Hon Honourable Honorable Most Right Rt Excellency Mister Missus
`

/** Capitalised words that head a title before a name ("President", "Sen."). */
export const titleHeads = `
President Presidents Minister Ministers Secretary Secretary-General Chancellor Senator Sen Sens Rep Reps Representative
Congressman Congresswoman Congressmember Gov Governor Lt Mayor General Gen Admiral Adm Colonel Col Major Maj
Captain Capt Commander Cmdr Sergeant Sgt Corporal Cpl Pvt Lieutenant Ambassador Amb Judge Justice Coroner Coach
Commissioner Director Chairman Chairwoman Chairperson Chair CEO CFO COO CTO Speaker Leader Premier Detective
Det Con Inspector Insp Superintendent Supt Ch PC PCSO DCI Officer Constable Sheriff Marshal Cardinal Archbishop Bishop Pope Pastor
Rabbi Imam Sheikh Sheik King Queen Prince Princess Emperor Empress Sultan Emir Treasurer Founder
Co-founder Cofounder Editor Dean Provost Principal Councillor Councilman Councilwoman Alderman Assemblyman
Assemblywoman Cllr Delegate Envoy Consul Whip Spokesman Spokeswoman Spokesperson Host Anchor Presenter Moderator
Manager Chief Secretary-of-State Attorney-General Vice-President Vice-Chancellor Deputy Justice Magistrate
Prosecutor Attorney Solicitor-General Physician Nurse Professor DJ MP MEP MSP TD Senators Governors
Commander-in-Chief Chief-of-Staff Lawmaker Counsel Administrator Coordinator Czar Tsar Chancellor-elect
President-elect Governor-elect Mayor-elect Laureate Correspondent Reporter Columnist Analyst Economist Sister
Brother Father Mother Baron Baroness Earl Countess Duke Duchess Viscount Marquess Dalai Ayatollah
Patriarch Metropolitan Abbot Elder Chef Dean Skipper
`

/** Capitalised words that modify a title ("Prime", "Foreign", "Former"). */
export const titleModifiers = `
Vice Prime Deputy Acting Former Ex Foreign Home Defence Defense Finance Health Interior Shadow State First
Lady Senior Junior Executive Managing General Majority Minority House Senate Assistant Associate Supreme
Lord Grand High Police Fire Watch Crew Battalion Army Navy Air Chief Interim Incoming Outgoing Then Top Trade Energy Education
Environment Transport Justice Culture Treasury Labor Labour Commerce Agriculture Security Homeland
Development Economy Economic Science Sports Sport Culture Communications Information Public Prosecution
Attorney Solicitor Chancellor Exchequer Secretary Cabinet Royal National Federal Regional Local District
Circuit Appeals Court Special Presidential Minister Ministers Presidential Joint Staff Director Managing
Operating Financial Technology Technical Marketing Sales Commercial Operations Programme Program Division
Group Global International Regional Co Lead Principal Founding Mission Head Board Press Media Digital
Science Policy Campaign Party Deputy Opposition Government Parliamentary Assistant Crown
Housing Immigration Tourism Fisheries Employment Welfare Infrastructure Planning Mines Mining Climate
Industry Transportation Veterans Revenue Heritage Youth Children Pensions Business Enterprise Aviation
Farming Communities Equalities Arts Petroleum Telecommunications Disability Schools Universities
`

/** Lower-case job and role nouns that can stand right before a name or head a role phrase. */
export const jobNouns = `
host anchor presenter correspondent editor reporter journalist columnist writer author broadcaster novelist
poet singer songwriter actor actress star dancer rapper musician comedian artist director producer filmmaker
judge coach manager striker player forward guard captain goalkeeper keeper midfielder defender winger substitute
quarterback pitcher boxer golfer cyclist athlete sprinter swimmer driver jockey trainer skipper
contestant housemate spokesman spokeswoman spokesperson dj chairman chairwoman chair chairperson president
chief executive boss founder co-founder cofounder co-author coauthor ceo cfo coo cto officer secretary minister leader senator
governor mayor lawmaker legislator congressman congresswoman councillor councilor alderman ambassador envoy
diplomat adviser advisor aide analyst economist professor lecturer scientist researcher doctor physician
surgeon neurosurgeon nurse lawyer attorney barrister solicitor prosecutor investor tycoon billionaire
millionaire businessman businesswoman entrepreneur candidate contender hopeful incumbent front-runner frontrunner nominee
chancellor commissioner treasurer deputy head principal dean teacher activist campaigner moderator 
commentator pundit strategist pollster consultant official administrator superintendent sheriff detective
inspector general colonel soldier veteran premier speaker whip governor-elect president-elect mogul magnate
owner chairman-elect designer architect engineer photographer historian philosopher theologian priest
pastor bishop archbishop cardinal rabbi imam cleric monk nun pope king queen prince princess emperor
referee umpire manager coordinator director-general secretary-general attorney-general vice-president
member signatory executive partner trustee governor spokesmen representative rep delegate organiser
organizer negotiator mediator regulator inventor scholar expert specialist pilot astronaut chef model
blogger youtuber influencer presenter anchorman anchorwoman newsreader critic reviewer playwright
screenwriter composer conductor pianist guitarist drummer bassist vocalist frontman frontwoman
footballer cricketer batsman bowler sportsman sportswoman midfielder centre-back full-back defenceman
goaltender linebacker shortstop catcher outfielder infielder point-guard winner champion runner-up
finalist nominee laureate economist banker trader broker accountant auditor agent publicist
secretary deputy assistant associate counsel clerk magistrate justice lord baron baroness figure
physicist chemist psychiatrist therapist dentist pharmacist violinist cellist lobbyist linguist cartoonist
councilman councilwoman assemblyman assemblywoman selectman firefighter paramedic sergeant lieutenant
constable forecaster kicker punter receiver cornerback lineman linemen fullback halfback wicketkeeper batter
spinner reliever caddie hurdler marathoner rower skier snowboarder gymnast wrestler mountaineer climber
explorer adventurer sailor yachtsman yachtswoman
recruiter bartender cashier counsellor counselor curator developer electrician fisherman fishermen hairdresser
instructor investigator janitor landlord landlady librarian lifeguard mechanic midwife politician programmer
publisher receptionist salesman saleswoman sculptor surveyor technician translator interpreter tutor
veterinarian vicar volunteer waiter waitress welder shopkeeper caretaker nanny courier statistician student
apprentice intern headteacher headmaster headmistress harbourmaster harbormaster postmaster groundskeeper gamekeeper
ranger warden
nutritionist dietitian optician podcaster cameraman camerawoman lyricist choreographer stylist financier
actuary underwriter registrar paralegal bailiff contractor commander farmer baker butcher plumber carpenter
gardener painter builder miner cook planner
botanist geneticist neuroscientist agronomist naturalist conservationist environmentalist horticulturist
physiotherapist psychotherapist optometrist podiatrist orthodontist anaesthetist anesthetist hygienist
epidemiologist meteorologist climatologist organist harpist flautist saxophonist percussionist soloist essayist satirist
coroner
astronomer astrophysicist biochemist philanthropist archivist winemaker jeweller jeweler florist grocer publican
carer cleaner porter labourer laborer roofer decorator locksmith blacksmith chauffeur trooper dispatcher
supervisor foreman forewoman stewardess machinist beekeeper forester grandmaster
`

/** Lower-case words that can modify a job noun inside a role phrase ("former", "deputy"). */
export const jobModifiers = `
former ex then acting deputy senior junior chief vice assistant associate co top leading shadow first
interim incoming outgoing new founding managing executive general political foreign home diplomatic
presidential independent legendary veteran longtime long-time current past present future
prime lead principal regional national international global local state federal district
radio television tv talk show news business finance financial economics political sports entertainment
technical operating marketing sales commercial development advanced exploration science health homeland
public information communications press media digital security defence defense justice
policy programme program research campaign party opposition government parliamentary
conservative liberal republican democratic progressive labour socialist green
feminist celebrity reality chat late-night night morning evening breakfast
equities investments marketing publishing acting assistant associate inaugural
sporting technical creative artistic medical legal musical editorial club team company group board union
city county poll managing past present rookie defending reigning
`

/** Family relations that, right before a capitalised word, mark it as a person ("his wife Ada"). */
export const relationNouns = `
wife husband son sons daughter daughters father mother brother brothers sister sisters uncle aunt cousin
nephew niece grandson granddaughter grandfather grandmother grandchildren partner fiance fiancé fiancee
fiancée girlfriend boyfriend widow widower mother-in-law father-in-law son-in-law daughter-in-law
sister-in-law brother-in-law stepson stepdaughter stepfather stepmother children child twin twins
`

/** Capitalised words that make a run an organisation ("… Party", "… Commission"). */
export const organizationWords = `
Inc Incorporated Corp Corporation Co Ltd Limited LLC LLP PLC Plc GmbH AG SA NV Group Holdings Company
Companies Partners Associates Party Parties Association Associations Commission Council Committee
Department Ministry Office University College School Academy Institute Institution Foundation Agency
Authority Authorities Bank Banks Reserve Fund Trust Club FC United City Town Rovers Athletic Wanderers Rangers Albion Network
Chamber Books Publishing Brotherhood Guild Fellowship
Networks Service Services Administration Court Courts Church Society Union League Federation
Organisation Organization Board Magazine Press Post Times Journal Herald Tribune Telegraph Guardian
Gazette Chronicle Review Express Mirror Observer Standard Daily Weekly News Newspaper Newspapers
Register Inquirer Dispatch Enquirer Examiner Sentinel Courier Bulletin Globe Advertiser Intelligencer
Congress Senate Parliament Assembly Cabinet Army Navy Force Forces Police Guard Corps Command Team
Center Centre Hospital Hospice Clinic Museum Gallery Library Alliance Coalition Airlines Airways Motors Records
Studios Pictures Entertainment Media Radio TV Television Channel Broadcasting Broadcast Investments
Capital Securities Insurance Energy Oil Gas Petroleum Pharmaceuticals Technologies Technology Systems
Labs Laboratories Robotics Software Industries Enterprises Watchdog Executive Government 
 Project Initiative Movement Campaign Institute Commission Tribunal Exchange Market
Markets Stores Foods Brands Communications Telecom Electric Electronics Devices Instruments Appliances Materials Maritime
Games Arts Sciences Health
House Senate Republicans Democrats Conservatives Liberals Tories Dems Utd
Bureau Directorate Secretariat Division Unit Squad Brigade Battalion Regiment Fleet Coast Patrol
Ventures Solutions Logistics Resources Mining Steel Chemicals Group Co-operative Cooperative Mutual
Shipping Lines Freight Cargo Aerospace Automotive Construction Properties Realty Hotels Resorts Brewing Brewery
Distillery Winery Bakery Dairy Farms Mills Wealth Primary Laboratory Lab Observatory Orchestra Symphony International
Philharmonic Opera Ballet Theatre Theater Playhouse Choir Ensemble Conservatory Seminary Zoo Aquarium Academies Colleges
Universities Hospitals Clinics Churches Libraries Museums Foundations Agencies Institutes Councils Clubs
Beverages Apparel Textiles Semiconductor Semiconductors Biotech Therapeutics Biosciences Healthcare
Financial Payments Wireless Utilities Bancorp Pharma Water Rail Railways Renewables Travel Tours Coaches Echo Mail Argus Citizen Bugle Clarion Gleaner Despatch Recorder Messenger Beacon Monitor
Jewellers Jewelers Builders Bakers Butchers Opticians Solicitors Chemists Florists Outfitters Tailors Caterers
Brewers Distillers Printers Publishers Architects Surveyors Auctioneers Estates Homes Supplies Traders Merchants
Engineering Manufacturing Consulting Consultancy Aviation Research Analytics Insights Advisory Advisors Advisers
Bundestag Knesset Duma Interpol Europol
Railway Railways Rail Transit Port Airport Stadium Arena Park Hall Studio Festival Awards Prize
Cup Championship Olympics Games Series Tour Open Lecture Lectures Conference Summit Forum Convention
Treaty Act Accord Agreement Declaration Charter Constitution Amendment Article Resolution
Programme Program Show Shows Hour Tonight Today Live Sunday Nation Report Reports
Fairgrounds Grounds Fair Square Street Road Avenue Boulevard Bridge Tower Building Palace Castle
Cathedral Abbey Chapel Mosque Temple Synagogue Kirk Diocese Archdiocese Parish Congregation Prison Jail Base Camp Camps Station Island Islands
Mountains Mountain River Lake Sea Ocean Bay Gulf Valley Desert Forest Beach Coast County State States
Province Region District Republic Kingdom Emirates Union Federation Commonwealth Territory Territories
`

/** Lower-case nouns that, after "X, the …", show X is an organisation ("KT Varden, the investment bank"). */
export const organizationNouns = `
bank company firm group network agency newspaper magazine party club team broadcaster charity
organisation organization union association retailer carrier airline maker manufacturer giant
conglomerate outlet website site channel station studio publisher insurer lender fund regulator
watchdog authority council committee commission ministry department institute university college
school hospital court government administration campaign coalition alliance movement brand label
chain operator provider supplier developer startup start-up business corporation practice consultancy partnership
utility automaker carmaker chipmaker drugmaker supermarket refiner
`

/** Lower-case name particles that may sit inside a name ("von der Marwitz", "bin Qasar"). */
export const particles = `
von van der den de del della della di da das dos du le la les bin ibn bint al el ben ter ten zu y e
`

/** Name suffixes that stay in a name ("Jr.", a regnal number: "Gregory XVII"; not "X", a platform's name). */
export const nameSuffixes = `Jr Sr II III IV V VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII XXIV`

/** First words of place names ("San …", "Fort …"): a run opening with one is no person. */
export const placePrefixes = `San Santa Santo Sao São Los Las El Fort Port Mount Mt Lake Cape St Saint Ste`

/** Words that open an organisation's name with no "of" ("Temple Beth Am", "Congregation Shir Ami"): no person follows. */
export const organizationOpeners = `Temple Congregation Masjid`

/** Months and weekdays (with their short forms), never names. */
export const temporalWords = `
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays
Saturdays Sundays Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Christmas Easter Ramadan Eid Hanukkah
Thanksgiving Halloween Today Tonight Tomorrow Yesterday Morning Evening Night Afternoon Weekend Spring
Summer Autumn Fall Winter Week Month Year 
`

/** Capitalised words that are never part of a person's name (nor, as a lone acronym, an organisation: "ID", "GDP"). */
export const nonNameWords = `
The A An This That These Those He She It They We I You His Her Hers Their Our My Your Its Him Them Us Me
In On At For From By With As But And Or Nor If When While After Before Since Until Although Though
Because So Yet Also Still Even Just Only Not No Yes Who What Where Why How Which Whose Whom Whether
There Here Then Than Now Today Tonight Tomorrow Yesterday Meanwhile However Moreover Furthermore
Mr Mrs Ms Dr God Lord Jesus Christ Allah Internet Web Twitter Facebook Instagram YouTube TikTok Google
Apple Amazon Microsoft Netflix Oscars Grammy Grammys Emmy Emmys Nobel Olympic Olympics
Western Eastern Northern Southern North South East West Central Upper Lower Greater Middle Far Near
Democrat Democrats Republican Republicans Democratic Conservative Conservatives Labour Tory Tories Liberal
Liberals Socialist Socialists Communist Catholic Catholics Protestant Muslim Muslims
Christian Christians Jewish Jews Hindu Sikh Buddhist Anglican Orthodox Islamic Sunni Shia Evangelical
GOP Dems Lib Dem Brexit Covid COVID Coronavirus Ebola 
Article Section Chapter Part Page Volume Episode Season Round Stage Level Phase 
VOTE Results Yes No Read More Watch Listen Photo Image Video Getty Images Reuters AFP AP PA EPA
KC QC OBE MBE CBE KBE DBE
ID IDs GDP AI DNA HIV AIDS PhD MBA IQ VIP ATM PIN SUV SUVs GPS DVD USB LGBT LGBTQ VAT IPO ETF CCTV MRI ICU PPE
GMT BST UTC CET CEST EST EDT CST CDT MST MDT PST PDT AEST AEDT IST JST
`

/**
 * Capitalised place words and names: continents, regions, countries, US states, capitals and large cities.
 *
 * Place names that are also common surnames of public figures are left out:
 * the list must never decide that a name is not a person's. A lone
 * capitalised word needs a cue (a title, a given name) to become a Person
 * anyway, and a given name before a place word makes it a surname.
 */
export const placeNames = `
Africa Asia Europe America Americas Antarctica Oceania Australasia Arctic Antarctic Atlantic Pacific
Caribbean Mediterranean Balkans Baltic Baltics Caucasus Scandinavia Latin Middle-East Sahel Gulf
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Herzegovina Botswana Brazil Brunei
Bulgaria Burkina Faso Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba
Cyprus Czechia Czech Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji
Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya
Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova
Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma Namibia Nauru Nepal Netherlands Holland
Nicaragua Niger Nigeria Macedonia Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines
Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia
Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
Trinidad Tobago Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Vatican
Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Ulster Gaza Crimea Donbas Kurdistan
Tibet Xinjiang Hong Kong Macau Greenland Puerto Rico
US USA UK UAE USSR DRC GB NYC LA DC
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
Missouri Montana Nebraska Nevada Hampshire Jersey Mexico Carolina Dakota Ohio Oklahoma Oregon
Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
Ontario Quebec Alberta Columbia Manitoba Saskatchewan Nova Scotia Brunswick Newfoundland Bavaria
Catalonia Flanders Wallonia Sicily Sardinia Corsica Normandy Brittany Provence Tuscany Lombardy Andalusia
London Paris Berlin Madrid Rome Brussels Vienna Amsterdam Lisbon Dublin Edinburgh Cardiff Belfast Glasgow
Manchester Liverpool Birmingham Leeds Bristol Oxford Cambridge Westminster Inverness Aberdeen Dundee
Moscow Kyiv Kiev Minsk Warsaw Prague Budapest Bucharest Sofia Athens Ankara Istanbul Belgrade Zagreb
Stockholm Oslo Copenhagen Helsinki Reykjavik Tallinn Riga Vilnius Bern Geneva Zurich Munich Frankfurt
Hamburg Milan Naples Barcelona Valencia Seville Porto Marseille Lyon Nice Strasbourg Luxembourg
Beijing Shanghai Tokyo Osaka Seoul Pyongyang Taipei Manila Jakarta Bangkok Hanoi Delhi Mumbai Kolkata
Karachi Lahore Islamabad Kabul Tehran Baghdad Damascus Beirut Jerusalem Tel Aviv Amman Riyadh Jeddah
Doha Dubai Abu Dhabi Cairo Tripoli Tunis Algiers Rabat Casablanca Lagos Abuja Nairobi Addis Ababa
Johannesburg Pretoria Kinshasa Khartoum Mogadishu Accra Dakar Sydney Melbourne Canberra
Auckland Wellington Ottawa Toronto Montreal Vancouver Havana Caracas Bogota Lima Santiago Brasilia
Rio Janeiro Sao Paulo Aires Buenos York Chicago Boston Philadelphia Atlanta Miami Houston
Dallas Austin Denver Phoenix Seattle Portland Detroit Cleveland Pittsburgh Baltimore Orleans Vegas
Angeles Francisco Diego Jose Sacramento Tampa Orlando Nashville Memphis Minneapolis Milwaukee 
 Hollywood Brooklyn Manhattan Bronx Queens Harlem Silicon Valley 
 Whitehall Downing Capitol Pentagon Kremlin Elysee Westminster
Iowa Idaho Miami Fallujah Mosul Aleppo Kharkiv Odesa Odessa Mariupol Bakhmut Kursk Belgorod Sochi
`

/** Nationality and demonym adjectives. */
export const nationalities = `
Kosovar Macedonian Omani Bahraini Djiboutian Nigerien Burkinabe Ivorian Togolese Beninese Gabonese Burundian
Malawian Malagasy Mauritian Namibian Fijian Samoan Tongan Bhutanese Nepali Maldivian Burmese Laotian Khmer
Bruneian Timorese Salvadoran Nicaraguan Dominican Trinidadian Barbadian Guyanese Somalian Mauritanian Gambian
Guinean Chadian Angolan Luxembourgish Monegasque Andorran
African Asian European American Americans Latin Arab Arabs Afghan Albanian Algerian Argentine Argentinian
Armenian Australian Austrian Azerbaijani Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian
British Briton Britons Bulgarian Cambodian Cameroonian Canadian Chilean Chinese Colombian Congolese
Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian English Eritrean Estonian Ethiopian
Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Icelandic
Indian Indonesian Iranian Iraqi Irish Israeli Italian Jamaican Japanese Jordanian Kazakh Kenyan Korean
Kosovan Kuwaiti Kurdish Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Malaysian Malian Maltese
Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Nepalese Nigerian Norwegian Pakistani
Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Russian Russians Rwandan
Saudi Scottish Scots Senegalese Serbian Singaporean Slovak Slovenian Somali Spanish Sudanese Swedish
Swiss Syrian Taiwanese Tajik Tanzanian Thai Tunisian Turkish Turkmen Ugandan Ukrainian Ukrainians
Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Soviet Nordic Scandinavian
Baltic Balkan Caribbean Hispanic Latino Latina Persian Emirati Catalan Basque Flemish Bavarian Texan
Californian Floridian Hoosier Spaniard Spaniards Frenchman Englishman Scotsman Welshman Irishman
`

/** Common given names missing from the general given-name lists (added by hand). */
export const extraGivenNames = `
Donald Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Omar Mahmoud Abdullah Abdul Khalid Tariq
Yusuf Ibrahim Mustafa Recep Tayyip Xi Jinping Li Wang Zhang Liu Chen Hu Wen Jiang Deng Mao Kim Moon Shinzo
Fumio Narendra Rahul Sonia Indira Imran Nawaz Benazir Benjamin Bibi Naftali Yair Emmanuel Olaf Angela
Volodymyr Oleksandr Oleksiy Olena Yulia Dmytro Andriy Sergei Sergey Dmitry Dmitri Vladimir Alexei Alexey
Mikhail Boris Yevgeny Yuri Igor Nikolai Viktor Viktoria Maria Giorgia Matteo Mario Silvio Pedro Jair
Luiz Inacio Lula Cristina Javier Nicolas Hugo Evo Andres Manuel Felipe Juan Carlos Jose Luis Jorge Emilio
Antonio Francesco Giuseppe Giovanni Luca Marco Alessandro Pierre Jean Jacques Francois Marine Ursula
Jens Mette Sanna Magdalena Viktor Keir Rishi Liz Theresa Tony Gordon Jeremy Nigel Nicola Humza Kemi
Joe Kamala Barack Mitt Nancy Chuck Mitch Kevin Marjorie Ron Gavin Pete Elon Jeff Mark Sundar Satya
Tim Jensen Sam Greta Malala Kofi Ban Antonio Jacinda Justin Stephen Jean-Claude 
Kobe Serena Venus Novak Rafael Roger Cristiano Lionel Kylian Erling Mohamed Sadio Neymar Usain Simone
Kentaro Hiroshi Takeshi Yoshihide Hamid Nouri Haider Bashar Hafez Qassem Hassan Ayatollah Ebrahim
Abiy Cyril Jacob Nelson Thabo Uhuru William Paul Paula Jacqueline
`
