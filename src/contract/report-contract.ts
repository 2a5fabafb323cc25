// The report part of the one UI↔backend contract (resolver-contract.ts merges it): payload schemas
// of its resolvers and what each answers. Free of platform imports, so the browser bundles can use it;
// it imports only types from the domain, so no calendar library reaches a bundle through it.
import { z } from 'zod';
import type { LocalizedText } from '../domain/localized';
import type { NoticeReport, NoticeReportRow } from '../domain/notice-report';

export type { NoticeReport, NoticeReportRow };

export const NOTICE_REPORT_LIMITS = {
  /** Two years of quarters a call: one call's searches and reads stay within a UI call's 25 s. */
  maxQuarters: 8,
  /** The quarters the Confluence macro's report shows: the current one and the three before it. */
  macroQuarters: 4,
} as const;

/** `2026-Q3`: a calendar quarter (Q1 is January to March). */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
const quarterName = z.string().regex(QUARTER_PATTERN, 'A quarter such as 2026-Q3.');

/** Quarters since year 0, so names compare and count as numbers. */
export const quarterIndex = (name: string): number =>
  Number(name.slice(0, 4)) * 4 + Number(name.slice(6)) - 1;

/** Payload schemas, one per resolver key of this part. */
export const reportPayloadSchemas = {
  getNoticeReport: z
    .object({ fromQuarter: quarterName, toQuarter: quarterName })
    .strict()
    .superRefine((range, ctx) => {
      const count = quarterIndex(range.toQuarter) - quarterIndex(range.fromQuarter) + 1;
      if (!QUARTER_PATTERN.test(range.fromQuarter) || !QUARTER_PATTERN.test(range.toQuarter))
        return;
      if (count < 1)
        ctx.addIssue({
          code: 'custom',
          path: ['toQuarter'],
          message: 'The last quarter must not be before the first.',
        });
      else if (count > NOTICE_REPORT_LIMITS.maxQuarters)
        ctx.addIssue({
          code: 'custom',
          path: ['toQuarter'],
          message: `At most ${String(NOTICE_REPORT_LIMITS.maxQuarters)} quarters at a time.`,
        });
    }),
} as const;

/**
 * The report as the admin page and the macro get it: aggregates per tier and quarter, never an issue
 * key, summary or person (docs/security.md), with each tier's name to label it.
 */
export interface NoticeReportView extends NoticeReport {
  tierNames: Array<{ tier: number; name: LocalizedText }>;
  /** The day (`YYYY-MM-DD`, UTC) notices were judged on: before it a notice not done is overdue. */
  asOf: string;
}

/** What each resolver of this part answers when it succeeds. */
export interface ReportResponses {
  getNoticeReport: NoticeReportView;
}
