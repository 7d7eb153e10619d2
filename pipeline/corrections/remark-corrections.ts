/**
 * Corrections stage: apply the editor's front matter `corrections` to what
 * the extractors found.
 *
 * ```yaml
 * corrections:
 *   - name: Lane            # a name or alias the extraction uses
 *     rename: Ada Lane
 *   - name: Ines Ruiz
 *     jobTitle: Governor
 *     affiliation: Harbour Board
 *     sameAs: https://www.wikidata.org/wiki/Q…
 *     about: true
 *   - name: Sam Reed
 *     add: true             # the text names him, the extraction missed him
 *   - name: Portmere Times
 *     remove: true
 *   - quotation: a good day # a fragment of its text, or its number (1 = first)
 *     speaker: Ines Ruiz    # or null: the text does not say
 * ```
 *
 * Reads: `file.data.matter.corrections`, `file.data.matterPositions`,
 * `file.data.text`.
 * Writes: `file.data.people`, `.quotations`, `.events` (in place: this stage
 * runs after every extractor and before the graph, and the editor's word is
 * final; see `data.ts`), `file.data.corrections` (what applied).
 * Emits: `corrections-invalid` (the list does not match
 * `schemas/corrections.schema.json`; nothing is applied),
 * `correction-unmatched`, `correction-ambiguous` (that one correction is
 * not applied), all at the correction's place in the front matter.
 */
import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {CorrectionRecord, QuotationEntity, RegistryType} from '../data.js'
import {report} from '../diagnostics.js'
import {slugify} from '../graph/ids.js'
import {validatorFor} from '../validate/ajv.js'
import {describeAjvErrors} from './ajv-errors.js'
import {
  addEntity,
  findNamed,
  freeKey,
  mergeEntity,
  normalizeName,
  rekeyEntity,
  removeEntity,
  typeOfKind,
  union,
  kindOfType,
  type Named,
  type Slices
} from './edit-slices.js'

/** A correction of an entity, as the schema allows it. */
export interface EntityCorrection {
  name: string
  type?: RegistryType
  add?: true
  remove?: true
  rename?: string
  jobTitle?: string
  affiliation?: string
  sameAs?: string | string[]
  about?: boolean
}

/** A correction of a quotation's speaker. */
export interface QuotationCorrection {
  quotation: string | number
  speaker: string | null
}

export type Correction = EntityCorrection | QuotationCorrection

const source = 'remark-corrections'
const key = 'corrections'
const validateCorrections = validatorFor('corrections.schema.json')

