/**
 * What the Custom UI (static/) takes from the backend's code: the resolver contract, the domain
 * types its answers are made of, and the few pure helpers the browser runs itself. static/ imports
 * nothing from src/ outside src/contract/ (lint enforces it), so a change to the domain reaches the
 * UI only through what this module chooses to export.
 *
 * Types are erased from the bundles. Runtime values a single bundle needs sit in their own module
 * beside this one (`intake-fields`, `config-checks`): a bundler keeps every module a bundle
 * imports, so a shared barrel would carry the intake parser or the configuration schema into
 * bundles that never run them.
 */
export * from './resolver-contract';
export type {
  Assessed,
  Assessment,
  CommsPlan,
  CommsStep,
  Condition,
  Criterion,
  EscalationRule,
  GateDecision,
  GovernanceConfig,
  LeadTime,
  Problem,
  Role,
  RoleMapping,
  SimilarChange,
  TierRoles,
  WhatIfOutcome,
} from '../domain';
// Already in every bundle: the contract's macro locale and each localized text need them.
export { LOCALES, localize, toLocale, type Locale, type LocalizedText } from '../domain/localized';
export { isRecord } from './is-record';
