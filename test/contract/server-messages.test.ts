// Every code the server can send for a refusal or a comment has its sentence in both languages,
// with the same placeholders, and the server fills them in for each code.
import type { Route } from '@forge/api';
import {
  INTAKE_PROBLEM_CODES,
  parseIntake,
  type GateDecision,
  type IntakeFieldProblem,
  type IntakeProblemParams,
} from '../../src/domain';
import type { JiraHttp } from '../../src/jira/http';
import {
  GATE_MESSAGE_KEYS,
  gateRefusalText,
  UNREADABLE_TRANSITION_KEY,
} from '../../src/i18n/gate-text';
import { ASK_AGAIN_KEYS, REMINDER_KEYS } from '../../src/i18n/governance-text';
import { COMMENT_KEYS, commentText, REASON_MESSAGE_KEYS } from '../../src/i18n/reason-text';
import { appLocaleOf, siteLocale } from '../../src/i18n/site-locale';
import { hasMessage, translate } from '../../src/i18n/translate';
import { LOCALES } from '../../src/domain';
import {
  INTAKE_CODE_KEYS,
  INTAKE_RULE_KEYS,
  intakeProblemText,
} from '../../static/issue-panel/src/intake/intake-problem-text';

// The UI's tables must name every code and rule the domain can produce: these fail to compile otherwise.
const codeKeys: Record<IntakeFieldProblem['code'], string> = INTAKE_CODE_KEYS;
const ruleKeys: Record<NonNullable<IntakeProblemParams['rule']>, string> = INTAKE_RULE_KEYS;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every key the server may look up, from the tables keyed by the code unions. */
const SERVER_KEYS = [
  ...Object.entries(GATE_MESSAGE_KEYS),
  ...Object.entries(REASON_MESSAGE_KEYS),
  ...Object.entries(COMMENT_KEYS),
  ['unreadable transition', UNREADABLE_TRANSITION_KEY],
  ...[
    'approvalSummary',
    'commsSummary',
    'approvalAsk',
    'approvalDecideBy',
    'commsDue',
    'commsChannel',
  ].map((name) => [`ticket ${name}`, `server.tickets.${name}`]),
  ['approval with its ticket', 'ui.panel.gates.withKey'],
  ...Object.entries(ASK_AGAIN_KEYS).map(([name, key]) => [`asked again ${name}`, key]),
  ...Object.entries(REMINDER_KEYS).map(([name, key]) => [`reminder ${name}`, key]),
];

/** Every sentence the intake form may say for a backend problem: one per code and one per named rule. */
const INTAKE_KEYS = [
  ...INTAKE_PROBLEM_CODES.map((code) => [code, codeKeys[code]]),
  ...Object.entries(ruleKeys).map(([rule, key]) => [`INTAKE rule ${rule}`, key]),
];

describe('server messages', () => {
  it.each([...SERVER_KEYS, ...INTAKE_KEYS])(
    '%s has a sentence in every language, with the same placeholders',
    (_code, key) => {
      for (const locale of LOCALES)
        expect({ locale, key, found: hasMessage(locale, key) }).toEqual({
          locale,
          key,
          found: true,
        });
      expect(placeholders(translate('it-IT', key))).toEqual(placeholders(translate('en-US', key)));
      // A sentence must read differently in Italian; a pure pattern such as `{role} ({key})` need not.
      if (/[a-z]{3,}/i.test(translate('en-US', key).replace(/\{\w+\}/g, '')))
        expect(translate('it-IT', key)).not.toBe(translate('en-US', key));
    },
  );

  const role = { 'en-US': 'CX manager', 'it-IT': 'Manager CX' };
  const refusals: Array<Extract<GateDecision, { pass: false }>> = Object.keys(
    GATE_MESSAGE_KEYS,
  ).map((code) => ({
    pass: false,
    code: code as keyof typeof GATE_MESSAGE_KEYS,
    message: 'English for the logs',
    params: {
      approvals: [{ role, key: 'CHG-2' }],
      missing: [],
      launchDate: '2027-03-06',
      actualDays: 20,
      requiredDays: 90,
      earliestCompliantLaunch: '2027-05-15',
      tier: 3,
    },
  }));

  it.each(refusals.map((refusal) => [refusal.code, refusal] as const))(
    '%s is written in Italian with nothing left unfilled',
    (_code, refusal) => {
      const italian = gateRefusalText(refusal, 'it-IT');
      expect(italian).not.toMatch(/\{\w+\}/);
      expect(italian).not.toBe(gateRefusalText(refusal, 'en-US'));
      if (refusal.code.startsWith('GATE.APPROVALS'))
        expect(italian).toContain('Manager CX (CHG-2)');
      if (refusal.code === 'GATE.LEAD_TIME') {
        // Dates as the panel writes them, never ISO.
        expect(italian).toContain('6 mar 2027');
        expect(italian).not.toContain('2027-03-06');
        expect(gateRefusalText(refusal, 'en-US')).toContain('Mar 6, 2027');
      }
    },
  );

  it('a refusal without parameters keeps the domain sentence rather than an empty one', () => {
    expect(
      gateRefusalText(
        { pass: false, code: 'GATE.APPROVALS_PENDING', message: 'Waiting.' },
        'it-IT',
      ),
    ).toBe('Waiting.');
  });

  it('comments name the reason in the same language, with the tiers of a re-tier', () => {
    expect(
      commentText(
        'invalidated',
        { code: 'APPROVAL.TIER_CHANGED', message: 'x', params: { from: 3, to: 1 } },
        'it-IT',
      ),
    ).toBe(
      'Non più valida: Questa decisione è stata data per il livello 3; ora la modifica è di livello 1, quindi viene richiesta di nuovo.',
    );
  });

  it("reads Jira's locale names", () => {
    expect(['it_IT', 'it-IT', 'it', 'en_US', 'en_GB', 'fr_FR', ''].map(appLocaleOf)).toEqual([
      'it-IT',
      'it-IT',
      'it-IT',
      'en-US',
      null,
      null,
      null,
    ]);
  });
});

