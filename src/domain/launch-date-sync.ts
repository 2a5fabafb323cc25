import { parseCalendarDate } from './calendar';

/**
 * A change request's Jira Due date *is* its launch date (docs/design-contract.md "Lead time"). Either side may be edited: the intake
 * in the panel (or by REST), the Due date in Jira's own fields. `synced` is the value both had after the app last
 * brought them together (kept in app storage), which tells which side moved since.
 */
export interface LaunchDateSides {
  intakeLaunchDate: string | null;
  dueDate: string | null;
  synced: string | null;
}

export interface LaunchDateSync {
  /** The launch date to assess with. */
  launchDate: string | null;
  /** Write this into the Due date. */
  setDueDate?: string;
  /** Write this into the intake's launchDate (the Due date was moved in Jira). */
  setIntakeLaunchDate?: string;
  /** What both sides hold once the writes are done. */
  synced: string | null;
}

const valid = (date: string | null): string | null =>
  date !== null && parseCalendarDate(date) ? date : null;

/** Which side wins: an intake edit since the last sync, else a Due date edit, else whichever side has a date. */
export function syncLaunchDate(sides: LaunchDateSides): LaunchDateSync {
  const intake = valid(sides.intakeLaunchDate);
  const due = valid(sides.dueDate);
  const dueMoved = due !== null && due !== sides.synced;
  const intakeMoved = intake !== null && intake !== sides.synced;
  // The intake is where the launch is planned: when both moved since the last sync, it wins.
  if (intake !== null && (intakeMoved || !dueMoved)) {
    return {
      launchDate: sides.intakeLaunchDate,
      ...(due !== intake ? { setDueDate: intake } : {}),
      synced: intake,
    };
  }
  if (due !== null) {
    return {
      launchDate: due,
      ...(intake !== due ? { setIntakeLaunchDate: due } : {}),
      synced: due,
    };
  }
  // Neither side has a valid date: the intake's value (missing or malformed) is what the assessment reports on.
  return { launchDate: sides.intakeLaunchDate, synced: sides.synced };
}
