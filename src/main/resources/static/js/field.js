/*
 * Haven field mode (ADR 0014): outreach activities, contacts and signs of trafficking recorded on a
 * phone with or without a network.
 *
 * Every entry is encrypted before it is stored: AES-GCM under a data key made on this phone, the
 * entry's id bound in as additional data. The data key exists in clear only in this page's memory;
 * IndexedDB holds it sealed to the installation's public key (RSA-OAEP, labelled with the worker),
 * so a lost phone gives up nothing. To send, the signed-in worker asks the server to open the seal,
 * decrypts, and posts each entry through the API with the entry's id as its Idempotency-Key: a
 * retry never makes a second record. What is waiting, what was sent and what was refused is shown.
 */
(function () {
  'use strict';

  var app = document.getElementById('field-app');
  if (!app) {
    return;
  }
  if (!window.indexedDB || !window.crypto || !window.crypto.subtle || !window.fetch) {
    document.getElementById('field-unsupported').hidden = false;
    return;
  }

  var USER = app.getAttribute('data-user');
  var LABEL = app.getAttribute('data-label');
  var PUBLIC_KEY = app.getAttribute('data-public-key');
  var SESSION_URL = app.getAttribute('data-session');
  var KEY_URL = app.getAttribute('data-key-url');
  var API = app.getAttribute('data-api');
  var DB_NAME = 'haven-field';
  var SENT_KEPT_MS = 24 * 60 * 60 * 1000;

  var texts = {};
  Array.prototype.forEach.call(
    document.getElementById('field-texts').content.querySelectorAll('[data-key]'),
    function (element) {
      texts[element.getAttribute('data-key')] = element.textContent;
    }
  );
  function text(key, value) {
    return (texts[key] || '').replace('{0}', value === undefined ? '' : String(value));
  }
  function byId(id) {
    return document.getElementById(id);
  }

  // ---------------------------------------------------------------- bytes

  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function toBase64(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) {
      binary += String.fromCharCode(bytes[i]);
    }
    return btoa(binary);
  }
  function fromBase64(value) {
    var binary = atob(value);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes.buffer;
  }
  function newId() {
    if (crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // ---------------------------------------------------------------- IndexedDB

  var dbPromise = new Promise(function (resolve, reject) {
    var request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = function () {
      var db = request.result;
      db.createObjectStore('batches', { keyPath: 'id' });
      var entries = db.createObjectStore('entries', { keyPath: 'id' });
      entries.createIndex('state', 'state');
      db.createObjectStore('links', { keyPath: 'local' });
      db.createObjectStore('activities', { keyPath: 'local' });
    };
    request.onsuccess = function () { resolve(request.result); };
    request.onerror = function () { reject(request.error); };
  });

  function done(request) {
    return new Promise(function (resolve, reject) {
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  /** Runs IndexedDB requests only (no other awaits inside), resolving when the transaction commits. */
  function transact(stores, mode, work) {
    return dbPromise.then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(stores, mode);
        var result;
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
        result = work(tx);
      });
    });
  }

  function all(store) {
    var records = [];
    return transact([store], 'readonly', function (tx) {
      tx.objectStore(store).openCursor().onsuccess = function (event) {
        var cursor = event.target.result;
        if (cursor) {
          records.push(cursor.value);
          cursor.continue();
        }
      };
      return records;
    });
  }

  // ---------------------------------------------------------------- keys

  var openKeys = {}; // batch id -> CryptoKey, in memory only
  var current = null; // this page's batch: { id, key }

  function currentBatch() {
    if (current) {
      return Promise.resolve(current);
    }
    var algorithm = { name: 'RSA-OAEP', hash: 'SHA-256' };
    return Promise.all([
      crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']),
      crypto.subtle.importKey('spki', fromBase64(PUBLIC_KEY), algorithm, false, ['wrapKey'])
    ]).then(function (keys) {
      return crypto.subtle.wrapKey('raw', keys[0], keys[1], { name: 'RSA-OAEP', label: encoder.encode(LABEL) })
        .then(function (sealed) {
          var batch = { id: newId(), sealed: toBase64(sealed), user: USER, created: Date.now() };
          return transact(['batches'], 'readwrite', function (tx) {
            tx.objectStore('batches').put(batch);
          }).then(function () {
            openKeys[batch.id] = keys[0];
            current = { id: batch.id, key: keys[0] };
            return current;
          });
        });
    });
  }

  function encrypt(key, id, value) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv, additionalData: encoder.encode(id) },
      key,
      encoder.encode(JSON.stringify(value))
    ).then(function (data) {
      return { iv: iv.buffer, data: data };
    });
  }

  function decrypt(key, entry) {
    return crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(entry.iv), additionalData: encoder.encode(entry.id) },
      key,
      entry.data
    ).then(function (plain) {
      return JSON.parse(decoder.decode(plain));
    });
  }

  var sequence = 0;

  /**
   * Keeps one entry, encrypted. Only the kind, the random ids that tie entries together (the
   * activity's, and a contact's) and the state stay readable, to count what is waiting; what was
   * recorded is in the ciphertext.
   */
  function keep(kind, on, payload, ref) {
    var activity = on.local || on.server;
    return currentBatch().then(function (batch) {
      var id = newId();
      var plain = { kind: kind, activity: activity, local: !!on.local, payload: payload };
      return encrypt(batch.key, id, plain).then(function (sealed) {
        var entry = {
          id: id,
          batch: batch.id,
          seq: Date.now() * 1000 + (sequence++ % 1000),
          state: 'waiting',
          kind: kind,
          activity: activity,
          ref: ref || null,
          iv: sealed.iv,
          data: sealed.data
        };
        return transact(['entries'], 'readwrite', function (tx) {
          tx.objectStore('entries').put(entry);
        }).then(function () {
          return entry;
        });
      });
    });
  }

  // ---------------------------------------------------------------- the worker's screens

  var activity = null; // { local, server, title, childOutOfPlace }
  var contactsShown = 0;

  function show(panel) {
    byId('field-start').hidden = panel !== 'start';
    byId('field-activity').hidden = panel !== 'activity';
    byId('field-suspicion').hidden = panel !== 'suspicion';
  }

  function fieldError(name, message) {
    var error = byId('field-' + name + '-error');
    var field = byId('field-' + name + '-field');
    if (error) {
      error.textContent = message || '';
      error.hidden = !message;
    }
    if (field) {
      field.classList.toggle('field--error', !!message);
    }
    return !message;
  }

  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function typeName(type) {
    var option = byId('field-type').querySelector('option[value="' + type + '"]');
    return option ? option.textContent : type;
  }

  function openActivity(local, server, title, childOutOfPlace) {
    activity = { local: local, server: server, title: title, childOutOfPlace: childOutOfPlace };
    byId('field-activity-title').textContent = title;
    byId('field-child').hidden = true;
    byId('field-added').hidden = true;
    byId('field-contacts').innerHTML = '';
    contactsShown = 0;
    show('activity');
    return sealedContactsOf(local || server).then(function (count) {
      for (var i = 0; i < count; i++) {
        addContactLine(null, text('sealedContact', contactsShown + 1));
      }
    });
  }

  function sealedContactsOf(activityRef) {
    return all('entries').then(function (entries) {
      return entries.filter(function (e) {
        return e.kind === 'contact' && e.activity === activityRef && e.state !== 'sent' && !openKeys[e.batch];
      }).length;
    });
  }

  byId('field-start-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var type = byId('field-type').value;
    var date = byId('field-date').value;
    var duration = byId('field-duration').value.trim();
    var municipality = byId('field-municipality').value.trim();
    var minutes = Number(duration);
    var ok = [
      fieldError('type', type ? '' : text('required')),
      fieldError('date', !date ? text('required') : date > today() ? text('futureDate') : ''),
      fieldError('duration', duration && (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) ? text('duration') : ''),
      fieldError('municipality', municipality ? '' : text('required'))
    ].every(Boolean);
    if (!ok) {
      var first = app.querySelector('#field-start-form .field--error input, #field-start-form .field--error select');
      if (first) {
        first.focus();
      }
      return;
    }
    var local = newId();
    var details = {
      type: type,
      date: date,
      durationMinutes: duration ? minutes : null,
      municipality: municipality,
      area: byId('field-area').value.trim() || null
    };
    var selected = byId('field-type').selectedOptions[0];
    var childOutOfPlace = selected && selected.getAttribute('data-child-out-of-place') === 'true';
    keep('activity', { local: local }, details).then(function () {
      // the kind of activity and its day stay readable, so that it can be continued after a restart
      return transact(['activities'], 'readwrite', function (tx) {
        tx.objectStore('activities').put({ local: local, type: type, date: date, childOutOfPlace: childOutOfPlace, created: Date.now() });
      });
    }).then(function () {
      byId('field-start-form').reset();
      byId('field-date').value = today();
      return openActivity(local, null, typeName(type) + ', ' + municipality, childOutOfPlace);
    }).then(refresh).then(syncSoon);
  });

  byId('field-open').addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    if (button.hasAttribute('data-local')) {
      openActivity(button.getAttribute('data-local'), null, button.textContent,
        button.getAttribute('data-child-out-of-place') === 'true');
    } else {
      openActivity(null, button.getAttribute('data-server'), button.textContent,
        button.getAttribute('data-child-out-of-place') === 'true');
    }
  });

  function addContactLine(local, label) {
    contactsShown++;
    var item = document.createElement('li');
    item.className = 'card';
    item.id = 'field-contact-' + contactsShown;
    var strong = document.createElement('strong');
    strong.textContent = label;
    item.appendChild(strong);
    if (local) {
      var signs = document.createElement('button');
      signs.type = 'button';
      signs.className = 'button button--secondary button--small';
      signs.id = 'field-signs-' + contactsShown;
      signs.textContent = text('signs');
      signs.setAttribute('data-contact', local);
      signs.setAttribute('data-label', label);
      item.appendChild(signs);
    }
    byId('field-contacts').appendChild(item);
  }

  function checkedValue(name) {
    var input = byId('field-contact-form').querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : null;
  }

  byId('field-contact-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var sex = checkedValue('sex');
    var age = checkedValue('ageBand');
    var peopleText = byId('field-people').value.trim();
    var people = Number(peopleText);
    var ok = [
      fieldError('sex', sex ? '' : text('required')),
      fieldError('age', age ? '' : text('required')),
      fieldError('people', peopleText && (!Number.isInteger(people) || people < 1) ? text('people') : '')
    ].every(Boolean);
    if (!ok) {
      if (!byId('field-people-field').classList.contains('field--error')) {
        byId(sex ? 'field-age-field' : 'field-sex-field').scrollIntoView();
      } else {
        byId('field-more').open = true;
        byId('field-people').focus();
      }
      return;
    }
    var services = Array.prototype.map.call(
      byId('field-contact-form').querySelectorAll('input[name="services"]:checked'),
      function (box) { return box.value; }
    );
    var local = newId();
    var details = {
      local: local,
      sex: sex,
      ageBand: age,
      citizenship: byId('field-citizenship').value || null,
      region: byId('field-region').value.trim() || null,
      firstContact: !byId('field-met-before').checked,
      services: services,
      code: byId('field-code').value.trim() || null,
      people: peopleText ? people : 1
    };
    var label = labelOf(sex) + ', ' + labelOf(age, 'age') + (details.people > 1 ? ' (' + details.people + ')' : '');
    var group = details.people > 1;
    keep('contact', activity, details, local).then(function () {
      addContactLine(group ? null : local, label);
      if (age === 'UNDER_18' && activity.childOutOfPlace) {
        byId('field-child').hidden = false;
      }
      var added = byId('field-added');
      added.textContent = text('added', contactsShown);
      added.hidden = false;
      byId('field-contact-form').reset();
      return refresh();
    }).then(syncSoon);
  });

  function labelOf(value, prefix) {
    var input = byId('field-' + (prefix || 'sex') + '-' + value);
    var span = input && input.parentNode.querySelector('span');
    return span ? span.textContent : value;
  }

  var suspectedContact = null;

  byId('field-contacts').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-contact]');
    if (!button) {
      return;
    }
    suspectedContact = button;
    byId('field-suspicion-contact').textContent = button.getAttribute('data-label');
    byId('field-suspicion-form').reset();
    show('suspicion');
    byId('field-suspicion').scrollIntoView();
  });

  byId('field-cancel-suspicion').addEventListener('click', function () {
    show('activity');
  });

  byId('field-suspicion-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = byId('field-suspicion-form');
    function ticked(name) {
      return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (box) {
        return box.value;
      });
    }
    var suspicion = {
      contact: suspectedContact.getAttribute('data-contact'),
      suspicion: {
        indicators: ticked('indicators'),
        exploitation: ticked('exploitation'),
        consent: byId('field-consent').checked,
        account: byId('field-account').value.trim() || null,
        immediateDanger: byId('field-danger').checked
      }
    };
    var button = suspectedContact;
    keep('suspicion', activity, suspicion, suspicion.contact).then(function () {
      var note = document.createElement('span');
      note.className = 'tag';
      note.textContent = text('suspicionKept');
      button.parentNode.replaceChild(note, button);
      show('activity');
      return refresh();
    }).then(syncSoon);
  });

  byId('field-close-activity').addEventListener('click', function () {
    if (!window.confirm(text('closeAsk'))) {
      return;
    }
    var closing = activity;
    keep('close', closing, {}).then(function () {
      if (closing.local) {
        return transact(['activities'], 'readwrite', function (tx) {
          tx.objectStore('activities').delete(closing.local);
        });
      }
      return undefined;
    }).then(function () {
      activity = null;
      byId('field-result').textContent = text('closed');
      var button = byId('field-open-' + (closing.server || closing.local));
      if (button) {
        button.parentNode.remove();
      }
      show('start');
      return refresh();
    }).then(syncSoon);
  });

  byId('field-leave').addEventListener('click', function () {
    activity = null;
    show('start');
    refresh();
  });

  // ---------------------------------------------------------------- what is waiting

  function refresh() {
    return Promise.all([all('entries'), all('activities')]).then(function (stores) {
      var entries = stores[0];
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; });
      var sealed = waiting.filter(function (e) { return !openKeys[e.batch]; });
      byId('field-waiting').textContent = waiting.length === 0
        ? text('nothingWaiting')
        : text('waiting', waiting.length) + (sealed.length ? ' ' + text('sealed', sealed.length) : '');
      byId('field-connection').textContent = navigator.onLine ? text('online') : text('offline');
      byId('field-connection').className = navigator.onLine ? 'tag tag--green' : 'tag';
      showProblems(entries.filter(function (e) { return e.state === 'conflict' || e.state === 'refused'; }));
      var sentLately = entries.filter(function (e) { return e.state === 'sent'; }).length;
      byId('field-sent').textContent = sentLately ? text('sentLately', sentLately) : '';
      showOfflineActivities(stores[1]);
      return waiting.length;
    });
  }

  function showOfflineActivities(activities) {
    var list = byId('field-open');
    activities.forEach(function (a) {
      if (byId('field-open-' + a.local)) {
        return;
      }
      var item = document.createElement('li');
      item.className = 'card';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--secondary';
      button.id = 'field-open-' + a.local;
      button.setAttribute('data-local', a.local);
      button.setAttribute('data-child-out-of-place', String(a.childOutOfPlace));
      button.textContent = typeName(a.type) + ', ' + new Date(a.date + 'T12:00:00').toLocaleDateString(document.documentElement.lang) + ' (' + text('madeOffline') + ')';
      item.appendChild(button);
      list.appendChild(item);
    });
    byId('field-none-open').hidden = list.children.length > 0;
  }

  function showProblems(problems) {
    var list = byId('field-problems');
    list.innerHTML = '';
    problems.forEach(function (entry, n) {
      var item = document.createElement('li');
      item.className = 'card';
      item.id = 'field-problem-' + (n + 1);
      var what = document.createElement('strong');
      what.textContent = text('kind.' + entry.kind);
      item.appendChild(what);
      var why = document.createElement('span');
      why.className = 'hint';
      why.textContent = entry.state === 'conflict' ? text('conflict') : text('refused') + (entry.problem ? ' ' + entry.problem : '');
      item.appendChild(why);
      var discard = document.createElement('button');
      discard.type = 'button';
      discard.className = 'button button--secondary button--small';
      discard.id = 'field-discard-' + (n + 1);
      discard.textContent = text('discard');
      discard.addEventListener('click', function () {
        if (window.confirm(text('discardAsk'))) {
          transact(['entries'], 'readwrite', function (tx) {
            tx.objectStore('entries').delete(entry.id);
          }).then(forgetEmptyBatches).then(refresh);
        }
      });
      item.appendChild(discard);
      list.appendChild(item);
    });
  }

  // ---------------------------------------------------------------- sending

  var syncing = null;
  var failed = {}; // contacts that met a conflict or were refused, by their local id

  function syncSoon() {
    if (navigator.onLine) {
      sync();
    }
  }

  function session() {
    return fetch(SESSION_URL, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (!response.ok || response.redirected || type.indexOf('application/json') < 0) {
          return null;
        }
        return response.json();
      });
  }

  function keyFor(batchId, who) {
    if (openKeys[batchId]) {
      return Promise.resolve(openKeys[batchId]);
    }
    return transact(['batches'], 'readonly', function (tx) {
      var found = {};
      tx.objectStore('batches').get(batchId).onsuccess = function (event) {
        found.batch = event.target.result;
      };
      return found;
    }).then(function (found) {
      if (!found.batch || found.batch.user !== who.user) {
        return null;
      }
      var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
      headers[who.csrfHeader] = who.csrfToken;
      return fetch(KEY_URL, {
        method: 'POST',
        credentials: 'same-origin',
        headers: headers,
        body: JSON.stringify({ sealed: found.batch.sealed })
      }).then(function (response) {
        if (!response.ok) {
          return null;
        }
        return response.json().then(function (body) {
          return crypto.subtle.importKey('raw', fromBase64(body.key), { name: 'AES-GCM' }, false, ['decrypt']);
        }).then(function (key) {
          openKeys[batchId] = key;
          return key;
        });
      });
    });
  }

  function linked(local) {
    return transact(['links'], 'readonly', function (tx) {
      var found = {};
      tx.objectStore('links').get(local).onsuccess = function (event) {
        found.link = event.target.result;
      };
      return found;
    }).then(function (found) {
      return found.link ? found.link.server : null;
    });
  }

  /** The server's id of an activity: one made here once it is sent, or one chosen from the list. */
  function serverActivity(plain) {
    return plain.local ? linked(plain.activity) : Promise.resolve(plain.activity);
  }

  function post(url, who, key, body) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    headers[who.csrfHeader] = who.csrfToken;
    if (key) {
      headers['Idempotency-Key'] = key;
    }
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'manual',
      headers: headers,
      body: JSON.stringify(body)
    });
  }

  /** Sends one entry; resolves with what became of it: sent, conflict, refused, later or stop. */
  function send(entry, plain, who) {
    var payload = plain.payload;
    if (plain.kind === 'activity') {
      return post(API, who, entry.id, payload).then(function (response) {
        return outcome(response, function (body) {
          return { link: { local: plain.activity, server: body.id } };
        });
      });
    }
    return serverActivity(plain).then(function (activityId) {
      if (!activityId) {
        return { state: 'later' };
      }
      var base = API + '/' + encodeURIComponent(activityId);
      if (plain.kind === 'contact') {
        var details = Object.assign({}, payload);
        delete details.local;
        return post(base + '/contacts', who, entry.id, details).then(function (response) {
          return outcome(response, function (body) {
            return { link: { local: payload.local, server: body.id } };
          });
        });
      }
      if (plain.kind === 'suspicion') {
        return linked(payload.contact).then(function (contactId) {
          if (!contactId) {
            // the contact is not on the server: still to be sent, or it never will be
            return failed[payload.contact] ? { state: 'conflict' } : { state: 'later' };
          }
          return post(base + '/contacts/' + encodeURIComponent(contactId) + '/referral', who, null, payload.suspicion)
            .then(function (response) {
              return outcome(response);
            });
        });
      }
      return post(base + '/close', who, null, {}).then(function (response) {
        return outcome(response);
      });
    });
  }

  function outcome(response, linkOf) {
    if (response.ok) {
      return response.json().then(function (body) {
        var result = linkOf ? linkOf(body) : {};
        result.state = 'sent';
        return result;
      });
    }
    if (response.status === 409) {
      return { state: 'conflict' };
    }
    if (response.status === 401 || response.status === 403 || response.type === 'opaqueredirect' || response.status === 0) {
      return { state: 'stop' };
    }
    if (response.status >= 500 || response.status === 429) {
      return { state: 'later' };
    }
    return response.json().catch(function () { return {}; }).then(function (problem) {
      return { state: 'refused', problem: problem.detail || problem.title || null };
    });
  }

  function record(entry, result) {
    return transact(['entries', 'links'], 'readwrite', function (tx) {
      if (result.link && result.link.local && result.link.server) {
        tx.objectStore('links').put(result.link);
      }
      var kept = {
        id: entry.id, batch: entry.batch, seq: entry.seq, kind: entry.kind, activity: entry.activity, ref: entry.ref, state: result.state
      };
      if (result.state === 'sent') {
        // what was sent leaves the phone: only the fact that it was sent stays, for a day
        kept.sentAt = Date.now();
      } else {
        kept.iv = entry.iv;
        kept.data = entry.data;
        kept.problem = result.problem || null;
      }
      tx.objectStore('entries').put(kept);
    });
  }

  /** A batch whose entries have all been sent or discarded: its sealed key is deleted. */
  function forgetEmptyBatches() {
    return Promise.all([all('batches'), all('entries')]).then(function (stores) {
      var inUse = {};
      stores[1].forEach(function (e) {
        if (e.state !== 'sent') {
          inUse[e.batch] = true;
        }
      });
      var now = Date.now();
      return transact(['batches', 'entries'], 'readwrite', function (tx) {
        stores[0].forEach(function (b) {
          if (!inUse[b.id] && (!current || current.id !== b.id)) {
            tx.objectStore('batches').delete(b.id);
          }
        });
        stores[1].forEach(function (e) {
          if (e.state === 'sent' && now - e.sentAt > SENT_KEPT_MS) {
            tx.objectStore('entries').delete(e.id);
          }
        });
      });
    });
  }

  function sync() {
    if (syncing) {
      return syncing.then(function () { return sync(); });
    }
    var result = byId('field-result');
    syncing = all('entries').then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; })
        .sort(function (a, b) { return a.seq - b.seq; });
      failed = {};
      entries.forEach(function (e) {
        if (e.kind === 'contact' && e.ref && (e.state === 'conflict' || e.state === 'refused')) {
          failed[e.ref] = true;
        }
      });
      if (waiting.length === 0) {
        result.textContent = text('nothingSent');
        return undefined;
      }
      result.textContent = text('sending');
      var sent = 0;
      var notYours = 0;
      return session().then(function (who) {
        if (!who) {
          result.textContent = text('signIn');
          return undefined;
        }
        var chain = Promise.resolve(false);
        waiting.forEach(function (entry) {
          chain = chain.then(function (stopped) {
            if (stopped) {
              return true;
            }
            return keyFor(entry.batch, who).then(function (key) {
              if (!key) {
                notYours++;
                return false;
              }
              return decrypt(key, entry).then(function (plain) {
                return send(entry, plain, who);
              }).then(function (outcomeOf) {
                if (outcomeOf.state === 'stop') {
                  return true;
                }
                if (outcomeOf.state === 'later') {
                  return false;
                }
                if (outcomeOf.state === 'sent') {
                  sent++;
                } else if (entry.kind === 'contact' && entry.ref) {
                  failed[entry.ref] = true;
                }
                return record(entry, outcomeOf).then(function () { return false; });
              });
            });
          });
        });
        return chain.then(function (stopped) {
          var message = sent > 0 ? text('sent', sent) : text('nothingSent');
          if (stopped) {
            message += ' ' + text('signIn');
          }
          if (notYours > 0) {
            message += ' ' + text('notYours', notYours);
          }
          result.textContent = message;
        });
      });
    }).catch(function () {
      result.textContent = text('stillOffline');
    }).then(forgetEmptyBatches).then(refresh).then(function () {
      syncing = null;
    }, function () {
      syncing = null;
    });
    return syncing;
  }

  byId('field-send').addEventListener('click', function () {
    sync();
  });
  window.addEventListener('online', function () {
    refresh().then(sync);
  });
  window.addEventListener('offline', refresh);

  // ---------------------------------------------------------------- start

  if (!byId('field-date').value) {
    byId('field-date').value = today();
  }
  show('start');
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(app.getAttribute('data-worker'), { scope: app.getAttribute('data-scope') })
      .then(function () {
        app.setAttribute('data-offline-ready', 'true');
      })
      .catch(function () {
        // without a service worker the page still works while it is open
      });
  }
  forgetEmptyBatches().then(refresh).then(function (waiting) {
    app.setAttribute('data-ready', 'true');
    if (waiting > 0 && navigator.onLine) {
      sync();
    }
  });
  window.setInterval(function () {
    if (navigator.onLine) {
      refresh().then(function (waiting) {
        if (waiting > 0) {
          sync();
        }
      });
    }
  }, 30000);
})();
