// Seeded fault schedules over change requests, and the invariant the app must restore after them.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Temporal } from 'temporal-polyfill';
import type { Emulator, FaultRuleInput } from '../../../emulator';
// The schedules draw answers from the shipped criteria; the digest names which intake a record governed. Expected
// assessments and tickets come from the reference model in ./oracle, never from src/domain.
import { DEFAULT_CONFIG, intakeDigest, type GovernanceConfig } from '../../../src/domain';
import { TIER_ANSWERS } from '../../support';
import {
  expectedAssessment,
  expectedRedesign,
  expectedTickets,
  utcDay,
  type ExpectedTicket,
} from './oracle';
import { Prng } from './prng';
import {
  appTickets,
  configInForce,
  createChangeRequest,
  editChangeRequest,
  readChangeRequest,
  restOk,
  saveConfig,
  transitionByName,
  type AppTicket,
} from '../../support';

// ---- schedules -------------------------------------------------------------------------------------------------

export type IntakeDoc = Record<string, unknown>;

export type ConfigChange =
  | { change: 'threshold'; tier: 2 | 3; minScore: number }
  | { change: 'weight'; criterion: string; weight: number }
  | { change: 'lead-time'; tier: number; days: number }
  | { change: 'comms-offset'; tier: number; stepIndex: number; delta: number }
  | { change: 'extra-approver'; tier: number; role: string };

export type Op =
  | { op: 'create'; cr: number; intake: IntakeDoc }
  | {
      op: 'edit';
      cr: number;
      intake: IntakeDoc;
      why: 're-tier' | 'move' | 'answers' | 'complete' | 'emergency';
    }
  | { op: 'touch'; cr: number; times: number }
  | { op: 'faults'; rules: FaultRuleInput[] }
  | { op: 'drain' }
  | { op: 'decide'; cr: number; decision: 'Approve' | 'Decline' }
  | { op: 'finish-comms'; cr: number }
  | { op: 'config'; change: ConfigChange }
  /** The change request itself moves: approved (its approvals given first), declined, back to review, scheduled. */
  | { op: 'change'; cr: number; action: ChangeAction };

export type ChangeAction = 'approve' | 'Decline' | 'Back to review' | 'Schedule';

export interface Schedule {
  seed: number;
  requests: number;
  ops: Op[];
  /** Faults in force during the first run of the governance sweep (none: it first runs on a calm day). */
  sweepFaults: FaultRuleInput[];
  /** A last edit made while Jira fails the app for longer than the platform retries its event: it is lost. */
  outage: Outage | null;
}

/**
 * An outage ends a schedule with an edit the platform gives up on. (A configuration change is not lost that
 * way: the re-assessment waits out throttling and outages, so it is not part of an outage here.)
 */
export interface Outage {
  rules: FaultRuleInput[];
  cr: number;
  intake: IntakeDoc;
}

/** Jira failing one kind of the app's calls for the whole outage (429 without a wait, so it costs no time). */
function outageRules(rng: Prng): FaultRuleInput[] {
  const throttled = (method: 'GET' | 'POST' | 'PUT', pathPrefix: string): FaultRuleInput => ({
    kind: 'http',
    method,
    pathPrefix,
    status: 429,
    retryAfterSeconds: 0,
    times: 10_000,
  });
  return [
    rng.weighted<FaultRuleInput>([
      [3, throttled('GET', '/rest/api/3/issue/')],
      [2, throttled('PUT', '/rest/api/3/issue/')],
      [1, throttled('POST', '/rest/api/3/search/jql')],
      [2, { kind: 'partial-bulk', failIndexes: [0, 1], times: 10_000 }],
    ]),
  ];
}

const CRITERIA: ReadonlyArray<readonly [string, readonly number[]]> = DEFAULT_CONFIG.criteria.map(
  (c) => [c.id, c.options.map((o) => o.value)] as const,
);
export { TIER_ANSWERS };

const today = () => Temporal.Now.plainDateISO('UTC');
const dayFromToday = (days: number) => today().add({ days }).toString();

function answers(rng: Prng): Record<string, number> {
  // Half the time a known tier, otherwise random answers (any tier, escalations included).
  if (rng.chance(0.5)) return { ...TIER_ANSWERS[rng.pick([1, 2, 3, 4] as const)] };
  return Object.fromEntries(CRITERIA.map(([id, values]) => [id, rng.pick(values)]));
}

