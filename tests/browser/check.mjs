// Opens each HTML page given on the command line in real headless Chromium
// (the Debian package; never a browser downloaded by Playwright) and fails
// when the page requests anything outside itself (a page of a horsligne site,
// under a folder holding horsligne-site.json, may request the site's own
// files, its stylesheet), when axe-core reports a
// WCAG 2.1 A/AA violation, or when Chromium cannot print it. Leaves a
// screenshot (PNG) and an A4 PDF of each page in the output directory.
//
//   node check.mjs OUT_DIR page.html [page.html...]

import { existsSync, mkdtempSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
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

// The folder of the horsligne site `file` belongs to, if any.
function siteRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "horsligne-site.json"))) return dir + sep;
  }
  return null;
}

async function check(file) {
  // Pages under OUT_DIR are named by their path there (a site has several index.html).
  const inside = relative(resolve(outDir), file);
  const name = (inside.startsWith("..") ? basename(file) : inside)
    .replace(/\.html$/, "")
    .replaceAll(sep, "-");
  const url = pathToFileURL(file).href;
  const root = siteRoot(file);
  const local = root ? pathToFileURL(root).href : null;
  const tab = await context.newPage();
  const external = [];
  // A self-contained page requests nothing but itself.
  await tab.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    if (local && requested.startsWith(local)) return route.continue();
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
  // Laid out at the width of the A4 page between its margins (210 mm less
  // 2 × 12 mm, at 96 px per inch), as Chromium lays out the PDF below.
  await tab.setViewportSize({ width: 703, height: 1000 });
  const broken = await tab.evaluate(brokenWords);
  for (const word of broken.slice(0, 10)) console.error(`${name}: broken word in print: ${word}`);
  problems += broken.length;
  // Fitting columns to their words must not push a table off the paper.
  const width = await tab.evaluate(() => document.documentElement.scrollWidth);
  if (width > 704) {
    console.error(`${name}: ${width} px wide in print, wider than the A4 page (703 px)`);
    problems += 1;
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

// Every word of the page that the layout splits over two lines other than
// after a hyphen or a soft hyphen, written with a slash where it is split
// (« Gra/vité »). The Chromium of these checks has no hyphenation
// dictionaries, so `hyphens: auto` never breaks a word here: any other split
// is a word cut mid-syllable by a column too narrow. Identifiers and web
// addresses (.id, .url, code) are not words of a language and may wrap.
function brokenWords() {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lineOf = (node, start, end) => {
    range.setStart(node, start);
    range.setEnd(node, end);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    return rects.length ? Math.round(rects[0].top) : null;
  };
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!element || element.closest(".id, .url, code, svg, style, script, title")) continue;
    for (const match of node.textContent.matchAll(/[\p{L}\p{M}\p{N}'’\u00AD-]+/gu)) {
      const start = match.index;
      const end = start + match[0].length;
      range.setStart(node, start);
      range.setEnd(node, end);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size < 2) continue;
      const first = lineOf(node, start, start + 1);
      for (let i = start + 1; i < end; i++) {
        const top = lineOf(node, i, i + 1);
        if (top === null || top === first) continue;
        const before = node.textContent[i - 1];
        if (before !== "-" && before !== "\u00AD") {
          found.push(`${node.textContent.slice(start, i)}/${node.textContent.slice(i, end)}`);
        }
        break;
      }
    }
  }
  return found;
}
