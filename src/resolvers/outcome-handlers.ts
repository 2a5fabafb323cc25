// The outcome part's resolvers (its payloads and answers are in src/contract/outcome-contract.ts).
import type { outcomePayloadSchemas } from '../contract/outcome-contract';
import type { HandlersFor } from './context';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled as the part gains resolvers
export const outcomeHandlers: HandlersFor<keyof typeof outcomePayloadSchemas> = {};
