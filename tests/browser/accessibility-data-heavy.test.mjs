// A generated data-heavy site (bench/generate_corpus.py --data-heavy: 150 partnerships,
// each with 40 metrics of 20 periods with a comparator and a target, and documents full
// of metric shortcodes and charts): axe-core finds no WCAG 2.2 AA violation at 375 and
// 1280 pixels wide on a sample of each page type, and the Nu HTML checker finds no
// error on any of its 7,000-odd pages. Metrics with a single period and with no target
// or comparator are in the example site, every page of which accessibility.test.mjs checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeSite } from "./support.mjs";
import { buildSite, cardColumns, htmlFiles, openWidths, problemsAt, repositoryRoot, screenshots, serveStatic,
         startNuChecker, stopStatic, widths } from "./site-checks.mjs";

// One page of each type, from the first and the last partnership.
const sample = {
  home: "index.html",
  documents: "documents/index.html",
  compare: "compare/index.html",
  search: "search/index.html",
  accessibility: "accessibility/index.html",
  "not-found": "404.html",
  partnership: "partnership-000/index.html",
  "partnership-about": "partnership-000/about/index.html",
  "partnership-documents": "partnership-149/documents/index.html",
  metrics: "partnership-000/metrics/index.html",
  "headline-metric": "partnership-000/metrics/local-metric-00/index.html",
  metric: "partnership-149/metrics/local-metric-39/index.html",
  "board-report": "partnership-000/report-1/index.html",
  "last-in-series": "partnership-149/report-5/index.html",
};

let work, site, browser, server, origin, pages, nuReport;

before(async () => {
  work = mkdtempSync(join(tmpdir(), "cdpsite-a11y-data-"));
  site = join(work, "site");
  execFileSync("python3", [join(repositoryRoot, "bench/generate_corpus.py"), "--data-heavy", join(work, "content")]);
  buildSite(join(work, "content"), site);
  pages = htmlFiles(site);
  nuReport = startNuChecker(site, pages);
  ({ child: server, origin } = await serveStatic(work, site));
  browser = await openWidths();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  stopStatic(server);
  await nuReport;
  removeSite(work);
});

test("the sample is in the site, and its metric pages show many periods, a comparator and a target", async () => {
  assert.ok(pages.length > 7000, `only ${pages.length} pages`);
  for (const path of Object.values(sample)) assert.ok(pages.includes(path), `no ${path}`);
  const page = browser.pages.get(1280);
  for (const path of [sample.metric, sample["headline-metric"]]) {
    await page.goto(origin + path);
    const tables = await page.$$eval("main table", (found) => found.map((table) => table.tBodies[0].rows.length));
    assert.ok(tables[0] >= 20, `${path}: ${tables[0]} periods`);
    assert.ok(tables.length >= 2, `${path}: no comparator table`);
    assert.equal(await page.locator("main .status").count(), 1, `${path}: no target`);
  }
});

// Pages whose tables axe reads only the first rows of (every page is whole for the Nu
// HTML checker): the comparison page has 150 partnerships in each of 40 tables.
const rowsPerTable = { compare: 5 };

for (const [type, path] of Object.entries(sample)) {
  test(`axe finds no WCAG 2.2 AA violation on the ${type} page at 375 or 1280 px`, async () => {
    const problems = [];
    for (const page of browser.pages.values()) {
      problems.push(...await problemsAt(page, origin + path, { rowsPerTable: rowsPerTable[type] }));
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  });
}

test("the data-heavy dashboard is one column of cards on a phone and several on a desktop", async () => {
  const url = origin + sample.metrics;
  assert.equal(await cardColumns(browser.pages.get(375), url), 1);
  assert.ok(await cardColumns(browser.pages.get(1280), url) >= 2, "the cards stay in one column at 1280 px");
  for (const width of widths) {
    await browser.pages.get(width).screenshot({ path: join(screenshots, `data-heavy-metrics-${width}.png`), fullPage: true });
  }
});

test("the Nu HTML checker finds no error on any page", async () => {
  const report = await nuReport;
  assert.equal(report, "", "vnu reported errors:\n" + report);
});
