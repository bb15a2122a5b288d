// Progressive enhancement only: every page works without this file.
// Loaded with `defer` from base.html; no inline scripts, so a strict Content-Security-Policy holds.
(function () {
  "use strict";
  // Controls that need JavaScript (such as a print button) are hidden by CSS until this class is set.
  document.documentElement.classList.add("js");

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-action="print"]') : null;
    if (target) {
      event.preventDefault();
      window.print();
    }
  });
})();