describe('intake problems', () => {
  /** What the panel shows for a problem, with the locale files' own sentences standing in for the bridge. */
  const shown = (problem: IntakeFieldProblem, locale: (typeof LOCALES)[number]) =>
    intakeProblemText({ ...problem, path: problem.field }, (key, values) =>
      translate(locale, key, values),
    );

  it('every code the domain produces is said in Italian, with nothing left unfilled', () => {
    const { problems } = parseIntake({
      launchDate: '2027-02-30',
      answers: 'all',
      emergency: { justification: '' },
      segments: ['SMB\tcustomers'],
      channels: ['x'.repeat(201)],
      kpis: Array.from({ length: 21 }, () => 'KPI'),
      rollout: 'sideways',
      touchpoints: [''],
    });
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(INTAKE_PROBLEM_CODES));
    for (const problem of problems) {
      const italian = shown(problem, 'it-IT');
      expect(italian).not.toBe(problem.message);
      expect(italian).not.toMatch(/\{\w+\}/);
      expect(italian).not.toBe(shown(problem, 'en-US'));
    }
  });

  it('names the limit a value broke', () => {
    const [problem] = parseIntake({
      launchDate: '2027-03-06',
      channels: ['x'.repeat(201)],
    }).problems;
    expect(problem?.params).toEqual({ rule: 'tooLong', maximum: 200 });
    expect(problem && shown(problem, 'it-IT')).toBe('Resta entro 200 caratteri.');
  });
});

describe("the site's language", () => {
  const store = () => {
    const values = new Map<string, unknown>();
    return {
      get: (key: string) => Promise.resolve(values.get(key)),
      set: (key: string, value: unknown) => {
        values.set(key, value);
        return Promise.resolve();
      },
      setIfAbsent: () => Promise.resolve(true),
      delete: () => Promise.resolve(),
      listByPrefix: () => Promise.resolve([]),
    };
  };
  const jiraAnswering = (status: number, body: unknown) => {
    const calls: string[] = [];
    const jira: JiraHttp = {
      requestJira: (path: Route) => {
        calls.push(path.value);
        return Promise.resolve({ status, body, retryAfterSeconds: null });
      },
    };
    return { calls, jira };
  };

  it('is read once from the documented property, then kept', async () => {
    const kept = store();
    const { jira, calls } = jiraAnswering(200, { key: 'jira.i18n.default.locale', value: 'it_IT' });
    expect(await siteLocale(jira, kept)).toBe('it-IT');
    expect(await siteLocale(jira, kept)).toBe('it-IT');
    expect(calls).toEqual(['/rest/api/3/application-properties?key=jira.i18n.default.locale']);
  });

  it('is English when Jira will not say, or names a language the app does not speak', async () => {
    expect(await siteLocale(jiraAnswering(403, {}).jira, store())).toBe('en-US');
    const french = jiraAnswering(200, [{ value: 'fr_FR' }]).jira;
    expect(await siteLocale(french, store())).toBe('en-US');
  });
});
