// A tiny client-side router on the History API: deep links survive reloads because the
// server answers every unknown non-API path with index.html.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const target = new URL(to, window.location.href);
  const path = `${target.pathname}${target.search}${target.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (path === current) return;
  if (options.replace === true) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
  if (options.replace !== true) window.scrollTo(0, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export interface ShellLocation {
  pathname: string;
  search: URLSearchParams;
}

/** The current path and query; re-renders on push, replace and back/forward. */
export function useLocation(): ShellLocation {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://shell.invalid');
  return { pathname: url.pathname, search: url.searchParams };
}