function intakeDoc(rng: Prng, complete: boolean): IntakeDoc {
  const doc: IntakeDoc = {
    launchDate: dayFromToday(
      rng.weighted([
        [6, rng.int(30, 450)],
        [2, rng.int(0, 29)],
        [1, -rng.int(1, 40)],
      ]),
    ),
    answers: answers(rng),
    ...(rng.chance(0.15) ? { emergency: { justification: 'Security fix that cannot wait' } } : {}),
  };
  if (!complete) {
    const a = { ...(doc.answers as Record<string, number>) };
    for (const [id] of CRITERIA) if (rng.chance(0.3)) Reflect.deleteProperty(a, id);
    if (Object.keys(a).length === CRITERIA.length) Reflect.deleteProperty(a, 'history');
    doc.answers = a;
    if (rng.chance(0.4)) Reflect.deleteProperty(doc, 'launchDate');
  }
  return doc;
}

const BULK = '/rest/api/3/issue/bulk';
const PREFIXES = [
  BULK,
  '/rest/api/3/search/jql',
  '/rest/api/3/issue/',
  '/rest/api/3/mypermissions',
  undefined,
] as const;

function faultRule(rng: Prng, allowExhaust: boolean): FaultRuleInput {
  const prefix = rng.pick(PREFIXES);
  const where = prefix === undefined ? {} : { pathPrefix: prefix };
  return rng.weighted<FaultRuleInput>([
    [
      4,
      {
        kind: 'http',
        ...where,
        status: 429,
        times: rng.int(1, 3),
        retryAfterSeconds: rng.weighted([
          [9, 0],
          [1, 1],
        ]),
      },
    ],
    [
      2,
      {
        kind: 'http',
        ...where,
        status: rng.pick([500, 502, 503, 504]),
        // Five in a row outlasts the app's own retries: the handler throws and the platform retries it.
        times: allowExhaust && rng.chance(0.15) ? 5 : rng.int(1, 2),
      },
    ],
    // A timeout leaves the app not knowing whether Jira did the work: aimed at writes half the time.
    [
      2,
      {
        kind: 'timeout',
        ...(rng.chance(0.5)
          ? { method: 'POST' as const, pathPrefix: rng.pick([BULK, '/rest/api/3/issue/CHG-']) }
          : where),
        ms: rng.int(2, 20),
        applied: rng.chance(0.5),
        times: rng.int(1, 2),
      },
    ],
    [
      3,
      {
        kind: 'partial-bulk',
        failIndexes: rng.subset([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4).concat([rng.int(0, 3)]),
        times: rng.int(1, 2),
      },
    ],
    [3, { kind: 'duplicate-events', times: rng.int(1, 4) }],
    [3, { kind: 'late-events', times: rng.int(1, 3), delayMs: rng.int(0, 60) }],
    [1, { kind: 'kvs-conflict', times: rng.int(1, 2) }],
    [1, { kind: 'latency', ms: rng.int(1, 5), times: rng.int(3, 15) }],
    // Jira did the work, then answered 5xx or dropped the connection: the create must be recovered, not repeated.
    [
      2,
      {
        kind: 'commit-then-fail',
        method: rng.pick(['POST', 'PUT'] as const),
        pathPrefix: rng.pick([BULK, '/rest/api/3/issue/CHG-']),
        status: rng.pick([500, 502, 504, 0]),
        times: rng.int(1, 2),
      },
    ],
    // What was written reaches JQL search late (for the rest of the schedule): nothing may rest on a search.
    [1, { kind: 'search-lag', ms: rng.int(10, 10_000) }],
    // Atlassian's three limits at once, small enough that the hourly points quota runs out mid-schedule.
    [
      1,
      {
        kind: 'atlassian-limits',
        pointsPerHour: rng.int(12, 90),
        perSecond: rng.int(3, 40),
        issueWrites: [
          [rng.int(4, 20), 2],
          [rng.int(20, 100), 30],
        ],
      },
    ],
  ]);
}

function configChange(rng: Prng): ConfigChange {
  return rng.weighted<ConfigChange>([
    [
      1,
      {
        change: 'threshold',
        tier: rng.pick([2, 3] as const),
        minScore: rng.int(0, 1) === 0 ? 33 : 28,
      },
    ],
    [
      1,
      {
        change: 'weight',
        criterion: rng.pick(['reach', 'financial', 'visibility', 'supportLoad']),
        weight: rng.pick([1, 4, 5]),
      },
    ],
    [1, { change: 'lead-time', tier: rng.int(1, 4), days: rng.pick([14, 60, 120, 400]) }],
    [
      1,
      {
        change: 'comms-offset',
        tier: rng.int(1, 4),
        stepIndex: rng.int(0, 1),
        delta: rng.pick([-10, -3, 5]),
      },
    ],
    [
      1,
      {
        change: 'extra-approver',
        tier: rng.int(2, 4),
        role: rng.pick(['legal', 'cx-manager', 'vp-comms']),
      },
    ],
  ]);
}

/** The schedule a seed stands for: the same seed, the same schedule. */
export function scheduleFor(seed: number): Schedule {
  const rng = new Prng(seed);
  const requests = rng.weighted([
    [5, 1],
    [4, 2],
    [1, 3],
  ]);
  const complete: boolean[] = [];
  const ops: Op[] = [];
  let created = 0;
  const steps = rng.int(4, 9);
  // Every request is created; the rest is a random mix.
  for (let i = 0; i < steps || created < requests; i += 1) {
    if (rng.chance(0.45))
      ops.push({
        op: 'faults',
        rules: Array.from({ length: rng.int(1, 3) }, () => faultRule(rng, rng.chance(0.3))),
      });
    const canCreate = created < requests;
    const kind = rng.weighted<Exclude<Op['op'], 'faults' | 'change'>>([
      [canCreate ? (created === 0 || i >= steps ? 100 : 3) : 0, 'create'],
      [created > 0 ? 5 : 0, 'edit'],
      [created > 0 ? 2 : 0, 'touch'],
      [created > 0 ? 2 : 0, 'drain'],
      [created > 0 ? 1 : 0, 'decide'],
      [created > 0 ? 1 : 0, 'finish-comms'],
      [created > 0 ? 0.8 : 0, 'config'],
    ]);
    const cr = rng.int(0, Math.max(0, created - 1));
    switch (kind) {
      case 'create': {
        const whole = rng.chance(0.8);
        complete.push(whole);
        ops.push({ op: 'create', cr: created, intake: intakeDoc(rng, whole) });
        created += 1;
        break;
      }
      case 'edit': {
        const why =
          complete[cr] === true
            ? rng.pick(['re-tier', 'move', 'answers', 'emergency'] as const)
            : 'complete';
        complete[cr] = true;
        const intake = intakeDoc(rng, true);
        if (why === 're-tier')
          intake.answers = { ...TIER_ANSWERS[rng.pick([1, 2, 3, 4] as const)] };
        ops.push({ op: 'edit', cr, intake, why });
        break;
      }
      case 'touch':
        ops.push({ op: 'touch', cr, times: rng.int(1, 3) });
        break;
      case 'drain':
        ops.push({ op: 'drain' });
        break;
      case 'decide':
        ops.push({ op: 'decide', cr, decision: rng.chance(0.8) ? 'Approve' : 'Decline' });
        break;
      case 'finish-comms':
        ops.push({ op: 'finish-comms', cr });
        break;
      case 'config':
        ops.push({ op: 'config', change: configChange(rng) });
        break;
    }
  }
  // Drawn after the ops, so adding them kept every seed's ops as they were.
  const sweepFaults = rng.chance(0.6)
    ? Array.from({ length: rng.int(1, 3) }, () => faultRule(rng, true))
    : [];
  const outage: Outage | null = rng.chance(0.35)
    ? { rules: outageRules(rng), cr: rng.int(0, requests - 1), intake: intakeDoc(rng, true) }
    : null;
  withChangeMoves(seed, requests, ops, outage);
  return { seed, requests, ops, sweepFaults, outage };
}

/** Registry touchpoints the schedules name, with a journey-stage word of old intakes that reaches no owner. */
const TOUCHPOINT_CHOICES = [
  ...(DEFAULT_CONFIG.journey?.stages ?? []).flatMap((stage) =>
    stage.steps.flatMap((step) => step.touchpoints.map((t) => t.id)),
  ),
  'billing',
];

/**
 * Redesign tasks (issue 15 §3): intakes name touchpoints, and change requests are approved, declined, taken back
 * to review or scheduled. Drawn from a generator of their own, so every seed keeps the ops it had before.
 */
function withChangeMoves(seed: number, requests: number, ops: Op[], outage: Outage | null): void {
  const rng = new Prng((seed ^ 0x5eed_7e55) >>> 0);
  const touch = (intake: IntakeDoc) => {
    if (rng.chance(0.75)) intake.touchpoints = rng.subset(TOUCHPOINT_CHOICES, 4);
  };
  for (const op of ops) if (op.op === 'create' || op.op === 'edit') touch(op.intake);
  if (outage) touch(outage.intake);
  for (let cr = 0; cr < requests; cr += 1) {
    if (!rng.chance(0.7)) continue;
    const created = ops.findIndex((op) => op.op === 'create' && op.cr === cr);
    const at = rng.int(created + 1, ops.length);
    ops.splice(at, 0, { op: 'change', cr, action: 'approve' });
    if (rng.chance(0.45)) {
      const action = rng.pick(['Decline', 'Back to review', 'Schedule'] as const);
      ops.splice(rng.int(at + 1, ops.length), 0, { op: 'change', cr, action });
    }
  }
}

// A "move" keeps the answers and changes only the launch date, so it is applied to the intake last written.
function applyEdit(previous: IntakeDoc | undefined, op: Extract<Op, { op: 'edit' }>): IntakeDoc {
  if (op.why === 'move' && previous) return { ...previous, launchDate: op.intake.launchDate };
  if (op.why === 'emergency' && previous) {
    return previous.emergency
      ? { ...previous, emergency: null }
      : { ...previous, emergency: { justification: 'Regulator deadline' } };
  }
  return op.intake;
}

export function applyConfigChange(
  config: GovernanceConfig,
  change: ConfigChange,
): GovernanceConfig {
  const next = structuredClone(config);
  switch (change.change) {
    case 'threshold': {
      const t = next.thresholds.find((x) => x.tier === change.tier);
      if (t) t.minScore = change.tier === 2 ? change.minScore + 10 : change.minScore;
      break;
    }
    case 'weight': {
      const c = next.criteria.find((x) => x.id === change.criterion);
      if (c) c.weight = change.weight;
      break;
    }
    case 'lead-time': {
      const t = next.tiers.find((x) => x.tier === change.tier);
      if (t) t.leadTimeDays = change.days;
      break;
    }
    case 'comms-offset': {
      const step = next.commsPlans.find((p) => p.tier === change.tier)?.steps[change.stepIndex];
      if (step) step.offsetDays += change.delta;
      break;
    }
    case 'extra-approver': {
      const roles = next.tierRoles.find((r) => r.tier === change.tier);
      if (roles && !roles.approvers.includes(change.role)) roles.approvers.push(change.role);
      break;
    }
  }
  return next;
}

// ---- running ---------------------------------------------------------------------------------------------------

/** What happened in one schedule, for the failure message. */
export interface Trace {
  lines: string[];
  /** Platform messages (retries, give-ups) and the app's own logs, captured per schedule. */
  logs: string[];
  giveUps: number;
  faultsHit: number;
  /** Refusals because the hourly points quota ran out (the app must defer, not fail or spin). */
  quotaRefusals: number;
  /** Change requests the governance sweep governed again, over all its runs in the schedule. */
  sweepHealed: number;
  /** Faults that hit the sweep's run under faults. */
  sweepFaultsHit: number;
  /** Redesign tasks the requests ended with (open or done, retired ones too): the schedules reached them. */
  redesignTasks: number;
}

const captured = new AsyncLocalStorage<Trace>();
let consoleInstalled = false;

/**
 * Routes console output to the schedule that caused it (the emulator carries our async context into the
 * deliveries it schedules), so concurrent schedules keep their logs apart and a passing run stays quiet.
 */
export function captureConsole(): void {
  if (consoleInstalled) return;
  consoleInstalled = true;
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      const trace = captured.getStore();
      const text = args
        .map((a) =>
          a instanceof Error
            ? `${a.name}: ${a.message}`
            : typeof a === 'string'
              ? a
              : JSON.stringify(a),
        )
        .join(' ');
      if (!trace) {
        // Outside a schedule (emulator start-up): keep it quiet unless it is an error.
        if (level === 'error') original(...args);
        return;
      }
      trace.logs.push(`[${level}] ${text.slice(0, 400)}`);
      // The platform gives up on a trigger after its retries, and on a queued job after its own.
      if (/giving up|gave up/.test(text)) trace.giveUps += 1;
    };
  }
}

