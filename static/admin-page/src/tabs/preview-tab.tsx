// A live preview: the tier a sample intake gets under the draft configuration, before saving it.
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { useEffect, useState } from 'react';
import {
  type Assessment,
  type GovernanceConfig,
  localize,
  type ResolverError,
} from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import { addDaysIso, formatCalendarDate, todayIso } from '../../../shared/dates';
import { Field } from '../../../shared/field';
import { invoke } from '../../../shared/invoke';
import { ErrorState, Loading } from '../../../shared/states';
import { TierLozenge } from '../../../shared/tier-lozenge';
import { SelectField } from '../fields/select-field';

type Result =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'done'; assessment: Assessment };

const DEBOUNCE_MS = 400;

interface PreviewTabProps {
  config: GovernanceConfig;
  /** The draft has problems: the preview waits until it is valid. */
  blocked: boolean;
}

export function PreviewTab({ config, blocked }: PreviewTabProps) {
  const { t, locale, context } = useAppEnv();
  const [launchDate, setLaunchDate] = useState(() => addDaysIso(todayIso(context.timezone), 120));
  const [answers, setAnswers] = useState<Record<string, number>>(() =>
    Object.fromEntries(config.criteria.map((c) => [c.id, c.options[0]?.value ?? 0])),
  );
  const [result, setResult] = useState<Result>({ kind: 'idle' });

  useEffect(() => {
    if (blocked) return;
    let current = true;
    const timer = window.setTimeout(() => {
      setResult({ kind: 'loading' });
      void invoke('previewAssessment', { config, intake: { launchDate, answers } }).then(
        (answer) => {
          if (!current) return;
          setResult(
            answer.ok
              ? { kind: 'done', assessment: answer.data }
              : { kind: 'failed', error: answer.error },
          );
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [config, launchDate, answers, blocked]);

  return (
    <Stack space="space.200">
      <Text>{t('ui.admin.preview.intro')}</Text>
      <Field id="cfg-preview-launch" label={t('ui.panel.fields.launchDate')}>
        {({ id }) => (
          <Textfield
            id={id}
            type="date"
            width="medium"
            value={launchDate}
            onChange={(event) => {
              setLaunchDate(event.currentTarget.value);
            }}
          />
        )}
      </Field>
      <div className="cg-grid-2">
        {config.criteria.map((criterion) => (
          <SelectField
            key={criterion.id}
            path={`preview.answers.${criterion.id}`}
            label={localize(criterion.question, locale)}
            options={criterion.options.map((o) => ({
              value: String(o.value),
              label: `${String(o.value)} · ${localize(o.label, locale)}`,
            }))}
            value={String(answers[criterion.id] ?? '')}
            problems={new Map()}
            onChange={(value) => {
              setAnswers({ ...answers, [criterion.id]: Number(value) });
            }}
          />
        ))}
      </div>
      <section aria-live="polite" aria-labelledby="cfg-preview-result">
        <Stack space="space.100">
          <Text as="p" weight="bold" id="cfg-preview-result">
            {t('ui.admin.preview.result')}
          </Text>
          {blocked && (
            <SectionMessage appearance="warning" title={t('ui.admin.preview.blockedTitle')}>
              <Text>{t('ui.admin.preview.blocked')}</Text>
            </SectionMessage>
          )}
          {!blocked && result.kind === 'loading' && (
            <Loading label={t('ui.admin.preview.loading')} />
          )}
          {!blocked && result.kind === 'failed' && <ErrorState error={result.error} />}
          {!blocked && result.kind === 'done' && (
            <PreviewResult assessment={result.assessment} config={config} />
          )}
        </Stack>
      </section>
    </Stack>
  );
}

function PreviewResult({
  assessment,
  config,
}: {
  assessment: Assessment;
  config: GovernanceConfig;
}) {
  const { t, locale } = useAppEnv();
  if (assessment.status === 'needs-input') {
    return (
      <Text>{t('ui.admin.preview.needsInput', { fields: assessment.missing.join(', ') })}</Text>
    );
  }
  return (
    <Stack space="space.100">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <TierLozenge tier={assessment.tier} name={assessment.tierName} config={config} />
        <Text weight="bold">{t('ui.panel.assessment.score', { score: assessment.score })}</Text>
        <Text color="color.text.subtle">
          {t('ui.admin.preview.scoreTier', { tier: assessment.scoreTier })}
        </Text>
        {assessment.leadTime.compliant ? (
          <Lozenge appearance="success">{t('ui.panel.leadTime.compliant')}</Lozenge>
        ) : (
          <Lozenge appearance="removed">{t('ui.panel.leadTime.tooSoon')}</Lozenge>
        )}
      </Inline>
      <Text>
        {t('ui.admin.preview.leadTime', {
          required: assessment.leadTime.requiredDays,
          actual: assessment.leadTime.actualDays,
          earliest: formatCalendarDate(assessment.leadTime.earliestCompliantLaunch, locale),
        })}
      </Text>
      {assessment.escalations.length > 0 && (
        <ul className="cg-list">
          {assessment.escalations.map((e) => {
            const rule = config.escalations.find((r) => r.id === e.ruleId);
            return (
              <li key={e.ruleId}>
                {t('ui.admin.preview.escalation', {
                  rule: rule ? localize(rule.description, locale) : e.ruleId,
                  tier: e.minimumTier,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}
