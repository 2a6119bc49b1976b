// Screenshots for the documentation, made by headless Chromium:
//   node docs-images.mjs report.html guide.html OUT_DIR
// OUT_DIR/report.png: the top of the HTML report (summary and charts);
// OUT_DIR/guide-page.png: one A4 page of the guide as printed (print styles).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [report, guide, outDir] = process.argv.slice(2);
if (!report || !guide || !outDir) {
  console.error("usage: node docs-images.mjs report.html guide.html OUT_DIR");
  process.exit(2);
}
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
  viewport: { width: 1000, height: 1250 },
});
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(resolve(report)).href);
  await page.locator("#summary").scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector("#summary").scrollIntoView());
  await page.screenshot({ path: join(outDir, "report.png") });

  // An A4 page at 96 dpi, with the print stylesheet.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: "print" });
  await page.goto(pathToFileURL(resolve(guide)).href);
  await page.evaluate(() => document.querySelector("section.service").scrollIntoView());
  await page.screenshot({ path: join(outDir, "guide-page.png") });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
