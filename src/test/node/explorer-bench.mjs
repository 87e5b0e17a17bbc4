// Times the explorer's first drawing in headless Chromium for two servers side by side, in turns
// (A B A B ...), so that a drift in the machine's speed touches both alike:
//   node explorer-bench.mjs --a http://127.0.0.1:PORT_A/ --b http://127.0.0.1:PORT_B/ [--runs N]
// Each run is a fresh page: from navigation start to the map drawn (the explorer's ready promise),
// with the explorer's own split (its /premise/map request, then layout and drawing). Prints one
// line per run and the medians with the ratio A/B. Not a test: a benchmark (docs/benchmarks.md).
import { chromium } from "playwright-core";

const options = { runs: "5" };
for (let i = 2; i < process.argv.length; i += 2) options[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
if (!options.a || !options.b) {
  console.error("usage: node explorer-bench.mjs --a URL --b URL [--runs N]");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
const times = { a: [], b: [] };
const median = (xs) => xs.slice().sort((x, y) => x - y)[Math.floor(xs.length / 2)];
try {
  for (let i = 0; i < Number(options.runs); i++) {
    for (const side of ["a", "b"]) {
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      await page.goto(options[side]);
      await page.waitForFunction(() => window.premiseExplorer && window.premiseExplorer.state().timing, null, { timeout: 120000 });
      const f = await page.evaluate(() => ({ total: Math.round(performance.now()), ...window.premiseExplorer.state().timing,
        drawn: window.premiseExplorer.cy().nodes(".statement").length }));
      times[side].push(f.total);
      console.log(`run ${i + 1} ${side}: ${f.total} ms to the map drawn (/premise/map ${f.fetch} ms, layout and drawing ${f.draw} ms, ${f.drawn} statements)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
const a = median(times.a), b = median(times.b);
console.log(`median a ${a} ms, b ${b} ms, a/b ${(a / b).toFixed(2)}`);
