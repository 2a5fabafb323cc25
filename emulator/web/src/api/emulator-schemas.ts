// The emulator's own endpoints: who can act, and which modules the installed app declares.
import { z } from 'zod';

export const emulatorUser = z.object({
  accountId: z.string(),
  displayName: z.string(),
  accountType: z.string().optional(),
  siteAdmin: z.boolean().optional(),
  groups: z.array(z.string()).optional(),
});
export type EmulatorUser = z.infer<typeof emulatorUser>;
export const emulatorUsers = z.array(emulatorUser);

const moduleRef = z.object({
  key: z.string(),
  title: z.string(),
  /** A macro whose manifest names a custom configuration resource (Confluence's "Edit macro"). */
  configurable: z.boolean().optional(),
});
export type AppModule = z.infer<typeof moduleRef>;

export const appInfo = z.object({
  appName: z.string(),
  modules: z.object({
    issuePanels: z.array(moduleRef).default([]),
    adminPages: z.array(moduleRef).default([]),
    globalPages: z.array(moduleRef).default([]),
    macros: z.array(moduleRef).default([]),
  }),
  /** What a global page's URL names: /jira/apps/{appId}/{envId}. */
  appId: z.string().default(''),
  environmentId: z.string().default(''),
  locales: z.array(z.string()).default(['en-US']),
});
export type AppInfo = z.infer<typeof appInfo>;

export const anything = z.unknown();
