/* Filter bar: people suggestions from every alias, through the page's <datalist>.
 * The form is a plain GET form: filters live in the URL, so links can be shared and Back works. */
(function () {
  "use strict";

  function suggest(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) { return; }
    var timer = null, asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === asked) { return; }
        asked = q;
        fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            if (input.value.trim() !== q) { return; }  // a newer keystroke wins
            var options = [];
            data.results.forEach(function (p) {
              var main = document.createElement("option");
              main.value = p.name;
              main.label = p.country ? p.name + " (" + p.country + ")" : p.name;
              options.push(main);
              p.aliases.forEach(function (alias) {
                var o = document.createElement("option");
                o.value = alias;
                o.label = "alias of " + p.name;
                options.push(o);
              });
            });
            list.replaceChildren.apply(list, options);
          })
          .catch(function () { /* suggestions are a convenience: typing a name still filters */ });
      }, 150);
    });
  }

  function tidyOnSubmit(form) {
    // empty fields stay out of the URL, so a shared link reads "?person=Lavrov&status=held"
    form.addEventListener("submit", function () {
      form.querySelectorAll("input[name], select[name]").forEach(function (field) {
        if (!field.value && field.type !== "checkbox") { field.disabled = true; }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-suggest]").forEach(suggest);
    document.querySelectorAll("form[role='search']").forEach(tidyOnSubmit);
  });
  window.addEventListener("pageshow", function () {
    // back from the next page (bfcache): fields disabled on submit must work again
    document.querySelectorAll("form[role='search'] [disabled]").forEach(function (field) { field.disabled = false; });
  });
})();
