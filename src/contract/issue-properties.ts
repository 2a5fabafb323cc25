/**
 * The issue property keys the app reads and writes: part of its public contract (docs/contracts.md).
 * Defined once in the governance layer that writes them; anything outside src/ that needs a key
 * takes it from here.
 */
export { ASSESSMENT_PROPERTY, INTAKE_PROPERTY, STEP_PROPERTY } from '../governance/properties';
