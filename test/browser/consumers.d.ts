// The two structured-data readers ship no types: only what the consumer test uses.
declare module '@marbec/web-auto-extractor' {
  const WebAutoExtractor: unknown
  export default WebAutoExtractor
}

declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: unknown)
    validate(extracted: unknown): Promise<unknown[]>
  }
}
