// The journey part's resolvers (its payloads and answers are in src/contract/journey-contract.ts).
import type { journeyPayloadSchemas } from '../contract/journey-contract';
import type { HandlersFor } from './context';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled as the part gains resolvers
export const journeyHandlers: HandlersFor<keyof typeof journeyPayloadSchemas> = {};
