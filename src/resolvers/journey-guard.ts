// A configuration save (edit, import or restore) that would take a touchpoint away from open change
// requests is refused before anything is written: gather (the version in force, the open changes
// naming the removed touchpoints) → decide (`touchpointsInUseProblems`) → the handler saves or not.
import { journeyOf, validateConfig, type ConfigProblem, type GovernanceConfig } from '../domain';
import { migrateConfig } from '../domain/config-migration';
import { removedTouchpoints, touchpointsInUseProblems } from '../domain/validate-journey';
import { openChangesUsingTouchpoints } from '../governance/touchpoint-usage';
import type { ResolverContext } from './context';
import { refuse } from './failure';

/**
 * The problems naming the open change requests that use a touchpoint `input` removes from the
 * version in force: none when the save may go ahead. An input that does not validate is left to
 * the save, which refuses it with its own problems.
 */
export async function touchpointsInUseProblemsFor(
  ctx: ResolverContext,
  inForce: GovernanceConfig | null,
  input: unknown,
): Promise<ConfigProblem[]> {
  if (!inForce) return [];
  const candidate = validateConfig(migrateConfig(input).config);
  if (!candidate.ok) return [];
  const removed = removedTouchpoints(journeyOf(inForce), journeyOf(candidate.value));
  if (removed.length === 0) return [];
  // As the app: a change the admin may not browse still holds the touchpoint.
  const usage = await openChangesUsingTouchpoints(
    ctx.ports.jira,
    removed.map((touchpoint) => touchpoint.id),
  );
  return touchpointsInUseProblems(removed, usage);
}

/** The refusal of a save that would take a used touchpoint away, or null when it may go ahead. */
export async function refuseRemovingUsedTouchpoints(
  ctx: ResolverContext,
  inForce: GovernanceConfig | null,
  input: unknown,
) {
  const problems = await touchpointsInUseProblemsFor(ctx, inForce, input);
  if (problems.length === 0) return null;
  return refuse(
    'CONFIG.INVALID',
    'Open change requests still use a touchpoint this version removes; nothing was saved.',
    problems,
  );
}
