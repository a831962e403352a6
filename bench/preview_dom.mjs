#!/usr/bin/env node
// Measures the preview as a comms officer sees it: from saving a page to its new text
// in the browser's DOM, in Debian's chromium (the page open, the file saved, the live
// update, the new body swapped in). Several runs; median, min and max of the whole and
// of its parts:
//   rebuild  what cdpsite serve prints as "(N ms to reload)": re-rendering the page;
//   watch    the rest of the time from the save to the event reaching a listener here
//            (the watcher's wait for the save to end, the event's way out);
//   browser  from the event to the new text in the DOM (the page fetching itself and
//            swapping its body, or loading again when it must).
//
//   CDPSITE_BINARY=build/cdpsite node bench/preview_dom.mjs SITE_DIR PAGE_RELATIVE_PATH URL_PATH [RUNS]
//   e.g. node bench/preview_dom.mjs content partnerships/southend/strategy-2023-25.md \
//          partnerships/southend/strategy-2023-25/ 10
//
// SITE_DIR is copied to a temporary folder first, so the original is never edited.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [siteArg, pageArg, urlPath, runsArg = "10"] = process.argv.slice(2);
if (!siteArg || !pageArg || urlPath === undefined) {
  console.error("usage: node bench/preview_dom.mjs SITE_DIR PAGE_RELATIVE_PATH URL_PATH [RUNS]");
  process.exit(2);
}
process.env.CDPSITE_BINARY ||= resolve("build/cdpsite");
// The browser tests' own helpers: the same chromium flags and the same serve start.
const { launchBrowser, startServe, stopServe } = await import("../tests/browser/support.mjs");

const work = mkdtempSync(join(tmpdir(), "cdpsite-bench-dom-"));
cpSync(siteArg, join(work, "content"), { recursive: true });
const page = join(work, "content", pageArg);
const original = readFileSync(page, "utf8");
const server = await startServe(work);

// The rebuild's own time, as serve prints it after each change.
let rebuilt = null;
server.process.stdout.on("data", (chunk) => {
  const match = String(chunk).match(/\((\d+) ms to reload\)/);
  if (match && rebuilt) { rebuilt(Number(match[1])); rebuilt = null; }
});
// The moment the event reaches a listener of the event stream beside the browser's.
let evented = null;
request(server.url + "__cdpsite/events", (response) => {
  response.setEncoding("utf8");
  response.on("data", (chunk) => {
    if (chunk.includes("event: ") && evented) { evented(performance.now()); evented = null; }
  });
}).end();

const { browser, close } = await launchBrowser();
const tab = await browser.newPage();
await tab.goto(server.url + urlPath);
await tab.waitForTimeout(500);  // the live-reload event stream is open

const runs = { whole: [], watch: [], rebuild: [], browser: [] };
let navigations = 0;
for (let run = 0; run < Number(runsArg); run++) {
  const marker = `Edit number ${run} of the bench.`;
  await tab.evaluate(() => { window.benchNotNavigated = true; });
  const event = new Promise((done) => { evented = done; });
  const rebuild = new Promise((done) => { rebuilt = done; });
  const saved = performance.now();
  writeFileSync(page, original + `\n\n${marker}\n`);
  // Checked before each frame is painted.
  await tab.waitForFunction((text) => document.body && document.body.textContent.includes(text), marker,
                            { polling: "raf", timeout: 10000 });
  const shown = performance.now();
  const eventAt = await event;
  const rebuildMs = await rebuild;
  if (!(await tab.evaluate(() => window.benchNotNavigated === true))) navigations++;
  runs.whole.push(shown - saved);
  runs.rebuild.push(rebuildMs);
  runs.watch.push(eventAt - saved - rebuildMs);
  runs.browser.push(shown - eventAt);
  await tab.waitForTimeout(300);
}
await close();
stopServe(server);
rmSync(work, { recursive: true, force: true });

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (i) => sorted[i].toFixed(0);
  return `median ${at(Math.floor(sorted.length / 2))} ms, min ${at(0)} ms, max ${at(sorted.length - 1)} ms`;
}
console.log(`save to new text in the DOM, ${runs.whole.length} runs: ${summary(runs.whole)}`);
console.log(`  watch (save to event, less the rebuild): ${summary(runs.watch)}`);
console.log(`  rebuild: ${summary(runs.rebuild)}`);
console.log(`  browser (event to new text): ${summary(runs.browser)}`);
console.log(`  full page loads: ${navigations} of ${runs.whole.length}`);
process.exit(0);
