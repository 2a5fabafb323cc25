/**
 * Whether an escalation rule's conditions hold for a change's answers: the backend's own check, so the panel can
 * say a rule held but the score had already given its tier, which the assessment does not list as applied.
 */
export { ruleMatches } from '../domain/scoring';