interface Run {
  emu: Emulator;
  keys: string[];
  intakes: Array<IntakeDoc | undefined>;
  summaries: number;
  trace: Trace;
}

async function perform(run: Run, op: Op): Promise<void> {
  const { emu } = run;
  const summary = (cr: number) => {
    run.summaries += 1;
    return `Change ${String(cr)} rev ${String(run.summaries)}`;
  };
  switch (op.op) {
    case 'create': {
      const key = await createChangeRequest(emu, op.intake, summary(op.cr));
      run.keys[op.cr] = key;
      run.intakes[op.cr] = op.intake;
      run.trace.lines.push(`create ${key} ${JSON.stringify(op.intake)}`);
      return;
    }
    case 'edit': {
      const key = run.keys[op.cr];
      if (!key) return;
      const intake = applyEdit(run.intakes[op.cr], op);
      run.intakes[op.cr] = intake;
      await editChangeRequest(emu, key, summary(op.cr), intake);
      run.trace.lines.push(`edit ${key} (${op.why}) ${JSON.stringify(intake)}`);
      return;
    }
    case 'touch': {
      const key = run.keys[op.cr];
      if (!key) return;
      // Back-to-back edits without draining: their events are delivered concurrently.
      for (let i = 0; i < op.times; i += 1) await editChangeRequest(emu, key, summary(op.cr));
      run.trace.lines.push(`touch ${key} ×${String(op.times)}`);
      return;
    }
    case 'faults':
      // Added to what is left of earlier rules: a rule stays until its budget is spent.
      emu.setFaults([...emu.faults(), ...op.rules]);
      run.trace.lines.push(`faults + ${JSON.stringify(op.rules)}`);
      return;
    case 'drain':
      await emu.drain();
      run.trace.lines.push('drain');
      return;
    case 'decide': {
      const key = run.keys[op.cr];
      if (!key) return;
      await emu.drain();
      const open = (await appTickets(emu, key)).filter(
        (t) => t.kind === 'approval' && !t.done && !t.retired && t.assignee,
      );
      const ticket = open[0];
      if (!ticket?.assignee) {
        run.trace.lines.push(`drain; ${op.decision} ${key}: no open approval`);
        return;
      }
      const status = await transitionByName(emu, ticket.assignee, ticket.key, op.decision);
      run.trace.lines.push(
        `drain; ${op.decision} ${ticket.key} (${ticket.stepId}) as ${ticket.assignee} → ${String(status)}`,
      );
      return;
    }
    case 'finish-comms': {
      const key = run.keys[op.cr];
      if (!key) return;
      await emu.drain();
      const open = (await appTickets(emu, key)).filter(
        (t) => t.kind === 'comms' && !t.done && !t.retired,
      );
      const ticket = open[0];
      if (!ticket) {
        run.trace.lines.push(`drain; finish comms of ${key}: none open`);
        return;
      }
      const user = ticket.assignee ?? 'admin';
      const started = await transitionByName(emu, user, ticket.key, 'Start');
      const done = await transitionByName(emu, user, ticket.key, 'Done');
      run.trace.lines.push(
        `drain; finish ${ticket.key} (${ticket.stepId}) as ${user} → ${String(started)}/${String(done)}`,
      );
      return;
    }
    case 'change': {
      const key = run.keys[op.cr];
      if (!key) return;
      await emu.drain();
      if (op.action !== 'approve') {
        const status = await transitionByName(emu, 'requester', key, op.action);
        run.trace.lines.push(`drain; ${op.action} ${key} → ${String(status)}`);
        return;
      }
      // Every pending approval is given by its approver, then the change is submitted and approved.
      const pending = (await appTickets(emu, key)).filter(
        (t) => t.kind === 'approval' && !t.done && !t.retired && t.assignee,
      );
      const given: string[] = [];
      for (const t of pending)
        given.push(
          `${t.key} ${String(await transitionByName(emu, t.assignee ?? '', t.key, 'Approve'))}`,
        );
      await emu.drain();
      const submitted = await transitionByName(emu, 'requester', key, 'Submit');
      await emu.drain();
      const approved = await transitionByName(emu, 'requester', key, 'Approve');
      run.trace.lines.push(
        `drain; approvals [${given.join(', ')}]; Submit ${key} → ${String(submitted)}; Approve → ${String(approved)}`,
      );
      return;
    }
    case 'config': {
      // The admin saves a new version; every open change request is re-assessed through the async queue.
      try {
        const current = await configInForce(emu);
        const version = await saveConfig(emu, applyConfigChange(current, op.change));
        run.trace.lines.push(`config v${String(version)} ${JSON.stringify(op.change)}`);
      } catch (error) {
        // A fault may hit the admin's save itself: the admin sees an error and nothing changes.
        run.trace.lines.push(
          `config ${JSON.stringify(op.change)} refused: ${String(error).slice(0, 200)}`,
        );
      }
      return;
    }
  }
}

