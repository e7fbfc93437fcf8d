// The search page: Pagefind's default UI, started with the query of the
// header form (?q=...). Paths are worked out from this script's own URL
// (<site>/assets/search.js), so the site may live below a path on its host.
//
// The build indexes the briefings in batches, one Pagefind bundle each, to
// bound its memory (generator/search_index.py); pagefind/batches.json lists
// the bundles after the first, and mergeIndex searches them all as one index:
// results of every bundle ranked together, filter counts summed.
(function () {
  "use strict";
  var site = new URL("../", document.currentScript.src);
  var bundle = new URL("pagefind/", site);

  function start(merged) {
    var ui = new PagefindUI({
      element: "#briefings-search",
      bundlePath: bundle.pathname,
      baseUrl: site.pathname,
      mergeIndex: merged.map(function (path) {
        return { bundlePath: new URL(path, bundle).pathname };
      }),
      showImages: false,
      // Pagefind shows 5 results before "Load more"; a reader scans more headlines than that.
      pageSize: 10,
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
  }

  // Revalidated like Pagefind's own entry file: a new build may have more batches.
  fetch(new URL("batches.json", bundle), { cache: "no-cache" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(
      function (manifest) {
        start(Array.isArray(manifest.merge) ? manifest.merge : []);
      },
      function (error) {
        // Search what the first bundle holds rather than nothing.
        console.warn("Search: pagefind/batches.json unreadable, searching one bundle:", error);
        start([]);
      },
    );
})();
