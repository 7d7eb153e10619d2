/**
 * The pipeline, in data-flow order. Read this file first.
 *
 * ```
 * article → parse → article → people → quotations → events → corrections → registry → graph → validate
 *           mdast   .article   .people   .quotations   .events   (edit people,  (ids,       .jsonLd   messages
 *                   .text                                         quotations,    sameAs)
 *                                                                 events)
 * ```
 */
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import {unified, type Processor} from 'unified'
import {plainTextParse} from './article/plain-text-parse.js'
import {remarkParseBlocks} from './article/remark-parse-blocks.js'
import {remarkArticle} from './article/remark-article.js'
import {remarkArticleMatter} from './article/remark-article-matter.js'
import {remarkCorrections} from './corrections/remark-corrections.js'
import type {RegistryEntry} from './data.js'
import {remarkEvents} from './events/remark-events.js'
import {remarkGraph} from './graph/remark-graph.js'
import {remarkPeople} from './people/remark-people.js'
import {remarkQuotations} from './quotations/remark-quotations.js'
import {remarkRegistry} from './registry/remark-registry.js'
import {remarkValidate} from './validate/remark-validate.js'
import './data.js'

/** Input format: Markdown (with optional YAML front matter) or plain text. */
export type ArticleFormat = 'markdown' | 'text'

export interface ProcessorOptions {
  /** How to parse the article (default: `'markdown'`). */
  format?: ArticleFormat | undefined
  /** Metadata handed over by a CMS, merged over the front matter (optional). */
  matter?: Record<string, unknown> | undefined
  /**
   * Site-wide defaults (publisher, inLanguage, author…) used only where the
   * article does not say (optional).
   */
  defaults?: Record<string, unknown> | undefined
  /** Base URL for `@id`s when an article has no `url` (optional). */
  siteUrl?: string | undefined
  /**
   * The site's entity registry (optional), as `readRegistry` returns it: a
   * registered entity gets the registry's `@id` and `sameAs` in every article.
   */
  entities?: readonly RegistryEntry[] | undefined
}

const emptyOptions: ProcessorOptions = {}

/** Create the unified processor for one article format. */
export function createProcessor(options?: Readonly<ProcessorOptions> | null): Processor<Root, Root, Root> {
  const settings = options ?? emptyOptions
  const base = unified()
  const processor = (
    settings.format === 'text'
      ? base.use(plainTextParse)
      : // remark-parse's tree, parsed a run of blocks at a time: linear in
        // the length of the article (see remark-parse-blocks.ts).
        base.use(remarkParseBlocks).use(remarkFrontmatter, ['yaml'])
  ) as Processor<Root>

  return (
    processor
      // Front matter first (CMS metadata merged over it): the article stage
      // narrows it to fields, decides which blocks are headline, standfirst,
      // caption, credit and body, and builds the text every extractor reads.
      .use(remarkArticleMatter, {matter: settings.matter, defaults: settings.defaults})
      .use(remarkArticle)
      // People first: quotations attribute to them and events list them.
      .use(remarkPeople)
      .use(remarkQuotations)
      // Events last of the extractors: they link people and quotations.
      .use(remarkEvents)
      // The editor's front matter corrections, then the site's registry, edit
      // the extracted slices in place: they run after every extractor and
      // before the graph, so the graph and the review page see one truth.
      .use(remarkCorrections)
      .use(remarkRegistry, {entities: settings.entities})
      .use(remarkGraph, {siteUrl: settings.siteUrl})
      // Validation only reads the finished graph.
      .use(remarkValidate)
  ) as unknown as Processor<Root, Root, Root>
}