// ---- the invariant ---------------------------------------------------------------------------------------------

const slotOf = (kind: string, stepId: string) => `${kind}:${stepId}`;

const provisionedKeys = (value: unknown): string[] => {
  const list = (value as { provisioned?: unknown } | null | undefined)?.provisioned;
  return Array.isArray(list) ? list.map((p) => String((p as { key?: unknown }).key)) : [];
};

/** The fields of the stored assessment the contract names, to compare with the reference model's. */
const CONTRACT_FIELDS = ['status', 'missing', 'tier', 'score', 'leadTime'] as const;

function assessmentProblems(
  key: string,
  stored: unknown,
  config: GovernanceConfig,
  submitted: string,
  intake: unknown,
): string[] {
  const expected = expectedAssessment(intake, config, submitted);
  const got = (stored ?? {}) as Record<string, unknown>;
  const want = expected as unknown as Record<string, unknown>;
  const shown = (v: unknown) =>
    JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v);
  const fields = CONTRACT_FIELDS.filter((f) => shown(got[f]) !== shown(want[f]));
  const problems = fields.map(
    (f) => `${key}: assessment ${f} is ${shown(got[f])}, the contract gives ${shown(want[f])}`,
  );
  if (got.configVersion !== config.version)
    problems.push(
      `${key}: assessed under configuration ${String(got.configVersion)}, in force ${String(config.version)}`,
    );
  return problems.map((p) => p.slice(0, 600));
}

