// Opens each HTML page given on the command line in real headless Chromium
// (the Debian package; never a browser downloaded by Playwright) and fails
// when the page requests anything outside itself, when axe-core reports a
// WCAG 2.1 A/AA violation, or when Chromium cannot print it. Leaves a
// screenshot (PNG) and an A4 PDF of each page in the output directory.
//
//   node check.mjs OUT_DIR page.html [page.html...]

import { mkdtempSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error("usage: node check.mjs OUT_DIR page.html [page.html...]");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), "horsligne-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1100, height: 1400 },
});

let failures = 0;
try {
  for (const page of pages) {
    failures += await check(resolve(page));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`${failures} problem(s) found`);
  process.exit(1);
}
console.log("browser checks passed");

async function check(file) {
  const name = basename(file, ".html");
  const url = pathToFileURL(file).href;
  const tab = await context.newPage();
  const external = [];
  // A self-contained page requests nothing but itself.
  await tab.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    external.push(requested);
    return route.abort();
  });
  let problems = 0;
  await tab.goto(url, { waitUntil: "load" });
  if (external.length > 0) {
    console.error(`${name}: external requests: ${external.join(", ")}`);
    problems += external.length;
  }

  await tab.unroute("**/*");
  await tab.addScriptTag({ path: axePath });
  const results = await tab.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    }),
  );
  for (const v of results.violations) {
    problems += 1;
    console.error(`${name}: axe ${v.id} (${v.impact}): ${v.help}`);
    for (const node of v.nodes.slice(0, 5)) {
      console.error(`    ${node.target.join(" ")}: ${node.failureSummary}`);
    }
  }

  const png = join(outDir, `${name}.png`);
  await tab.screenshot({ path: png, fullPage: false });
  const pdf = join(outDir, `${name}.pdf`);
  await tab.emulateMedia({ media: "print" });
  if (name.startsWith("guide")) {
    // The printed guide is for people who read with difficulty: no text
    // smaller than 14 pt (18.67 px) on paper.
    const small = await tab.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent.trim();
        const element = walker.currentNode.parentElement;
        if (!text || !element || element.closest("svg")) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 18.6) found.push(`${element.tagName.toLowerCase()} ${size}px: ${text.slice(0, 40)}`);
      }
      return found;
    });
    for (const line of small.slice(0, 5)) console.error(`${name}: print text under 14 pt: ${line}`);
    problems += small.length;
  }
  await tab.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  for (const made of [png, pdf]) {
    if (statSync(made).size < 1000) {
      console.error(`${name}: ${made} is suspiciously small`);
      problems += 1;
    }
  }
  console.log(`${name}: ${results.violations.length} axe violation(s), ${png}, ${pdf}`);
  await tab.close();
  return problems;
}
