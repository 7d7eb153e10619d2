/**
 * What the review page and its graph picture share: node labels and
 * speaker colours.
 */

/** Colours for quotation speakers, in order of first quotation (then repeating). */
export const speakerColors = [
  '#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d', '#3b5bdb', '#862e9c'
] as const

/** Colour of quotations without a speaker. */
export const unknownSpeakerColor = '#868e96'

/** Readable label of a node: its name, headline or quoted text, else its `@id`. */
export function label(node: Record<string, unknown>): string {
  if (typeof node['name'] === 'string') return node['name']
  if (typeof node['headline'] === 'string') return node['headline']
  if (typeof node['text'] === 'string') return '“' + node['text'] + '”'
  return String(node['@id'])
}
