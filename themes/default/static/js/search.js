// Site search for cdpsite's default theme: searches window.cdpsiteSearchIndex (written
// at build time as search-index.js) in the browser, so it works on any static host and
// from disk. Results are built with DOM nodes and textContent only: nothing from the
// index is ever parsed as HTML.
(function () {
  "use strict";
  var MAX_RESULTS = 50;
  var SNIPPET_RADIUS = 90;

  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var index = window.cdpsiteSearchIndex;
  if (!form || !input || !status || !list || !Array.isArray(index)) return;
  var root = list.getAttribute("data-root") || "";
  // The lists for readers without JavaScript give way to the search box.
  var fallback = document.querySelector(".search-fallback");
  if (fallback) fallback.hidden = true;
  form.hidden = false;

  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
  }

  // Every word must appear in the title, kind, partnership or text; title matches count most.
  function score(entry, query) {
    var title = entry.t.toLowerCase();
    var about = (entry.k + " " + entry.p).toLowerCase();
    var text = entry.x.toLowerCase();
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var word = query[i];
      var found = 0;
      if (title.indexOf(word) !== -1) found += 10;
      if (about.indexOf(word) !== -1) found += 3;
      if (text.indexOf(word) !== -1) found += 1;
      if (found === 0) return 0;
      total += found;
    }
    return total;
  }

  // A piece of the text around the first matching word, with the matches marked.
  function snippet(text, query) {
    var lower = text.toLowerCase();
    var first = -1;
    query.forEach(function (word) {
      var at = lower.indexOf(word);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    });
    var start = first === -1 ? 0 : Math.max(0, first - SNIPPET_RADIUS);
    var end = Math.min(text.length, (first === -1 ? 0 : first) + SNIPPET_RADIUS * 2);
    var piece = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    var paragraph = document.createElement("p");
    var pattern = new RegExp("(" + query.map(function (word) {
      return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }).join("|") + ")", "giu");
    piece.split(pattern).forEach(function (part, i) {
      if (i % 2 === 1) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        paragraph.appendChild(mark);
      } else if (part) {
        paragraph.appendChild(document.createTextNode(part));
      }
    });
    return paragraph;
  }

  function result(entry, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.className = "search-result-title";
    link.href = root + entry.u + "index.html";
    link.textContent = entry.t;
    item.appendChild(link);
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = entry.p ? entry.k + " · " + entry.p : entry.k;
    item.appendChild(meta);
    // The page's own summary says best what it is; a page without one shows the
    // words around the match.
    if (entry.s) item.appendChild(snippet(entry.s, query));
    else if (entry.x) item.appendChild(snippet(entry.x, query));
    return item;
  }

  function search(text) {
    var query = words(text);
    list.textContent = "";
    if (query.length === 0) {
      status.textContent = "";
      return;
    }
    var matches = [];
    index.forEach(function (entry) {
      var points = score(entry, query);
      if (points > 0) matches.push({ entry: entry, points: points });
    });
    // Documents first, then the site's pages, then the pages made from data (entry.r
    // is 0, 1 or 2): a strategy that discusses treatment comes before the metrics
    // that count it. Within each, the best matches first.
    matches.sort(function (a, b) {
      return a.entry.r - b.entry.r || b.points - a.points || a.entry.t.localeCompare(b.entry.t);
    });
    matches.slice(0, MAX_RESULTS).forEach(function (match) {
      list.appendChild(result(match.entry, query));
    });
    if (matches.length === 0) {
      status.textContent = "No results for ‘" + text + "’. Try fewer or other words.";
    } else {
      var shown = matches.length > MAX_RESULTS ? " (the first " + MAX_RESULTS + " shown)" : "";
      status.textContent = matches.length + (matches.length === 1 ? " result" : " results") +
        " for ‘" + text + "’" + shown + ".";
    }
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  search(query);
})();
