// Small enhancements; every page works without them.
(function () {
  'use strict';

  // A live character count under a text area: <textarea data-counter="id-of-the-count" maxlength="…">.
  function updateCounter(area) {
    var counter = document.getElementById(area.getAttribute('data-counter'));
    if (!counter) {
      return;
    }
    var template = counter.getAttribute('data-template');
    if (!template) {
      template = counter.textContent.replace(/\d+/, '{0}');
      counter.setAttribute('data-template', template);
    }
    counter.textContent = template.replace('{0}', String(area.value.length));
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('textarea[data-counter]')) {
      updateCounter(event.target);
    }
  });

  // Text typed before this script ran counts too.
  document.querySelectorAll('textarea[data-counter]').forEach(updateCounter);

  // A form marked submit-once sends once: a double click does not submit twice (the server also holds to that).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.classList && form.classList.contains('submit-once')) {
      if (form.getAttribute('data-submitting')) {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-submitting', 'true');
    }
  });
})();
