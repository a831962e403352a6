// Shared by the accessibility tests: a built site served over HTTP as a council's web
// host would serve it, axe-core run at a phone's and a desktop's width in one browser
// (one page per width, reused for every address), and the Nu HTML checker.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { binary, launchBrowser } from "./support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const vnuJar = join(dirname(require.resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

export const screenshots = resolve(here, "../../build/screenshots");
export const repositoryRoot = resolve(here, "../..");

// A phone (375 px, the width of the smallest common iPhone) and a desktop screen.
export const widths = [375, 1280];

// WCAG 2.0, 2.1 and 2.2, levels A and AA: what the Public Sector Bodies Accessibility
// Regulations require.
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export function buildSite(source, output, env = {}) {
  execFileSync(binary, ["build", "-q", "--source", source, "--output", output],
               { env: { ...process.env, ...env }, stdio: "pipe" });
}

// Every .html file under `folder`, as paths relative to it, sorted.
export function htmlFiles(folder) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html")) found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found.sort();
}

// Serves `folder` on a loopback port under `basePath` (e.g. "public-health/drugs-partnership/"),
// as the council's web host would: the 404 page's links start from that address, so it
// cannot be judged from disk. Resolves with { child, origin }.
export function serveStatic(work, folder, basePath = "") {
  const root = join(work, "www");
  mkdirSync(root, { recursive: true });
  let served = root;
  if (basePath) {
    mkdirSync(join(root, dirname(basePath)), { recursive: true });
    symlinkSync(folder, join(root, basePath.replace(/\/$/, "")));
  } else {
    served = folder;
  }
  const child = spawn("python3", ["-u", "-m", "http.server", "--bind", "127.0.0.1", "0", "--directory", served]);
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

export function stopStatic(server) {
  server?.removeAllListeners("exit");
  server?.kill();
}

// One chromium with one page per width; axe-core is loaded into every page it opens.
export async function openWidths() {
  const chrome = await launchBrowser();
  await chrome.browser.addInitScript({ path: axePath });
  const pages = new Map();
  for (const width of widths) {
    const page = await chrome.browser.newPage();
    await page.setViewportSize({ width, height: 900 });
    pages.set(width, page);
  }
  return { pages, close: () => chrome.close() };
}

// What is wrong with the page at `url` at this page's width: each axe violation, and
// the page itself scrolling sideways (a phone reader would have to pan every line).
// `rowsPerTable` keeps only the first rows of each table body before axe runs: the
// rows of one table come from one template loop, and axe takes minutes on a page of
// 30,000 cells (the data-heavy comparison page); every column stays.
export async function problemsAt(page, url, { rowsPerTable } = {}) {
  const width = page.viewportSize().width;
  await page.goto(url);
  if (rowsPerTable) {
    await page.evaluate((keep) => {
      for (const body of document.querySelectorAll("tbody")) [...body.rows].slice(keep).forEach((row) => row.remove());
    }, rowsPerTable);
  }
  // Passing rules are listed without their elements, which saves time on big pages.
  const results = await page.evaluate((values) =>
    window.axe.run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] }), wcagTags);
  if (results.passes.length <= 10) return [`at ${width} px: axe did not run its rules`];
  const problems = results.violations.map((v) =>
    `at ${width} px: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (overflow) problems.push(`at ${width} px: the page scrolls sideways`);
  for (const table of await tablesCutOff(page)) problems.push(`at ${width} px: ${table}`);
  return problems;
}

// The tables of the page that are cut off: wider than their box without sitting in a
// focusable scroll region (`.table-scroll` with role="region" and tabindex="0"), or in
// a region that itself sticks out of its column. Each described by its first heading.
export function tablesCutOff(page) {
  return page.evaluate(() => {
    const cut = [];
    const name = (table) => (table.querySelector("caption, th")?.textContent ?? "").trim().slice(0, 60);
    for (const table of document.querySelectorAll("main table")) {
      const region = table.closest(".table-scroll");
      if (region) {
        if (region.getAttribute("role") !== "region" || region.getAttribute("tabindex") !== "0") {
          cut.push(`the scroll region of the table "${name(table)}" is not a focusable region`);
        }
        const column = region.parentElement.getBoundingClientRect();
        if (region.getBoundingClientRect().right > column.right + 1) {
          cut.push(`the scroll region of the table "${name(table)}" sticks out of its column`);
        }
      } else if (table.scrollWidth > table.clientWidth + 1 ||
                 table.getBoundingClientRect().right > table.parentElement.getBoundingClientRect().right + 1) {
        cut.push(`the table "${name(table)}" is cut off without a scroll region`);
      }
    }
    return cut;
  });
}

// How many columns the metric cards of the page at `url` sit in at this page's width.
export async function cardColumns(page, url) {
  await page.goto(url);
  return page.$$eval(".metric-card", (cards) =>
    new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size);
}

// Starts the Nu HTML checker on `files` (paths relative to `folder`) in the background,
// so that it runs while the browser works; resolves with its error report ("" if none).
export function startNuChecker(folder, files) {
  const child = spawn("java", ["-jar", vnuJar, "--errors-only", "--format", "gnu", ...files], { cwd: folder });
  let report = "";
  child.stdout.on("data", (chunk) => { report += chunk; });
  child.stderr.on("data", (chunk) => { report += chunk; });
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("exit", (code) => done(code === 0 ? "" : report || `vnu exited with ${code}`));
  });
}
