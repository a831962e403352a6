#!/usr/bin/env node
// Measures the preview's editor as a comms officer feels it: from the last keystroke of
// a word typed into the editor to that word in the live preview beside it, in Debian's
// chromium (the editor's wait for typing to pause, the draft rendered by the real
// pipeline, the preview's body swapped in). Several runs; median, min and max.
//
//   CDPSITE_BINARY=build/cdpsite node bench/editor_keystroke.mjs SITE_DIR PAGE_RELATIVE_PATH [RUNS]
//   e.g. node bench/editor_keystroke.mjs content partnerships/southend/strategy-2023-25.md 20
//
// SITE_DIR is copied to a temporary folder first, so the original is never edited.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [siteArg, pageArg, runsArg = "20"] = process.argv.slice(2);
if (!siteArg || !pageArg) {
  console.error("usage: node bench/editor_keystroke.mjs SITE_DIR PAGE_RELATIVE_PATH [RUNS]");
  process.exit(2);
}
process.env.CDPSITE_BINARY ||= resolve("build/cdpsite");
const { launchBrowser, startServe, stopServe } = await import("../tests/browser/support.mjs");

const work = mkdtempSync(join(tmpdir(), "cdpsite-bench-editor-"));
cpSync(siteArg, join(work, "content"), { recursive: true });
const server = await startServe(work);
const { browser, close } = await launchBrowser();
const tab = await browser.newPage();
await tab.goto(server.url + "_cdpsite/edit/" + pageArg.split("/").map(encodeURIComponent).join("/"));
await tab.waitForFunction(() => Number(document.documentElement.dataset.renders || 0) > 0, null, { timeout: 30000 });

const times = [];
for (let run = 0; run < Number(runsArg); run++) {
  const marker = `Benchword${run}x`;
  await tab.locator("#text").focus();
  await tab.keyboard.press("Control+End");
  await tab.keyboard.type(`\n\n${marker}`);
  const typed = performance.now();
  await tab.waitForFunction((text) => {
    const doc = document.getElementById("preview").contentDocument;
    return doc && doc.body && doc.body.textContent.includes(text);
  }, marker, { polling: "raf", timeout: 10000 });
  times.push(performance.now() - typed);
  await tab.waitForTimeout(200);
}
await close();
stopServe(server);
rmSync(work, { recursive: true, force: true });

const sorted = [...times].sort((a, b) => a - b);
const at = (i) => sorted[i].toFixed(0);
console.log(`last keystroke to the word in the live preview, ${times.length} runs: ` +
            `median ${at(Math.floor(sorted.length / 2))} ms, min ${at(0)} ms, max ${at(sorted.length - 1)} ms`);