/** Apply front matter `corrections`. */
export function remarkCorrections() {
  return function (_tree: Root, file: VFile): undefined {
    const value = file.data.matter?.[key]
    const people = file.data.people
    if (value === undefined || people === undefined) return
    const positions = file.data.matterPositions ?? {}
    const at = (path: string): Position | undefined =>
      positions[path === '' ? key : key + '/' + path] ?? positions[key]

    if (!validateCorrections(value)) {
      for (const problem of describeAjvErrors(validateCorrections.errors ?? [], key)) {
        report(file, 'corrections-invalid', problem.reason, {place: at(problem.path), source})
      }
      return
    }

    const slices: Slices = {people, quotations: file.data.quotations, events: file.data.events}
    const records: CorrectionRecord[] = []
    const corrections = value as Correction[]
    for (const [index, correction] of corrections.entries()) {
      const record =
        'quotation' in correction
          ? correctSpeaker(correction, index)
          : correctEntity(correction, index)
      if (record) records.push(record)
    }
    file.data.corrections = {records}

    function correctEntity(correction: EntityCorrection, index: number): CorrectionRecord | undefined {
      const here = (field: string) => at(index + '/' + field)
      const kinds = correction.type === undefined ? undefined : [kindOfType[correction.type]]
      const found = findNamed(people!, correction.name, kinds)
      const label = '`' + correction.name + '`'
      if (found.length > 1) {
        report(
          file,
          'correction-ambiguous',
          'Unexpected correction of ' + label + ', which names ' + found.length + ' entities (' +
            found.map((named) => typeOfKind[named.kind] + ' `' + named.entity.name + '`').join(', ') + ')',
          {place: here('name'), source, note: 'Add `type`, or give the full name.'}
        )
        return undefined
      }
      let target: Named | undefined = found[0]
      const fields: string[] = []

      if (correction.remove) {
        if (target === undefined) {
          unmatched(here('name'), 'Unexpected `remove` of ' + label + ', which the extraction did not find')
          return undefined
        }
        removeEntity(slices, target.entity.key)
        return {index, action: 'remove', target: target.entity.key, fields, position: at(String(index))}
      }

      let action: CorrectionRecord['action'] = 'set'
      if (target === undefined) {
        if (!correction.add) {
          unmatched(
            here('name'),
            'Unexpected correction of ' + label + ', which the extraction did not find',
            'Check the name on the review page, or add `add: true` to add it.'
          )
          return undefined
        }
        target = addEntity(slices, kinds?.[0] ?? 'person', correction.name.trim(), file.data.text)
        action = 'add'
      }

      if (correction.rename !== undefined) {
        const name = correction.rename.trim()
        const other = findNamed(people!, name, [target.kind]).filter((named) => named !== target)
        if (other.length === 1) {
          // The new name is another entity's: they were one all along.
          mergeEntity(slices, target.entity.key, other[0]!.entity.key)
          target = other[0]!
        } else {
          const old = target.entity.name
          target.entity.name = name
          if (target.kind === 'person' && normalizeName(old) !== normalizeName(name)) {
            target.entity.aliases = [old, ...target.entity.aliases.filter((alias) => normalizeName(alias) !== normalizeName(name))]
          }
          // The key (and so the `@id`) follows the name: `#person-lane` → `#person-ada-lane`.
          if (target.entity.key !== target.kind + ':' + (slugify(name) || target.kind)) {
            rekeyEntity(slices, target.entity.key, freeKey(people!, target.kind, name))
          }
        }
        if (action === 'set') action = 'rename'
        fields.push('name')
      }

      if (correction.jobTitle !== undefined || correction.affiliation !== undefined) {
        if (target.kind !== 'person') {
          const field = correction.jobTitle === undefined ? 'affiliation' : 'jobTitle'
          report(
            file,
            'corrections-invalid',
            'Unexpected `' + field + '` for ' + typeOfKind[target.kind] + ' `' + target.entity.name + '`, expected a Person',
            {place: here(field), source}
          )
        } else {
          if (correction.jobTitle !== undefined) {
            target.entity.jobTitle = {value: correction.jobTitle.trim(), position: here('jobTitle')}
            fields.push('jobTitle')
          }
          if (correction.affiliation !== undefined) {
            const organizations = findNamed(people!, correction.affiliation, ['organization'])
            if (organizations.length > 1) {
              report(file, 'correction-ambiguous', 'Unexpected `affiliation` `' + correction.affiliation + '`, which names ' +
                organizations.length + ' organizations', {place: here('affiliation'), source})
            } else {
              const organization =
                organizations[0] ?? addEntity(slices, 'organization', correction.affiliation.trim(), file.data.text)
              target.entity.affiliation = organization.entity.key
              fields.push('affiliation')
            }
          }
        }
      }
      if (correction.sameAs !== undefined) {
        target.entity.sameAs = union(target.entity.sameAs, toList(correction.sameAs))
        fields.push('sameAs')
      }
      if (correction.about !== undefined) {
        target.entity.about = correction.about
        fields.push('about')
      }
      return {index, action, target: target.entity.key, fields, position: at(String(index))}
    }

    function correctSpeaker(correction: QuotationCorrection, index: number): CorrectionRecord | undefined {
      const here = (field: string) => at(index + '/' + field)
      const quotations = slices.quotations?.quotations ?? []
      let matches: QuotationEntity[]
      if (typeof correction.quotation === 'number') {
        const quotation = quotations[correction.quotation - 1]
        matches = quotation ? [quotation] : []
      } else {
        const fragment = normalizeQuote(correction.quotation)
        matches = quotations.filter((quotation) => normalizeQuote(quotation.text).includes(fragment))
      }
      const label =
        typeof correction.quotation === 'number'
          ? 'quotation ' + correction.quotation
          : 'quotation `' + correction.quotation + '`'
      if (matches.length === 0) {
        unmatched(
          here('quotation'),
          'Unexpected correction of ' + label + ', which the extraction did not find (' + quotations.length + ' quotations)'
        )
        return undefined
      }
      if (matches.length > 1) {
        report(file, 'correction-ambiguous', 'Unexpected correction of ' + label + ', which matches ' + matches.length +
          ' quotations', {place: here('quotation'), source, note: 'Give a longer fragment, or the quotation’s number.'})
        return undefined
      }
      const quotation = matches[0]!
      let speaker: string | undefined
      if (correction.speaker !== null) {
        const found = findNamed(people!, correction.speaker, ['person', 'organization'])
        if (found.length !== 1) {
          const reason = 'Unexpected speaker `' + correction.speaker + '`, which ' +
            (found.length === 0 ? 'the extraction did not find' : 'names ' + found.length + ' entities')
          if (found.length === 0) {
            unmatched(here('speaker'), reason, 'Add the person first with `name: …` and `add: true`.')
          } else {
            report(file, 'correction-ambiguous', reason, {place: here('speaker'), source})
          }
          return undefined
        }
        speaker = found[0]!.entity.key
      }
      quotation.speaker = speaker
      // The words that named the old speaker no longer attribute the quotation.
      quotation.attribution = undefined
      return {index, action: 'speaker', target: quotation.key, fields: ['speaker'], position: at(String(index))}
    }

    function unmatched(place: Position | undefined, reason: string, note?: string): void {
      report(file, 'correction-unmatched', reason, {place, source, note})
    }
  }
}

function toList(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : value
}

function normalizeQuote(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‛′]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
