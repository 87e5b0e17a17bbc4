// Drives Premise's SPARQL page (/sparql.html: YASQE and YASR) in headless Chromium (Debian's
// /usr/bin/chromium through playwright-core): opens the SPARQL URL the server prints (a browser
// is sent to the page), runs a named query by clicking, a named query with a parameter, a
// CONSTRUCT (shown as Turtle), a download, and a malformed query, and saves a screenshot.
// Prints one "ok ..." line per check; exits 1 on the first failure. Run by
// org.premise.web.BrowserPageTest and ServeEndToEndIT.
//
//   node browser-check.mjs http://localhost:PORT/ path/to/screenshot.png
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
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

/** The result table's rows (YASR's table), each an array of cell texts without the row number. */
async function rows(page) {
  return page.$$eval("#results table.dataTable tbody tr", (trs) => trs.map((tr) => [...tr.cells].slice(1).map((td) => td.textContent.trim())));
}

/** Replaces the editor's text (YASQE is a CodeMirror 5 editor). */
async function setQuery(page, text) {
  await page.evaluate((t) => document.querySelector("#editor .CodeMirror").CodeMirror.setValue(t), text);
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
    executablePath: "/usr/bin/chromium", headless: true, args, acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  const page = context.pages()[0] ?? await context.newPage();
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  // Chromium logs every failed request; the one 400 this script provokes is expected.
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 400 \(Bad Request\)/.test(m.text())) problems.push("console error: " + m.text());
  });
  // The page must load nothing from anywhere but the server.
  page.on("request", (r) => { if (!r.url().startsWith(url) && !/^(blob|data):/.test(r.url())) problems.push("request elsewhere: " + r.url()); });

  // The SPARQL URL the server prints, opened in a browser, shows the SPARQL page.
  await page.goto(url + "premise/sparql");
  check(new URL(page.url()).pathname === "/sparql.html", "the printed SPARQL URL opens the SPARQL page in a browser");
  await page.waitForSelector('nav.queries button[data-name="dependencies"]');
  check(await page.$("#editor .CodeMirror") !== null, "page lists the named queries, editor is YASQE");

  // A query without parameters: its text goes to the SPARQL endpoint.
  await page.click('nav.queries button[data-name="dependencies"]');
  check((await page.textContent("#query-title")) === "Dependencies", "dependencies selected, title from its header");
  await runAndWait(page, "/premise/sparql");
  const dependencies = await rows(page);
  check(dependencies.some(([c, a]) => c === "st:thesis" && a === "st:models-capable"),
    `dependencies: a row thesis | models-capable among ${dependencies.length} rows`);
  const columns = await page.$$eval("#results table.dataTable thead th", (ths) => ths.map((t) => t.textContent.trim()).filter((t) => t));
  check(columns.join(" ") === "conclusion assumption", "dependencies: columns conclusion assumption");
  check(await page.$$eval("#editor .cm-keyword", (ks) => ks.some((k) => k.textContent.toUpperCase() === "SELECT")),
    "the editor highlights SPARQL keywords");

  // A download of the same results as CSV, from the server in that format.
  await page.selectOption("#download-format", "csv");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const csv = readFileSync(await download.path(), "utf8");
  check(download.suggestedFilename() === "dependencies.csv" && csv.startsWith("conclusion,assumption")
    && csv.includes("https://w3id.org/premise/statement/thesis,https://w3id.org/premise/statement/models-capable"),
    "download: dependencies.csv is the server's CSV");

  // A query with a parameter: the server binds it (/queries/assumptions-of?statement=thesis).
  await page.click('nav.queries button[data-name="assumptions-of"]');
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

  // A CONSTRUCT: shown as the Turtle the server sent, with the status finished (issue 9: it
  // used to show a red error box with the status stuck at "Running…").
  await page.click("#own-query");
  await setQuery(page, "PREFIX st: <https://w3id.org/premise/statement/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    + "CONSTRUCT { st:thesis rdfs:label ?label } WHERE { st:thesis rdfs:label ?label }");
  await runAndWait(page, "/premise/sparql");
  const turtle = await page.textContent("#results .CodeMirror");
  const status = await page.textContent("#status");
  check(/st:thesis\s+rdfs:label\s+"AI progress will look linear in hindsight/.test(turtle.replace(/\s+/g, " ")),
    "CONSTRUCT: the answer is shown as Turtle");
  check(/^Turtle, 1 triple in \d+ ms, via \/premise\/sparql$/.test(status), "CONSTRUCT: status " + JSON.stringify(status));
  const formats = await page.$$eval("#download-format option", (os) => os.map((o) => o.textContent));
  check(formats.join(",") === "Turtle,N-Triples,JSON-LD", "CONSTRUCT: downloads offered as Turtle, N-Triples, JSON-LD");

  // A malformed query: Fuseki's 400 and Jena's message are shown, not a blank table.
  await setQuery(page, "SELECT * WHERE { ?s ?p }");
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
