#include "serve/editor_script.h"

namespace cdp {

namespace {

// The page's behaviour. The text box is the browser's own (keyboard, screen readers,
// spell-checking in en-GB and undo all work as everywhere); Tab leaves it. Changes are
// rendered by the preview as they are typed (one request at a time, the latest text
// sent next), kept in sessionStorage until saved, and saved with the hash of the file
// as it was opened, so that a change made meanwhile is shown, never overwritten.
constexpr const char* kScript = R"JS(
(function () {
  "use strict";
  var root = document.getElementById("editor");
  var source = root.dataset.source;
  var secret = document.querySelector('meta[name="cdpsite-secret"]').content;
  var text = document.getElementById("text");
  var frame = document.getElementById("preview");
  var statusLine = document.getElementById("status");
  var saved = text.value;        // what the file holds, as the editor shows it
  var base = root.dataset.hash;  // the file's hash when opened or last saved
  var draftKey = "cdpsite-draft:" + source;
  var problems = [];
  var renders = 0;

  function say(message) { statusLine.textContent = message; }

  function api(action, body, extraHeaders, query) {
    var headers = { "X-Cdpsite-Secret": secret };
    Object.keys(extraHeaders || {}).forEach(function (name) { headers[name] = extraHeaders[name]; });
    return fetch("/_cdpsite/" + action + "?path=" + encodeURIComponent(source) + (query || ""),
                 { method: "POST", headers: headers, body: body });
  }

  // Unsaved text survives a reload of the tab.
  function keepDraft() {
    if (text.value === saved) sessionStorage.removeItem(draftKey);
    else sessionStorage.setItem(draftKey, JSON.stringify({ text: text.value, base: base }));
  }
  function restoreDraft() {
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(draftKey)); } catch (e) { kept = null; }
    if (!kept || kept.text === saved) return;
    text.value = kept.text;
    base = kept.base;
    say("Your unsaved changes are back. Save to write them to the file.");
  }

  // The live preview: the page body swapped in place while the head is unchanged, so
  // the reader's place is kept; the whole page loaded again when it changed.
  var lastHead = null;
  function showPage(html) {
    if (!html) return;  // the front matter cannot be read: keep the last page shown
    var parsed = new DOMParser().parseFromString(html, "text/html");
    var head = parsed.head.innerHTML;
    var doc = frame.contentDocument;
    var y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
    if (head === lastHead && doc && doc.body) {
      doc.body.replaceWith(doc.importNode(parsed.body, true));
      frame.contentWindow.scrollTo(0, y);
      return;
    }
    lastHead = head;
    frame.addEventListener("load", function () { frame.contentWindow.scrollTo(0, y); }, { once: true });
    frame.srcdoc = html;
  }

