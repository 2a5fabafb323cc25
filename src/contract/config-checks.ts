/**
 * The configuration checks the admin page runs as the admin types, for feedback before saving.
 * They are the backend's own checks, so the page can never accept what a save would refuse; the
 * backend still runs them again on every save.
 */
export { configWarnings, validateConfig } from '../domain/validate-config';
