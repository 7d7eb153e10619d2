/**
 * The guidance layer: Google's Article structured-data guidance, as warnings
 * (a document that misses it is still valid schema.org, but shows worse in
 * search):
 *
 * * headline at most 110 characters (`headline-too-long`);
 * * an image with an absolute URL (`image-missing`, `image-url-relative`) of
 *   at least 50,000 pixels when its size is known (`image-too-small`);
 * * `datePublished` and `dateModified` with a time zone
 *   (`date-timezone-missing`); `dateModified` not before `datePublished` is
 *   checked by the article stage (`date-modified-before-published`);
 * * authors as Person or Organization objects (the schema), one per person
 *   (`author-name-multiple`), only the name (`author-name-byline`), with a
 *   `url` or `sameAs` (`author-url-missing`); at least one
 *   (`author-missing`);
 * * a publisher with a name (the schema) and a logo (`publisher-missing`,
 *   `publisher-logo-missing`).
 */
import {isRecord, type Finding, type RuleLayer} from './layer.js'

/** Longest headline Google shows whole. */
export const maxHeadline = 110
/** Fewest pixels (width × height) of an article image. */
export const minImagePixels = 50_000

const absoluteHttp = /^https?:\/\/[^\s/?#]+/i
const zoned = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/
const byline = /^\s*(?:(?:posted|written|words|reporting|text)\s+)?by\b/i
const severalPeople = /\s(?:and|&)\s|[,;/]/i

export const guidanceLayer: RuleLayer = {
  name: 'guidance',
  check(document) {
    const graph = document['@graph']
    if (!Array.isArray(graph)) return []
    const index = graph.findIndex((node) => isRecord(node) && node['@type'] === 'NewsArticle')
    const article: unknown = graph[index]
    if (!isRecord(article)) return []
    const base = '/@graph/' + index
    const findings: Finding[] = []

    const headline = article['headline']
    if (typeof headline === 'string' && [...headline].length > maxHeadline) {
      findings.push({
        ruleId: 'headline-too-long',
        reason:
          'Unexpected headline of ' + [...headline].length + ' characters, expected at most ' + maxHeadline +
          ' (Google truncates longer ones)',
        instancePath: base + '/headline'
      })
    }

    const image = article['image']
    const url = isRecord(image) ? image['url'] : undefined
    if (typeof url !== 'string') {
      findings.push({
        ruleId: 'image-missing',
        reason: 'Missing image URL, expected an image for the article (front matter `image` or a Markdown image)',
        instancePath: isRecord(image) ? base + '/image' : base
      })
    } else if (!absoluteHttp.test(url)) {
      findings.push({
        ruleId: 'image-url-relative',
        reason: 'Unexpected image URL `' + url + '`, expected an absolute `https://` URL',
        instancePath: base + '/image/url',
        actual: url
      })
    }
    if (isRecord(image)) {
      const width = pixels(image['width'])
      const height = pixels(image['height'])
      if (width !== undefined && height !== undefined && width * height < minImagePixels) {
        findings.push({
          ruleId: 'image-too-small',
          reason:
            'Unexpected image of ' + width + '×' + height + ' (' + width * height + ' pixels), expected at least ' +
            minImagePixels.toLocaleString('en') + ' pixels',
          instancePath: base + '/image'
        })
      }
    }

    for (const field of ['datePublished', 'dateModified']) {
      const value = article[field]
      if (typeof value !== 'string' || zoned.test(value)) continue
      findings.push({
        ruleId: 'date-timezone-missing',
        reason:
          'Unexpected `' + field + '` `' + value + '` without a time zone, expected a date-time such as `' +
          (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '2025-08-17') + 'T09:30:00+02:00`',
        instancePath: base + '/' + field,
        actual: value
      })
    }

    const authors = article['author']
    if (!Array.isArray(authors) || authors.length === 0) {
      findings.push({
        ruleId: 'author-missing',
        reason: 'Missing author, expected front matter `author` or a byline',
        instancePath: base
      })
    } else {
      authors.forEach((author: unknown, position) => {
        if (!isRecord(author)) return
        const pointer = base + '/author/' + position
        const name = typeof author['name'] === 'string' ? author['name'] : ''
        if (byline.test(name)) {
          findings.push({
            ruleId: 'author-name-byline',
            reason: 'Unexpected author name `' + name + '`, expected only the name, without “By”',
            instancePath: pointer + '/name',
            actual: name
          })
        }
        if (author['@type'] === 'Person' && severalPeople.test(name)) {
          findings.push({
            ruleId: 'author-name-multiple',
            reason: 'Unexpected author name `' + name + '` that looks like several people, expected one author per person',
            instancePath: pointer + '/name',
            actual: name
          })
        }
        if (author['url'] === undefined && author['sameAs'] === undefined) {
          findings.push({
            ruleId: 'author-url-missing',
            reason: 'Missing `url` on author `' + name + '`, expected a profile page that identifies them',
            instancePath: pointer
          })
        }
      })
    }

    const publisher = article['publisher']
    if (!isRecord(publisher)) {
      findings.push({
        ruleId: 'publisher-missing',
        reason: 'Missing publisher, expected front matter `publisher` with a name and logo',
        instancePath: base
      })
    } else if (publisher['logo'] === undefined) {
      findings.push({
        ruleId: 'publisher-logo-missing',
        reason: 'Missing `logo` on publisher `' + String(publisher['name']) + '`, expected a logo URL',
        instancePath: base + '/publisher'
      })
    }

    return findings
  }
}

function pixels(value: unknown): number | undefined {
  if (!isRecord(value)) return undefined
  const number = value['value']
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}
