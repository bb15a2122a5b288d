// Progressive enhancement only: every page works without this file.
// Loaded with `defer` from base.html; no inline scripts, so a strict Content-Security-Policy holds.
(function () {
  "use strict";
  // Controls that need JavaScript (such as a print button) are hidden by CSS until this class is set.
  document.documentElement.classList.add("js");

  // The search filters fold away on a phone (a <details>, closed in the HTML so the results come
  // first); on a wide screen they stand open beside the results. htmx re-renders them on every
  // change: keep them as the user left them.
  var WIDE = window.matchMedia("(min-width: 48.01em)");
  var filtersOpen = null;

  function openFiltersOnWideScreens() {
    var filters = document.getElementById("search-filters");
    if (filters) {
      filters.open = filtersOpen === null ? WIDE.matches : filtersOpen;
    }
  }

  document.addEventListener("DOMContentLoaded", openFiltersOnWideScreens);
  document.addEventListener("htmx:beforeSwap", function () {
    var filters = document.getElementById("search-filters");
    filtersOpen = filters ? filters.open : null;
  });
  document.addEventListener("htmx:afterSettle", openFiltersOnWideScreens);

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-action="print"]') : null;
    if (target) {
      event.preventDefault();
      window.print();
      // "Print and empty the handout": once the print dialog has closed.
      var then = target.getAttribute("data-then-submit");
      var form = then ? document.getElementById(then) : null;
      if (form) {
        form.requestSubmit();
      }
    }
  });
})();
