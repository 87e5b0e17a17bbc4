// Premise's explorer (index.html): the argument map of GET /premise/map drawn with Cytoscape.js and
// placed where the server's ELK layout put it, as `premise draw` does (layered: premises below what they support); a side panel per statement from GET /premise/statement; a retract / assume
// toggle on every leaf, answered by GET /premise/whatif and shown by recolouring the map in place.
// The state (document, what-if, selection, search) is in the URL's fragment, so a what-if can be
// linked. Every text from the server goes into the page as text (textContent, Cytoscape labels
// drawn on a canvas), never as markup; Cytoscape selectors are never built from data.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const STATES = [["as-is", "as is"], ["retracted", "retract"], ["assumed", "assume"]];
  const state = {
    document: "", grouping: "none", retract: new Set(), assume: new Set(), selected: null, search: "",
    map: null, prefixes: {}, byName: new Map(), whatIf: null, request: 0,
  };
  let cy = null;
  let resolveReady;
  // Resolved when the first map is drawn and the what-if from the URL is applied (for tests and scripts).
  const ready = new Promise((r) => { resolveReady = r; });

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  function showError(title, message) {
    $("error").replaceChildren(el("strong", null, title), message);
    $("error").hidden = false;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${url.split("?")[0]} answered ${response.status}: ${body.trim()}`);
    return JSON.parse(body);
  }

  // ---- the state in the URL ---------------------------------------------------------------

  // Hooks for assets/credence.js (and other add-ons): each a list of functions called in order.
  const hooks = { hash: [], leaves: [], details: [], reset: [], whatIf: [] };
  const initialHash = location.hash;

  function readHash() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ""));
    state.document = p.get("document") || "";
    state.grouping = ["none", "document", "section"].includes(p.get("group")) ? p.get("group") : "none";
    state.retract = new Set(p.getAll("retract"));
    state.assume = new Set(p.getAll("assume"));
    state.selected = p.get("select");
    state.search = p.get("q") || "";
  }

  function writeHash() {
    const p = new URLSearchParams();
    if (state.document) p.set("document", state.document);
    if (state.grouping !== "none") p.set("group", state.grouping);
    for (const k of [...state.retract].sort()) p.append("retract", k);
    for (const k of [...state.assume].sort()) p.append("assume", k);
    if (state.selected) p.set("select", state.selected);
    if (state.search) p.set("q", state.search);
    hooks.hash.forEach((f) => f(p));
    const hash = p.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  // ---- names: what the what-if JSON says (a key, st:x or <IRI>) to the map's ids -------------

  /** The name of a statement the server takes and answers with: its key, else its IRI in brackets. */
  function nameOf(s) {
    return s.key || "<" + s.id + ">";
  }

  function indexNames(map) {
    state.byName = new Map();
    for (const s of [...map.statements, ...map.questions]) {
      if (s.key) state.byName.set(s.key, s.id);
      state.byName.set("<" + s.id + ">", s.id);
      for (const [prefix, ns] of Object.entries(state.prefixes)) {
        if (s.id.startsWith(ns)) state.byName.set(prefix + ":" + s.id.slice(ns.length), s.id);
      }
    }
  }

  function idOf(name) {
    return state.byName.get(name) || null;
  }

  function statementOf(name) {
    const id = idOf(name);
    return id && cy ? cy.getElementById(id) : null;
  }

  function captionOf(s) {
    return s.label || s.text || s.key || s.id;
  }

  // ---- the map ----------------------------------------------------------------------------

  async function loadMap() {
    const params = new URLSearchParams();
    if (state.document) params.set("document", state.document);
    params.set("grouping", state.grouping);
    $("map-status").textContent = "Loading the map…";
    const started = performance.now();
    const map = await getJson("premise/map?" + params);
    const fetched = performance.now();
    state.map = map;
    indexNames(map);
    fillDocuments(map.documents);
    showCollapsed(map);
    draw(map);
    listLeaves(map);
    const done = performance.now();
    const timing = { fetch: Math.round(fetched - started), draw: Math.round(done - fetched), total: Math.round(done - started) };
    state.timing = timing;
    const n = map.statements.length, q = map.questions.length;
    $("map-status").textContent = `${n} statements, ${q} open questions, ${map.arguments.length} arguments`
      + (map.truncated ? ` (${map.collapsed.reduce((sum, c) => sum + c.statements, 0)} more not drawn)` : "")
      + `; drawn in ${timing.total} ms`;
    $("map-status").title = `answer ${timing.fetch} ms, layout and drawing ${timing.draw} ms`;
    return timing;
  }

  function fillDocuments(documents) {
    const select = $("document");
    if (select.options.length > 1) return;
    for (const d of documents || []) select.append(el("option", { value: d.id }, d.title));
    select.value = state.document;
  }

  function showCollapsed(map) {
    const note = $("collapsed-note");
    if (!map.collapsed.length) { note.hidden = true; return; }
    const hidden = map.collapsed.reduce((sum, c) => sum + c.statements, 0);
    note.replaceChildren(el("strong", null, `${hidden} statements not drawn, to keep the map legible: `),
      ...map.collapsed.map((c, i) => el("span", { class: "collapsed-item" }, (i ? "; " : "") + `${c.what} (${c.statements}): ${c.reason}`)));
    note.hidden = false;
  }

  function shorten(text, max) {
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "…";
  }

  /** A Cytoscape position from a box of the server's layout (its centre). */
  function at(box) {
    return { x: box.x, y: box.y };
  }

  /**
   * The map's elements, placed where the server's layout put them: GET /premise/map lays the map
   * out with ELK as `premise draw` does, and sends each statement's box, wrapped caption and key
   * line, so the page and the picture agree and the browser spends no time on layout.
   */
  function elements(map) {
    const els = [];
    for (const g of map.groups) {
      els.push({ group: "nodes", classes: "group " + g.kind, data: { id: "group:" + g.id, label: g.label, parent: g.parent ? "group:" + g.parent : undefined } });
    }
    for (const s of map.statements) {
      const key = s.keyLines.join(" ");
      els.push({ group: "nodes", classes: ["statement", s.kind, s.leaf ? "leaf" : "", s.implicit ? "implicit" : "", s.linchpin ? "linchpin" : ""].join(" "),
        position: at(s.box),
        data: { id: s.id, key: s.key, caption: captionOf(s), status: s.status, baseStatus: s.status, parent: s.group ? "group:" + s.group : undefined,
                lines: s.lines.join("\n"), keyText: key, display: s.lines.join("\n") + "\n" + key, w: s.box.w, h: s.box.h } });
    }
    for (const q of map.questions) {
      const key = q.keyLines.join(" ");
      els.push({ group: "nodes", classes: "question", position: at(q.box),
        data: { id: q.id, key: q.key, caption: captionOf(q), parent: q.group ? "group:" + q.group : undefined,
                display: q.lines.join("\n") + "\n" + key, w: q.box.w, h: q.box.h } });
      for (const target of q.bearsOn) els.push({ group: "edges", classes: "bears-on", data: { id: "bears:" + q.id + ">" + target, source: q.id, target } });
    }
    for (const a of map.arguments) {
      const junction = "argument:" + a.id;
      const parent = a.group ? "group:" + a.group : undefined;
      els.push({ group: "nodes", classes: "junction", position: at(a.box), data: { id: junction, conclusion: a.conclusion, parent } });
      for (const p of a.premises) els.push({ group: "edges", classes: "premise", data: { id: "premise:" + a.id + ":" + p, source: p, target: junction } });
      els.push({ group: "edges", classes: "supports", data: { id: "supports:" + a.id, source: junction, target: a.conclusion } });
      if (a.hiddenBox) {
        const stub = "hidden:" + a.id;
        els.push({ group: "nodes", classes: "hidden-premises", position: at(a.hiddenBox),
          data: { id: stub, parent, display: a.hiddenText, w: a.hiddenBox.w, h: a.hiddenBox.h } });
        els.push({ group: "edges", classes: "hidden-premises", data: { id: "hidden-edge:" + a.id, source: stub, target: junction } });
      }
    }
    for (const t of map.attacks) {
      els.push({ group: "edges", classes: "attack " + t.kind, data: { id: t.kind + ":" + t.from + ">" + t.to, source: t.from, target: t.to } });
    }
    // What was not drawn: one note each, in a row under the drawing.
    let x = 0;
    map.collapsed.forEach((c, i) => {
      const w = 200;
      els.push({ group: "nodes", classes: "collapsed", position: { x: x + w / 2, y: map.layout.height + 60 },
        data: { id: "collapsed:" + i, display: `+${c.statements} not drawn\n${shorten(c.what, 60)}`, w, h: 44 } });
      x += w + 24;
    });
    return els;
  }

  const STYLE = [
    // The font and sizes of `premise draw`'s SVG, whose boxes the server measured for this text.
    { selector: "node", style: { "font-family": "Helvetica, Arial, sans-serif", "font-size": 10, "text-wrap": "wrap",
      "text-valign": "center", "text-halign": "center", color: "#1d2430", "line-height": 1.2 } },
    // The server wrapped each caption for the SVG's Helvetica: a wider fallback font must not wrap it again.
    { selector: "node[w]", style: { "text-max-width": 1000 } },
    { selector: "node.statement, node.question, node.collapsed", style: { label: "data(display)", width: "data(w)", height: "data(h)", shape: "round-rectangle",
      "background-color": "#ffffff", "border-width": 2, "border-color": "#8a94a6" } },
    { selector: "node.hidden-premises", style: { label: "data(display)", width: "data(w)", height: "data(h)", shape: "rectangle", "font-size": 9,
      "background-opacity": 0, "border-width": 0, color: "#777777" } },
    { selector: "node.statement[status = 'in']", style: { "background-color": "#e3f3e8", "border-color": "#2e7d4f" } },
    { selector: "node.statement[status = 'out']", style: { "background-color": "#fbe4e2", "border-color": "#b3261e" } },
    { selector: "node.statement[status = 'undecided']", style: { "background-color": "#fdf0d5", "border-color": "#a86b00" } },
    { selector: "node.evidence", style: { shape: "rectangle" } },
    { selector: "node.conclusion", style: { "font-weight": "bold" } },
    { selector: "node.prediction", style: { shape: "cut-rectangle" } },
    { selector: "node.definition", style: { shape: "tag" } },
    { selector: "node.implicit", style: { "border-style": "dashed" } },
    { selector: "node.linchpin", style: { "border-width": 5, "border-style": "double", "border-color": "#7a5a00" } },
    { selector: "node.question", style: { shape: "round-octagon", "background-color": "#efe8fb", "border-color": "#6b4fb3" } },
    { selector: "node.collapsed", style: { "background-color": "#f4f6f9", "border-style": "dashed", "border-color": "#8a94a6", color: "#5d6776" } },
    { selector: "node.junction", style: { width: 10, height: 10, shape: "ellipse", "background-color": "#5d6776", label: "" } },
    { selector: "node.group", style: { label: "data(label)", "text-valign": "top", "text-halign": "center", "font-size": 12, "font-weight": "bold",
      color: "#5d6776", "background-color": "#f7f9fc", "background-opacity": 0.6, "border-width": 1, "border-color": "#d9dee6", shape: "round-rectangle",
      padding: 14, "text-margin-y": -4 } },
    { selector: "node.group.loop", style: { "background-color": "#fff6ec", "border-color": "#e0b57a", "border-style": "dashed" } },
    { selector: "node.group.document", style: { "background-opacity": 0.25 } },
    // Right-angled edges (up, across, up), as ELK routes them in `premise draw`'s SVG.
    { selector: "edge", style: { width: 1.5, "line-color": "#8a94a6", "curve-style": "taxi", "taxi-direction": "vertical",
      "target-arrow-color": "#8a94a6", "arrow-scale": 0.9 } },
    { selector: "edge.supports", style: { "target-arrow-shape": "triangle" } },
    { selector: "edge.attack.undercut", style: { "line-color": "#c62828", "line-style": "dashed", "target-arrow-shape": "tee", "target-arrow-color": "#c62828", width: 2 } },
    { selector: "edge.attack.rebut", style: { "line-color": "#e65100", "line-style": "dotted", "target-arrow-shape": "tee", "source-arrow-shape": "tee",
      "target-arrow-color": "#e65100", "source-arrow-color": "#e65100", width: 2 } },
    { selector: "edge.hidden-premises", style: { "line-color": "#999999", "line-style": "dashed" } },
    { selector: "edge.bears-on", style: { "line-color": "#6b4fb3", "line-style": "dotted", "target-arrow-shape": "vee", "target-arrow-color": "#6b4fb3" } },
    // What-if marks.
    { selector: "node.lost", style: { "underlay-color": "#d32f2f", "underlay-opacity": 0.35, "underlay-padding": 7, "underlay-shape": "round-rectangle" } },
    { selector: "node.changed", style: { "underlay-color": "#e69100", "underlay-opacity": 0.35, "underlay-padding": 7, "underlay-shape": "round-rectangle" } },
    { selector: "node.lost.changed", style: { "underlay-color": "#d32f2f" } },
    { selector: "node.retracted", style: { "border-style": "dashed", "border-width": 3, opacity: 0.75, label: "data(marked)" } },
    { selector: "node.assumed", style: { "border-style": "double", "border-width": 5, label: "data(marked)" } },
    { selector: "node.matters-more", style: { "underlay-color": "#6b4fb3", "underlay-opacity": 0.3, "underlay-padding": 7, "underlay-shape": "round-rectangle" } },
    // Search and selection.
    { selector: ".faded", style: { opacity: 0.18 } },
    { selector: "node.match", style: { "border-color": "#2f5d9e", "border-width": 4 } },
    { selector: "node:selected", style: { "overlay-color": "#2f5d9e", "overlay-opacity": 0.12, "overlay-padding": 6 } },
  ];

  /**
   * Draws the map where the server placed it (ELK's layered layout: what a statement rests on is
   * drawn below it). The preset layout is given at creation: without one, Cytoscape would first
   * place everything on a grid.
   */
  function draw(map) {
    const els = elements(map);
    if (cy) cy.destroy();
    cy = cytoscape({ container: $("map"), elements: els, style: STYLE, minZoom: 0.05, maxZoom: 3,
      layout: { name: "preset", fit: true, padding: 24, animate: false },
      boxSelectionEnabled: false, autounselectify: false });
    cy.on("tap", "node.statement, node.question", (e) => select(e.target.id()));
  }

  // ---- leaves and their toggles ------------------------------------------------------------

  function leafState(name) {
    return state.retract.has(name) ? "retracted" : state.assume.has(name) ? "assumed" : "as-is";
  }

  function toggle(name) {
    const current = leafState(name);
    const box = el("span", { class: "toggle", role: "group", "aria-label": "what-if for " + name, "data-key": name });
    for (const [value, label] of STATES) {
      const button = el("button", { type: "button", "data-state": value, "aria-pressed": String(value === current) }, label);
      button.addEventListener("click", () => setLeaf(name, value));
      box.append(button);
    }
    return box;
  }

  function listLeaves(map) {
    const list = $("leaf-list");
    list.replaceChildren();
    const leaves = map.statements.filter((s) => s.leaf).sort((a, b) => captionOf(a).localeCompare(captionOf(b)));
    for (const s of leaves) {
      const caption = el("button", { type: "button", class: "link caption", title: s.text || "" }, captionOf(s));
      caption.addEventListener("click", () => select(s.id));
      list.append(el("li", { "data-key": nameOf(s) }, caption, toggle(nameOf(s))));
    }
    hooks.leaves.forEach((f) => f(list));
  }

  function refreshToggles() {
    document.querySelectorAll(".toggle").forEach((box) => {
      const current = leafState(box.getAttribute("data-key"));
      box.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.getAttribute("data-state") === current)));
    });
  }

  async function setLeaf(name, value) {
    state.retract.delete(name);
    state.assume.delete(name);
    if (value === "retracted") state.retract.add(name);
    if (value === "assumed") state.assume.add(name);
    writeHash();
    refreshToggles();
    await applyWhatIf();
    hooks.whatIf.forEach((f) => f());
  }

  // ---- the what-if --------------------------------------------------------------------------

  async function applyWhatIf() {
    const request = ++state.request;
    if (!state.retract.size && !state.assume.size) {
      if (request === state.request) { state.whatIf = null; recolour(null); showDiff(null); }
      return;
    }
    const params = new URLSearchParams();
    for (const k of [...state.retract].sort()) params.append("retract", k);
    for (const k of [...state.assume].sort()) params.append("assume", k);
    $("whatif-summary").textContent = "Computing…";
    try {
      const whatIf = await getJson("premise/whatif?" + params);
      if (request !== state.request) return;   // a later toggle answered first
      state.whatIf = whatIf;
      recolour(whatIf);
      showDiff(whatIf);
    } catch (e) {
      if (request !== state.request) return;
      showError("The what-if was refused", e.message);
      $("whatif-summary").textContent = "";
    }
  }

  /** Recolours the map in place: statuses after the change, lost support, changed statuses, the questions that matter more. */
  function recolour(whatIf) {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(".statement").forEach((n) => {
        n.data("status", n.data("baseStatus"));
        n.removeClass("lost changed retracted assumed");
      });
      cy.nodes(".question").removeClass("matters-more");
      if (!whatIf) return;
      for (const c of whatIf.statusChanges) {
        const n = statementOf(c.statement);
        if (n && n.nonempty()) n.data("status", c.to).addClass("changed");
      }
      for (const name of whatIf.lostSupport) {
        const n = statementOf(name);
        if (n && n.nonempty()) n.addClass("lost");
      }
      for (const [names, cls, mark] of [[whatIf.retracted, "retracted", "✕ retracted"], [whatIf.assumed, "assumed", "✓ assumed"]]) {
        for (const name of names) {
          const n = statementOf(name);
          if (n && n.nonempty()) n.addClass(cls).data("marked", n.data("lines") + "\n" + mark + (n.data("keyText") ? " · " + n.data("keyText") : ""));
        }
      }
      for (const q of whatIf.questionsMatteringMore) {
        const n = statementOf(q.question);
        if (n && n.nonempty()) n.addClass("matters-more");
      }
    });
  }

  function nameButton(name) {
    const id = idOf(name);
    const s = id ? findStatement(id) : null;
    const button = el("button", { type: "button", class: "link" }, s ? captionOf(s) : name);
    if (id) button.addEventListener("click", () => select(id));
    return el("span", null, button, " ", el("span", { class: "key" }, name));
  }

  function findStatement(id) {
    return state.map && ([...state.map.statements, ...state.map.questions].find((s) => s.id === id) || null);
  }

  function showDiff(whatIf) {
    const diff = $("diff");
    diff.replaceChildren();
    if (!whatIf) {
      $("whatif-summary").textContent = "Nothing retracted or assumed: the map shows the knowledge base as it stands. "
        + "Retract or assume a leaf below, or in a statement's panel.";
      return;
    }
    const change = [];
    if (whatIf.retracted.length) change.push("retract " + whatIf.retracted.join(", "));
    if (whatIf.assumed.length) change.push("assume " + whatIf.assumed.join(", "));
    $("whatif-summary").textContent = "What if: " + change.join("; ") + ". The map shows the result; Reset what-if undoes it.";
    const section = (title, id, items, render) => {
      diff.append(el("h3", null, `${title} (${items.length})`));
      if (!items.length) { diff.append(el("p", { class: "none", id }, "none")); return; }
      const list = el("ul", { id });
      for (const item of items) {
        const li = render(item);
        list.append(li);
      }
      diff.append(list);
    };
    section("Lost all support", "diff-lost", whatIf.lostSupport, (name) => el("li", { "data-key": name }, nameButton(name)));
    section("Status changes", "diff-status", whatIf.statusChanges, (c) =>
      el("li", { "data-key": c.statement }, nameButton(c.statement), " ", el("span", { class: "badge " + c.from }, c.from), " → ",
        el("span", { class: "badge " + c.to }, c.to)));
    section("Kept support only through alternatives", "diff-kept", Object.keys(whatIf.keptSupport), (name) =>
      el("li", { "data-key": name }, nameButton(name), el("div", null, ...whatIf.keptSupport[name].map((set) => chips(set)))));
    section("Open questions that now matter more", "diff-more", whatIf.questionsMatteringMore, (q) =>
      el("li", { "data-key": q.question }, nameButton(q.question), ` weight ${q.weightBefore} → ${q.weightAfter}`));
    section("Open questions that matter less", "diff-less", whatIf.questionsMatteringLess, (q) =>
      el("li", { "data-key": q.question }, nameButton(q.question), ` weight ${q.weightBefore} → ${q.weightAfter}`));
  }

  function chips(names) {
    const box = el("span", { class: "set" });
    for (const name of names) {
      const chip = el("button", { type: "button", class: "chip", title: (findStatement(idOf(name)) || {}).text || name }, name);
      const id = idOf(name);
      if (id) chip.addEventListener("click", () => select(id));
      box.append(chip);
    }
    return el("div", null, "{ ", box, " }");
  }

  async function reset() {
    state.retract.clear();
    state.assume.clear();
    hooks.reset.forEach((f) => f());
    writeHash();
    refreshToggles();
    await applyWhatIf();
  }

  // ---- the side panel -----------------------------------------------------------------------

  async function select(id, { center = true } = {}) {
    const s = findStatement(id);
    if (!s || !cy) return;
    state.selected = nameOf(s);
    writeHash();
    cy.nodes().unselect();
    const node = cy.getElementById(id);
    node.select();
    if (center) cy.animate({ center: { eles: node }, duration: 250 });
    const panel = $("details");
    panel.hidden = false;
    panel.replaceChildren(el("h2", null, captionOf(s)), el("p", { class: "muted" }, "Loading…"));
    try {
      const details = await getJson("premise/statement?key=" + encodeURIComponent(nameOf(s)));
      if (state.selected !== nameOf(s)) return;
      panel.replaceChildren(...detailsOf(s, details));
      hooks.details.forEach((f) => f(panel, nameOf(s)));
    } catch (e) {
      panel.replaceChildren(el("h2", null, captionOf(s)), el("p", { class: "error-box" }, e.message));
    }
  }

  function detailsOf(s, d) {
    const out = [el("h2", { id: "details-title" }, d.label || d.text || d.key)];
    const kinds = d.kinds.filter((k) => k !== "Statement").join(", ");
    out.push(el("p", null, el("span", { class: "key" }, d.key), kinds ? " · " + kinds : "",
      d.status ? " " : "", d.status ? el("span", { class: "badge " + d.status, id: "details-status" }, d.status) : ""));
    if (d.text) out.push(el("p", { class: "text", id: "details-text" }, d.text));
    if (d.comment) out.push(el("p", { class: "muted" }, d.comment));
    if (s.leaf) out.push(el("p", null, "What if: ", toggle(nameOf(s))));
    out.push(el("h3", null, "Appears in"));
    if (!d.appearances.length) out.push(el("p", { class: "none muted" }, "no document (an implicit statement, made explicit by an analyst)"));
    else out.push(el("ul", null, ...d.appearances.map((a) => el("li", null, placeOf(a)))));
    if (d.question) {
      out.push(el("h3", null, "Bears on"), el("div", null, chips(d.bearsOn)));
      out.push(el("p", null, `Weight ${d.weight} (what answering it could overturn: ${d.overturns} conclusion${d.overturns === 1 ? "" : "s"})`));
      return out;
    }
    if (d.arguments.length) {
      out.push(el("h3", null, "Arguments for it"), el("ul", null, ...d.arguments.map((premises) => el("li", null, chips(premises)))));
    }
    if (d.attackedBy.length) {
      out.push(el("h3", null, "Attacked by"), el("ul", null, ...d.attackedBy.map((a) => el("li", null, nameButton(a.statement), " (" + a.kind + ")"))));
    }
    out.push(el("h3", null, `Support sets (${d.supportSets.length}${d.supportSetsTruncated ? ", perhaps more: the list was cut" : ""})`));
    out.push(el("div", { id: "details-support" }, ...d.supportSets.map((set) => chips(set))));
    out.push(el("h3", null, "Linchpins"), d.linchpins.length ? el("div", null, chips(d.linchpins)) : el("p", { class: "none muted" }, "none: no single leaf is in every support set"));
    out.push(el("h3", null, `Smallest defeat sets${d.defeatSetsTruncated ? " (perhaps more: the search was cut)" : ""}`));
    out.push(d.smallestDefeatSets.length ? el("div", null, ...d.smallestDefeatSets.map((set) => chips(set))) : el("p", { class: "none muted" }, "none"));
    if (d.questionsBearingOn.length) out.push(el("h3", null, "Open questions on it"), el("div", null, chips(d.questionsBearingOn)));
    const derivations = d.derivations;
    out.push(el("h3", null, "How the rules derived it"));
    out.push(el("p", { class: "muted" }, `Status: ${derivations.status}.`));
    if (derivations.triples.length) {
      const list = el("div", { id: "details-derivations" });
      for (const t of derivations.triples) list.append(el("details", null, el("summary", null, t.triple), el("pre", null, t.explain)));
      out.push(list);
      if (derivations.truncated) out.push(el("p", { class: "muted" }, `The first ${derivations.triples.length} of ${derivations.dependsOnCount} dependsOn triples (see premise explain for the others).`));
    } else {
      out.push(el("p", { class: "none muted" }, "nothing derived: it rests on nothing"));
    }
    return out;
  }

  function placeOf(a) {
    const where = [];
    if (a.documentTitle || a.document) where.push(a.documentTitle || a.document);
    if (a.block === "KeyTakeaways") where.push(`key takeaway ${a.position}`);
    else if (a.block === "Unknowns") where.push(`unknown ${a.position}`);
    else if (a.section) where.push(`section ${a.section}${a.sectionTitle ? " (" + a.sectionTitle + ")" : ""}, bullet ${a.position}`);
    else where.push(`position ${a.position}`);
    return where.join(" › ");
  }

  // ---- search -------------------------------------------------------------------------------

  function search(text) {
    state.search = text.trim();
    writeHash();
    if (!cy) return [];
    const wanted = state.search.toLowerCase();
    const all = cy.nodes(".statement, .question");
    let matches = cy.collection();
    cy.batch(() => {
      cy.elements().removeClass("faded match");
      if (!wanted) return;
      const hits = all.filter((n) => {
        const s = findStatement(n.id());
        return s && [s.key, s.label, s.text].some((v) => v && v.toLowerCase().includes(wanted));
      });
      matches = hits;
      cy.elements().not(hits).not(".group").addClass("faded");
      hits.addClass("match");
    });
    $("search-count").textContent = wanted ? `${matches.length} match${matches.length === 1 ? "" : "es"}` : "";
    return matches;
  }

  // ---- start --------------------------------------------------------------------------------

  async function start() {
    readHash();
    $("search").value = state.search;
    $("grouping").value = state.grouping;
    try {
      const queries = await getJson("queries.json");
      state.prefixes = queries.prefixes;
    } catch (e) {
      // Prefixed names in what-if answers then fall back to keys and IRIs.
    }
    try {
      await loadMap();
      refreshToggles();
      await applyWhatIf();
      if (state.search) search(state.search);
      if (state.selected && idOf(state.selected)) await select(idOf(state.selected), { center: false });
    } catch (e) {
      showError("Cannot show the map", e.message);
      $("map-status").textContent = "";
    }
    resolveReady();
  }

  let searchTimer = null;
  $("search").addEventListener("input", (e) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(e.target.value), 150);
  });
  $("search").addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const matches = search(e.target.value);
    if (matches.length) {
      cy.animate({ fit: { eles: matches, padding: 80 }, duration: 300 });
      if (matches.length === 1) select(matches[0].id(), { center: false });
    }
  });
  $("fit").addEventListener("click", () => cy && cy.animate({ fit: { eles: cy.elements(), padding: 24 }, duration: 300 }));
  $("reset").addEventListener("click", reset);
  $("grouping").addEventListener("change", (e) => redraw({ grouping: e.target.value }));
  $("document").addEventListener("change", (e) => redraw({ document: e.target.value }));

  async function redraw(change) {
    Object.assign(state, change);
    state.selected = null;
    $("details").hidden = true;
    writeHash();
    try {
      await loadMap();
      await applyWhatIf();
      if (state.search) search(state.search);
    } catch (err) {
      showError("Cannot show the map", err.message);
    }
  }

  // For tests and scripts: the drawn map and the state, read-only in spirit.
  window.premiseExplorer = {
    ready,
    hooks,
    initialHash,
    cy: () => cy,
    statusOf: (name) => { const n = statementOf(name); return n && n.nonempty() ? n.data("status") : null; },
    state: () => ({ retract: [...state.retract], assume: [...state.assume], document: state.document, selected: state.selected,
                    grouping: state.grouping, timing: state.timing }),
    drawnStatements: () => cy ? cy.nodes(".statement").map((n) => ({ id: n.id(), key: n.data("key"), caption: n.data("caption") })) : [],
  };
  start();
})();
