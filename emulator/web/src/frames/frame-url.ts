// The emulator hosts each Custom UI module at /emulator/frame/<moduleKey>/ and builds the
// Forge context (user, issue, page, macro config, locale, theme) from this query.
import type { ColorMode } from '../shell/preferences';

export interface FrameContext {
  user: string;
  /** A shell locale, or the locale a macro's configuration names. */
  locale: string;
  theme: ColorMode;
  issueKey?: string;
  projectKey?: string;
  pageId?: string;
  /** Which instance of a macro on the page (several may share one module). */
  localId?: string;
  config?: unknown;
  modal?: boolean;
  modalContext?: unknown;
}

export function frameUrl(moduleKey: string, context: FrameContext): string {
  const query = new URLSearchParams();
  query.set('user', context.user);
  if (context.issueKey !== undefined) query.set('issueKey', context.issueKey);
  if (context.projectKey !== undefined) query.set('projectKey', context.projectKey);
  if (context.pageId !== undefined) query.set('pageId', context.pageId);
  if (context.localId !== undefined) query.set('localId', context.localId);
  query.set('locale', context.locale);
  query.set('theme', context.theme);
  if (context.config !== undefined) query.set('config', JSON.stringify(context.config));
  if (context.modal === true) query.set('modal', 'true');
  if (context.modalContext !== undefined)
    query.set('modalContext', JSON.stringify(context.modalContext));
  return `/emulator/frame/${encodeURIComponent(moduleKey)}/?${query.toString()}`;
}
