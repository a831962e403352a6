#!/usr/bin/env node
// Measures how long the preview takes from a file's save to the browser's reload
// message, for a one-page edit: several runs, median, min and max.
//
//   node bench/serve_reload.mjs SITE_DIR PAGE_RELATIVE_PATH [RUNS]
//   e.g. node bench/serve_reload.mjs content partnerships/southend/strategy-2023-25.md 10
//
// SITE_DIR is copied to a temporary folder first, so the original is never edited.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [siteArg, pageArg, runsArg = "10"] = process.argv.slice(2);
if (!siteArg || !pageArg) {
  console.error("usage: node bench/serve_reload.mjs SITE_DIR PAGE_RELATIVE_PATH [RUNS]");
  process.exit(2);
}
const binary = process.env.CDPSITE_BINARY || resolve("build/cdpsite");
const work = mkdtempSync(join(tmpdir(), "cdpsite-bench-"));
cpSync(siteArg, join(work, "site-src"), { recursive: true });
const page = join(work, "site-src", pageArg);
const original = readFileSync(page, "utf8");

const server = spawn(binary, ["serve", "--source", "site-src", "--port", "0", "--quiet"], { cwd: work });
const url = await new Promise((done, fail) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const match = out.match(/at (http:\/\/\S+\/)/);
    if (match) done(match[1]);
  });
  server.on("exit", (code) => fail(new Error("serve exited " + code)));
});

// One listener on the event stream; each event resolves the pending wait.
let pending = null;
request(url + "__cdpsite/events", (response) => {
  response.setEncoding("utf8");
  response.on("data", (chunk) => {
    if (chunk.includes("event: ") && pending) {
      pending(performance.now());
      pending = null;
    }
  });
}).end();
await new Promise((done) => setTimeout(done, 300));

const times = [];
for (let run = 0; run < Number(runsArg); run++) {
  const reloaded = new Promise((done) => { pending = done; });
  const saved = performance.now();
  writeFileSync(page, original + `\n\nEdit number ${run}.\n`);
  times.push((await reloaded) - saved);
  await new Promise((done) => setTimeout(done, 100));
}
server.kill("SIGINT");
rmSync(work, { recursive: true, force: true });

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`save to reload message, ${times.length} runs: median ${median.toFixed(0)} ms, ` +
            `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
process.exit(0);
