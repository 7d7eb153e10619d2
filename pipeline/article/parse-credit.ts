/**
 * Read a photo credit line: `Name/Agency`, `Agency Photo/Name`, `Photo: …`,
 * `Getty Images`, `(Reuters)`, `Name for The Daily Example`, `Credit: …`.
 *
 * Only clear credit shapes are accepted: a line is a credit when it is short,
 * has no sentence punctuation, and either carries a credit label (`Photo:`,
 * `Credit:`, `Photograph by`…), names a known agency, or pairs a person's
 * name with an organisation around a slash. A body sentence never has these
 * shapes, so it is never taken as a credit.
 */

/** A parsed credit; spans are `[start, end]` offsets into the line given. */
export interface Credit {
  /** The credit without its label or brackets (`Ada Lane/AP`). */
  text: [number, number]
  /** The photographer, when the credit names one. */
  creator?: [number, number] | undefined
  /** The (first) agency or organisation named. */
  organization?: [number, number] | undefined
}

/** Photo agencies and wire services (a general lexicon, lower-cased). */
const agencies = new Set([
  'aap', 'abaca', 'abc', 'afp', 'agence france-presse', 'alamy', 'anadolu', 'anadolu agency', 'anp', 'ansa',
  'ap', 'ap images', 'associated press', 'the associated press', 'bbc', 'belga', 'bloomberg', 'corbis',
  'cq-roll call', 'dpa', 'efe', 'epa', 'epa-efe', 'filmmagic', 'getty', 'getty images', 'imago', 'invision',
  'keystone', 'kyodo', 'lightrocket', 'nurphoto', 'pa', 'pa images', 'pa media', 'pa wire', 'polaris',
  'press association', 'redux', 'reuters', 'rex', 'rex features', 'shutterstock', 'sipa', 'sipa usa',
  'sopa images', 'sputnik', 'tass', 'upi', 'wireimage', 'xinhua', 'yonhap', 'zuma', 'zuma press', 'zuma wire'
])

/** Words that qualify a credit but name nobody (`Pool/AFP`, `Handout/Reuters`). */
const qualifiers = new Set(['pool', 'pool photo', 'handout', 'handout photo', 'file', 'file photo', 'courtesy', 'supplied', 'provided'])

/** A word that names an organisation rather than a person. */
const organizationWord =
  /\b(?:Images|Photos?|Pictures|Press|Agency|Media|News|Wire|Service|Network|Times|Post|Gazette|Herald|Mail|Telegraph|Journal|Tribune|Guardian|Independent|Observer|Chronicle|Magazine|Studio|Studios|Collection|Archive|Archives|Museum|Library|Foundation)\b/u