/**
 * For one change request: the stored assessment is what the contract gives for its intake under the configuration
 * in force (the reference model in ./oracle); every ticket that model expects has exactly one live ticket (open, or
 * done work that still counts), open ones carry the expected due date, tier, assignee and type; no open live
 * ticket is outside it; every ticket is recorded on the request.
 */
export async function invariantViolations(
  emu: Emulator,
  key: string,
  config: GovernanceConfig,
): Promise<string[]> {
  const problems: string[] = [];
  const state = await readChangeRequest(emu, key);
  const submitted = utcDay(state.created);
  if (!submitted) return [`${key}: unreadable created date ${state.created}`];
  const expected = expectedAssessment(state.intake, config, submitted);
  const tickets = await appTickets(emu, key);

  if (state.assessment === undefined) problems.push(`${key}: no assessment property`);
  else problems.push(...assessmentProblems(key, state.assessment, config, submitted, state.intake));

  // The record names the intake it governed: the one the request holds now (so no sweep picks it again).
  const digest = (state.assessment as { intakeDigest?: unknown } | undefined)?.intakeDigest;
  if (state.assessment !== undefined && digest !== intakeDigest(state.intake))
    problems.push(
      `${key}: assessment records intakeDigest ${JSON.stringify(digest)}, the intake's is ${intakeDigest(state.intake)}`,
    );

  const recorded = new Set(provisionedKeys(state.assessment));
  const unrecorded = tickets.filter((t) => !recorded.has(t.key)).map((t) => t.key);
  if (unrecorded.length > 0)
    problems.push(`${key}: tickets not recorded in provisioned: ${unrecorded.join(', ')}`);
  const known = new Set(tickets.map((t) => t.key));
  const phantom = [...recorded].filter((k) => !known.has(k));
  if (phantom.length > 0)
    problems.push(`${key}: provisioned names tickets that do not exist: ${phantom.join(', ')}`);

  const planned: ExpectedTicket[] =
    expected.status === 'assessed' ? expectedTickets(expected, config, 'requester') : [];
  const live = tickets.filter((t) => !t.retired);
  // Redesign tasks belong to an approved change: in the demo workflow Scheduled and Done come only after
  // Approved. A change still in Approved whose approvals no longer all stand (re-tiered, an emergency declared)
  // is not approved any more: it goes back to review.
  const status = await statusOf(emu, key);
  const given = planned
    .filter((p) => p.kind === 'approval')
    .every((p) =>
      live.some(
        (t) => t.kind === 'approval' && t.stepId === p.stepId && t.done && t.status === 'Approved',
      ),
    );
  const approved = status === 'Scheduled' || status === 'Done' || (status === 'Approved' && given);
  const desired: ExpectedTicket[] =
    expected.status === 'assessed' && approved
      ? [...planned, ...expectedRedesign(expected, config, DEFAULT_CONFIG.journey, state.intake)]
      : planned;
  const bySlot = new Map<string, AppTicket[]>();
  for (const t of live)
    bySlot.set(slotOf(t.kind, t.stepId), [...(bySlot.get(slotOf(t.kind, t.stepId)) ?? []), t]);
  const show = (ts: AppTicket[]) =>
    ts
      .map(
        (t) => `${t.key}[${t.done ? 'done' : 'open'}${t.forTier ? ` t${String(t.forTier)}` : ''}]`,
      )
      .join(' ');

  if (expected.status !== 'assessed') {
    // Incomplete again after it was governed (say, a launch moved before the submission day): nothing is created,
    // closed or withdrawn until the intake is complete again (docs/contracts.md), but no step is there twice.
    for (const [slot, mine] of bySlot) {
      const open = mine.filter((t) => !t.done);
      if (open.length > 1) problems.push(`${key}: ${slot} twice: ${show(open)}`);
    }
    return problems;
  }
  for (const want of desired) {
    const slot = slotOf(want.kind, want.stepId);
    const mine = bySlot.get(slot) ?? [];
    if (mine.length === 0) {
      problems.push(`${key}: lost ${slot} (no live ticket)`);
      continue;
    }
    if (mine.length > 1) {
      problems.push(`${key}: ${slot} twice: ${show(mine)}`);
      continue;
    }
    const [t] = mine as [AppTicket];
    if (want.kind === 'approval' && t.forTier !== want.forTier) {
      problems.push(
        `${key}: ${t.key} (${slot}) is for tier ${String(t.forTier)}, the contract asks tier ${String(want.forTier)}`,
      );
    }
    if (t.done) continue;
    if (t.dueDate !== want.dueDate)
      problems.push(
        `${key}: ${t.key} (${slot}) due ${String(t.dueDate)}, expected ${want.dueDate}`,
      );
    if (want.assignee !== null && t.assignee !== want.assignee)
      problems.push(
        `${key}: ${t.key} (${slot}) assigned to ${String(t.assignee)}, expected ${want.assignee}`,
      );
    if (t.issueType !== want.issueType)
      problems.push(`${key}: ${t.key} (${slot}) is a ${t.issueType}, expected a ${want.issueType}`);
  }
  const wanted = new Set(desired.map((d) => slotOf(d.kind, d.stepId)));
  const strays = live.filter((t) => !t.done && !wanted.has(slotOf(t.kind, t.stepId)));
  if (strays.length > 0) problems.push(`${key}: open tickets outside the plan: ${show(strays)}`);
  // A comms or redesign task the app retired must also be closed (approvals only their approver may close; the
  // app comments).
  const leftOpen = tickets.filter((t) => t.retired && !t.done && t.kind !== 'approval');
  if (leftOpen.length > 0)
    problems.push(`${key}: retired comms tasks left open: ${show(leftOpen)}`);
  return problems;
}

