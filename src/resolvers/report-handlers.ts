// The report part's resolvers (its payloads and answers are in src/contract/report-contract.ts).
import type { reportPayloadSchemas } from '../contract/report-contract';
import type { HandlersFor } from './context';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled as the part gains resolvers
export const reportHandlers: HandlersFor<keyof typeof reportPayloadSchemas> = {};
