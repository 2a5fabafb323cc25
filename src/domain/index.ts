// The governance core: pure decisions, no platform, no I/O, no clock.
export * from './assess';
export * from './calendar';
export * from './config-schema';
export * from './decide-governance';
export * from './default-config';
export * from './gates';
export * from './governance-staleness';
export * from './intake';
export * from './launch-date-sync';
export * from './localized';
export * from './plan';
export * from './reconcile';
export * from './result';
export * from './scoring';
export * from './similar-changes';
export * from './validate-config';
export * from './what-if';
