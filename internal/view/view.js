(function () {
  "use strict";
  // The reading view's one script: a button in the side panel highlights
  // what it names in the article and scrolls to it. Keys are made by
  // Hearsay (q3, c1, s2, sp1), never taken from the article.
  var article = document.getElementById("article");
  var status = document.getElementById("status");
  function clear() {
    var old = document.querySelectorAll(".hl");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("hl");
    var pressed = document.querySelectorAll('#panel [aria-pressed="true"]');
    for (var j = 0; j < pressed.length; j++) pressed[j].setAttribute("aria-pressed", "false");
  }
  function show(selector, what) {
    clear();
    if (!article) return 0;
    var els = article.querySelectorAll(selector);
    for (var i = 0; i < els.length; i++) els[i].classList.add("hl");
    if (els.length > 0) els[0].scrollIntoView({ block: "center" });
    if (status) status.textContent = els.length + " " + what + " highlighted in the text.";
    return els.length;
  }
  document.addEventListener("click", function (e) {
    var b = e.target && e.target.closest ? e.target.closest("#panel button[data-key]") : null;
    if (!b) return;
    var sp = b.getAttribute("data-speaker");
    if (sp) {
      show('.q[data-speaker="' + sp + '"]', "quotations");
      b.setAttribute("aria-pressed", "true");
    } else {
      show('[data-key="' + b.getAttribute("data-key") + '"]', "passages");
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { clear(); if (status) status.textContent = ""; }
  });
})();
