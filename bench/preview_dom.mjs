#!/usr/bin/env node
// Measures the preview as a comms officer sees it: from saving a page to its new text
// in the browser's DOM, in Debian's chromium (the page open, the file saved, the live
// reload, the page loaded again). Several runs; median, min and max.
//
//   CDPSITE_BINARY=build/cdpsite node bench/preview_dom.mjs SITE_DIR PAGE_RELATIVE_PATH URL_PATH [RUNS]
//   e.g. node bench/preview_dom.mjs content partnerships/southend/strategy-2023-25.md \
//          partnerships/southend/strategy-2023-25/ 10
//
// SITE_DIR is copied to a temporary folder first, so the original is never edited.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
const server = await startServe(work, ["--quiet"]);
const { browser, close } = await launchBrowser();
const tab = await browser.newPage();
await tab.goto(server.url + urlPath);
await tab.waitForTimeout(500);  // the live-reload event stream is open

const times = [];
for (let run = 0; run < Number(runsArg); run++) {
  const marker = `Edit number ${run} of the bench.`;
  const loaded = tab.waitForEvent("domcontentloaded");
  const saved = performance.now();
  writeFileSync(page, original + `\n\n${marker}\n`);
  await loaded;
  const shown = await tab.evaluate((text) => document.body.innerText.includes(text), marker);
  if (!shown) throw new Error(`run ${run}: the page loaded again without the edit`);
  times.push(performance.now() - saved);
  await tab.waitForTimeout(300);
}
await close();
stopServe(server);
rmSync(work, { recursive: true, force: true });

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`save to new text in the DOM, ${times.length} runs: median ${median.toFixed(0)} ms, ` +
            `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
process.exit(0);
