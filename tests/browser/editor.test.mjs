// The preview's editor as a comms officer uses it, in chromium: "Edit this page" opens
// the page's file; what is typed shows in the live preview; the toolbar adds a link
// from the picker, a table, a picture with its description and a document; saving with
// the button and with Ctrl+S writes the file byte for byte (a Notepad file keeps its
// byte-order mark and line ends); a change made on disk meanwhile is shown, not lost; a
// mistake shows its message at its line; unsaved text survives a reload; the built site
// has no edit link; and axe finds nothing on the editor page at 375 and 1280 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { binary, makeSite, writeSiteFile, removeSite, startServe, stopServe, launchBrowser } from "./support.mjs";
import { htmlFiles, openWidths, problemsAt } from "./site-checks.mjs";

const news = '+++\ntitle = "News"\n+++\nThe first version.\n';
const notepad = '\ufeff+++\r\ntitle = "Notepad page"\r\n+++\r\nWritten in Notepad.\r\n';
const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082", "hex");

let root, server, chrome, page;

const file = (path) => readFileSync(join(root, "content", path), "utf8");
const text = () => page.locator("#text");
const preview = () => page.frameLocator("#preview");
const renders = () => page.evaluate(() => Number(document.documentElement.dataset.renders || 0));

// Waits for the live preview to show what is typed now.
async function previewShows(words) {
  await preview().getByText(words).first().waitFor({ timeout: 10000 });
}

async function openEditor(path) {
  await page.goto(server.url + "_cdpsite/edit/" + path);
  await page.waitForFunction(() => Number(document.documentElement.dataset.renders || 0) > 0);
}

async function typeAtEnd(words) {
  await text().focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(words);
}

before(async () => {
  root = makeSite({
    "content/site.toml": 'title = "Editor test"\n',
    "content/_index.md": '+++\ntitle = "Home"\n+++\nWelcome.\n',
    "content/news.md": news,
    "content/who-we-are.md": '+++\ntitle = "About us"\n+++\nWho we are.\n',
    "content/notepad.md": notepad,
    "content/partnership.toml": 'name = "Editor test CDP"\n',
    "content/metrics.toml": '[[metric]]\nid = "clients"\nname = "People in treatment"\nunit = "count"\nbetter = "higher"\n' +
      'outcome = "increase-engagement-in-treatment"\n' +
      'values = [ { period = "2022/23", value = 100 }, { period = "2023/24", value = 120 } ]\n',
  });
  server = await startServe(root);
  chrome = await launchBrowser();
  page = await chrome.browser.newPage();
  page.on("dialog", (dialog) => dialog.accept());
});

after(async () => {
  await chrome?.close();
  if (server) stopServe(server);
  removeSite(root);
});

test("a page made from Markdown has an Edit this page link that opens its file beside the page", async () => {
  await page.goto(server.url + "news/");
  await page.getByRole("link", { name: "Edit this page" }).click();
  await page.waitForURL(/_cdpsite\/edit\/news\.md$/);
  assert.equal(await text().inputValue(), news);
  await previewShows("The first version.");
  assert.equal(await text().getAttribute("lang"), "en-GB");
  assert.equal(await text().getAttribute("spellcheck"), "true");
});

test("what is typed shows in the live preview, and Tab leaves the text box", async () => {
  await typeAtEnd("Typed by hand.");
  await previewShows("Typed by hand.");
  await page.keyboard.press("Tab");
  assert.notEqual(await page.evaluate(() => document.activeElement.id), "text");
  assert.equal(file("news.md"), news, "nothing is written before saving");
});

