import { type ComponentType, lazy } from "react";

/**
 * Runs `fn` once the browser is idle (never on the server): for code the first
 * paint does not need but the next interaction may, fetched before it is asked for.
 */
export function whenIdle(fn: () => void): void {
  if (typeof window === "undefined") return;
  if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 2000 });
  else window.setTimeout(fn, 200);
}

/**
 * A component whose code stays out of the page's first-load JavaScript: it is
 * fetched when the browser is first idle, or when first rendered if that comes
 * sooner (render it inside a <Suspense>). The server renders it like any other,
 * so a page that shows it at once still arrives with it in its HTML.
 */
export function lazyWhenIdle<P>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const once = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  whenIdle(() => void once());
  return lazy(once);
}
