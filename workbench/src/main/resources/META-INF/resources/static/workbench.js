// Small enhancements where JavaScript runs; every page works without them.
document.documentElement.classList.add('js');

// A page shown again with what is wrong: the keyboard starts at the list of errors, which links to the fields.
document.addEventListener('DOMContentLoaded', function () {
  var errors = document.querySelector('[data-focus-on-load]');
  if (errors) {
    errors.focus();
  }
});

document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  if (!target) {
    return;
  }
  var printButton = target.closest('[data-print]');
  if (printButton) {
    window.print();
    return;
  }
  var remove = target.closest('[data-remove-matter]');
  if (remove) {
    var row = document.getElementById(remove.getAttribute('data-remove-matter'));
    var add = document.getElementById('add-matter');
    if (row) {
      row.remove();
    }
    if (add) {
      add.focus();
    }
  }
});

// A matter row added by htmx: move the keyboard to its first field.
document.addEventListener('htmx:afterSettle', function (event) {
  var added = event.detail && event.detail.elt ? event.detail.elt.querySelector('fieldset.matter:last-of-type select') : null;
  if (added && event.detail.elt.id === 'matters') {
    added.focus();
  }
});
