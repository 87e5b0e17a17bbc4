// Premise explorer: credences (issue 12). With the "Credences" box ticked, each conclusion shows
// P(in) under its key, each leaf a credence slider (0 to 1, step 0.05), and the selected
// statement's panel its P(in), P(supported) (exact, or sampled with a 95% interval) and the
// leaves to check first. Figures come from GET /premise/credence, which answers what
// `premise credence --format json` prints. The mode and the sliders live in the URL hash
// (credences=on, credence=KEY=P), so a link reproduces them; "Reset what-if" clears them.
// Data is inserted as text only.
(function () {
  "use strict";
  const explorer = window.premiseExplorer;
  if (!explorer || !explorer.hooks) return;
  const $ = (id) => document.getElementById(id);
  const DEBOUNCE_MS = 250;
  const styled = new WeakSet(); // the maps (a new one per redraw) given the style that shows P(in)

  const state = { on: false, given: new Map(), result: null, request: 0, timer: null };
  const initial = new URLSearchParams((explorer.initialHash || "").replace(/^#/, ""));
  state.on = initial.get("credences") === "on";
  for (const item of initial.getAll("credence")) {
    const eq = item.lastIndexOf("=");
    const p = Number(item.slice(eq + 1));
    if (eq > 0 && item.slice(eq + 1) !== "" && p >= 0 && p <= 1) state.given.set(item.slice(0, eq), p);
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  }

  /** A probability as shown: three decimals, "≈" before a sampled one. */
  function shown(figure, method) {
    return (method === "sampled" ? "≈" : "") + figure.probability.toFixed(3);
  }

  function rewriteHash() {
    // explorer.js writes the whole hash; its hash hook adds ours.
    const p = new URLSearchParams(location.hash.replace(/^#/, ""));
    p.delete("credences");
    p.delete("credence");
    addTo(p);
    const hash = p.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function addTo(p) {
    if (state.on) p.set("credences", "on");
    for (const k of [...state.given.keys()].sort()) p.append("credence", k + "=" + state.given.get(k));
  }

  function credenceOf(key) {
    if (state.given.has(key)) return state.given.get(key);
    const c = state.result && state.result.credences[key];
    return c ? c.credence : 0.5;
  }

  function sliders() {
    if (!state.on) { // made only once the mode is on: a large map's leaf list stays as it was
      document.querySelectorAll("#leaf-list .credence").forEach((box) => { box.hidden = true; });
      return;
    }
    document.querySelectorAll("#leaf-list > li[data-key]").forEach((li) => {
      const key = li.getAttribute("data-key");
      let box = li.querySelector(".credence");
      if (!box) {
        const input = el("input", { type: "range", min: "0", max: "1", step: "0.05", "aria-label": "credence of " + key });
        const output = el("output", { "aria-live": "off" });
        box = el("span", { class: "credence", "data-key": key }, input, output);
        input.addEventListener("input", () => {
          state.given.set(key, Number(input.value));
          output.textContent = Number(input.value).toFixed(2);
          rewriteHash();
          schedule();
        });
        li.append(box);
      }
      box.hidden = !state.on;
      const value = credenceOf(key);
      box.querySelector("input").value = String(value);
      box.querySelector("output").textContent = value.toFixed(2);
    });
  }

  function schedule() {
    clearTimeout(state.timer);
    state.timer = setTimeout(refresh, DEBOUNCE_MS);
  }

  async function refresh() {
    const request = ++state.request;
    if (!state.on) {
      state.result = null;
      label();
      return;
    }
    const s = explorer.state();
    const params = new URLSearchParams();
    for (const k of [...state.given.keys()].sort()) params.append("credence", k + "=" + state.given.get(k));
    for (const k of s.retract) params.append("retract", k);
    for (const k of s.assume) params.append("assume", k);
    try {
      const response = await fetch("premise/credence?" + params, { headers: { Accept: "application/json" } });
      const text = await response.text();
      if (!response.ok) throw new Error(text.trim());
      if (request !== state.request) return;
      state.result = JSON.parse(text);
      $("credence-error") && $("credence-error").remove();
    } catch (e) {
      if (request !== state.request) return;
      state.result = null;
      if (!$("credence-error")) $("leaf-list").before(el("p", { id: "credence-error", class: "error-box" }, ""));
      $("credence-error").textContent = "Credences: " + e.message;
    }
    label();
    sliders();
    const selected = explorer.state().selected;
    const panel = $("details");
    if (selected && panel && !panel.hidden) details(panel, selected);
  }

  /** P(in) under each conclusion's key (a class and a data field the style below shows). */
  function label() {
    const cy = explorer.cy();
    if (!cy) return;
    if (!styled.has(cy)) {
      styled.add(cy);
      cy.style().selector("node.statement.credence").style({ label: "data(credenceDisplay)" }).update();
    }
    const figures = new Map();
    for (const p of (state.result && state.result.probabilities) || []) figures.set(p.statement, p);
    cy.nodes(".statement").forEach((n) => {
      const p = figures.get(n.data("key"));
      if (p && !n.hasClass("retracted") && !n.hasClass("assumed")) {
        n.data("credenceDisplay", n.data("display") + "\nP(in) " + shown(p.in, p.method));
        n.data("pIn", shown(p.in, p.method));
        n.addClass("credence");
      } else {
        n.removeData("pIn");
        n.removeClass("credence");
      }
    });
  }

  function details(panel, key) {
    panel.querySelectorAll(".credence-details").forEach((e) => e.remove());
    if (!state.on || !state.result) return;
    const p = state.result.probabilities.find((x) => x.statement === key);
    const box = el("div", { class: "credence-details" });
    if (!p) {
      const c = state.result.credences[key];
      if (c) box.append(el("p", null, "Credence " + c.credence.toFixed(2) + " (" + c.source + ")"));
      if (box.childElementCount) panel.append(box);
      return;
    }
    const interval = (f) => p.method === "sampled" ? " [" + f.low.toFixed(3) + ", " + f.high.toFixed(3) + "]" : "";
    box.append(el("h3", null, "How likely"));
    box.append(el("p", { class: "credence-figures" },
        "P(in) " + shown(p.in, p.method) + interval(p.in) + " · P(supported) " + shown(p.supported, p.method)
        + interval(p.supported) + " (" + p.method + (p.samples ? ", " + p.samples + " worlds" : "") + ")"));
    const top = (p.sensitivities || []).slice(0, 3);
    if (top.length) {
      box.append(el("p", { class: "credence-check" },
          "Check first: " + top.map((x) => x.leaf + " " + x.in.toFixed(2)).join(", ")));
    }
    panel.append(box);
  }

  function setMode(on) {
    state.on = on;
    rewriteHash();
    sliders();
    refresh();
  }

  explorer.hooks.hash.push(addTo);
  explorer.hooks.leaves.push(() => { sliders(); schedule(); });
  explorer.hooks.whatIf.push(schedule);
  explorer.hooks.details.push(details);
  explorer.hooks.reset.push(() => { state.given.clear(); sliders(); schedule(); });

  const box = $("credences");
  if (box) {
    box.checked = state.on;
    box.addEventListener("change", () => setMode(box.checked));
  }
  explorer.ready.then(() => {
    sliders();
    refresh();
  });

  // For tests: the figure shown under a statement's key, or null.
  explorer.credence = { shown: (key) => { const cy = explorer.cy(); const n = cy && cy.nodes(".statement").filter((x) => x.data("key") === key);
    return n && n.nonempty() && n.hasClass("credence") ? n.data("pIn") : null; }, settled: () => state.request };
})();
