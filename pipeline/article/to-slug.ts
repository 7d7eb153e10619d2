/**
 * Turn a front matter `slug` or a file stem into a file-name-safe slug:
 * lower case ASCII letters, digits and single hyphens, at most 80 characters
 * (`Ünïcode Title!` → `unicode-title`). Returns `''` when nothing is left.
 */
export function toSlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
