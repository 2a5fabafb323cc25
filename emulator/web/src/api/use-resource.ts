// Loads data for a page; keeps what it has while reloading so refreshes do not flash.
import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'ready'; data: T; reloading: boolean }
  | { state: 'failed'; error: unknown };

export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResource((previous) =>
      previous.state === 'ready' ? { ...previous, reloading: true } : { state: 'loading' },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ state: 'ready', data, reloading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ state: 'failed', error });
      },
    );
    return () => {
      controller.abort();
    };
    // The caller names what the load depends on; `load` itself is a fresh closure each render.
  }, [...deps, generation]);

  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  return [resource, reload];
}
