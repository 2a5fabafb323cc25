import { z } from 'zod';

/** Only the parts of Jira's answers the app depends on; the rest passes through unchecked. */
export const statusSchema = z.object({
  name: z.string(),
  statusCategory: z.object({ key: z.string() }).optional(),
});

const userRef = z
  .object({ accountId: z.string(), displayName: z.string().optional() })
  .nullable()
  .optional();

export const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({
      summary: z.string().optional(),
      created: z.string().optional(),
      duedate: z.string().nullable().optional(),
      status: statusSchema.optional(),
      issuetype: z
        .object({ id: z.string(), name: z.string(), subtask: z.boolean().optional() })
        .optional(),
      project: z.object({ id: z.string(), key: z.string() }).optional(),
      reporter: userRef,
      assignee: userRef,
      parent: z.object({ id: z.string().optional(), key: z.string() }).optional(),
    })
    .loose(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type JiraIssue = z.infer<typeof issueSchema>;

export const searchPageSchema = z.object({
  issues: z.array(issueSchema),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

export const bulkCreateSchema = z.object({
  issues: z.array(z.object({ id: z.string(), key: z.string() })).default([]),
  errors: z
    .array(
      z.object({
        status: z.number().optional(),
        failedElementNumber: z.number().int(),
        elementErrors: z
          .object({
            errorMessages: z.array(z.string()).optional(),
            errors: z.record(z.string(), z.string()).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

export const transitionsSchema = z.object({
  transitions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      to: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).optional() }),
    }),
  ),
});

export const propertySchema = z.object({ key: z.string(), value: z.unknown() });

export const permissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

export const issueTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  subtask: z.boolean().optional(),
  hierarchyLevel: z.number().optional(),
});
