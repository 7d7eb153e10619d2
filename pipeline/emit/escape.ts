/**
 * All escaping for the HTML outputs lives here.
 *
 * JSON-LD goes inside `<script type="application/ld+json">`, where the HTML
 * parser ends the element at the first `</script` whatever JSON thinks of it.
 * So `<`, `>` and `&` are written as JSON `\u` escapes (the same escaping
 * schema-dts recommends), and U+2028/U+2029 too (line terminators for
 * older JavaScript parsers). These characters can only occur inside JSON
 * strings, where the escapes mean exactly the same characters, so the
 * script's text still parses to the very object of the `.jsonld` file.
 */

const scriptUnsafe = /[<>&\u2028\u2029]/g
const htmlUnsafe = /[&<>"']/g
const hasHtmlUnsafe = /[&<>"']/
const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** JSON text, pretty-printed with two spaces (what `.jsonld` files hold, minus the final newline). */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** JSON text safe to put between `<script …>` and `</script>`. */
export function toScriptJson(value: unknown): string {
  return escapeScriptJson(toJson(value))
}

/** JSON text (from `toJson`) made safe to put between `<script …>` and `</script>`. */
export function escapeScriptJson(json: string): string {
  return json.replace(scriptUnsafe, (character) => {
    return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
  })
}

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  // Most values have nothing to escape: a test is cheaper than a replace.
  if (!hasHtmlUnsafe.test(value)) return value
  return value.replace(htmlUnsafe, (character) => htmlEntities[character]!)
}

/**
 * A URL safe to put in `href`/`src`: `http(s)` or relative, else undefined,
 * so an article cannot smuggle a `javascript:` link into the page. A URL
 * with white space or control characters inside is refused too: browsers
 * drop tabs and line breaks from URLs, so `java\nscript:` would run.
 */
export function safeUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (trimmed === '' || /[\s\u0000-\u001F\u007F-\u009F]/.test(trimmed)) return undefined
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(trimmed)
  if (scheme && !/^https?$/i.test(scheme[1]!)) return undefined
  return trimmed
}
