/*
 * Haven – small progressive enhancements. Every page works without this file.
 * Loaded with defer, so the document is parsed when it runs. No dependencies.
 */
(function () {
  'use strict';

  // Move focus to the error summary so screen readers announce the problems first.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // A destructive step (revoking a token, say) asks first: forms that carry data-confirm.
  document.addEventListener('submit', function (event) {
    var question = event.target && event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // The user form offers only the roles that fit the chosen organisation's kind (the server
  // refuses the others anyway, and without this script shows them with the reason).
  var organisation = document.getElementById('organisationId');
  var roleChoices = document.querySelectorAll('[data-fits]');
  if (organisation && roleChoices.length) {
    var offerFittingRoles = function () {
      var option = organisation.options[organisation.selectedIndex];
      var type = option ? option.getAttribute('data-type') : null;
      Array.prototype.forEach.call(roleChoices, function (choice) {
        var box = choice.querySelector('input');
        var fits = !type || choice.getAttribute('data-fits').split(' ').indexOf(type) >= 0;
        choice.hidden = !fits && !(box && box.checked);
        var warning = choice.querySelector('.field__error');
        if (warning) {
          warning.hidden = fits;
        }
      });
    };
    organisation.addEventListener('change', offerFittingRoles);
    offerFittingRoles();
  }

  // Signing out with outreach entries not yet sent from field mode asks first: they stay on the
  // phone, sealed, until this worker signs in again and sends them.
  var signOut = document.getElementById('sign-out');
  if (signOut && signOut.form && window.indexedDB) {
    signOut.form.addEventListener('submit', function (event) {
      var form = signOut.form;
      if (form.getAttribute('data-asked') === 'true') {
        return;
      }
      event.preventDefault();
      var leave = function (unsent) {
        if (unsent === 0 || window.confirm(signOut.getAttribute('data-unsent').replace('{0}', unsent))) {
          form.setAttribute('data-asked', 'true');
          form.submit();
        }
      };
      var request = window.indexedDB.open('haven-field');
      request.onupgradeneeded = function () {
        // no field mode on this phone: nothing to warn about (and no store is made here)
        request.transaction.abort();
      };
      request.onerror = function () {
        leave(0);
      };
      request.onsuccess = function () {
        var db = request.result;
        if (!db.objectStoreNames.contains('entries')) {
          db.close();
          leave(0);
          return;
        }
        var unsent = 0;
        var tx = db.transaction(['entries'], 'readonly');
        tx.objectStore('entries').openCursor().onsuccess = function (e) {
          var cursor = e.target.result;
          if (cursor) {
            if (cursor.value.state !== 'sent') {
              unsent++;
            }
            cursor.continue();
          }
        };
        tx.oncomplete = function () {
          db.close();
          leave(unsent);
        };
        tx.onerror = function () {
          db.close();
          leave(0);
        };
      };
    });
  }

  if (!document.body || document.body.dataset.signedIn !== 'true') {
    return;
  }

  // Warn two minutes before the server's 30-minute idle timeout ends the session.
  var WARN_AFTER_MS = 28 * 60 * 1000;
  var KEEP_ALIVE_URL = '/account/keep-alive';

  var warning = document.getElementById('session-warning');
  var stay = document.getElementById('stay-signed-in');
  if (!warning || !stay || !window.fetch) {
    return;
  }

  var timer = null;
  var focusBefore = null;
  var busy = false;

  function startTimer() {
    window.clearTimeout(timer);
    timer = window.setTimeout(showWarning, WARN_AFTER_MS);
  }

  function showWarning() {
    focusBefore = document.activeElement;
    warning.hidden = false;
    stay.focus();
  }

  function hideWarning() {
    warning.hidden = true;
    // Give focus back to where the person was, so they do not lose their place.
    if (focusBefore && focusBefore !== document.body && document.contains(focusBefore)) {
      focusBefore.focus();
    }
    focusBefore = null;
  }

  // Spring Security's token: from <meta> when the page has it, else from any form on the page.
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var value = token ? token.getAttribute('content') : null;
    if (!value) {
      var input = document.querySelector('input[name="_csrf"]');
      value = input ? input.value : null;
    }
    return {
      header: (header && header.getAttribute('content')) || 'X-CSRF-TOKEN',
      value: value
    };
  }

  stay.addEventListener('click', function () {
    var token = csrf();
    var headers = {};
    if (token.value) {
      headers[token.header] = token.value;
    }
    // A flag rather than disabling the button, which would drop keyboard focus.
    if (busy) {
      return;
    }
    busy = true;
    window.fetch(KEEP_ALIVE_URL, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin'
    }).then(function (response) {
      // A redirect means the session already ended (sent to sign-in): let the server show that.
      if (response.ok && !response.redirected) {
        hideWarning();
        startTimer();
      } else {
        window.location.reload();
      }
    }).catch(function () {
      // Network trouble: keep the warning up so the person can try again.
    }).then(function () {
      busy = false;
    });
  });

  // An htmx request also keeps the server session alive.
  document.body.addEventListener('htmx:afterRequest', startTimer);

  startTimer();
})();
