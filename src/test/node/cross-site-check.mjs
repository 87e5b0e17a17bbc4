// Attacks a writable Premise server from headless Chromium as a web page would (issue 10,
// finding 1), and checks that its own page still writes. Prints one "ok ..." line per check;
// exits 1 on the first failure. Run by org.premise.web.CrossSiteBrowserTest.
//
//   node cross-site-check.mjs PORT
//
// The server must answer at http://localhost:PORT/ with --update. The attacker's page at
// http://evil.example/ is made up inside this browser (nothing leaves the machine), and
// evil.example:PORT is mapped to 127.0.0.1 inside this browser only, as DNS rebinding would do.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [port] = process.argv.slice(2);
if (!port) {
  console.error("usage: node cross-site-check.mjs PORT");
  process.exit(2);
}
const own = `http://localhost:${port}`;
const rebound = `http://evil.example:${port}`;

const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--host-resolver-rules=MAP evil.example 127.0.0.1"];
const profile = mkdtempSync(join(tmpdir(), "premise-chromium-"));

function check(condition, what) {
  if (!condition) throw new Error("check failed: " + what);
  console.log("ok " + what);
}

/** Runs a SPARQL update from the page's own script; the HTTP status. */
async function postUpdate(page, endpoint, update) {
  return page.evaluate(async ([endpoint, update]) => {
    const r = await fetch(endpoint, { method: "POST", body: new URLSearchParams({ update }) });
    return r.status;
  }, [endpoint, update]);
}

async function ask(page, query) {
  return page.evaluate(async (query) => {
    const r = await fetch("premise/sparql?query=" + encodeURIComponent(query), { headers: { Accept: "application/sparql-results+json" } });
    return (await r.json()).boolean;
  }, query);
}

let context;
try {
  context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args });
  const page = context.pages()[0] ?? await context.newPage();

  await page.goto(own + "/");
  check(await postUpdate(page, "premise/update", 'INSERT DATA { <urn:browser:own> <urn:browser:p> "page" }') === 200,
    "the server's own page may POST an update (same origin)");
  check(await ask(page, "ASK { <urn:browser:own> ?p ?o }") === true, "and the write is stored");

  // The classic cross-site write: a form on another site's page, posted to the server.
  await context.route("http://evil.example/**", (route) => route.fulfill({ contentType: "text/html",
    body: "<!doctype html><title>Cute cats</title><p>Nothing to see here.</p>" }));
  const attacker = await context.newPage();
  await attacker.goto("http://evil.example/cats.html");
  const [answer] = await Promise.all([
    attacker.waitForNavigation(),
    attacker.evaluate((action) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.action = action;
      const field = document.createElement("input");
      field.name = "update";
      field.value = 'INSERT DATA { <urn:browser:evil> <urn:browser:p> "attack" }';
      form.appendChild(field);
      document.body.appendChild(form);
      form.submit();
    }, own + "/premise/update")]);
  const refusal = await attacker.textContent("body");
  check(answer.status() === 403 && /cross-origin/.test(refusal), "another site's form POST is refused: HTTP " + answer.status() + " " + refusal.trim());
  check(await ask(page, "ASK { <urn:browser:evil> ?p ?o }") === false, "and the cross-site write is not stored");

  const rebinding = await context.newPage();
  const response = await rebinding.goto(rebound + "/premise/sparql?query=" + encodeURIComponent("ASK { ?s ?p ?o }"));
  check(response.status() === 421, "a page at evil.example, re-pointed at 127.0.0.1, cannot read (HTTP " + response.status() + ")");
  console.log("PASS");
} catch (e) {
  console.log("FAIL " + e.message);
  process.exitCode = 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
