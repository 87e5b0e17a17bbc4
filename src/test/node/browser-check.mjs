// Drives Premise's web page in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): runs a named query by clicking, a named query with a parameter, and a
// malformed query, and saves a screenshot. Prints one "ok ..." line per check; exits 1 on the
// first failure. Run by org.premise.web.BrowserPageTest.
//
//   node browser-check.mjs http://localhost:PORT/ path/to/screenshot.png
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const [url, screenshot] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error("usage: node browser-check.mjs URL SCREENSHOT.png");
  process.exit(2);
}

// The flags this machine needs: without the background-networking ones Chromium keeps trying
// hosts the closed network refuses. Playwright takes the fresh profile folder as an option
// (it passes it as --user-data-dir itself and refuses that flag in args).
const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const profile = mkdtempSync(join(tmpdir(), "premise-chromium-"));
const problems = [];

function check(condition, what) {
  if (!condition) throw new Error("check failed: " + what);
  console.log("ok " + what);
}

/** The result table's rows, each an array of cell texts. */
async function rows(page) {
  return page.$$eval("#results-table tbody tr", (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
}

async function runAndWait(page, via) {
  await page.click("#run");
  await page.waitForFunction((v) => document.getElementById("status").textContent.includes("via " + v)
    || !document.getElementById("error").hidden, via, { timeout: 30000 });
  const error = await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent));
  if (error) throw new Error("the page shows an error: " + error);
}

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args, viewport: { width: 1280, height: 860 } });
  const page = context.pages()[0] ?? await context.newPage();
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  // Chromium logs every failed request; the one 400 this script provokes is expected.
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 400 \(Bad Request\)/.test(m.text())) problems.push("console error: " + m.text());
  });
  // The page must load nothing from anywhere but the server.
  page.on("request", (r) => { if (!r.url().startsWith(url)) problems.push("request elsewhere: " + r.url()); });

  await page.goto(url);
  await page.waitForSelector('nav button[data-name="dependencies"]');
  check(true, "page lists the named queries");

  // A query without parameters: its text goes to the SPARQL endpoint.
  await page.click('nav button[data-name="dependencies"]');
  check((await page.textContent("#query-title")) === "Dependencies", "dependencies selected, title from its header");
  await runAndWait(page, "/premise/sparql");
  const dependencies = await rows(page);
  check(dependencies.some(([c, a]) => c === "st:thesis" && a === "st:models-capable"),
    `dependencies: a row thesis | models-capable among ${dependencies.length} rows`);
  check((await page.$$eval("#results-table th", (ths) => ths.map((t) => t.textContent))).join(" ") === "?conclusion ?assumption",
    "dependencies: columns ?conclusion ?assumption");

  // A query with a parameter: the server binds it (/queries/assumptions-of?statement=thesis).
  await page.click('nav button[data-name="assumptions-of"]');
  await page.fill("#param-statement", "thesis");
  await runAndWait(page, "queries/assumptions-of");
  const assumptions = await rows(page);
  check(assumptions.length > 0 && assumptions.some(([a]) => a === "st:models-capable"),
    `assumptions-of statement=thesis: models-capable among ${assumptions.length} rows`);
  check(assumptions.every(([, kind]) => kind === "premise:Assumption" || kind === "premise:Evidence"),
    "assumptions-of: every kind is premise:Assumption or premise:Evidence");
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  check(true, "screenshot saved");

  // A malformed query: Fuseki's 400 and Jena's message are shown, not a blank table.
  await page.click("#own-query");
  await page.fill("#query-text", "SELECT * WHERE { ?s ?p }");
  await page.click("#run");
  await page.waitForSelector("#error:not([hidden])");
  const error = await page.textContent("#error");
  check(/HTTP 400/.test(error) && /line 1, column \d+/i.test(error), "malformed query: HTTP 400 with Jena's message and position");
  check(await page.$eval("#results-card", (e) => e.hidden), "malformed query: no result table");

  check(problems.length === 0, "no page errors, console errors or requests elsewhere" + (problems.length ? ": " + problems.join("; ") : ""));
  console.log("PASS");
} catch (e) {
  console.log("FAIL " + e.message);
  for (const p of problems) console.log("  " + p);
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
