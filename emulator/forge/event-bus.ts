// Delivers product and lifecycle events to the app's triggers: asynchronously, at least once, retried on failure.
import type { FaultController } from './faults';
import type { TriggerModule } from './manifest';
import type { Scheduler } from './scheduler';

export interface PlatformEvent {
  eventType: string;
  /** The request that caused it came from the app (through @forge/api): `ignoreSelf` triggers never see it. */
  causedByApp: boolean;
  payload: Record<string, unknown>;
}

export interface TriggerDelivery {
  trigger: TriggerModule;
  event: PlatformEvent;
  attempt: number;
}

/**
 * How often a failing trigger is tried in all (the first delivery and up to 4 retries, as Forge documents
 * for product events), and the backoff before each retry.
 */
export const TRIGGER_ATTEMPTS = 5;
const backoffMs = (attempt: number): number => 1000 * 2 ** (attempt - 1);

export class EventBus {
  private deliveredCount = 0;
  private droppedCount = 0;

  constructor(
    private readonly triggers: () => readonly TriggerModule[],
    private readonly scheduler: Scheduler,
    private readonly faults: FaultController,
    private readonly deliver: (delivery: TriggerDelivery) => Promise<void>,
  ) {}

  get stats(): { delivered: number; dropped: number } {
    return { delivered: this.deliveredCount, dropped: this.droppedCount };
  }

  /** Called synchronously by the product; nothing runs before the caller's request has returned. */
  emit(event: PlatformEvent): void {
    const targets = this.triggers().filter((t) => t.events.includes(event.eventType));
    const wanted = targets.filter((t) => !(t.filter?.ignoreSelf === true && event.causedByApp));
    this.droppedCount += targets.length - wanted.length;
    if (wanted.length === 0) return;
    // Faults act per event: every subscribed trigger sees the duplicate or the delay.
    const copies = this.faults.duplicateEvent() ? 2 : 1;
    const lateBy = this.faults.lateEvent();
    for (const trigger of wanted) {
      for (let copy = 0; copy < copies; copy++) {
        const task = (): Promise<void> => this.attempt({ trigger, event, attempt: 1 });
        if (lateBy === undefined) this.scheduler.run(task);
        else this.scheduler.later(lateBy, task);
      }
    }
  }

  private async attempt(delivery: TriggerDelivery): Promise<void> {
    try {
      await this.deliver(delivery);
      this.deliveredCount += 1;
    } catch (e) {
      const { trigger, event, attempt } = delivery;
      const reason = e instanceof Error ? e.message : String(e);
      if (attempt >= TRIGGER_ATTEMPTS) {
        console.error(
          `[forge-emulator] trigger ${trigger.key} failed ${String(attempt)} times on ${event.eventType}; giving up: ${reason}`,
        );
        return;
      }
      console.error(
        `[forge-emulator] trigger ${trigger.key} failed on ${event.eventType} (attempt ${String(attempt)}); retrying: ${reason}`,
      );
      this.scheduler.later(backoffMs(attempt), () =>
        this.attempt({ ...delivery, attempt: attempt + 1 }),
      );
    }
  }
}
