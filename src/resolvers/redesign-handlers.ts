// The redesign part's resolvers (its payloads and answers are in src/contract/redesign-contract.ts).
import type { redesignPayloadSchemas } from '../contract/redesign-contract';
import type { HandlersFor } from './context';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled as the part gains resolvers
export const redesignHandlers: HandlersFor<keyof typeof redesignPayloadSchemas> = {};
