import type { Locale } from '../domain/localized';
import type { Reason, ReasonCode } from '../domain/reconcile';
import { translate } from './translate';

/** The locale-file key of each reason a ticket is closed or an approval asked again. */
export const REASON_MESSAGE_KEYS: Record<ReasonCode, string> = {
  'STEP.NOT_IN_PLAN': 'server.reasons.STEP_NOT_IN_PLAN',
  'STEP.DUPLICATE': 'server.reasons.STEP_DUPLICATE',
  'APPROVAL.TIER_CHANGED': 'server.reasons.APPROVAL_TIER_CHANGED',
  'APPROVAL.NOT_BY_APPROVER': 'server.reasons.APPROVAL_NOT_BY_APPROVER',
  'REDESIGN.TOUCHPOINT_DROPPED': 'server.reasons.REDESIGN_TOUCHPOINT_DROPPED',
  'REDESIGN.CHANGE_DECLINED': 'server.reasons.REDESIGN_CHANGE_DECLINED',
  'REDESIGN.CHANGE_NOT_APPROVED': 'server.reasons.REDESIGN_CHANGE_NOT_APPROVED',
};

/** The comments the app writes when it closes a ticket or invalidates an approval. */
export const COMMENT_KEYS = {
  closed: 'server.comments.closed',
  invalidated: 'server.comments.invalidated',
} as const;

export const reasonText = (reason: Reason, locale: Locale): string =>
  translate(locale, REASON_MESSAGE_KEYS[reason.code], reason.params ?? {});

/** A comment's one line in `locale`: what the app did and why. */
export const commentText = (
  kind: keyof typeof COMMENT_KEYS,
  reason: Reason,
  locale: Locale,
): string => translate(locale, COMMENT_KEYS[kind], { reason: reasonText(reason, locale) });