/** The change request's status name now, read as the admin. */
async function statusOf(emu: Emulator, key: string): Promise<string> {
  const body = await restOk<{ fields?: { status?: { name?: string } } }>(
    emu,
    'admin',
    'GET',
    `/rest/api/3/issue/${key}?fields=status`,
  );
  return body.fields?.status?.name ?? '';
}

// ---- one schedule, end to end ------------------------------------------------------------------------------------

export interface ScheduleResult {
  schedule: Schedule;
  violations: string[];
  trace: Trace;
  ms: number;
}

export const SWEEP_TRIGGER = 'governance-sweep';

/** Product calls that change something (reads and searches aside). */
const isWrite = (r: { method: string; path: string }) =>
  r.method !== 'GET' && !(r.method === 'POST' && r.path.startsWith('/rest/api/3/search/'));

/** Runs the hourly sweep as the platform does; answers how many change requests it governed again. */
async function runSweep(run: Run, label: string): Promise<number> {
  const { emu, trace } = run;
  const from = trace.logs.length;
  const t0 = Date.now();
  await emu.runScheduledTrigger(SWEEP_TRIGGER);
  await emu.drain();
  const line = trace.logs.slice(from).find((l) => l.includes('Governance sweep ('));
  const healed = Number(/healed (\d+)/.exec(line ?? '')?.[1] ?? 0);
  trace.sweepHealed += healed;
  trace.lines.push(
    `sweep ${label}: ${line?.replace(/^\[info\] /, '') ?? 'no report (it threw)'} (${String(Date.now() - t0)} ms)`,
  );
  return healed;
}