  function lineStart(line) {
    var at = 0;
    for (var i = 1; i < line; ++i) {
      var next = text.value.indexOf("\n", at);
      if (next === -1) break;
      at = next + 1;
    }
    return at;
  }
  function goTo(line, column) {
    var at = Math.min(lineStart(line) + Math.max(column - 1, 0), text.value.length);
    text.focus();
    text.setSelectionRange(at, at);
    text.blur();
    text.focus();  // the browser scrolls the caret into view
    showLineProblem();
  }
  function currentLine() { return text.value.slice(0, text.selectionStart).split("\n").length; }
  function showLineProblem() {
    var line = currentLine();
    var here = problems.filter(function (p) { return p.line === line; });
    document.getElementById("line-problem").textContent =
      here.map(function (p) { return "Line " + line + ": " + p.summary; }).join(" ");
  }
  function showProblems(list) {
    problems = list || [];
    var errors = problems.filter(function (p) { return p.severity === "error"; }).length;
    var warnings = problems.length - errors;
    document.getElementById("problems-count").textContent = problems.length === 0 ? "No problems found." :
      errors + (errors === 1 ? " error" : " errors") + ", " + warnings + (warnings === 1 ? " warning" : " warnings") +
      (errors ? ": the site will not build until the errors are fixed." : ".");
    var listElement = document.getElementById("problems");
    listElement.textContent = "";
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.className = p.severity;
      item.dataset.line = p.line;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "problem";
      button.textContent = p.summary;
      button.addEventListener("click", function () { goTo(p.line, p.column); });
      item.appendChild(button);
      if (p.hint) {
        var hint = document.createElement("p");
        hint.textContent = "hint: " + p.hint;
        item.appendChild(hint);
      }
      listElement.appendChild(item);
    });
    showLineProblem();
  }

  var timer = null, inFlight = false, again = false;
  function render() {
    if (inFlight) { again = true; return; }
    inFlight = true;
    api("render", text.value).then(function (response) { return response.json(); }).then(function (answer) {
      if (answer.error) { say(answer.error); return; }
      showPage(answer.html);
      showProblems(answer.problems);
      document.documentElement.dataset.renders = String(++renders);
    }).catch(function () {
      say("The preview could not be updated: is cdpsite serve still running?");
    }).finally(function () {
      inFlight = false;
      if (again) { again = false; render(); }
    });
  }
  function changed() {
    keepDraft();
    clearTimeout(timer);
    timer = setTimeout(render, 40);
  }

  // Saving, and a change made on disk meanwhile.
  var conflict = document.getElementById("conflict-dialog");
  var diskVersion = null;
  function save() {
    var sent = text.value;
    say("Saving\u2026");
    return api("save", sent, { "X-Cdpsite-Base": base }).then(function (response) {
      return response.json().then(function (answer) {
        if (response.status === 200) {
          saved = sent;
          base = answer.hash;
          keepDraft();
          say("Saved at " + new Date().toLocaleTimeString("en-GB") + ".");
        } else if (response.status === 409) {
          diskVersion = answer;
          document.getElementById("conflict-disk").value = answer.text;
          document.getElementById("conflict-mine").value = sent;
          say("Not saved: the file changed since you opened it.");
          conflict.showModal();
        } else {
          say("Not saved: " + answer.error);
        }
      });
    }).catch(function () { say("Not saved: is cdpsite serve still running?"); });
  }

  // Inserting and wrapping text through the browser's own editing, so Ctrl+Z undoes it.
  function insert(replacement, selectFrom, selectTo) {
    var start = text.selectionStart;
    text.focus();
    if (!document.execCommand("insertText", false, replacement)) {
      text.setRangeText(replacement, start, text.selectionEnd, "end");
      changed();
    }
    if (selectFrom !== undefined) text.setSelectionRange(start + selectFrom, start + selectTo);
  }
  function wrap(mark, placeholder) {
    var chosen = text.value.slice(text.selectionStart, text.selectionEnd) || placeholder;
    insert(mark + chosen + mark, mark.length, mark.length + chosen.length);
  }
  // The selected lines (the caret's line when nothing is selected), whole.
  function selectLines() {
    var value = text.value;
    var start = value.lastIndexOf("\n", text.selectionStart - 1) + 1;
    var end = value.indexOf("\n", text.selectionEnd);
    if (end === -1) end = value.length;
    text.setSelectionRange(start, end);
    return value.slice(start, end).split("\n");
  }
  function prefixLines(prefixFor) {
    var lines = selectLines().map(function (line, i) {
      return prefixFor(i) + line.replace(/^(#{1,6} |[-*+] |\d+[.)] )/, "");
    });
    insert(lines.join("\n"));
  }
  function onNewLine(block) {
    var before = text.value.slice(0, text.selectionStart);
    var lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    insert(lead + block);
  }
  function footnote() {
    var number = 1;
    while (text.value.indexOf("[^" + number + "]") !== -1) ++number;
    var mark = "[^" + number + "]";
    insert(mark);
    var caret = text.selectionEnd;
    var end = text.value.length;
    text.setSelectionRange(end, end);
    insert((text.value.endsWith("\n") ? "\n" : "\n\n") + mark + ": Footnote text.\n");
    text.setSelectionRange(caret, caret);
  }

  // The link picker: the site's pages and files, as links relative to this page.
  var linkDialog = document.getElementById("link-dialog");
  var linkSelection = [0, 0];
  function openLinkDialog() {
    linkSelection = [text.selectionStart, text.selectionEnd];
    document.getElementById("link-text").value = text.value.slice(linkSelection[0], linkSelection[1]);
    document.getElementById("link-address").value = "";
    var select = document.getElementById("link-page");
    api("links", "").then(function (response) { return response.json(); }).then(function (answer) {
      select.length = 1;
      (answer.targets || []).forEach(function (target) {
        select.add(new Option(target.title + " (" + target.link + ")", target.link));
      });
    });
    linkDialog.showModal();
  }
  linkDialog.addEventListener("close", function () {
    text.focus();
    text.setSelectionRange(linkSelection[0], linkSelection[1]);
    if (linkDialog.returnValue !== "ok") return;
    var target = document.getElementById("link-address").value || document.getElementById("link-page").value;
    var words = document.getElementById("link-text").value;
    if (target && words) insert("[" + words + "](" + target + ")");
  });

  // The figure picker: the partnership's metrics with their latest values.
  var figureDialog = document.getElementById("figure-dialog");
  var figureCaret = 0;
  function openFigureDialog() {
    figureCaret = text.selectionStart;
    var select = document.getElementById("figure-metric");
    api("metrics", "").then(function (response) { return response.json(); }).then(function (answer) {
      select.length = 0;
      (answer.metrics || []).forEach(function (metric) { select.add(new Option(metric.label, metric.shortcode)); });
      document.getElementById("figure-none").hidden = select.length > 0;
    });
    figureDialog.showModal();
  }
  figureDialog.addEventListener("close", function () {
    text.focus();
    text.setSelectionRange(figureCaret, figureCaret);
    var shortcode = document.getElementById("figure-metric").value;
    if (figureDialog.returnValue === "ok" && shortcode) insert(shortcode);
  });

  // Pictures and documents: copied beside the page, then linked.
  function upload(file, kind) {
    say("Copying " + file.name + "\u2026");
    return api("upload", file, {}, "&kind=" + kind + "&name=" + encodeURIComponent(file.name))
      .then(function (response) { return response.json(); }).then(function (answer) {
        if (answer.error) { say(answer.error); return null; }
        say("Copied " + file.name + " beside the page as " + answer.link + ".");
        return answer.link;
      });
  }
  var pictureDialog = document.getElementById("picture-dialog");
  var droppedPicture = null;
  var pictureCaret = 0;
  function openPictureDialog(file) {
    droppedPicture = file || null;
    pictureCaret = text.selectionStart;
    document.getElementById("picture-description").value = "";
    document.getElementById("picture-file").required = !file;
    pictureDialog.showModal();
  }
  pictureDialog.addEventListener("close", function () {
    text.focus();
    text.setSelectionRange(pictureCaret, pictureCaret);
    var file = droppedPicture || document.getElementById("picture-file").files[0];
    var description = document.getElementById("picture-description").value;
    document.getElementById("picture-file").value = "";
    if (pictureDialog.returnValue !== "ok" || !file) return;
    upload(file, "picture").then(function (link) {
      if (!link) return;
      text.setSelectionRange(pictureCaret, pictureCaret);
      insert("![" + description + "](" + link + ")");
    });
  });
  var documentInput = document.getElementById("document-file");
  function attachDocument(file) {
    var caret = text.selectionStart;
    upload(file, "document").then(function (link) {
      if (!link) return;
      var words = file.name.replace(/\.[^.]*$/, "").replace(/[-_]+/g, " ");
      text.focus();
      text.setSelectionRange(caret, caret);
      insert("[" + words + "](" + link + ")");
    });
  }
  documentInput.addEventListener("change", function () {
    if (documentInput.files[0]) attachDocument(documentInput.files[0]);
    documentInput.value = "";
  });
  text.addEventListener("dragover", function (event) { event.preventDefault(); });
  text.addEventListener("drop", function (event) {
    var file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    if (/^image\//.test(file.type)) openPictureDialog(file); else attachDocument(file);
  });

  // Pasting from Word, a web page or an email: the clipboard's HTML read into a small
  // tree of blocks (import/pasted_blocks.h), which the preview writes as Markdown.
  var skipped = /^(SCRIPT|STYLE|TEMPLATE|META|LINK|TITLE|HEAD)$/;
  var blockTags = /^(P|DIV|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|MAIN|ASIDE|PRE|BODY|CENTER|DL|DT|DD|FIGURE|FIGCAPTION|HR)$/;
  function inlinesOf(node, marks, out) {
    node.childNodes.forEach(function (child) {
      if (child.nodeType === 3) {
        out.push({ text: child.nodeValue.replace(/\u00a0/g, " "), bold: marks.bold, italic: marks.italic, link: marks.link });
        return;
      }
      if (child.nodeType !== 1 || skipped.test(child.tagName)) return;
      if (child.tagName === "BR") { out.push({ text: " " }); return; }
      var style = child.getAttribute("style") || "";
      var bold = /^(B|STRONG)$/.test(child.tagName) || /font-weight:\s*(bold|[6-9]00)/.test(style);
      // Google Docs wraps all it copies in <b style="font-weight:normal">.
      if (/font-weight:\s*(normal|[1-4]00)/.test(style)) bold = false; else bold = bold || marks.bold;
      inlinesOf(child, {
        bold: bold,
        italic: marks.italic || /^(I|EM)$/.test(child.tagName) || /font-style:\s*italic/.test(style),
        link: child.tagName === "A" && child.getAttribute("href") ? child.getAttribute("href") : marks.link,
      }, out);
    });
    return out;
  }
  function wordListLevel(node) {
    if (node.nodeType !== 1 || node.tagName !== "P") return 0;
    var level = /mso-list:\s*\S+\s+level(\d+)/.exec(node.getAttribute("style") || "");
    return level ? Number(level[1]) : /MsoListParagraph/.test(node.className) ? 1 : 0;
  }
  function wordListItem(node) {
    var copy = node.cloneNode(true);
    var marker = "";
    copy.querySelectorAll("span").forEach(function (span) {
      if (/mso-list:\s*Ignore/i.test(span.getAttribute("style") || "")) { marker += span.textContent; span.remove(); }
    });
    return { level: wordListLevel(node), ordered: /^\s*(\d+|[a-z]|[ivx]+)[.)]/i.test(marker), inlines: inlinesOf(copy, {}, []) };
  }
  // Word's lists are paragraphs with a level: made into lists nested by level.
  function wordList(items) {
    var root = { kind: "list", ordered: items[0].ordered, items: [] };
    var stack = [{ level: items[0].level, list: root }];
    items.forEach(function (item) {
      while (stack.length > 1 && item.level < stack[stack.length - 1].level) stack.pop();
      var top = stack[stack.length - 1];
      if (item.level > top.level && top.list.items.length) {
        var nested = { kind: "list", ordered: item.ordered, items: [] };
        top.list.items[top.list.items.length - 1].push(nested);
        top = { level: item.level, list: nested };
        stack.push(top);
      }
      top.list.items.push([{ kind: "paragraph", inlines: item.inlines }]);
    });
    return root;
  }
  function blocksOf(node) {
    var blocks = [], pending = [];
    function flush() {
      if (pending.length) blocks.push({ kind: "paragraph", inlines: pending });
      pending = [];
    }
    var children = Array.prototype.slice.call(node.childNodes);
    for (var i = 0; i < children.length; ++i) {
      var child = children[i];
      if (wordListLevel(child)) {
        flush();
        var run = [];
        for (; i < children.length; ++i) {
          if (wordListLevel(children[i])) run.push(wordListItem(children[i]));
          else if (children[i].nodeType === 1 || (children[i].nodeType === 3 && children[i].nodeValue.trim())) break;
        }
        --i;
        blocks.push(wordList(run));
        continue;
      }
      if (child.nodeType === 1 && skipped.test(child.tagName)) continue;
      if (child.nodeType !== 1 || !blockTags.test(child.tagName)) {
        inlinesOf({ childNodes: [child] }, {}, pending);
        continue;
      }
      flush();
      var tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) {
        blocks.push({ kind: "heading", level: Number(tag[1]), inlines: inlinesOf(child, {}, []) });
      } else if (tag === "UL" || tag === "OL") {
        blocks.push({ kind: "list", ordered: tag === "OL", items: Array.prototype.filter.call(child.children,
          function (item) { return item.tagName === "LI"; }).map(blocksOf) });
      } else if (tag === "TABLE") {
        blocks.push({ kind: "table", rows: Array.prototype.map.call(child.rows, function (row) {
          return Array.prototype.map.call(row.cells, function (cell) { return inlinesOf(cell, {}, []); });
        }) });
      } else if (tag === "BLOCKQUOTE") {
        blocks.push({ kind: "quote", blocks: blocksOf(child) });
      } else {
        blocks.push.apply(blocks, blocksOf(child));
      }
    }
    flush();
    return blocks;
  }
  text.addEventListener("paste", function (event) {
    var html = event.clipboardData && event.clipboardData.getData("text/html");
    if (!html) return;  // plain text is pasted as it is
    event.preventDefault();
    var plain = event.clipboardData.getData("text/plain");
    var tree = { blocks: blocksOf(new DOMParser().parseFromString(html, "text/html").body) };
    var start = text.selectionStart, end = text.selectionEnd;
    function put(markdown) {
      text.focus();
      text.setSelectionRange(start, end);
      var single = markdown.indexOf("\n") === markdown.length - 1;
      if (single) insert(markdown.slice(0, -1)); else if (markdown) onNewLine(markdown); else insert(plain);
    }
    api("paste", JSON.stringify(tree)).then(function (response) { return response.json(); })
      .then(function (answer) { put(answer.markdown === undefined ? plain : answer.markdown); })
      .catch(function () { put(plain); });
  });

  // Find and replace, in the text as typed (letter case as given).
  function findNext() {
    var wanted = document.getElementById("find-text").value;
    if (!wanted) return false;
    var at = text.value.indexOf(wanted, text.selectionEnd);
    if (at === -1) at = text.value.indexOf(wanted);
    if (at === -1) { say("\u201C" + wanted + "\u201D is not in the page."); return false; }
    text.focus();
    text.setSelectionRange(at, at + wanted.length);
    return true;
  }
  function replaceOne() {
    var wanted = document.getElementById("find-text").value;
    if (wanted && text.value.slice(text.selectionStart, text.selectionEnd) === wanted) {
      insert(document.getElementById("replace-text").value);
    }
    findNext();
  }
  function replaceAll() {
    var wanted = document.getElementById("find-text").value;
    if (!wanted) return;
    var count = text.value.split(wanted).length - 1;
    text.focus();
    text.setSelectionRange(0, text.value.length);
    insert(text.value.split(wanted).join(document.getElementById("replace-text").value));
    say("Replaced " + count + (count === 1 ? " time." : " times."));
  }
  function toggle(button, panelId) {
    var panel = document.getElementById(panelId);
    panel.hidden = !panel.hidden;
    button.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden && panel.querySelector("input")) panel.querySelector("input").focus();
  }

  var actions = {
    heading: function (button) {
      var marks = "#".repeat(Number(button.dataset.level)) + " ";
      prefixLines(function () { return marks; });
    },
    bold: function () { wrap("**", "bold text"); },
    italic: function () { wrap("*", "italic text"); },
    link: openLinkDialog,
    bullets: function () { prefixLines(function () { return "- "; }); },
    numbers: function () { prefixLines(function (i) { return (i + 1) + ". "; }); },
    table: function () { onNewLine("| Heading | Heading |\n| --- | --- |\n| Text | Text |\n"); },
    footnote: footnote,
    picture: function () { openPictureDialog(null); },
    document: function () { documentInput.click(); },
    figure: openFigureDialog,
    find: function (button) { toggle(button, "find-panel"); },
    help: function (button) { toggle(button, "help-panel"); },
    "find-next": findNext,
    "replace-one": replaceOne,
    "replace-all": replaceAll,
    save: save,
    "keep-mine": function () { base = diskVersion.hash; conflict.close(); save(); },
    "take-disk": function () {
      text.value = saved = diskVersion.text;
      base = diskVersion.hash;
      conflict.close();
      keepDraft();
      render();
    },
    "close-conflict": function () { conflict.close(); },
  };
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (button && actions[button.dataset.action]) actions[button.dataset.action](button);
  });
  document.addEventListener("keydown", function (event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    var key = event.key.toLowerCase();
    var shortcut = { s: save, b: actions.bold, i: actions.italic, k: openLinkDialog }[key];
    if (!shortcut || (key !== "s" && document.activeElement !== text)) return;
    event.preventDefault();  // never the browser's own "Save page" or bookmarks
    shortcut();
  });
  window.addEventListener("beforeunload", function (event) {
    if (text.value === saved) return;
    event.preventDefault();
    event.returnValue = "";
  });
  text.addEventListener("input", changed);
  ["keyup", "click", "select"].forEach(function (name) { text.addEventListener(name, showLineProblem); });

  restoreDraft();
  render();
})();
)JS";

