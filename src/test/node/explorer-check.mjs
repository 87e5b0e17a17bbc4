// Drives Premise's explorer (the page at /) in headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): the seed's map with every statement's label, the what-if toggles recolouring it
// in place, reset, the state in the URL surviving a reload, the side panel; a statement whose text
// is markup shown as text; and, as a benchmark (no time limit), how long a 2 000-statement map takes
// to draw. Prints one "ok ..." line per check and "benchmark: ..." lines; exits 1 on the first failure.
// Run by org.premise.web.ExplorerBrowserTest; also makes the README's screenshots:
//
//   node explorer-check.mjs --seed http://127.0.0.1:PORT/ --shots DIR [--markup URL] [--large URL]
//
// writes DIR/explorer-seed.png and DIR/explorer-whatif.png.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const options = {};
for (let i = 2; i < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
if (!options.seed || !options.shots) {
  console.error("usage: node explorer-check.mjs --seed URL --shots DIR [--markup URL] [--large URL]");
  process.exit(2);
}

const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const profile = mkdtempSync(join(tmpdir(), "premise-chromium-"));
const problems = [];

function check(condition, what) {
  if (!condition) throw new Error("check failed: " + what);
  console.log("ok " + what);
}

/** A page that records errors, dialogs and requests to anywhere but its server. */
async function open(context, base) {
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  page.on("dialog", async (d) => { problems.push("a dialog opened: " + d.message()); await d.dismiss(); });
  page.on("request", (r) => { if (!r.url().startsWith(base) && !/^(blob|data):/.test(r.url())) problems.push("request elsewhere: " + r.url()); });
  return page;
}

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.premiseExplorer, null, { timeout: 30000 });
  await page.evaluate(() => window.premiseExplorer.ready);
  const error = await page.$eval("#error", (e) => (e.hidden ? "" : e.textContent));
  if (error) throw new Error("the page shows an error: " + error);
}

const statusOf = (page, key) => page.evaluate((k) => window.premiseExplorer.statusOf(k), key);
const listed = (page, list) => page.$$eval(`#${list} li`, (lis) => lis.map((li) => li.getAttribute("data-key")));

async function toggle(page, key, state) {
  await page.click(`#leaf-list .toggle[data-key="${key}"] button[data-state="${state}"]`);
}

async function seed(context) {
  const base = options.seed;
  const page = await open(context, base);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await load(page, base);

  // The map shows every statement of the seed with its label (or its text where it has none).
  const map = await page.evaluate(() => fetch("premise/map").then((r) => r.json()));
  const drawn = await page.evaluate(() => window.premiseExplorer.drawnStatements());
  const byId = new Map(drawn.map((s) => [s.id, s]));
  const labelled = map.statements.filter((s) => s.label);
  check(map.statements.length === 21 && drawn.length === 21 && map.statements.every((s) => byId.has(s.id))
    && labelled.every((s) => byId.get(s.id).caption === s.label),
    `the map shows all ${drawn.length} statements with their labels (${labelled.length} labelled)`);
  const questions = await page.evaluate(() => window.premiseExplorer.cy().nodes(".question").length);
  check(questions === map.questions.length && map.arguments.length > 0
    && await page.evaluate(() => window.premiseExplorer.cy().nodes(".junction").length) === map.arguments.length,
    `open questions (${questions}) and arguments as junctions (${map.arguments.length}) are drawn`);
  const attacks = await page.evaluate(() => ({ undercut: window.premiseExplorer.cy().edges(".undercut").length,
    rebut: window.premiseExplorer.cy().edges(".rebut").length }));
  check(attacks.undercut === map.attacks.filter((a) => a.kind === "undercut").length
    && attacks.rebut === map.attacks.filter((a) => a.kind === "rebut").length,
    `undercuts (${attacks.undercut}) and rebuts (${attacks.rebut}) are distinct edges`);
  check(await statusOf(page, "thesis") === "in", "thesis is in before any what-if");
  mkdirSync(options.shots, { recursive: true });
  await page.screenshot({ path: join(options.shots, "explorer-seed.png") });

  // Search over text and keys.
  await page.fill("#search", "linear in hindsight");
  await page.waitForFunction(() => document.getElementById("search-count").textContent !== "");
  const matched = await page.evaluate(() => window.premiseExplorer.cy().nodes(".match").map((n) => n.data("key")));
  check(matched.length === 1 && matched[0] === "thesis", "search: 'linear in hindsight' finds thesis only");
  await page.fill("#search", "");
  await page.waitForFunction(() => document.getElementById("search-count").textContent === "");

  // Retracting models-capable takes the thesis: recoloured in place, listed under lost support.
  await toggle(page, "models-capable", "retracted");
  await page.waitForFunction(() => window.premiseExplorer.statusOf("thesis") === "out", null, { timeout: 15000 });
  check(true, "retracting models-capable turns thesis from in to out");
  check((await listed(page, "diff-lost")).includes("thesis"), "thesis is listed under lost support");
  check((await listed(page, "diff-status")).includes("thesis"), "thesis is listed under status changes");
  check(await page.evaluate(() => window.premiseExplorer.cy().nodes(".lost").map((n) => n.data("key")).includes("thesis")),
    "thesis is marked as having lost its support on the map");
  check(new URL(page.url()).hash === "#retract=models-capable", "the URL holds the what-if: " + new URL(page.url()).hash);
  // The side panel of the thesis: its text, appearances and derivations.
  await page.evaluate(() => window.premiseExplorer.cy().getElementById("https://w3id.org/premise/statement/thesis").emit("tap"));
  await page.waitForSelector("#details-derivations", { timeout: 15000 });
  // Closer in for the picture: the thesis and what it rests on.
  await page.evaluate(() => { const cy = window.premiseExplorer.cy(); cy.zoom(0.85); cy.center(cy.getElementById("https://w3id.org/premise/statement/lossy-regime")); });
  const panel = await page.$eval("#details", (d) => d.textContent);
  check(panel.includes("AI progress will likely appear more linear than exponential") && panel.includes("key takeaway 1")
    && panel.includes("depends-on-transitive"), "clicking thesis shows its text, appearances and derivations");
  await page.screenshot({ path: join(options.shots, "explorer-whatif.png") });

  // The URL reproduces the what-if after a reload.
  await page.reload();
  await page.waitForFunction(() => window.premiseExplorer, null, { timeout: 30000 });
  await page.evaluate(() => window.premiseExplorer.ready);
  check(await statusOf(page, "thesis") === "out" && (await listed(page, "diff-lost")).includes("thesis")
    && await page.$eval('#leaf-list .toggle[data-key="models-capable"] button[data-state="retracted"]', (b) => b.getAttribute("aria-pressed")) === "true",
    "after a reload the URL reproduces the what-if (thesis out, listed, toggle on retract)");

  // Reset restores the knowledge base as it stands.
  await page.click("#reset");
  await page.waitForFunction(() => window.premiseExplorer.statusOf("thesis") === "in", null, { timeout: 15000 });
  check(await page.evaluate(() => window.premiseExplorer.cy().nodes(".lost, .changed, .retracted").length) === 0
    && (await page.$$("#diff li")).length === 0 && new URL(page.url()).hash.indexOf("retract") < 0,
    "reset restores every status and clears the diff and the URL");

  // Retracting political-allocation leaves the thesis in: it keeps support through alternatives.
  await toggle(page, "political-allocation", "retracted");
  await page.waitForFunction(() => document.querySelector("#diff-kept, #diff-lost") !== null, null, { timeout: 15000 });
  check(await statusOf(page, "thesis") === "in" && !(await listed(page, "diff-lost")).includes("thesis")
    && (await listed(page, "diff-kept")).includes("thesis"),
    "retracting political-allocation leaves thesis in (kept support through alternatives)");
  await toggle(page, "political-allocation", "as-is");
  await page.waitForFunction(() => document.querySelectorAll("#diff li").length === 0, null, { timeout: 15000 });
  check(true, "setting political-allocation back to 'as is' clears the what-if");
  await page.close();
}

