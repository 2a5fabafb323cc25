// What emulator-based suites share: the site's lifecycle with its contract check, REST as a person,
// change requests, resolver calls and the property keys.
export * from './change-requests';
export * from './contract-watch';
export * from './emulator';
export * from './rest';
export * from './site';
