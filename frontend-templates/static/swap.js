// Server-driven updates in place: a button with data-swap="#id" sends its form in the background
// and the server answers the new #id, which replaces the old one (and any other element of the answer
// whose id is on the page). Without this script (or when the request fails) the same forms work as
// plain posts answered by a redirect, or as plain GETs.
(function () {
  document.documentElement.classList.add('js');

  document.addEventListener('change', function (event) {
    var button = event.target.getAttribute && document.getElementById(event.target.getAttribute('data-submit-with') || '');
    if (button && event.target.form) {
      event.target.form.requestSubmit(button);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var target = button && document.querySelector(button.getAttribute('data-swap'));
    if (!target || !window.fetch) {
      return;
    }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(form));
    if (button.name) {
      data.append(button.name, button.value);
    }
    var focused = document.activeElement && document.activeElement.id;
    var get = form.method === 'get';
    var url = get ? form.action + '?' + data : form.action;
    fetch(url, { method: get ? 'GET' : 'POST', body: get ? undefined : data, credentials: 'same-origin', headers: { 'X-Swap': target.id } })
      .then(function (response) {
        if (response.status >= 500) {
          throw new Error(response.statusText);
        }
        return response.text();
      })
      .then(function (html) {
        var answer = document.createRange().createContextualFragment(html);
        var next = answer.firstElementChild;
        Array.prototype.slice.call(answer.children, 1).forEach(function (part) {
          var old = part.id && document.getElementById(part.id);
          if (old) {
            old.replaceWith(part);
          }
        });
        if (get) {
          // the address shows what the page shows, so a reload or a shared link keeps it
          history.replaceState(null, '', url);
        }
        if (target.hasAttribute('data-keep-values')) {
          // what was typed while the request was on its way stays typed
          next.querySelectorAll('input[name]').forEach(function (field) {
            var typed = target.querySelector('input[name="' + field.name + '"]');
            if (typed && typed.value !== (data.get(field.name) || '')) {
              field.value = typed.value;
            }
          });
        }
        target.replaceWith(next);
        var link = document.getElementById('cart-link');
        if (link && next.hasAttribute('data-cart-link')) {
          link.textContent = next.getAttribute('data-cart-link');
        }
        var again = focused && document.getElementById(focused);
        if (again) {
          again.focus();
        }
      })
      .catch(function () {
        // the page's own way: post the form and follow the redirect
        if (button.name) {
          var field = document.createElement('input');
          field.type = 'hidden';
          field.name = button.name;
          field.value = button.value;
          form.appendChild(field);
        }
        form.submit();
      });
  });
})();
