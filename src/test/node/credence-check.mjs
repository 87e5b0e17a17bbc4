// Drives the explorer's credences (assets/credence.js) in headless Chromium (Debian's /usr/bin/chromium
// through playwright-core) against the seed: the mode is off by default (no figure under any key);
// ticking "Credences" shows thesis's P(in) as `premise credence` computes it; moving
// political-allocation's slider to 1 makes it P(models-capable) = 0.5; a reload keeps it (the URL);
// reset clears it. Prints one "ok ..." line per check; exits 1 on the first failure.
// Run by org.premise.web.CredenceBrowserTest:
//
//   node credence-check.mjs --seed http://127.0.0.1:PORT/ --expect-thesis 0.496
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const options = {};
for (let i = 2; i < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
if (!options.seed || !options["expect-thesis"]) {
  console.error("usage: node credence-check.mjs --seed URL --expect-thesis FIGURE");
  process.exit(2);
}
const base = options.seed;
const problems = [];

function check(condition, what) {
  if (!condition) throw new Error("check failed: " + what);
  console.log("ok " + what);
}

async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.premiseExplorer && window.premiseExplorer.credence, null, { timeout: 30000 });
  await page.evaluate(() => window.premiseExplorer.ready);
}

/** The figure under thesis's key once it is `expected` (or the last one seen, after 20 s). */
async function shown(page, expected) {
  try {
    await page.waitForFunction((e) => window.premiseExplorer.credence.shown("thesis") === e, expected, { timeout: 20000 });
  } catch (e) { /* reported by the check */ }
  return page.evaluate(() => window.premiseExplorer.credence.shown("thesis"));
}

const profile = mkdtempSync(join(tmpdir(), "premise-chromium-"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
let failed = false;
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => { if (m.type() === "error") problems.push("console error: " + m.text()); });
  await load(page, base);
  check(await page.evaluate(() => window.premiseExplorer.credence.shown("thesis")) === null
    && await page.$eval("#credences", (b) => !b.checked)
    && await page.$$eval("#leaf-list .credence", (s) => s.every((x) => x.hidden)),
    "credences are off by default: no figure under thesis, sliders hidden");

  await page.check("#credences");
  const expected = options["expect-thesis"];
  const first = await shown(page, expected);
  check(first === expected, `with credences on thesis shows P(in) ${first} (expected ${expected})`);

  const slider = '#leaf-list .credence[data-key="political-allocation"] input';
  await page.$eval(slider, (input) => { input.value = "1"; input.dispatchEvent(new Event("input", { bubbles: true })); });
  const moved = await shown(page, "0.500");
  check(moved === "0.500", `political-allocation at 1 makes thesis P(in) ${moved} (= P(models-capable) 0.5)`);
  check(decodeURIComponent(page.url()).includes("credence=political-allocation=1"), "the slider is in the URL: " + page.url());

  await page.evaluate(() => window.premiseExplorer.cy().getElementById(
    window.premiseExplorer.drawnStatements().find((s) => s.key === "thesis").id).emit("tap"));
  await page.waitForSelector("#details .credence-check", { timeout: 20000 });
  const details = await page.$eval("#details .credence-details", (d) => d.textContent);
  check(/P\(in\) 0\.500/.test(details) && /P\(supported\)/.test(details) && /exact/.test(details) && /Check first: models-capable/.test(details),
    "thesis's panel shows P(in), P(supported), the method and what to check first: " + details);

  const url = page.url();
  await page.goto("about:blank");
  await load(page, url);
  const reloaded = await shown(page, "0.500");
  check(reloaded === "0.500" && await page.$eval(slider, (i) => i.value) === "1",
    "after a reload the URL reproduces the credences (thesis 0.500, the slider at 1)");

  await page.click("#reset");
  const reset = await shown(page, expected);
  check(reset === expected && !page.url().includes("credence=") && await page.$eval(slider, (i) => i.value) === "0.5",
    `reset clears the sliders and the URL (thesis back to ${reset})`);
  check(problems.length === 0, "no page errors or console errors" + (problems.length ? ": " + problems.join("; ") : ""));
  console.log("PASS");
} catch (e) {
  console.log("FAIL " + e.message);
  failed = true;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
