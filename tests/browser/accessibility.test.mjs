// The example site as the public meets it: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA
// rules) finds no violation on any page type, the Nu HTML checker finds no error on
// any page, and each page type is photographed at 375 and 1280 pixels wide
// (build/screenshots/) for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { binary, launchBrowser, removeSite } from "./support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const vnuJar = join(dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");
const screenshots = resolve(here, "../../build/screenshots");

// One page of each type of the example site.
const pageTypes = {
  home: "index.html",
  section: "partnerships/index.html",
  partnership: "partnerships/southend/index.html",
  document: "partnerships/southend/strategy-2023-25/index.html",
  "board-report": "partnerships/derby-derbyshire/hwb-report-2024-01/index.html",
  page: "about/index.html",
  "partnership-about": "partnerships/west-sussex/about/index.html",
  priorities: "partnerships/west-sussex/priorities/index.html",
  priority: "partnerships/west-sussex/priorities/priority-5/index.html",
  metrics: "partnerships/southend/metrics/index.html",
  metric: "partnerships/southend/metrics/drug-misuse-deaths/index.html",
  "not-found": "404.html",
  search: "search/index.html",
  accessibility: "accessibility/index.html",
  documents: "partnerships/west-sussex/documents/index.html",
  compare: "compare/index.html",
};

// Where the example site says it is published (its site.toml base_url).
const basePath = "public-health/drugs-partnership/";

let work, site, chrome, server, origin;

// Serves the built site on a loopback port under the address its base_url gives, as
// the council's web host would (the 404 page's links start from that address, so it
// cannot be judged from disk).
function serveStatic(folder) {
  const root = join(work, "www");
  mkdirSync(join(root, dirname(basePath)), { recursive: true });
  symlinkSync(folder, join(root, basePath.replace(/\/$/, "")));
  const child = spawn("python3", ["-u", "-m", "http.server", "--bind", "127.0.0.1", "0", "--directory", root]);
  return new Promise((done, fail) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/port (\d+)/);
      if (match) done({ child, origin: `http://127.0.0.1:${match[1]}/${basePath}` });
    });
    child.on("exit", (code) => fail(new Error("http.server exited " + code)));
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), "cdpsite-a11y-"));
  site = join(work, "site");
  execFileSync(binary, ["build", "-q", "--source", resolve(here, "../../content"), "--output", site]);
  ({ child: server, origin } = await serveStatic(site));
  chrome = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await chrome?.close();
  server?.removeAllListeners("exit");
  server?.kill();
  removeSite(work);
});

for (const [type, path] of Object.entries(pageTypes)) {
  test(`axe finds no WCAG 2.2 AA violation on the ${type} page`, async () => {
    const page = await chrome.browser.newPage();
    await page.goto(origin + path);
    await page.addScriptTag({ path: axePath });
    const results = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
    const problems = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
    assert.deepEqual(problems, [], problems.join("\n"));
    assert.ok(results.passes.length > 10, "axe ran its rules");
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: join(screenshots, `${type}-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, `the ${type} page scrolls sideways at ${width} px`);
    }
    await page.close();
  });
}

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

test("the Nu HTML checker finds no error on any page", () => {
  const pages = htmlFiles(site);
  assert.ok(pages.length >= 10);
  try {
    execFileSync("java", ["-jar", vnuJar, "--errors-only", "--format", "gnu", ...pages], { stdio: "pipe" });
  } catch (failure) {
    assert.fail("vnu reported errors:\n" + failure.stderr.toString());
  }
});
