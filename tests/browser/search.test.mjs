// Search as a reader meets it: the built site opened from disk (no server at all),
// a query typed in, results with title, kind, partnership and a snippet that lead to
// the page; the page's summary is the snippet, tables are not searched, documents come
// before other pages for the same words; text from the content never runs as HTML;
// and with JavaScript off, the page says so and links to the lists.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { binary, makeSite, removeSite, launchBrowser } from "./support.mjs";

const hostileTitle = '<img src=x onerror="window.pwned=1">Needle report';
let root, searchUrl, chrome, noScript;

before(async () => {
  root = makeSite({
    "content/site.toml": 'title = "Search test"\n',
    "content/_index.md": '+++\ntitle = "Home"\n+++\nWelcome.\n',
    "content/north/partnership.toml": 'name = "North CDP"\n',
    "content/north/report.md":
      '+++\ntitle = "Annual report 2024"\nkind = "annual report"\ndate = 2024-10-01\n' +
      'summary = "What the partnership did in its second year."\n+++\n' +
      "## Treatment\n\nThe partnership opened a new naloxone service in Worthing this year.\n\n" +
      "| Quokka | 2024 |\n|---|---|\n| Places | 12 |\n",
    "content/north/treatment-services.md": '+++\ntitle = "Treatment services"\n+++\nWhere to find treatment.\n',
    "content/north/hostile.md": `+++\ntitle = '${hostileTitle}'\n+++\nA page about needles.\n`,
  });
  execFileSync(binary, ["build", "-q", "--source", join(root, "content"), "--output", join(root, "site")]);
  searchUrl = pathToFileURL(join(root, "site/search/index.html")).href;
  chrome = await launchBrowser();
  noScript = await launchBrowser({ javaScriptEnabled: false });
});

after(async () => {
  await chrome?.close();
  await noScript?.close();
  removeSite(root);
});

test("a query finds a document by a word in its text, and the result leads to it", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(searchUrl);
  await page.getByLabel("Search documents, priorities and figures").fill("naloxone worthing");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("status").filter({ hasText: "1 result for ‘naloxone worthing’" }).waitFor();
  const result = page.locator("#search-results li").first();
  assert.equal(await result.locator("a").textContent(), "Annual report 2024");
  assert.equal(await result.locator(".meta").textContent(), "Annual report · North CDP");
  assert.equal(await result.locator("p:not(.meta)").textContent(), "What the partnership did in its second year.");
  await result.locator("a").click();
  await page.getByRole("heading", { level: 1, name: "Annual report 2024" }).waitFor();
  await page.close();
});

test("documents come before other pages that match the same words", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(searchUrl + "?q=treatment");
  await page.getByRole("status").filter({ hasText: "3 results" }).waitFor();  // with the section's list of pages
  const titles = await page.locator("#search-results a").allTextContents();
  assert.equal(titles[0], "Annual report 2024", titles.join(" | "));
  assert.ok(titles.includes("Treatment services"), titles.join(" | "));
  await page.close();
});

test("the words of a table are not searched", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(searchUrl + "?q=quokka");
  await page.getByRole("status").filter({ hasText: "No results for ‘quokka’" }).waitFor();
  await page.close();
});

test("a query with no match says so", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(searchUrl + "?q=zebra");
  await page.getByRole("status").filter({ hasText: "No results for ‘zebra’" }).waitFor();
  assert.equal(await page.locator("#search-results li").count(), 0);
  await page.close();
});

test("a title with HTML in it is shown as text and never runs", async () => {
  const page = await chrome.browser.newPage();
  await page.goto(searchUrl + "?q=needle");
  await page.getByRole("status").filter({ hasText: "2 results" }).waitFor();
  const titles = await page.locator("#search-results a").allTextContents();
  assert.ok(titles.includes(hostileTitle), titles.join(" | "));
  assert.equal(await page.locator("#search-results img").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await page.close();
});

test("without JavaScript the page says so and links to the lists", async () => {
  const page = await noScript.browser.newPage();
  await page.goto(searchUrl);
  await page.getByText("Search needs JavaScript").waitFor();
  assert.equal(await page.getByLabel("Search documents, priorities and figures").isVisible(), false);
  await page.getByRole("link", { name: "All documents" }).click();
  await page.getByRole("heading", { level: 1, name: "Documents" }).waitFor();
  await page.close();
});
