// The add-in's service worker: keeps the pane working when the network is down after one load.
//
// Network first, cache as the fallback: whenever the network answers well, the answer is used and kept,
// so a new release is picked up on the next online load (Excel caches little on its own, and a
// cache-first worker would pin an old build until the worker itself changed). Offline, the last
// answer kept for that URL is served; a page navigation falls back to the kept pane page.
//
// What is kept: every same-origin GET, and the cross-origin scripts and styles the pane loads
// (Office.js from Microsoft's CDN and the files it pulls in). The first load happens before this
// worker controls the page, so the pane posts the list of what it loaded ({ type: 'keep', urls }),
// and the worker fetches and keeps those too.
//
// __VERSION__ is replaced by the build with the add-in's version: a release gets a byte-different
// worker (the browser installs it) and a cache of its own (the old one is deleted on activation).
const CACHE = 'aid-ledger-__VERSION__';
const PREFIX = 'aid-ledger-';

/** Cross-origin requests worth keeping: what a page needs to start, not API calls or telemetry. */
const KEPT_DESTINATIONS = new Set(['script', 'style', 'font', 'image']);

self.addEventListener('install', (event) => {
  // The pane page itself, so that an offline reload finds it even if the keep list never arrives.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => keep(cache, new URL('taskpane.html', self.registration.scope).href))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string' && /^https?:/.test(u));
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(urls.map((u) => keep(cache, u))))
      .then(() => { if (event.source) event.source.postMessage({ type: 'kept', count: urls.length }); }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const sameOrigin = url.origin === self.location.origin;
  if (!sameOrigin && !KEPT_DESTINATIONS.has(request.destination)) return;
  event.respondWith(networkFirst(request));
});

/** Fetches a URL the pane loaded and keeps the answer; a failure leaves the cache as it was. */
function keep(cache, href) {
  const sameOrigin = new URL(href).origin === self.location.origin;
  return fetch(href, sameOrigin ? {} : { mode: 'no-cors' })
    .then((response) => (usable(response) ? cache.put(href, response) : undefined))
    .catch(() => undefined);
}

/** An answer worth keeping: a success, or an opaque cross-origin answer (no-cors scripts). */
function usable(response) {
  return response.ok || response.type === 'opaque';
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (usable(response)) {
      cache.put(request, response.clone()).catch(() => undefined);
      return response;
    }
    // An error answer (a proxy's or a host's outage page, a 404 while a release is being copied):
    // the kept copy serves better, when there is one.
    return (await cache.match(request)) ?? response;
  } catch (offline) {
    const kept = await cache.match(request) ?? await cache.match(request.url, { ignoreSearch: request.mode === 'navigate' });
    if (kept) return kept;
    if (request.mode === 'navigate') {
      const page = await cache.match(new URL('taskpane.html', self.registration.scope).href, { ignoreSearch: true });
      if (page) return page;
    }
    throw offline;
  }
}
