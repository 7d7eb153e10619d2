/**
 * Check an HTML output with a real HTML parser (parse5, the WHATWG
 * algorithm browsers use): which elements and attributes it has, its
 * `<script>` elements, and what their JSON parses to.
 */
import {parse, parseFragment} from 'parse5'

/** Elements the page template writes; anything else came from article text. */
export const pageElements = new Set([
  'html', 'head', 'meta', 'title', 'link', 'script', 'style', 'body', 'article', 'header',
  'h1', 'h2', 'p', 'a', 'time', 'figure', 'img', 'figcaption', 'span', 'br'
])
/** Attributes the page template writes. */
export const pageAttributes = new Set(['lang', 'charset', 'name', 'content', 'rel', 'href', 'type', 'class', 'datetime', 'src', 'alt'])

export interface Element {
  tag: string
  attributes: Array<{name: string; value: string}>
  /** Text content (for scripts). */
  text: string
}

export interface HtmlCheck {
  elements: Element[]
  scripts: Element[]
  comments: number
  /** Parse errors parse5 reported. */
  errors: string[]
}

interface Node {
  nodeName: string
  tagName?: string
  attrs?: Array<{name: string; value: string}>
  childNodes?: Node[]
  value?: string
  content?: Node
}

/** Parse `html` (a whole page, or a fragment with `fragment`) and list what is in it. */
export function inspect(html: string, fragment = false): HtmlCheck {
  const errors: string[] = []
  const options = {onParseError: (error: {code: string}) => errors.push(error.code)}
  const root = (fragment ? parseFragment(html, options) : parse(html, options)) as unknown as Node
  const elements: Element[] = []
  let comments = 0
  const stack: Node[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeName === '#comment') comments++
    if (node.tagName !== undefined) {
      const text = (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value ?? '' : '')).join('')
      elements.push({tag: node.tagName, attributes: node.attrs ?? [], text})
    }
    const children = [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return {elements, scripts: elements.filter((element) => element.tag === 'script'), comments, errors}
}

/**
 * Everything that must hold for an output of an article: one script, of type
 * `application/ld+json`, parsing to exactly `jsonld`; only template elements
 * and attributes; no comment; only http(s) or relative links.
 * Returns the problems (empty when the output is safe).
 */
export function problems(html: string, jsonld: unknown, fragment = false): string[] {
  const check = inspect(html, fragment)
  const found: string[] = []
  if (check.scripts.length !== 1) found.push(check.scripts.length + ' script elements')
  for (const script of check.scripts) {
    const type = script.attributes.find((attribute) => attribute.name === 'type')?.value
    if (type !== 'application/ld+json') found.push('script of type ' + String(type))
    let parsed: unknown
    try {
      parsed = JSON.parse(script.text)
    } catch {
      found.push('script that is not JSON')
    }
    if (JSON.stringify(parsed) !== JSON.stringify(jsonld)) found.push('script JSON differs from the .jsonld')
  }
  if (fragment && check.elements.length !== 1) found.push(check.elements.length + ' elements in the snippet')
  if (check.comments > 0) found.push(check.comments + ' comments')
  for (const element of check.elements) {
    if (!pageElements.has(element.tag)) found.push('element <' + element.tag + '>')
    for (const attribute of element.attributes) {
      if (!pageAttributes.has(attribute.name)) found.push('attribute ' + attribute.name + ' on <' + element.tag + '>')
      if (attribute.name === 'href' || attribute.name === 'src') {
        // What a browser makes of it: tabs and line breaks dropped, leading controls and spaces trimmed.
        const url = attribute.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
        const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url)
        if (scheme && !/^https?$/i.test(scheme[1]!)) found.push(attribute.name + ' with scheme ' + scheme[1])
      }
    }
  }
  return found
}
