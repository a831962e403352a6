// The preview as a comms officer uses it: a page open in chromium, the Markdown edited
// beside it, the change shown without a manual reload, and a mistake shown over the
// last good page until it is fixed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { makeSite, writeSiteFile, removeSite, startServe, stopServe, launchBrowser } from "./support.mjs";

let root, server, chrome, page;

before(async () => {
  root = makeSite({
    "content/site.toml": 'title = "Preview test"\n',
    "content/_index.md": '+++\ntitle = "Home"\n+++\nWelcome.\n',
    "content/news.md": '+++\ntitle = "News"\n+++\nThe first version.\n',
    "content/static/css/site.css": "body { background: white; }\n",
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

test("an edit appears without a manual reload", async () => {
  await page.goto(server.url + "news/");
  await page.getByText("The first version.").waitFor();
  writeSiteFile(root, "content/news.md", '+++\ntitle = "News"\n+++\nThe second version.\n');
  await page.getByText("The second version.").waitFor({ timeout: 10000 });
});

test("a front matter error shows the overlay over the old page, and fixing it removes it", async () => {
  writeSiteFile(root, "content/news.md", '+++\ntitle = "News\n+++\nBroken.\n');
  const overlay = page.locator("#cdpsite-error-overlay");
  await overlay.waitFor({ timeout: 10000 });
  // content/news.md, or content\news.md from cdpsite.exe (scripts/test-windows).
  assert.match(await overlay.innerText(), /content[\/\\]news\.md:2:\d+: error:/);
  assert.ok(await page.getByText("The second version.").isVisible(), "the last good page stays");
  writeSiteFile(root, "content/news.md", '+++\ntitle = "News"\n+++\nThe fixed version.\n');
  await page.getByText("The fixed version.").waitFor({ timeout: 10000 });
  assert.equal(await overlay.count(), 0);
});

test("a stylesheet change is swapped in without reloading the page", async () => {
  await page.evaluate(() => { window.notReloaded = true; });
  writeSiteFile(root, "content/static/css/site.css", "body { background: rgb(1, 2, 3); }\n");
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === "rgb(1, 2, 3)",
                             null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.notReloaded), true);
});
