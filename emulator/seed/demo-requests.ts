// The demo's change requests: raised by `requester` through Jira REST, then moved along by the right people.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { HttpMethod } from '../forge/product';

export interface SeedTarget {
  rest(
    accountId: string,
    method: HttpMethod,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  drain(): Promise<void>;
}

type Answers = Record<
  | 'reach'
  | 'customerAction'
  | 'financial'
  | 'visibility'
  | 'supportLoad'
  | 'reversibility'
  | 'regulatory'
  | 'history',
  number
>;
type Step = 'submit' | 'approve-all' | 'approve' | 'schedule' | 'done';

interface DemoRequest {
  summary: string;
  description: string;
  launchInDays: number;
  answers: Partial<Answers>;
  segments: string[];
  channels: string[];
  touchpoints: string[];
  customerAction: string;
  rollbackPlan: string;
  rollout: 'big-bang' | 'phased' | 'pilot';
  kpis: string[];
  /** What happens to it after the app assessed it, in order. */
  steps: Step[];
}

/** Answers chosen so docs/design-contract.md's default scoring lands each request on the tier named in its comment. */
export const DEMO_REQUESTS: DemoRequest[] = [
  {
    // score 85 → tier 1; left in review with its three approvals pending.
    summary: 'Raise Pro plan prices by 12%',
    description: 'Align Pro plan pricing with the value delivered since the last change in 2022.',
    launchInDays: 400,
    answers: {
      reach: 3,
      customerAction: 2,
      financial: 3,
      visibility: 3,
      supportLoad: 3,
      reversibility: 2,
      regulatory: 2,
      history: 1,
    },
    segments: ['Pro monthly', 'Pro annual'],
    channels: ['email', 'in-app', 'help centre'],
    touchpoints: ['checkout', 'invoices', 'renewal-notice', 'support-agents'],
    customerAction:
      'Review the new price before the next renewal; downgrade or cancel if it no longer fits.',
    rollbackPlan: 'Revert the price book entry and credit the difference on the next invoice.',
    rollout: 'big-bang',
    kpis: [
      'Churn of Pro accounts within 90 days < 2%',
      'Support contacts about pricing < 500/week',
    ],
    steps: ['submit'],
  },
  {
    // reversibility 3 and reach 3 escalate to tier 1; still a draft.
    summary: 'Retire the legacy desktop app',
    description:
      'Stop distributing and supporting the Windows desktop app; the web app covers every flow.',
    launchInDays: 300,
    answers: {
      reach: 3,
      customerAction: 3,
      financial: 1,
      visibility: 2,
      supportLoad: 2,
      reversibility: 3,
      regulatory: 0,
      history: 2,
    },
    segments: ['Desktop users'],
    channels: ['email', 'in-app', 'status page'],
    touchpoints: ['in-app', 'help-centre', 'support-agents'],
    customerAction: 'Switch to the web app and export local drafts before the retirement date.',
    rollbackPlan:
      'None once the update server is shut down; keep the last installer available for 12 months.',
    rollout: 'phased',
    kpis: ['90% of desktop users active on web before launch'],
    steps: [],
  },
  {
    // score 46 → tier 2; approved by the CX director, waiting to be scheduled.
    summary: 'Change weekend support hours',
    description: 'Move weekend chat support from 24h to 08:00–20:00 local time.',
    launchInDays: 200,
    answers: {
      reach: 2,
      customerAction: 1,
      financial: 0,
      visibility: 2,
      supportLoad: 2,
      reversibility: 1,
      regulatory: 2,
      history: 1,
    },
    segments: ['All plans with chat support'],
    channels: ['help centre', 'in-app'],
    touchpoints: ['support-agents'],
    customerAction: 'Use email or the help centre outside the new hours.',
    rollbackPlan: 'Re-open the weekend night shift from the standby roster within a week.',
    rollout: 'big-bang',
    kpis: ['Weekend CSAT ≥ 4.3', 'Email backlog on Monday < 200'],
    steps: ['submit', 'approve-all', 'approve'],
  },
  {
    // score 29 → tier 3; approved and scheduled.
    summary: 'Add identity verification step at checkout',
    description:
      'Customers paying more than 1,000 EUR confirm their identity with a one-time code.',
    launchInDays: 100,
    answers: {
      reach: 2,
      customerAction: 2,
      financial: 0,
      visibility: 1,
      supportLoad: 1,
      reversibility: 0,
      regulatory: 0,
      history: 0,
    },
    segments: ['High-value buyers'],
    channels: ['in-app', 'email'],
    touchpoints: ['checkout'],
    customerAction: 'Enter the code sent by SMS when paying more than 1,000 EUR.',
    rollbackPlan: 'Turn the verification flag off.',
    rollout: 'pilot',
    kpis: ['Checkout completion drop < 1%', 'Chargebacks −20%'],
    steps: ['submit', 'approve-all', 'approve', 'schedule'],
  },
  {
    // score 29 → tier 3, but launching inside its 90-day lead time: scheduling will be refused.
    summary: 'Shorten the free trial to 14 days',
    description: 'New sign-ups get a 14-day trial instead of 30.',
    launchInDays: 12,
    answers: {
      reach: 2,
      customerAction: 2,
      financial: 0,
      visibility: 1,
      supportLoad: 1,
      reversibility: 0,
      regulatory: 0,
      history: 0,
    },
    segments: ['New sign-ups'],
    channels: ['website', 'in-app'],
    touchpoints: ['website', 'welcome-email', 'setup-wizard'],
    customerAction: 'None for existing customers; new sign-ups decide within 14 days.',
    rollbackPlan: 'Restore the 30-day trial setting.',
    rollout: 'phased',
    kpis: ['Trial-to-paid conversion ≥ current'],
    steps: ['submit'],
  },
  {
    // score 10 → tier 4; went all the way to done.
    summary: 'Reword the onboarding checklist',
    description: 'Clearer wording for the five onboarding checklist items.',
    launchInDays: 20,
    answers: {
      reach: 1,
      customerAction: 0,
      financial: 0,
      visibility: 1,
      supportLoad: 0,
      reversibility: 0,
      regulatory: 0,
      history: 0,
    },
    segments: ['New accounts'],
    channels: ['in-app'],
    touchpoints: ['setup-wizard'],
    customerAction: 'None.',
    rollbackPlan: 'Revert the copy change.',
    rollout: 'big-bang',
    kpis: ['Checklist completion +5%'],
    steps: ['submit', 'approve-all', 'approve', 'schedule', 'done'],
  },
  {
    // score 17 → tier 4; submitted, approval pending with the team lead.
    summary: 'Fix rounding on invoice PDFs',
    description: 'Totals on invoice PDFs are rounded per line; round once on the total instead.',
    launchInDays: 21,
    answers: {
      reach: 1,
      customerAction: 0,
      financial: 1,
      visibility: 1,
      supportLoad: 0,
      reversibility: 0,
      regulatory: 0,
      history: 0,
    },
    segments: ['Customers paying by invoice'],
    channels: ['release notes'],
    touchpoints: ['invoices'],
    customerAction: 'None.',
    rollbackPlan: 'Revert the renderer change.',
    rollout: 'big-bang',
    kpis: ['Invoice rounding tickets → 0'],
    steps: ['submit'],
  },
  {
    // Not tiered: two criteria unanswered, so the app asks for input and provisions nothing.
    summary: 'Introduce usage-based add-on for API calls',
    description: 'Charge for API calls above the plan allowance.',
    launchInDays: 150,
    answers: {
      reach: 1,
      customerAction: 1,
      financial: 2,
      visibility: 2,
      supportLoad: 1,
      reversibility: 1,
    },
    segments: ['API-heavy accounts'],
    channels: ['email', 'developer portal'],
    touchpoints: ['checkout', 'invoices', 'in-app'],
    customerAction: 'Watch the usage dashboard; buy the add-on or reduce calls.',
    rollbackPlan: 'Waive add-on charges for the first billing cycle.',
    rollout: 'pilot',
    kpis: ['Add-on revenue', 'API-related tickets'],
    steps: [],
  },
];

export const created = z.object({ id: z.string(), key: z.string() });
const projectShape = z.object({
  issueTypes: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
});
const transitionsShape = z.object({
  transitions: z.array(z.object({ id: z.string(), name: z.string() })),
});
const subtasksShape = z.object({
  fields: z.object({ subtasks: z.array(z.object({ key: z.string() })).optional() }),
});
const approvalShape = z.object({
  fields: z.object({
    issuetype: z.object({ name: z.string() }),
    assignee: z.object({ accountId: z.string() }).nullable().optional(),
    status: z.object({ statusCategory: z.object({ key: z.string() }).optional() }),
  }),
});

export function expectOk(res: { status: number; body: unknown }, what: string): unknown {
  if (res.status >= 300)
    throw new Error(
      `Demo seed: ${what} answered ${String(res.status)}: ${JSON.stringify(res.body)}`,
    );
  return res.body;
}

export const adf = (text: string): unknown => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export async function transition(
  site: SeedTarget,
  accountId: string,
  key: string,
  name: string,
): Promise<void> {
  const available = transitionsShape.parse(
    expectOk(
      await site.rest(accountId, 'GET', `/rest/api/3/issue/${key}/transitions`),
      `transitions of ${key}`,
    ),
  );
  const wanted = available.transitions.find((t) => t.name === name);
  if (wanted === undefined) {
    throw new Error(
      `Demo seed: ${accountId} cannot take '${name}' on ${key} (available: ${available.transitions.map((t) => t.name).join(', ') || 'none'})`,
    );
  }
  expectOk(
    await site.rest(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, {
      transition: { id: wanted.id },
    }),
    `${name} on ${key} by ${accountId}`,
  );
  await site.drain();
}

export async function approveAll(site: SeedTarget, key: string): Promise<void> {
  const parent = subtasksShape.parse(
    expectOk(
      await site.rest('admin', 'GET', `/rest/api/3/issue/${key}?fields=subtasks`),
      `sub-tasks of ${key}`,
    ),
  );
  let approved = 0;
  for (const sub of parent.fields.subtasks ?? []) {
    const approval = approvalShape.parse(
      expectOk(
        await site.rest(
          'admin',
          'GET',
          `/rest/api/3/issue/${sub.key}?fields=issuetype,assignee,status`,
        ),
        sub.key,
      ),
    );
    if (
      approval.fields.issuetype.name !== 'Change Approval' ||
      approval.fields.status.statusCategory?.key === 'done'
    )
      continue;
    const approver = approval.fields.assignee?.accountId;
    if (approver === undefined)
      throw new Error(`Demo seed: approval ${sub.key} of ${key} has no approver assigned`);
    await transition(site, approver, sub.key, 'Approve');
    approved += 1;
  }
  if (approved === 0)
    throw new Error(`Demo seed: the app provisioned no Change Approval under ${key} to approve`);
}

/** The id of project CHG's Change Request type, which the app's setup created. */
export async function changeRequestTypeId(site: SeedTarget): Promise<string> {
  const project = projectShape.parse(
    expectOk(await site.rest('admin', 'GET', '/rest/api/3/project/CHG'), 'project CHG'),
  );
  const type = project.issueTypes?.find((t) => t.name === 'Change Request');
  if (type === undefined) {
    throw new Error(
      'Demo seed: project CHG has no "Change Request" issue type after the app was installed',
    );
  }
  return type.id;
}

/** Creates the demo change requests (launch dates relative to `now`) and moves some through the workflow. */
export async function seedDemoChangeRequests(site: SeedTarget, now: () => Date): Promise<string[]> {
  const changeRequestType = await changeRequestTypeId(site);
  const today = Temporal.Instant.fromEpochMilliseconds(now().getTime())
    .toZonedDateTimeISO('UTC')
    .toPlainDate();
  const keys: string[] = [];
  for (const request of DEMO_REQUESTS) {
    const { summary, description, launchInDays, steps: _steps, ...details } = request;
    const intake = { launchDate: today.add({ days: launchInDays }).toString(), ...details };
    const res = await site.rest('requester', 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: changeRequestType },
        summary,
        description: adf(description),
      },
      properties: [{ key: 'change-governance.intake', value: intake }],
    });
    keys.push(created.parse(expectOk(res, `creating '${summary}'`)).key);
  }
  await site.drain();
  for (const [index, request] of DEMO_REQUESTS.entries()) {
    const key = keys[index] as string;
    for (const step of request.steps) {
      switch (step) {
        case 'submit':
          await transition(site, 'requester', key, 'Submit');
          break;
        case 'approve-all':
          await approveAll(site, key);
          break;
        case 'approve':
          await transition(site, 'admin', key, 'Approve');
          break;
        case 'schedule':
          await transition(site, 'admin', key, 'Schedule');
          break;
        case 'done':
          await transition(site, 'admin', key, 'Done');
          break;
        default: {
          const _exhaustive: never = step;
          throw new Error(`Demo seed: unknown step ${String(_exhaustive)}`);
        }
      }
    }
  }
  return keys;
}
