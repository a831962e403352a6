// The example site as the public meets it: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA
// rules) finds no violation on any page at 375 and at 1280 pixels wide, no page scrolls
// sideways, the Nu HTML checker finds no error on any page, the metrics dashboard uses
// a desktop's width, and each page type is photographed at both widths
// (build/screenshots/) for a person to look at. The user guide (guide/, a cdpsite
// site) is held to the same: no axe violation at either width, no Nu error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeSite } from "./support.mjs";
import { buildSite, cardColumns, htmlFiles, openWidths, problemsAt, repositoryRoot, screenshots, serveStatic,
         startNuChecker, stopStatic, widths } from "./site-checks.mjs";

// One page of each type of the example site, photographed for a person to look at.
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

let work, site, browser, server, origin, pages, nuReport;
let guideSite, guideServer, guideOrigin, guidePages, guideNuReport;

before(async () => {
  work = mkdtempSync(join(tmpdir(), "cdpsite-a11y-"));
  site = join(work, "site");
  buildSite(join(repositoryRoot, "content"), site);
  pages = htmlFiles(site);
  nuReport = startNuChecker(site, pages);
  ({ child: server, origin } = await serveStatic(work, site, basePath));
  guideSite = join(work, "guide");
  buildSite(join(repositoryRoot, "guide"), guideSite);
  guidePages = htmlFiles(guideSite);
  guideNuReport = startNuChecker(guideSite, guidePages);
  ({ child: guideServer, origin: guideOrigin } = await serveStatic(join(work, "guide-www"), guideSite));
  browser = await openWidths();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  stopStatic(server);
  stopStatic(guideServer);
  await nuReport;
  await guideNuReport;
  removeSite(work);
});

test("the example site has every page type", () => {
  assert.ok(pages.length >= 50, `only ${pages.length} pages`);
  for (const path of Object.values(pageTypes)) assert.ok(pages.includes(path), `no ${path}`);
});

test("axe finds no WCAG 2.2 AA violation on any page at 375 or 1280 px, and no page scrolls sideways", async () => {
  const problems = [];
  for (const path of pages) {
    for (const page of browser.pages.values()) {
      for (const problem of await problemsAt(page, origin + path)) problems.push(`${path} ${problem}`);
    }
  }
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("the metrics dashboard is one column of cards on a phone and several on a desktop", async () => {
  const url = origin + pageTypes.metrics;
  assert.equal(await cardColumns(browser.pages.get(375), url), 1);
  assert.ok(await cardColumns(browser.pages.get(1280), url) >= 2, "the cards stay in one column at 1280 px");
});

// axe's target-size rule lets a small target pass when nothing else is near it; the
// lone arrow back from a footnote should still be 24 by 24 px (WCAG 2.2, 2.5.8).
test("the links back from footnotes are at least 24 by 24 px", async () => {
  const page = browser.pages.get(375);
  await page.goto(origin + pageTypes.document);
  const sizes = await page.$$eval(".footnote-backref", (links) => links.map((link) => link.getBoundingClientRect()));
  assert.ok(sizes.length > 0, "the document has no footnotes");
  for (const { width, height } of sizes) assert.ok(width >= 24 && height >= 24, `a back-link is ${width} by ${height} px`);
});

test("each page type is photographed at both widths", async () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    for (const width of widths) {
      const page = browser.pages.get(width);
      await page.goto(origin + path);
      await page.screenshot({ path: join(screenshots, `${type}-${width}.png`), fullPage: true });
    }
  }
});

test("the Nu HTML checker finds no error on any page", async () => {
  const report = await nuReport;
  assert.equal(report, "", "vnu reported errors:\n" + report);
});

test("axe finds no WCAG 2.2 AA violation on any page of the guide at 375 or 1280 px", async () => {
  assert.ok(guidePages.length >= 9, `the guide has only ${guidePages.length} pages`);
  const problems = [];
  for (const path of guidePages) {
    for (const page of browser.pages.values()) {
      for (const problem of await problemsAt(page, guideOrigin + path)) problems.push(`guide/${path} ${problem}`);
    }
  }
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("the Nu HTML checker finds no error on any page of the guide", async () => {
  const report = await guideNuReport;
  assert.equal(report, "", "vnu reported errors in the guide:\n" + report);
});
