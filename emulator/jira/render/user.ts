// Users as Jira renders them (User and UserDetails beans).
import type { Ctx } from '../context';
import type { UserRecord } from '../state';

export function avatarUrls(baseUrl: string, kind: string, id: string): Record<string, string> {
  const url = (size: number): string =>
    `${baseUrl}/emulator/avatars/${kind}/${encodeURIComponent(id)}?size=${size}`;
  return { '16x16': url(16), '24x24': url(24), '32x32': url(32), '48x48': url(48) };
}

export function userSelf(baseUrl: string, accountId: string): string {
  return `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;
}

export function renderUserDetails(ctx: Ctx, user: UserRecord): Record<string, unknown> {
  return {
    self: userSelf(ctx.baseUrl, user.accountId),
    accountId: user.accountId,
    accountType: user.accountType,
    ...(user.emailAddress === undefined ? {} : { emailAddress: user.emailAddress }),
    avatarUrls: avatarUrls(ctx.baseUrl, 'user', user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

export function renderUser(ctx: Ctx, user: UserRecord): Record<string, unknown> {
  return { ...renderUserDetails(ctx, user), locale: 'en_US' };
}

// A reference to an account that may have been removed renders as an unknown, inactive user.
export function renderUserRef(ctx: Ctx, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = ctx.site.user(accountId);
  if (user) return renderUserDetails(ctx, user);
  return {
    self: userSelf(ctx.baseUrl, accountId),
    accountId,
    accountType: 'unknown',
    displayName: 'Former user',
    active: false,
    avatarUrls: avatarUrls(ctx.baseUrl, 'user', accountId),
  };
}