// Black on white, GOV.UK's focus yellow, two columns on a wide screen and one on a phone.
constexpr const char* kStyle = R"CSS(
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #0b0c0c; background: #fff; }
.top { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; padding: .5rem 1rem;
  border-bottom: 1px solid #b1b4b6; }
.top h1 { font-size: 1.25rem; margin: 0; }
.top .file { font-family: monospace; }
#status { margin: 0; font-weight: bold; }
a { color: #1d70b8; }
a:focus, button:focus, input:focus, select:focus, textarea:focus, iframe:focus {
  outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
main { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem; }
@media (min-width: 900px) { main { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.toolbar { display: flex; flex-wrap: wrap; gap: .25rem; margin-bottom: .5rem; }
button { font: inherit; padding: .25rem .6rem; border: 2px solid #0b0c0c; border-radius: 0; background: #f3f2f1;
  color: #0b0c0c; cursor: pointer; }
button:hover { background: #dbdad9; }
#save { background: #00703c; color: #fff; border-color: #002d18; font-weight: bold; }
.panel { border: 2px solid #b1b4b6; padding: .5rem; margin-bottom: .5rem; }
.panel dt { font-weight: bold; }
.panel dd { margin: 0 0 .5rem 1rem; }
.text-label { display: block; font-weight: bold; }
textarea { display: block; width: 100%; font: 16px/1.5 monospace; padding: .5rem; border: 2px solid #0b0c0c; }
#text { height: 60vh; resize: vertical; }
input, select { font: inherit; padding: .25rem; border: 2px solid #0b0c0c; max-width: 100%; }
label { margin-right: .25rem; }
.keys { color: #505a5f; }
#problems { list-style: none; padding: 0; }
#problems li { border-left: 5px solid #d4351c; padding: .25rem .5rem; margin-bottom: .5rem; }
#problems li.warning { border-left-color: #f47738; }
#problems li p { margin: .25rem 0 0; }
button.problem { border: 0; background: none; padding: 0; text-align: left; font-family: monospace;
  text-decoration: underline; color: #0b0c0c; }
#line-problem { min-height: 1.5em; color: #d4351c; font-weight: bold; }
.look h2, section h2 { font-size: 1.1rem; margin: .5rem 0; }
iframe { width: 100%; height: 80vh; border: 2px solid #b1b4b6; }
dialog { max-width: min(60rem, 95vw); border: 3px solid #0b0c0c; }
dialog label { display: block; font-weight: bold; }
dialog input, dialog select { width: 100%; }
.versions { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
@media (min-width: 900px) { .versions { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.versions textarea { height: 40vh; }
)CSS";

}  // namespace

const char* editor_script() { return kScript; }
const char* editor_style() { return kStyle; }

}  // namespace cdp
