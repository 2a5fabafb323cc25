// What an operation handler sees: the site, the caller, the request and the platform hooks.
import type { SiteModel } from './site-model';
import type { Actor, JiraHooks, JiraResponse } from './types';

export interface Ctx {
  site: SiteModel;
  actor: Actor;
  actorId: string; // the caller's accountId; the app user's when the app acts asApp()
  fromApp: boolean;
  now: number; // epoch ms, fixed for the whole request
  baseUrl: string;
  appAccountId: string;
  hooks: JiraHooks;
  query: Record<string, string | string[]>;
  params: Record<string, string>;
  body: unknown;
}

export type Operation = (ctx: Ctx) => JiraResponse | Promise<JiraResponse>;
