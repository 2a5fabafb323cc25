import type { CalendarDate } from '../domain';
import type { JiraHttp } from '../jira/http';
import type { KeyValueStore } from '../storage/key-value-store';

/** Everything a governance operation needs from the outside world, passed in so tests need no module mocks. */
export interface GovernancePorts {
  /** Jira as the app (asApp): provisioning, reconciliation, validators. */
  jira: JiraHttp;
  store: KeyValueStore;
  today: () => CalendarDate;
  nowIso: () => string;
}

/** A user-facing call adds Jira as that user, so Jira itself enforces what they may see and edit. */
export interface UserPorts extends GovernancePorts {
  jiraAsUser: JiraHttp;
  accountId: string;
}
