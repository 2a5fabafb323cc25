// The redesign part of the one UI↔backend contract (resolver-contract.ts merges it): payload schemas
// of its resolvers and what each answers. Free of platform imports, so the browser bundles can use it.

/** Payload schemas, one per resolver key of this part. */
export const redesignPayloadSchemas = {} as const;

/** What each resolver of this part answers when it succeeds. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the part gains resolvers
export interface RedesignResponses {}
