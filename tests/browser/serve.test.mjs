// The preview as a comms officer uses it: a page open in chromium, the Markdown edited
// beside it, the change swapped into the open page (no reload: scroll, focus and the
// page's own scripts kept; other open pages left alone), a change to the page's head
// reloading it, and a mistake shown over the last good page until it is fixed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { makeSite, writeSiteFile, removeSite, startServe, stopServe, launchBrowser } from "./support.mjs";

// The default theme's own base layout, as the site's copy starts (the head test edits it).
const baseLayout = readFileSync(new URL("../../themes/default/templates/base.mustache", import.meta.url), "utf8");
// Enough text below the edit for the page to scroll.
const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} of the news.`).join("\n\n");
const news = (first) => `+++\ntitle = "News"\n+++\n${first}\n\n${filler}\n`;

let root, server, chrome, page;

before(async () => {
  root = makeSite({
    "content/site.toml": 'title = "Preview test"\n',
    "content/_index.md": '+++\ntitle = "Home"\n+++\nWelcome.\n',
    "content/news.md": news("The first version."),
    "content/static/css/site.css": "body { background: white; }\n",
    "content/templates/base.mustache": baseLayout,
  });
  server = await startServe(root);
  chrome = await launchBrowser();
  page = await chrome.browser.newPage();
});

after(async () => {
  await chrome?.close();
  if (server) stopServe(server);
  removeSite(root);
});

test("an edit appears in the open page without a reload, where the reader had scrolled to", async () => {
  await page.goto(server.url + "news/");
  await page.getByText("The first version.").waitFor();
  await page.evaluate(() => { window.scrollTo(0, 600); window.notReloaded = true; });
  writeSiteFile(root, "content/news.md", news("The second version."));
  await page.getByText("The second version.").waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate(() => window.notReloaded), true, "the new body was swapped in");
  assert.equal(await page.evaluate(() => window.scrollY), 600, "the scroll position is kept");
});

test("a page the edit did not change is left as it is", async () => {
  const home = await chrome.browser.newPage();
  await home.goto(server.url);
  await home.evaluate(() => { document.body.dataset.untouched = "yes"; });
  const checked = home.waitForResponse((response) => response.url() === server.url, { timeout: 10000 });
  writeSiteFile(root, "content/news.md", news("The third version."));
  await page.getByText("The third version.").waitFor({ timeout: 10000 });
  await (await checked).finished();
  // Whatever the page does with the answer it does within the next frames.
  await home.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await home.evaluate(() => document.body.dataset.untouched), "yes");
  await home.close();
});

test("a front matter error shows the overlay over the old page, and fixing it removes it", async () => {
  await page.evaluate(() => { window.notReloaded = true; });
  writeSiteFile(root, "content/news.md", '+++\ntitle = "News\n+++\nBroken.\n');
  const overlay = page.locator("#cdpsite-error-overlay");
  await overlay.waitFor({ timeout: 10000 });
  assert.equal(await page.evaluate(() => window.notReloaded), true, "the overlay was swapped in");
  // content/news.md, or content\news.md from cdpsite.exe (scripts/test-windows).
  assert.match(await overlay.innerText(), /content[\/\\]news\.md:2:\d+: error:/);
  assert.ok(await page.getByText("The third version.").isVisible(), "the last good page stays");
  writeSiteFile(root, "content/news.md", news("The fixed version."));
  await page.getByText("The fixed version.").waitFor({ timeout: 10000 });
  assert.equal(await overlay.count(), 0);
});

test("after a swap the page's own scripts run again and the focus stays where it was", async () => {
  const search = await chrome.browser.newPage();
  await search.goto(server.url + "search/?q=fixed");
  const results = search.locator("#search-results li");
  await results.first().waitFor();
  await search.locator("#search-query").focus();
  await search.evaluate(() => { window.notReloaded = true; });
  // A mistake anywhere puts the overlay on every open page, this one included.
  writeSiteFile(root, "content/news.md", '+++\ntitle = "News\n+++\nBroken.\n');
  try {
    await search.locator("#cdpsite-error-overlay").waitFor({ timeout: 10000 });
    assert.equal(await search.evaluate(() => window.notReloaded), true, "the overlay was swapped in");
    await results.first().waitFor({ timeout: 10000 });
    assert.equal(await search.locator(".search-form").isVisible(), true, "search.js ran on the new body");
    assert.equal(await search.evaluate(() => document.activeElement.id), "search-query");
  } finally {
    writeSiteFile(root, "content/news.md", news("The fixed version."));  // for the tests after this one
    await search.locator("#cdpsite-error-overlay").waitFor({ state: "detached", timeout: 10000 });
    await search.close();
  }
});

test("a change to the page's head reloads the page", async () => {
  await page.evaluate(() => { window.notReloaded = true; });
  writeSiteFile(root, "content/templates/base.mustache",
                baseLayout.replace("</head>", '<meta name="theme-color" content="#0b0c0c">\n</head>'));
  await page.locator('meta[name="theme-color"]').waitFor({ state: "attached", timeout: 10000 });
  assert.equal(await page.evaluate(() => window.notReloaded), undefined, "the page was loaded again");
});

test("a stylesheet change is swapped in without reloading the page", async () => {
  await page.evaluate(() => { window.notReloaded = true; });
  writeSiteFile(root, "content/static/css/site.css", "body { background: rgb(1, 2, 3); }\n");
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)",
                             null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.notReloaded), true);
});
