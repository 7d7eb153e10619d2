/**
 * People stage: the persons, organisations and places the article names.
 *
 * Reads: `file.data.text` (the whole article as one string, with block
 * roles). Writes: `file.data.people` — one `PersonEntity` per human (fullest
 * name without titles, aliases, first role stated as `jobTitle`,
 * `affiliation`, every mention with its source position, `about` for the
 * headline and standfirst), `OrganizationEntity` and `PlaceEntity` nodes, and
 * `RoleReference`s for role phrases the text ties to a named person
 * ("Lane’s deputy" → Ada Lane), which the quotations stage attributes
 * through. Emits: (none).
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {extractPeople} from './extract-people.js'

export interface PeopleOptions {}

const emptyOptions: PeopleOptions = {}

/** Find the people, organisations and places in `file.data.text`. */
export function remarkPeople(options?: Readonly<PeopleOptions> | null) {
  const settings = options ?? emptyOptions
  void settings
  return function (_tree: Root, file: VFile): undefined {
    const text = file.data.text
    if (!text) {
      file.data.people = {persons: [], organizations: [], places: [], roles: []}
      return
    }
    const {persons, organizations, places, roles, genders} = extractPeople(text)
    for (const person of persons) {
      const gender = genders.get(person.key)
      if (gender) person.gender = gender
    }
    file.data.people = {persons, organizations, places, roles}
  }
}