async function markup(context) {
  const base = options.markup;
  const page = await open(context, base);
  await load(page, base);
  const payload = "<img src=x onerror=alert(1)>";
  const drawn = await page.evaluate(() => window.premiseExplorer.drawnStatements());
  const node = drawn.find((s) => s.key === "markup");
  check(node && node.caption === payload, "a statement whose text is markup is drawn with that text as its caption");
  const leaf = await page.$eval('#leaf-list li[data-key="markup"] .caption', (b) => b.textContent);
  check(leaf === payload, "the leaf list shows the markup as text");
  await page.evaluate((id) => window.premiseExplorer.cy().getElementById(id).emit("tap"), node.id);
  await page.waitForSelector("#details-text", { timeout: 15000 });
  check(await page.$eval("#details-text", (p) => p.textContent) === payload, "the side panel shows the markup as text");
  await page.fill("#search", "onerror");
  await page.waitForFunction(() => document.getElementById("search-count").textContent !== "");
  await page.waitForTimeout(300);
  check(await page.evaluate(() => document.querySelectorAll("img").length) === 0
    && !problems.some((p) => p.startsWith("a dialog opened")), "no img element was made and no script ran (no dialog)");
  await page.close();
}

async function large(context) {
  const base = options.large;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const page = await open(context, base);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await load(page, base);
    const figures = await page.evaluate(() => ({ sinceNavigation: Math.round(performance.now()), ...window.premiseExplorer.state().timing,
      drawn: window.premiseExplorer.cy().nodes(".statement").length, collapsedNodes: window.premiseExplorer.cy().nodes(".collapsed").length }));
    figures.note = await page.$eval("#collapsed-note", (n) => (n.hidden ? "" : n.textContent));
    runs.push(figures);
    if (i === 0) await page.screenshot({ path: join(options.shots, "explorer-2000.png") });
    await page.close();
  }
  const first = runs[0];
  check(first.drawn > 0 && first.collapsedNodes > 0 && first.note.includes("not drawn"),
    `2 000 statements: ${first.drawn} drawn, the rest collapsed and said so ("${first.note.slice(0, 80)}…")`);
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`benchmark: 2000-statement map in headless Chromium, 3 fresh page loads: navigation to map drawn `
    + `${runs.map((r) => r.sinceNavigation).join(", ")} ms (median ${median(runs.map((r) => r.sinceNavigation))}); `
    + `of which /premise/map ${runs.map((r) => r.fetch).join(", ")} ms and layout + drawing ${runs.map((r) => r.draw).join(", ")} ms`);
}

let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args, viewport: { width: 1600, height: 1000 } });
  await seed(context);
  if (options.markup) await markup(context);
  if (options.large) await large(context);
  check(problems.length === 0, "no page errors, console errors, dialogs or requests elsewhere" + (problems.length ? ": " + problems.join("; ") : ""));
  console.log("PASS");
} catch (e) {
  console.log("FAIL " + e.message);
  for (const p of problems) console.log("  " + p);
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
