/*
 * Lentera's service worker: keeps the application shell so that the citizen pages (the complaint form above
 * all) open without a connection. Pages are fetched from the network first and fall back to the cached
 * index.html; hashed assets (/assets/...) are cached on first use and never change. Of the API only the few
 * public answers below are kept; a complaint written offline waits in IndexedDB and is sent by the page when
 * the connection returns.
 */
const SHELL = 'lentera-shell-v2';
const ASSETS = 'lentera-assets-v2';
const DATA = 'lentera-data-v1';
/**
 * Public answers the complaint form needs to open offline (the government, its categories and units), fetched
 * from the network first and kept for when it is unreachable. Nothing personal: never the session.
 */
const OFFLINE_DATA = [
  /^\/api\/t\/[^/]+$/,
  /^\/api\/t\/[^/]+\/complaints\/categories$/,
  /^\/api\/t\/[^/]+\/workforce\/stats$/,
];
const PRECACHE = ['/', '/manifest.webmanifest', '/favicon.svg', '/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== SHELL && k !== ASSETS && k !== DATA).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

function isApi(url) {
  return /^\/(api|open311|dev|healthz|readyz|metrics)(\/|$)/.test(url.pathname);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isApi(url)) {
    if (url.search || !OFFLINE_DATA.some((pattern) => pattern.test(url.pathname))) return;
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(DATA).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request).then((cached) => cached || Response.error())),
    );
    return;
  }

  if (request.mode === 'navigate') {
    // Network first: a deploy is seen at once; offline, the cached shell routes the page itself.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            void caches.open(SHELL).then((cache) => cache.put('/', copy));
          }
          return response;
        })
        .catch(() => caches.match('/').then((cached) => cached || Response.error())),
    );
    return;
  }

  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/')) {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(ASSETS).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