test("the toolbar adds a link from the picker and a table, shown in the preview", async () => {
  await typeAtEnd("\n\nRead ");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link text (say where it goes)").fill("who we are");
  await page.getByLabel("A page or file of the site").selectOption("who-we-are.md");
  await page.getByRole("button", { name: "Add the link" }).click();
  // The link goes in once the picker's list has come from the preview: slower under the sanitizers.
  await page.waitForFunction(() => document.getElementById("text").value.includes("[who we are](who-we-are.md)"));
  assert.match(await text().inputValue(), /Read \[who we are\]\(who-we-are\.md\)/);
  await preview().locator('a[href="../who-we-are/index.html"]', { hasText: "who we are" }).waitFor({ timeout: 10000 });
  await typeAtEnd("\n");
  await page.getByRole("button", { name: "Table" }).click();
  assert.match(await text().inputValue(), /\| Heading \| Heading \|\n\| --- \| --- \|\n\| Text \| Text \|/);
  await preview().locator("table th", { hasText: "Heading" }).first().waitFor({ timeout: 10000 });
});

test("a picture is copied beside the page with its description, and a document is linked", async () => {
  await typeAtEnd("\n");
  await page.getByRole("button", { name: "Picture" }).click();
  await page.getByLabel("Picture (PNG, JPEG, GIF or WebP)").setInputFiles({ name: "Deaths Chart.png", mimeType: "image/png", buffer: png });
  await page.getByLabel("Describe the picture for people who cannot see it").fill("Deaths fell in 2024");
  await page.getByRole("button", { name: "Add the picture" }).click();
  await page.waitForFunction(() => document.getElementById("text").value.includes("![Deaths fell in 2024](deaths-chart.png)"));
  assert.deepEqual(readFileSync(join(root, "content/deaths-chart.png")), png);
  await typeAtEnd("\n\n");
  await page.locator("#document-file").setInputFiles({ name: "annual-report.pdf", mimeType: "application/pdf",
                                                       buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.waitForFunction(() => document.getElementById("text").value.includes("[annual report](annual-report.pdf)"));
  assert.ok(existsSync(join(root, "content/annual-report.pdf")));
});

test("pasting from Word keeps its headings, lists, table, links, bold and italic", async () => {
  const word = `<html><body><!--StartFragment-->
<h1>Board report</h1>
<p class=MsoNormal>We <b>treated</b> <i>more</i> people: see <a href="https://example.org/r">the report</a>.</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><!--[endif]-->First</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>o<span>&nbsp;</span></span>Inner</p>
<table><tr><td>Area</td><td>Deaths</td></tr><tr><td>East</td><td>12</td></tr></table>
<!--EndFragment--></body></html>`;
  await typeAtEnd("\n");
  const before = await text().inputValue();
  await text().evaluate((box, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Board report We treated more people");
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, word);
  await page.waitForFunction((length) => document.getElementById("text").value.length > length + 20, before.length);
  assert.equal((await text().inputValue()).slice(before.length),
               "\n## Board report\n\nWe **treated** *more* people: see [the report](https://example.org/r).\n\n" +
               "1. First\n\n   - Inner\n\n| Area | Deaths |\n| --- | --- |\n| East | 12 |\n");
  await preview().locator("h2", { hasText: "Board report" }).waitFor({ timeout: 10000 });
});

test("a figure from the data is chosen from the partnership's metrics", async () => {
  await typeAtEnd("\nWe treated ");
  await page.getByRole("button", { name: "Figure from the data" }).click();
  await page.getByLabel("Metric, with its latest figure").selectOption({ label: "Editor test CDP: People in treatment, 120 (2023/24)" });
  await page.getByRole("button", { name: "Add the figure" }).click();
  await page.waitForFunction(() => document.getElementById("text").value.includes('{{< metric "clients" >}}'));
  assert.match(await text().inputValue(), /We treated \{\{< metric "clients" >\}\}/);
  await previewShows("We treated 120");
});

test("Save writes the file byte for byte, and so does Ctrl+S", async () => {
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByText(/^Saved at/).waitFor({ timeout: 10000 });
  assert.equal(file("news.md"), await text().inputValue());
  await typeAtEnd("\nSaved with the keyboard.\n");
  await page.keyboard.press("Control+s");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Saved at") &&
                                   document.getElementById("text").value.includes("keyboard"));
  await page.waitForTimeout(200);
  assert.equal(file("news.md"), await text().inputValue());
  assert.match(file("news.md"), /Saved with the keyboard\.\n$/);
});

test("a file from Notepad keeps its byte-order mark and line ends", async () => {
  await openEditor("notepad.md");
  await typeAtEnd("More words.\n");
  await page.keyboard.press("Control+s");
  await page.getByText(/^Saved at/).waitFor({ timeout: 10000 });
  assert.equal(file("notepad.md"), notepad + "More words.\r\n");
});

test("a change made on disk meanwhile is shown with the editor's text, and nothing is lost", async () => {
  await openEditor("who-we-are.md");
  writeSiteFile(root, "content/who-we-are.md", '+++\ntitle = "About us"\n+++\nChanged in Notepad.\n');
  await typeAtEnd("Typed in the editor.\n");
  await page.keyboard.press("Control+s");
  const dialog = page.getByRole("dialog", { name: "The file changed since you opened it" });
  await dialog.waitFor();
  assert.match(await page.locator("#conflict-disk").inputValue(), /Changed in Notepad\./);
  assert.match(await page.locator("#conflict-mine").inputValue(), /Typed in the editor\./);
  assert.match(file("who-we-are.md"), /Changed in Notepad\./);
  await page.getByRole("button", { name: "Save my version over it" }).click();
  await page.getByText(/^Saved at/).waitFor({ timeout: 10000 });
  assert.equal(file("who-we-are.md"), await text().inputValue());
});

test("a mistake typed shows its message at its line", async () => {
  await openEditor("who-we-are.md");
  await typeAtEnd("\n#### Too deep\n");
  await page.locator("#problems li.error").first().waitFor({ timeout: 10000 });
  const summary = await page.locator("#problems li.error button").first().innerText();
  const line = (await text().inputValue()).split("\n").indexOf("#### Too deep") + 1;
  // content/who-we-are.md, or content\\who-we-are.md from cdpsite.exe (scripts/test-windows).
  assert.match(summary, new RegExp(`^content[\\/\\\\]who-we-are\\.md:${line}:1: error: .*\\[skipped-heading-level\\]$`));
  await page.locator("#problems li.error button").first().click();
  assert.match(await page.locator("#line-problem").innerText(), new RegExp(`^Line ${line}: content[\\/\\\\]who-we-are\\.md:${line}:1: error:`));
});

test("unsaved text survives a reload of the tab, after the browser asks", async () => {
  let asked = null;
  page.once("dialog", (dialog) => { asked = dialog.type(); });
  await page.reload();
  await page.waitForFunction(() => Number(document.documentElement.dataset.renders || 0) > 0);
  assert.equal(asked, "beforeunload");
  assert.match(await text().inputValue(), /#### Too deep/);
  await page.getByText("Your unsaved changes are back. Save to write them to the file.").waitFor();
});

test("the built site has no edit link", () => {
  const output = join(root, "built");
  execFileSync(binary, ["build", "-q", "--source", join(root, "content"), "--output", output], { stdio: "pipe" });
  const pages = htmlFiles(output);
  assert.ok(pages.length > 3);
  for (const path of pages) {
    const html = readFileSync(join(output, path), "utf8");
    assert.doesNotMatch(html, /_cdpsite|Edit this page/, path);
  }
});

test("axe finds no WCAG 2.2 AA violation on the editor page at 375 or 1280 px", async () => {
  const widths = await openWidths();
  try {
    const problems = [];
    for (const widthPage of widths.pages.values()) {
      problems.push(...await problemsAt(widthPage, server.url + "_cdpsite/edit/news.md"));
    }
    assert.deepEqual(problems, [], problems.join("\n"));
  } finally {
    await widths.close();
  }
});
