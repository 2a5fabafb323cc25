// The parts of Confluence Cloud REST v2 answers the shell shows.
import { z } from 'zod';

export const space = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  homepageId: z.string().nullish(),
});
export type Space = z.infer<typeof space>;
export const spaces = z.object({ results: z.array(space) });

export const pageSummary = z.object({
  id: z.string(),
  title: z.string(),
  parentId: z.string().nullish(),
  spaceId: z.string().optional(),
  position: z.number().nullish(),
});
export type PageSummary = z.infer<typeof pageSummary>;
export const pages = z.object({ results: z.array(pageSummary) });

/** Confluence sends the ADF body as a JSON string; accept an object too. */
const adfValue = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((value): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return null;
    }
  });

export const page = z.object({
  id: z.string(),
  title: z.string(),
  spaceId: z.string().optional(),
  parentId: z.string().nullish(),
  version: z.object({ number: z.number().optional(), createdAt: z.string().optional() }).optional(),
  body: z.object({ atlas_doc_format: z.object({ value: adfValue }).optional() }).optional(),
});
export type Page = z.infer<typeof page>;
