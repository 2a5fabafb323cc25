// What the demo's calendar and history seeds share: creating a change request as the requester, and
// the site capabilities they need beyond Jira REST (resolvers, the site's clock).
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { InvokeArgs } from './emulator-site';
import { adf, created, expectOk, type SeedTarget } from './demo-requests';

export { changeRequestTypeId } from './demo-requests';

export interface ShowcaseTarget extends SeedTarget {
  invoke(args: InvokeArgs): Promise<unknown>;
  /** Sets the site's clock (Jira's created, resolution and changelog times follow it); `null` restores it. */
  travelTo(at: Date | null): void;
}

export const ADMIN_PAGE = 'change-governance-admin';

/** Answers landing on tier 4 (score 10) and tier 3 (score 25) under the shipped scoring. */
export const TIER_4 = {
  reach: 1,
  customerAction: 0,
  financial: 0,
  visibility: 1,
  supportLoad: 0,
  reversibility: 0,
  regulatory: 0,
  history: 0,
};
export const TIER_3 = { ...TIER_4, reach: 2, customerAction: 2 };

export const todayOf = (now: () => Date): Temporal.PlainDate =>
  Temporal.Instant.fromEpochMilliseconds(now().getTime()).toZonedDateTimeISO('UTC').toPlainDate();

/** A working-hours instant on a calendar day, for the clock to stand at. */
export const atTen = (day: Temporal.PlainDate): Date => new Date(`${day.toString()}T10:00:00.000Z`);

export async function raiseChange(
  site: SeedTarget,
  typeId: string,
  summary: string,
  intake: Record<string, unknown>,
): Promise<string> {
  const res = await site.rest('requester', 'POST', '/rest/api/3/issue', {
    fields: {
      project: { key: 'CHG' },
      issuetype: { id: typeId },
      summary,
      description: adf(summary),
    },
    properties: [{ key: 'change-governance.intake', value: intake }],
  });
  const key = created.parse(expectOk(res, `creating '${summary}'`)).key;
  await site.drain();
  return key;
}

const resolverAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/** A resolver call as the admin page makes it; a refusal stops the seed with its message. */
export async function adminCall(
  site: ShowcaseTarget,
  functionKey: string,
  payload: unknown,
): Promise<unknown> {
  const answer = resolverAnswer.parse(
    await site.invoke({ moduleKey: ADMIN_PAGE, accountId: 'admin', functionKey, payload }),
  );
  if (!answer.ok)
    throw new Error(
      `Demo seed: ${functionKey} refused: ${answer.error.code} ${answer.error.message}`,
    );
  return answer.data;
}
