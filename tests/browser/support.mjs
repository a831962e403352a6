// Shared helpers for the browser tests: a temporary site, the real `cdpsite serve`
// on a free loopback port, and Debian's chromium driven by playwright-core.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";

export const binary = process.env.CDPSITE_BINARY;

export function makeSite(files) {
  const root = mkdtempSync(join(tmpdir(), "cdpsite-browser-"));
  for (const [path, text] of Object.entries(files)) writeSiteFile(root, path, text);
  return root;
}

export function writeSiteFile(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

export function removeSite(root) {
  rmSync(root, { recursive: true, force: true });
}

// Starts `cdpsite serve` and resolves with { url, process } once it prints its address.
export function startServe(root, extraArgs = []) {
  const child = spawn(binary, ["serve", "--source", "content", "--port", "0", ...extraArgs], { cwd: root });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error("serve did not start: " + output)), 30000);
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/at (http:\/\/\S+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], process: child });
      }
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

export function stopServe(server) {
  server.process.removeAllListeners("exit");
  server.process.kill("SIGINT");
}

// Chromium with a fresh profile; `options` are playwright context options
// ({ javaScriptEnabled: false } for a reader with JavaScript turned off).
export async function launchBrowser(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "cdpsite-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--no-first-run", "--disable-sync"],
  });
  return { browser, close: async () => { await browser.close(); removeSite(profile); } };
}
