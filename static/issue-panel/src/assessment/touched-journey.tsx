// The part of the customer's journey the change touches (stages › customer steps › touchpoints,
// each with its owner) and who reviews the change: the reviewers its tier names and the owner of
// every touchpoint it touches (CX mind map §2.8: the owners of what a change touches are involved).
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { TouchpointOwnerView } from '../../../../src/contract/journey-contract';
import { localize, type Assessed, type IssueView } from '../../../../src/contract/ui-kit';
import { useAppEnv } from '../../../shared/app-env';
import type { Translate } from '../../../shared/i18n';
import { TitledSection } from '../../../shared/titled-section';
import { retiredName } from '../intake/touchpoint-names';

/** "Owner: Ana Rossi (from the owning group)"; a group's or role's name stays with the admins. */
function ownerText(owner: TouchpointOwnerView, t: Translate): string {
  if (owner.person === null) return t('ui.journey.touched.ownerNobody');
  const name = t('ui.journey.touched.owner', { name: owner.person.displayName });
  return owner.kind === 'user' ? name : name + t(`ui.journey.touched.ownerVia.${owner.kind}`);
}

export function TouchedJourney({ view, assessment }: { view: IssueView; assessment: Assessed }) {
  const { t, locale } = useAppEnv();
  const touched = view.touchedJourney;
  if (!touched) return null;
  const tierReviewers =
    view.config.tierRoles
      .find((entry) => entry.tier === assessment.tier)
      ?.reviewers.map((roleId) => {
        const role = view.config.roles.find((r) => r.id === roleId);
        return t('ui.journey.touched.tierReviewer', {
          role: role ? localize(role.name, locale) : roleId,
          tier: assessment.tier,
        });
      }) ?? [];
  const ownerReviewers = touched.owners.map((owner) => {
    const touchpoints = owner.touchpoints.map((name) => localize(name, locale)).join(', ');
    return owner.person === null
      ? t('ui.journey.touched.nobodyOwns', { touchpoints })
      : t('ui.journey.touched.touchpointOwner', { name: owner.person.displayName, touchpoints });
  });
  const reviewers = [...tierReviewers, ...ownerReviewers];
  return (
    <TitledSection id="cg-journey-heading" title={t('ui.journey.touched.title')}>
      {touched.stages.length === 0 ? (
        <Text>{t('ui.journey.touched.none')}</Text>
      ) : (
        <ul className="cg-list" aria-labelledby="cg-journey-heading">
          {touched.stages.map((stage) => (
            <li key={stage.id}>
              <Text weight="bold">{localize(stage.name, locale)}</Text>
              <ul className="cg-list">
                {stage.steps.map((step) => (
                  <li key={step.id}>
                    <Text>{localize(step.name, locale)}</Text>
                    <ul className="cg-list">
                      {step.touchpoints.map((tp) => (
                        <li key={tp.id}>
                          <Text weight="medium">{localize(tp.name, locale)}</Text>
                          {' · '}
                          <Text color="color.text.subtle">{ownerText(tp.owner, t)}</Text>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {touched.other.length > 0 && (
        <Text>{t('ui.journey.touched.other', { list: touched.other.join(', ') })}</Text>
      )}
      {touched.retired.length > 0 && (
        <Text color="color.text.warning">
          {t('ui.journey.touched.retired', {
            list: touched.retired.map((id) => retiredName(id, t)).join(', '),
          })}
        </Text>
      )}
      <Stack space="space.050">
        <Heading size="xsmall" as="h4" id="cg-journey-reviewers">
          {t('ui.journey.touched.reviewersTitle')}
        </Heading>
        <Text color="color.text.subtle">{t('ui.journey.touched.reviewersIntro')}</Text>
        {reviewers.length === 0 ? (
          <Text>{t('ui.journey.touched.noReviewers')}</Text>
        ) : (
          <ul className="cg-list" aria-labelledby="cg-journey-reviewers">
            {reviewers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </Stack>
    </TitledSection>
  );
}