/**
 * Runs a schedule on a fresh site, then clears the faults and drains. Events the platform gave up on (a trigger
 * is tried 4 times in all; a queued job 5) are gone for good, as on Forge; nobody edits anything afterwards.
 * Some time later the platform runs the hourly governance sweep: once while Jira still misbehaves (when the
 * schedule says so), then on a calm day. Then the invariant must hold for every request, and one more sweep
 * must find nothing to do and write nothing.
 */
export async function runSchedule(
  emu: Emulator,
  seed: number,
  /** Moves the site's clock on (an hour passes before the platform's hourly sweep): search lag has caught up. */
  later: () => void = () => undefined,
): Promise<ScheduleResult> {
  const started = Date.now();
  const schedule = scheduleFor(seed);
  const trace: Trace = {
    lines: [],
    logs: [],
    giveUps: 0,
    faultsHit: 0,
    quotaRefusals: 0,
    sweepHealed: 0,
    sweepFaultsHit: 0,
    redesignTasks: 0,
  };
  return captured.run(trace, async () => {
    emu.setFaults([]);
    await emu.reset('demo');
    trace.logs.length = 0;
    const run: Run = { emu, keys: [], intakes: [], summaries: 0, trace };
    let violations: string[] = [];
    try {
      for (const op of schedule.ops) {
        const t0 = Date.now();
        await perform(run, op);
        const last = trace.lines.length - 1;
        if (last >= 0)
          trace.lines[last] = `${trace.lines[last] ?? ''} (${String(Date.now() - t0)} ms)`;
      }
      // What is still pending meets the faults still in force; then the faults stop and everything settles.
      await emu.drain();
      trace.lines.push(`drain under the remaining faults ${JSON.stringify(emu.faults())}`);
      emu.setFaults([]);
      await emu.drain();
      if (schedule.outage) {
        // One more edit while Jira fails the app longer than the platform retries: its event is lost.
        const { rules, cr, intake } = schedule.outage;
        emu.setFaults(rules);
        trace.lines.push(`outage ${JSON.stringify(rules)}`);
        await perform(run, { op: 'edit', cr, intake, why: 'answers' });
        await emu.drain();
        emu.setFaults([]);
        await emu.drain();
      }
      if (trace.giveUps > 0)
        trace.lines.push(`the platform gave up ${String(trace.giveUps)} time(s); nobody edits`);
      // The sweep is hourly: by its run, Jira's search index has caught up with every write.
      later();

      if (schedule.sweepFaults.length > 0) {
        emu.setFaults(schedule.sweepFaults);
        const from = emu.requests().length;
        await runSweep(run, `under faults ${JSON.stringify(schedule.sweepFaults)}`);
        trace.sweepFaultsHit = emu
          .requests()
          .slice(from)
          .filter((r) => r.fault !== undefined).length;
        emu.setFaults([]);
        await emu.drain();
      }
      await runSweep(run, 'without faults');

      // The sweep reached its fixed point: nothing left to heal, nothing written.
      const before = emu.requests().length;
      const healedAgain = await runSweep(run, 'once more');
      const writes = emu.requests().slice(before).filter(isWrite);
      if (healedAgain > 0 || writes.length > 0) {
        violations.push(
          `a sweep after the healing one still governed ${String(healedAgain)} request(s) and wrote ${writes
            .map((w) => `${w.method} ${w.path}`)
            .join(', ')}`,
        );
      }

      const log = emu.requests();
      trace.faultsHit = log.filter((r) => r.fault !== undefined).length;
      trace.quotaRefusals = log.filter((r) => r.fault?.includes('jira-quota') === true).length;
      // Every Jira request the app made, faults or not, kept to Atlassian's OpenAPI contract.
      for (const r of log.filter((x) => x.contractViolation !== undefined)) {
        violations.push(`contract violation: ${r.method} ${r.path}: ${r.contractViolation ?? ''}`);
      }
      const config = await configInForce(emu);
      for (const key of run.keys) {
        violations.push(...(await invariantViolations(emu, key, config)));
        trace.redesignTasks += (await appTickets(emu, key)).filter(
          (t) => t.kind === 'redesign',
        ).length;
      }
    } catch (error) {
      violations = [
        `the schedule itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ];
    }
    return { schedule, violations, trace, ms: Date.now() - started };
  });
}

export function describeFailure(result: ScheduleResult): string {
  const { seed } = result.schedule;
  return [
    result.violations.length > 0
      ? `Chaos schedule ${String(seed)} broke the invariant:`
      : `Chaos schedule ${String(seed)} kept the invariant (${String(result.ms)} ms).`,
    ...result.violations.map((v) => `  ✗ ${v}`),
    `Replay: CHAOS_SEED=${String(seed)} npx jest --selectProjects reliability -t chaos`,
    'Schedule:',
    ...result.trace.lines.map((l) => `  ${l}`),
    `Platform and app log (last 40 of ${String(result.trace.logs.length)}):`,
    ...result.trace.logs.slice(-40).map((l) => `  ${l}`),
  ].join('\n');
}
