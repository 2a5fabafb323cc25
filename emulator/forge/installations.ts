// The app's installations on the site: one per product unless the manifest declares app.compatibility.
import { z } from 'zod';
import { KvsStore, type EntityIndex, type KvsState } from './kvs-store';
import type { Manifest } from './manifest';

export type InstallationProduct = 'jira' | 'confluence';

export interface Installation {
  product: InstallationProduct;
  id: string;
  /** The installation's context ARI, as handlers receive it (`installContext`). */
  installContext: string;
  /** Forge hosted storage is per installation: nothing is shared between two of them. */
  kvs: KvsStore;
}

const INSTALLATION_IDS: Record<InstallationProduct, string> = {
  jira: '3b9d7c1e-6f2a-4c8e-b5d4-00000000a001',
  confluence: '3b9d7c1e-6f2a-4c8e-b5d4-00000000c001',
};

/**
 * Without `app.compatibility` a Forge app is a single-product app: installing it in Jira and in
 * Confluence gives two separate installations, each with its own storage and installation context.
 * With it, one installation (in the required product) serves every compatible product, one storage.
 */
export function compatibilityOf(
  manifest: Manifest,
): { shared: false } | { shared: true; required: InstallationProduct } {
  const declared = manifest.app.compatibility;
  if (declared === undefined) return { shared: false };
  const required = (['jira', 'confluence'] as const).find((p) => declared[p]?.required === true);
  if (required === undefined)
    throw new Error(
      'Forge emulator: app.compatibility names no required product the emulator hosts (jira or confluence)',
    );
  return { shared: true, required };
}

const perInstallation = z.object({ installations: z.record(z.string(), z.unknown()) });

export class Installations {
  private readonly byProduct: Record<InstallationProduct, Installation>;

  constructor(
    manifest: Manifest,
    cloudId: string,
    now: () => Date,
    indexes: ReadonlyMap<string, EntityIndex[]>,
  ) {
    const make = (product: InstallationProduct): Installation => ({
      product,
      id: INSTALLATION_IDS[product],
      installContext: `ari:cloud:${product}::site/${cloudId}`,
      kvs: new KvsStore(now, indexes),
    });
    const compatibility = compatibilityOf(manifest);
    if (compatibility.shared) {
      const one = make(compatibility.required);
      this.byProduct = { jira: one, confluence: one };
    } else {
      this.byProduct = { jira: make('jira'), confluence: make('confluence') };
    }
  }

  of(product: InstallationProduct): Installation {
    return this.byProduct[product];
  }

  /** Each distinct installation once. */
  all(): Installation[] {
    const { jira, confluence } = this.byProduct;
    return jira === confluence ? [jira] : [jira, confluence];
  }

  get shared(): boolean {
    return this.byProduct.jira === this.byProduct.confluence;
  }

  clear(): void {
    for (const i of this.all()) i.kvs.clear();
  }

  setExpiredLinger(ms: number): void {
    for (const i of this.all()) i.kvs.setExpiredLinger(ms);
  }

  exportState(): { installations: Record<string, KvsState> } {
    return {
      installations: Object.fromEntries(this.all().map((i) => [i.product, i.kvs.exportState()])),
    };
  }

  importState(state: unknown): void {
    const parsed = perInstallation.safeParse(state);
    if (parsed.success) {
      for (const i of this.all()) {
        const saved = parsed.data.installations[i.product];
        if (saved === undefined) i.kvs.clear();
        else i.kvs.importState(saved);
      }
      return;
    }
    // The single-store layout of earlier state files: it was the Jira installation's.
    this.clear();
    this.byProduct.jira.kvs.importState(state);
  }
}
