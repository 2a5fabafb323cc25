// The calendar part's resolvers (its payloads and answers are in src/contract/calendar-contract.ts).
import type { calendarPayloadSchemas } from '../contract/calendar-contract';
import type { HandlersFor } from './context';

// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type -- filled as the part gains resolvers
export const calendarHandlers: HandlersFor<keyof typeof calendarPayloadSchemas> = {};
