// The API explorer: Swagger UI, and the accessible names and focus stops it leaves out. Only
// attributes are added (never nodes moved or removed), so Swagger UI's rendering is not disturbed.
(function () {
  const root = document.getElementById('swagger-ui');
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  const words = root.dataset;

  function named(element) {
    return element.getAttribute('aria-label') || element.getAttribute('aria-labelledby') ||
      element.textContent.trim() ||
      (element.labels && Array.from(element.labels).some(function (label) {
        return label.textContent.trim() !== '';
      }));
  }

  function hasLabel(field) {
    // a label that only wraps the field has the field's own text (a select's options), no name
    return field.labels && Array.from(field.labels).some(function (label) {
      return label.textContent.replace(field.textContent, '').trim() !== '';
    });
  }

  function repair() {
    root.querySelectorAll('button').forEach(function (button) {
      if (!named(button)) {
        button.setAttribute('aria-label', button.title ||
          (button.closest('.dark-mode-toggle') ? words.darkMode : words.button));
      }
    });
    root.querySelectorAll('select, input:not([type=hidden]), textarea').forEach(function (field) {
      if (field.tagName === 'SELECT' ? !field.getAttribute('aria-label') && !hasLabel(field)
          : !named(field) && !field.getAttribute('title')) {
        field.setAttribute('aria-label', field.id === 'servers' ? words.servers :
          (field.getAttribute('placeholder') || words.field));
      }
    });
    // the path inside an operation's summary button is a link: one control inside another
    root.querySelectorAll('.opblock-summary-control a[href]').forEach(function (link) {
      link.removeAttribute('href');
    });
    // a scrolling example must be reachable by keyboard
    root.querySelectorAll('.example, pre, .highlight-code').forEach(function (block) {
      if (!block.hasAttribute('tabindex')) {
        block.setAttribute('tabindex', '0');
        block.setAttribute('role', 'region');
        block.setAttribute('aria-label', words.example);
      }
    });
  }

  new MutationObserver(repair).observe(root, { childList: true, subtree: true });
  window.SwaggerUIBundle({
    url: root.dataset.url,
    dom_id: '#swagger-ui',
    layout: 'BaseLayout',
    deepLinking: false,
    presets: [window.SwaggerUIBundle.presets.apis],
    requestInterceptor: function (request) {
      if (token && header) {
        request.headers[header.content] = token.content;
      }
      return request;
    }
  });
})();
