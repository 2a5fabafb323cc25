// The parts of Jira Cloud REST v3 answers the shell shows. Lenient where Jira omits fields.
import { z } from 'zod';

export const userRef = z.object({
  accountId: z.string(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
});
export type UserRef = z.infer<typeof userRef>;

export const statusCategory = z.object({
  key: z.string(),
  name: z.string().optional(),
  colorName: z.string().optional(),
});

export const status = z.object({
  id: z.string().optional(),
  name: z.string(),
  statusCategory: statusCategory.optional(),
});
export type Status = z.infer<typeof status>;

export const issueType = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean().optional(),
  description: z.string().optional(),
  iconUrl: z.string().optional(),
});
export type IssueType = z.infer<typeof issueType>;

const briefFields = z.object({
  summary: z.string().optional(),
  status: status.optional(),
  issuetype: issueType.optional(),
});

export const issueSummary = z.object({
  id: z.string().optional(),
  key: z.string(),
  fields: briefFields.optional(),
});
export type IssueSummary = z.infer<typeof issueSummary>;

export const issueLink = z.object({
  id: z.string().optional(),
  type: z.object({
    id: z.string().optional(),
    name: z.string(),
    inward: z.string(),
    outward: z.string(),
  }),
  inwardIssue: issueSummary.optional(),
  outwardIssue: issueSummary.optional(),
});
export type IssueLink = z.infer<typeof issueLink>;

export const issueFields = z.object({
  summary: z.string().optional(),
  issuetype: issueType.optional(),
  status: status.optional(),
  assignee: userRef.nullish(),
  reporter: userRef.nullish(),
  duedate: z.string().nullish(),
  labels: z.array(z.string()).nullish(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
  description: z.unknown().optional(),
  parent: issueSummary.nullish(),
  subtasks: z.array(issueSummary).nullish(),
  issuelinks: z.array(issueLink).nullish(),
  project: z.object({ key: z.string(), name: z.string().optional() }).nullish(),
});
export type IssueFields = z.infer<typeof issueFields>;

export const issue = z.object({ id: z.string().optional(), key: z.string(), fields: issueFields });
export type Issue = z.infer<typeof issue>;

export const searchResult = z.object({
  issues: z.array(issue),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});
export type SearchResult = z.infer<typeof searchResult>;

export const transition = z.object({
  id: z.string(),
  name: z.string(),
  to: status.optional(),
  isAvailable: z.boolean().optional(),
});
export type Transition = z.infer<typeof transition>;
export const transitions = z.object({ transitions: z.array(transition) });

export const comment = z.object({
  id: z.string(),
  author: userRef.nullish(),
  body: z.unknown(),
  created: z.string().optional(),
  updated: z.string().optional(),
});
export type Comment = z.infer<typeof comment>;
export const commentPage = z.object({ comments: z.array(comment), total: z.number().optional() });

export const createMeta = z
  .object({ issueTypes: z.array(issueType).optional(), values: z.array(issueType).optional() })
  .transform((meta) => meta.issueTypes ?? meta.values ?? []);

export const project = z.object({ id: z.string().optional(), key: z.string(), name: z.string() });
export type Project = z.infer<typeof project>;
export const projectSearch = z.object({ values: z.array(project) });

export const createdIssue = z.object({ id: z.string().optional(), key: z.string() });

export const myself = userRef;
