// Offline after the first load: registers the add-in's service worker (src/offline/sw.js) and tells
// it what this page loaded, since the very first load happens before the worker can see requests.
// Where service workers are missing (older Office webviews) or the page is not a secure context,
// the pane simply works online only.

/** The URLs worth keeping: this page, and what it loaded from here or as scripts and styles. */
export function loadedUrls(page: string, entries: readonly { name: string; initiatorType: string }[]): string[] {
  const origin = new URL(page).origin;
  const urls = new Set<string>([page]);
  for (const e of entries) {
    if (!/^https?:/.test(e.name)) continue;
    if (new URL(e.name).origin === origin || e.initiatorType === 'script' || e.initiatorType === 'link' || e.initiatorType === 'css') urls.add(e.name);
  }
  return [...urls];
}

export function keepForOffline(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      registration.active?.postMessage({ type: 'keep', urls: loadedUrls(location.href, entries) });
    })
    // Offline support is a bonus: a refusal (private mode, policy) must not disturb the pane.
    .catch(() => undefined);
}
