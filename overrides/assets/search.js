// The search page: Pagefind's default UI, started with the query of the
// header form (?q=...). Paths are worked out from this script's own URL
// (<site>/assets/search.js), so the site may live below a path on its host.
(function () {
  "use strict";
  var site = new URL("../", document.currentScript.src);
  var ui = new PagefindUI({
    element: "#briefings-search",
    bundlePath: new URL("pagefind/", site).pathname,
    baseUrl: site.pathname,
    showImages: false,
    autofocus: true,
    translations: {
      placeholder: "Search briefings",
    },
    processResult: function (result) {
      // Local builds index drafts too (production builds have none): say so.
      if (result.meta && result.meta.draft) {
        result.meta.title = "Draft: " + result.meta.title;
        delete result.meta.draft; // said in the title; not again as a tag
      }
      return result;
    },
  });
  var header = document.querySelector(".briefings-search-form");
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
  if (header) {
    // On this page the header form searches in place instead of reloading.
    header.addEventListener("submit", function (event) {
      var value = header.querySelector("input").value;
      event.preventDefault();
      ui.triggerSearch(value);
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(value));
    });
  }
})();