const word = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`
const particle = String.raw`(?:de|da|di|do|dos|das|du|del|della|van|von|der|den|ter|ten|la|le|al|el|bin|ibn|y|zu)`
/** A person's name: two to five capitalised words, with lower-case particles between. */
const name = new RegExp(String.raw`^${word}(?:\s+(?:${particle}\s+)*${word}){1,4}$`, 'u')
/** An organisation: capitalised words, acronyms, `&`, `of`, `the`; at most six words. */
const organization = new RegExp(
  String.raw`^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&\-]*(?:\s+(?:[\p{Lu}\p{N}&][\p{L}\p{M}\p{N}'’.&\-]*|of|the|and|for|de|du))*$`,
  'u'
)
const label = /^(?:photo(?:graph)?s?|image|picture|pic|illustration|credit|photo credit|image credit|source)(?:\s*:\s*|\s+(?:by|from)\s+)/iu
const byLabel = /^(?:photo(?:graph)?(?:ed)?|picture|image|illustration)\s+by\s+/iu

/** Parse `line` as a photo credit, or return undefined when it is not clearly one. */
export function parseCredit(line: string): Credit | undefined {
  let start = 0
  let end = line.length
  while (start < end && /\s/u.test(line[start]!)) start++
  while (end > start && /\s/u.test(line[end - 1]!)) end--
  if (end - start === 0 || end - start > 120) return undefined
  if (line.slice(start, end).includes('\n')) return undefined

  // `(Reuters)`, `(AP Photo/Evan Vucci)`.
  if (line[start] === '(' && line[end - 1] === ')') {
    start++
    end--
  }

  let labelled = false
  const labelMatch = byLabel.exec(line.slice(start, end)) ?? label.exec(line.slice(start, end))
  if (labelMatch) {
    labelled = true
    start += labelMatch[0].length
  }

  const body = line.slice(start, end)
  // Sentences are not credits: no final stop, no quotes, no inner sentence break.
  if (body.length === 0 || /[!?"“”]|[.;]$|\.\s+\p{Lu}/u.test(body) || !/^[\p{Lu}\p{N}(]/u.test(body)) return undefined

  const shaped = readShape(body)
  if (shaped) return shift(shaped, start)
  if (!labelled) return undefined
  // A label makes the rest a credit even when its shape is unknown (`Photo: Courtesy of the family`).
  const credit: Credit = {text: [0, body.length]}
  if (name.test(body) && !isOrganization(body)) credit.creator = [0, body.length]
  else if (isOrganization(body)) credit.organization = [0, body.length]
  return shift(credit, start)
}

/** Recognise the credit shapes that need no label. */
function readShape(body: string): Credit | undefined {
  const text: [number, number] = [0, body.length]

  // `Name for The Daily Example`, `Name for Reuters`.
  const forMatch = /^(.+?)\s+(?:for|via)\s+(.+)$/u.exec(body)
  if (forMatch && !body.includes('/')) {
    const person = forMatch[1]!
    const org = forMatch[2]!
    if (name.test(person) && !isOrganization(person) && (isAgency(org) || /^The\s+\p{Lu}/u.test(org)) && organization.test(org)) {
      const orgStart = body.length - org.length
      return {text, creator: [0, person.length], organization: [orgStart, body.length]}
    }
  }

  // Strip a trailing `via Getty Images` / `, File` before reading the slashes.
  let core = body
  const via = /\s+via\s+(.+)$/u.exec(core)
  let viaOrg: [number, number] | undefined
  if (via && organization.test(via[1]!)) {
    viaOrg = [via.index + via[0].length - via[1]!.length, via.index + via[0].length]
    core = core.slice(0, via.index)
  }
  core = core.replace(/,\s*(?:File|Pool|Handout)$/u, '')

  const parts = splitSlashes(core)
  if (parts.length === 1) {
    const only = parts[0]!
    const value = core.slice(only[0], only[1])
    // `AP Photo`, `Reuters Photo`.
    const photo = /^(.+?)\s+Photo(?:s|graph)?$/u.exec(value)
    if (photo && isAgency(photo[1]!)) return {text, organization: [only[0], only[0] + photo[1]!.length]}
    if (isAgency(value)) return {text, organization: only}
    if (viaOrg && name.test(value) && !isOrganization(value)) return {text, creator: only, organization: viaOrg}
    if (viaOrg && isAgency(body.slice(viaOrg[0], viaOrg[1]))) return {text, organization: viaOrg}
    return undefined
  }

  if (parts.length > 3) return undefined
  const values = parts.map(([from, to]) => core.slice(from, to))
  if (values.some((value) => !organization.test(value) && !name.test(value))) return undefined

  // `AP Photo/Evan Vucci`.
  const photo = /^(.+?)\s+Photo(?:s|graph)?$/u.exec(values[0]!)
  if (photo && organization.test(photo[1]!) && parts.length === 2 && isPerson(values[1]!)) {
    return {text, creator: parts[1]!, organization: [parts[0]![0], parts[0]![0] + photo[1]!.length]}
  }

  // `Name/Agency`, `Pool/AFP`, `Getty Images/AFP`, `EPA-EFE/Shutterstock`.
  const [first, ...rest] = values
  const firstSpan = parts[0]!
  const restSpans = parts.slice(1)
  if (qualifiers.has(first!.toLowerCase()) || isAgency(first!) || isOrganization(first!)) {
    if (!rest.every((value) => isAgency(value) || isOrganization(value) || qualifiers.has(value.toLowerCase()))) {
      return undefined
    }
    const orgIndex = values.findIndex((value) => !qualifiers.has(value.toLowerCase()))
    return orgIndex === -1 ? undefined : {text, organization: parts[orgIndex]!}
  }
  if (isPerson(first!)) {
    const orgIndex = rest.findIndex((value) => !qualifiers.has(value.toLowerCase()))
    if (orgIndex === -1) return undefined
    // Two names around a slash (`Ada Lane/Ben Ode`) is not a credit shape we can read.
    if (isPerson(rest[orgIndex]!) && !/^The\s/u.test(rest[orgIndex]!)) return undefined
    return {text, creator: firstSpan, organization: restSpans[orgIndex]!}
  }
  return undefined
}

/** Spans of the pieces between `/` (white space around slashes excluded). */
function splitSlashes(value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = 0
  for (let index = 0; index <= value.length; index++) {
    if (index === value.length || value[index] === '/') {
      let start = from
      let end = index
      while (start < end && value[start] === ' ') start++
      while (end > start && value[end - 1] === ' ') end--
      spans.push([start, end])
      from = index + 1
    }
  }
  return spans
}

function isAgency(value: string): boolean {
  return agencies.has(value.toLowerCase())
}

/** Whether `value` names an organisation (a known agency, an acronym, `… Press`, `… Images`). */
export function isOrganization(value: string): boolean {
  return isAgency(value) || organizationWord.test(value) || /^\p{Lu}{2,6}(?:-\p{Lu}{2,6})?$/u.test(value)
}

/** Whether `value` has the shape of a person's name (two to five capitalised words). */
export function isPerson(value: string): boolean {
  return name.test(value) && !isOrganization(value)
}

function shift(credit: Credit, by: number): Credit {
  const result: Credit = {text: [credit.text[0] + by, credit.text[1] + by]}
  if (credit.creator) result.creator = [credit.creator[0] + by, credit.creator[1] + by]
  if (credit.organization) result.organization = [credit.organization[0] + by, credit.organization[1] + by]
  return result
}
