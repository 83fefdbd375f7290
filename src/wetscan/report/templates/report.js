(function () {
  var layer = document.getElementById("filter-layer");
  var rule = document.getElementById("filter-rule");
  var flag = document.getElementById("filter-flag");
  var flagged = document.getElementById("filter-flagged");
  var count = document.getElementById("filter-count");
  var items = Array.prototype.slice.call(document.querySelectorAll("article.provision"));
  function apply() {
    var shown = 0;
    items.forEach(function (item) {
      var layers = item.getAttribute("data-layers").split(" ");
      var rules = item.getAttribute("data-rules").split(" ");
      var flags = item.getAttribute("data-flags").split(" ");
      var ok = (!layer.value || layers.indexOf(layer.value) >= 0) &&
               (!rule.value || rules.indexOf(rule.value) >= 0) &&
               (!flag.value || flags.indexOf(flag.value) >= 0) &&
               (!flagged.checked || item.getAttribute("data-flagged") === "1");
      item.classList.toggle("hidden", !ok);
      if (ok) { shown += 1; }
    });
    // The sentence comes from the page (data-template), in the language of the report.
    count.textContent = count.getAttribute("data-template").replace("{shown}", shown).replace("{total}", items.length);
  }
  [layer, rule, flag, flagged].forEach(function (el) { el.addEventListener("change", apply); });
  // A link from a reason to a provision shows that provision even when a filter hides it.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#p-']");
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target && target.classList.contains("hidden")) {
      layer.value = ""; rule.value = ""; flag.value = ""; flagged.checked = false; apply();
    }
  });
  apply();
})();
