// The public help pages work without this file. With it: the quick exit replaces the page (and Escape twice
// does the same), moving between help pages replaces the history entry rather than adding one, "in danger now"
// shows the emergency number at once, and the contact form solves a small proof of work before it is sent.
(function () {
  'use strict';
  var exit = document.getElementById('quick-exit');
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.style.display = 'none';
    document.title = '';
    window.location.replace(exit.href);
  }
  if (exit) {
    exit.addEventListener('click', leave);
    var last = 0;
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') { return; }
      var now = Date.now();
      if (now - last < 1500) { leave(event); }
      last = now;
    });
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="/help/"]') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    window.location.replace(link.href);
  });
  var danger = document.getElementById('danger-now');
  document.querySelectorAll('input[name="inDanger"]').forEach(function (choice) {
    choice.addEventListener('change', function () {
      var yes = choice.value === 'yes' && choice.checked;
      danger.classList.toggle('now', yes);
      if (yes) { danger.setAttribute('role', 'alert'); } else { danger.removeAttribute('role'); }
    });
  });
  var form = document.querySelector('form.contact');
  if (!form || !window.crypto || !window.crypto.subtle || !window.TextEncoder) { return; }
  var proof = form.querySelector('input[name="proof"]');
  var token = form.querySelector('input[name="token"]').value;
  var difficulty = parseInt(proof.getAttribute('data-difficulty'), 10) || 12;
  function zeros(bytes) {
    var n = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { n += 8; continue; }
      n += Math.clz32(bytes[i]) - 24;
      break;
    }
    return n;
  }
  var sending = false;
  form.addEventListener('submit', function (event) {
    if (sending) { event.preventDefault(); return; }
    if (proof.value) { sending = true; return; }
    event.preventDefault();
    sending = true;
    var encoder = new TextEncoder();
    var started = Date.now();
    var counter = 0;
    function attempt() {
      if (Date.now() - started > 4000) { form.submit(); return; }
      var candidate = String(counter++);
      window.crypto.subtle.digest('SHA-256', encoder.encode(token + ':' + candidate)).then(function (digest) {
        if (zeros(new Uint8Array(digest)) >= difficulty) {
          proof.value = candidate;
          form.submit();
        } else {
          attempt();
        }
      }, function () { form.submit(); });
    }
    attempt();
  });
}());
