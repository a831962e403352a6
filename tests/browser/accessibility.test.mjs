// The example site as the public meets it: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA
// rules) finds no violation on any page at 375 and at 1280 pixels wide, no page scrolls
// sideways and no table is cut off without its scroll region, the Nu HTML checker finds
// no error on any page, the metrics dashboard uses a desktop's width, a document reads
// as GOV.UK's do (summary list, contents beside the text, distinct headings), a report
// prints as a clean document, and each page type is photographed at both widths
// (build/screenshots/, with the board report printed to PDF) for a person to look at. The user guide (guide/, a cdpsite
// site) is held to the same: no axe violation at either width, no Nu error.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeSite } from "./support.mjs";
import { buildSite, cardColumns, htmlFiles, openWidths, problemsAt, repositoryRoot, screenshots, serveStatic,
         startNuChecker, stopStatic, tablesCutOff, widths } from "./site-checks.mjs";

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

test("axe finds no WCAG 2.2 AA violation on any page at 375 or 1280 px, no page scrolls sideways and no table is cut off", async () => {
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

test("at 375 px the wide tables scroll inside their region, which shows that more is to the side", async () => {
  const page = browser.pages.get(375);
  await page.goto(origin + "partnerships/west-sussex/about/index.html");
  assert.deepEqual(await tablesCutOff(page), []);
  const edges = await page.$$eval(".table-scroll", (regions) => regions
    .filter((region) => region.scrollWidth > region.clientWidth)
    .map((region) => getComputedStyle(region).backgroundImage));
  assert.ok(edges.length > 0, "no table on the page is wider than a phone");
  for (const edge of edges) assert.match(edge, /radial-gradient/, "a region that scrolls has no shadow at its edge");
});

test("a board report's details are a summary list, its recommendations a numbered section, its contact a mailto link", async () => {
  const page = browser.pages.get(1280);
  await page.goto(origin + pageTypes["board-report"]);
  const rows = await page.$$eval(".summary-list > div", (divs) => divs.map((div) => div.querySelector("dt").textContent));
  assert.ok(rows.includes("Meeting") && rows.includes("Contacts"), rows.join(", "));
  assert.equal(await page.locator(".recommendations > h2").textContent(), "Recommendations");
  assert.equal(await page.locator(".recommendations ol > li").count(), 3);
  const width = await page.$eval(".recommendations ol", (list) => list.getBoundingClientRect().width);
  assert.ok(width >= 500, `the recommendations are ${width} px wide`);
  assert.equal(await page.getAttribute(".summary-list a.email", "href"), "mailto:becky.harrington@derby.gov.uk");
});

test("headings h1 to h4 are each a different size, larger than body text, at both widths", async () => {
  for (const page of browser.pages.values()) {
    await page.goto(origin + pageTypes.document);
    const sizes = await page.evaluate(() => {
      const prose = document.querySelector(".prose");
      const made = ["p", "h4", "h3", "h2", "h1"].map((tag) => prose.appendChild(document.createElement(tag)));
      return made.map((element) => parseFloat(getComputedStyle(element).fontSize));
    });
    for (let i = 1; i < sizes.length; ++i) {
      assert.ok(sizes[i] > sizes[i - 1], `at ${page.viewportSize().width} px the sizes of p, h4, h3, h2, h1 are ${sizes}`);
    }
  }
});

test("on a wide screen a long document's contents stay in view beside the text; on a phone they come first", async () => {
  const wide = browser.pages.get(1280);
  await wide.goto(origin + pageTypes.document);
  const box = (page, selector) => page.$eval(selector, (element) => element.getBoundingClientRect().toJSON());
  const prose = await box(wide, ".prose");
  assert.ok((await box(wide, ".toc")).left >= prose.right, "the contents are not beside the text");
  assert.ok(prose.width >= 560 && prose.width <= 680, `the reading column is ${prose.width} px wide`);
  await wide.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const scrolled = await box(wide, ".toc");
  assert.ok(scrolled.top >= 0 && scrolled.top < 900, `the contents are at ${scrolled.top} px after scrolling`);
  assert.equal(await wide.locator(".back-to-top a").getAttribute("href"), "#main-content");
  const phone = browser.pages.get(375);
  await phone.goto(origin + pageTypes.document);
  assert.ok((await box(phone, ".toc")).bottom <= (await box(phone, ".prose")).top, "the contents are not above the text");
});

test("a report prints as a clean document: no navigation or footer, link addresses after their text", async () => {
  const page = browser.pages.get(1280);
  await page.goto(origin + pageTypes["board-report"]);
  await page.emulateMedia({ media: "print" });
  try {
    for (const selector of [".site-nav", ".site-footer", ".toc", ".breadcrumbs"]) {
      assert.equal(await page.$eval(selector, (element) => getComputedStyle(element).display), "none", selector);
    }
    const after = await page.$eval(".prose a[href^='http']", (link) => getComputedStyle(link, "::after").content);
    assert.match(after, /\(http/);
    assert.equal(await page.$eval(".summary-list", (list) => getComputedStyle(list).display), "block");
    await page.pdf({ path: join(screenshots, "board-report-print.pdf"), format: "A4" });
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
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
