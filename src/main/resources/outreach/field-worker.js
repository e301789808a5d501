/*
 * Haven field mode's service worker (ADR 0014). It keeps the field page and its assets so that the
 * page opens with no network; it never sees the entries (they are in IndexedDB, encrypted) and it
 * never touches the API or any other request: those go to the network as if it were not here.
 */
'use strict';

var CACHE = 'haven-field-v1';
var PAGE = '/outreach/field';
var ASSETS = [
  '/assets/css/haven.css',
  '/assets/js/haven.js',
  '/assets/js/field.js',
  '/assets/img/haven.svg',
  '/assets/field.webmanifest',
  '/webjars/htmx.org/dist/htmx.min.js'
];

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        [PAGE].concat(ASSETS).map(function (path) {
          return fetch(path, { credentials: 'same-origin', redirect: 'manual' }).then(function (response) {
            if (response.ok) {
              return cache.put(path, response);
            }
            return undefined;
          });
        })
      );
    }).then(function () {
      return self.skipWaiting();
    })
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(
        names.filter(function (name) {
          return name.indexOf('haven-field-') === 0 && name !== CACHE;
        }).map(function (name) {
          return caches.delete(name);
        })
      );
    }).then(function () {
      return self.clients.claim();
    })
  );
});

function cachedPath(url) {
  if (url.origin !== self.location.origin) {
    return null;
  }
  if (url.pathname === PAGE) {
    return PAGE;
  }
  return ASSETS.indexOf(url.pathname) >= 0 ? url.pathname : null;
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var path = cachedPath(new URL(request.url));
  if (!path) {
    return;
  }
  // Network first, so that a signed-out worker meets the sign-in page and a new version arrives;
  // the cached copy when there is no network. A redirect (to sign in) is passed on, never kept.
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok && !response.redirected && response.type === 'basic') {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) {
          return cache.put(path, copy);
        });
      }
      return response;
    }).catch(function () {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(path);
      }).then(function (cached) {
        return cached || Response.error();
      });
    })
  );
});
