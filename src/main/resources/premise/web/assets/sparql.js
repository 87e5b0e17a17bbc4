// Premise's SPARQL page (sparql.html): YASQE as the editor, YASR for the results, the named
// queries of /queries.json with their parameters as forms. A named query whose parameters are
// filled in runs through /queries/NAME, where the server binds them as RDF terms; any other
// text goes to the SPARQL endpoint as it is. Every text from the server is inserted as text.
"use strict";
(function () {
  const CLIENT_TIMEOUT_MS = 90000;   // the server stops queries sooner; this is a backstop
  const SELECT_FORMATS = [["csv", "CSV", "text/csv"], ["tsv", "TSV", "text/tab-separated-values"],
    ["json", "JSON", "application/sparql-results+json"], ["xml", "XML", "application/sparql-results+xml"]];
  const GRAPH_FORMATS = [["ttl", "Turtle", "text/turtle"], ["nt", "N-Triples", "application/n-triples"],
    ["jsonld", "JSON-LD", "application/ld+json"]];
  const state = { endpoint: "/premise/sparql", prefixes: {}, selected: null, lastRequest: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  const Yasqe = window.Yasgui.Yasqe;
  const Yasr = window.Yasgui.Yasr;
  const yasqe = new Yasqe($("editor"), {
    value: "",
    persistenceId: null,          // no local storage: the page starts from the server's queries
    showQueryButton: false,       // the Run button below runs it, with the page's status and errors
    resizeable: true,
    editorHeight: "260px",
    autocompleters: ["prefixes", "variables"],   // both local; the class and property completers ask a remote service
    prefixCcApi: null,
    createShareableLink: null,
    extraKeys: {
      "Ctrl-Enter": () => $("query-form").requestSubmit(),
      "Cmd-Enter": () => $("query-form").requestSubmit(),
      "Ctrl-Space": (cm) => cm.autocomplete(),
    },
  });
  const yasr = new Yasr($("results"), {
    persistenceId: null,
    prefixes: () => state.prefixes,
    pluginOrder: ["table", "response"],
  });

  async function load() {
    try {
      const response = await fetch("queries.json", { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error("GET /queries.json answered " + response.status);
      const doc = await response.json();
      state.endpoint = doc.endpoint;
      state.prefixes = doc.prefixes;
      yasr.config.prefixes = doc.prefixes;
      $("endpoint").textContent = doc.endpoint;
      listQueries($("query-list"), doc.queries);
      listQueries($("check-list"), doc.checks);
      const wanted = new URLSearchParams(location.search).get("query");
      const named = [...doc.queries, ...doc.checks].find((q) => q.name === wanted);
      if (named) select(named); else if (wanted) selectOwn(wanted); else if (doc.queries.length) select(doc.queries[0]); else selectOwn();
    } catch (e) {
      showError("Cannot load the named queries", e.message);
    }
  }

  function listQueries(list, queries) {
    for (const q of queries) {
      const button = el("button", { type: "button", "data-name": q.name, title: q.description },
        el("span", null, q.title), el("span", { class: "name" }, q.name));
      button.addEventListener("click", () => select(q));
      list.append(el("li", null, button));
    }
  }

  function markCurrent(button) {
    document.querySelectorAll("nav.queries button").forEach((b) => b.setAttribute("aria-current", String(b === button)));
  }

  function select(query) {
    state.selected = query;
    markCurrent(document.querySelector(`nav.queries button[data-name="${CSS.escape(query.name)}"]`));
    $("query-title").textContent = query.title;
    $("query-description").textContent = query.description;
    const params = $("parameters");
    params.replaceChildren();
    for (const p of query.parameters) {
      params.append(el("label", null,
        el("span", { class: "var" }, "?" + p.name),
        el("input", { id: "param-" + p.name, name: p.name, placeholder: "key, prefix:name or <IRI>" }),
        el("span", { class: "hint" }, p.description + " (leave empty for all)")));
    }
    yasqe.setValue(query.text);
    clearOutput();
  }

  function premisePrefixes() {
    const wanted = ["premise", "st", "doc", "kb", "rdfs", "rdf", "graph"];
    const out = {};
    for (const p of wanted) if (state.prefixes[p]) out[p] = state.prefixes[p];
    return out;
  }

  function selectOwn(text) {
    state.selected = null;
    markCurrent($("own-query"));
    $("query-title").textContent = "Your own query";
    $("query-description").textContent = "Any SPARQL 1.1 query over the knowledge base: SELECT and ASK answer in a table, "
      + "CONSTRUCT and DESCRIBE in Turtle. The default graph is the union of every source, the inferences and the analysis.";
    $("parameters").replaceChildren();
    const prefixes = Object.entries(premisePrefixes()).sort().map(([p, ns]) => `PREFIX ${p}: <${ns}>`);
    yasqe.setValue(text || prefixes.join("\n") + "\n\nSELECT ?statement ?label\nWHERE {\n  ?statement a premise:Assumption .\n"
      + "  OPTIONAL { ?statement rdfs:label ?label }\n}\nLIMIT 50\n");
    clearOutput();
  }

  function clearOutput() {
    $("error").hidden = true;
    $("results-card").hidden = true;
    $("status").textContent = "";
    state.lastRequest = null;
    fillDownloadFormats(isGraphQuery());
  }

  function isGraphQuery() {
    const type = String(yasqe.getQueryType() || "").toUpperCase();
    return type === "CONSTRUCT" || type === "DESCRIBE";
  }

  function fillDownloadFormats(graph) {
    const select = $("download-format");
    const current = select.value;
    select.replaceChildren(...(graph ? GRAPH_FORMATS : SELECT_FORMATS).map(([id, label]) => el("option", { value: id }, label)));
    if ([...select.options].some((o) => o.value === current)) select.value = current;
  }

  /** The request to make, for an Accept type: a named query with parameters goes to /queries/NAME
      (the server binds them); any other text goes to the SPARQL endpoint as it is. */
  function request(accept) {
    const text = yasqe.getValue();
    const q = state.selected;
    if (q && text === q.text) {
      const search = new URLSearchParams();
      for (const p of q.parameters) {
        const value = $("param-" + p.name).value.trim();
        if (value) search.append(p.name, value);
      }
      if ([...search.keys()].length) {
        return { via: "queries/" + q.name, url: "queries/" + encodeURIComponent(q.name) + "?" + search,
                 init: { method: "GET", headers: { Accept: accept } } };
      }
    } else if (q && q.parameters.some((p) => $("param-" + p.name).value.trim())) {
      throw new Error("Parameters are bound only for the named query as written. Reset the text (pick the query again) or write the values into your query.");
    }
    return {
      via: state.endpoint,
      url: state.endpoint.replace(/^\//, ""),
      init: { method: "POST", body: new URLSearchParams({ query: text }),
              headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept } },
    };
  }

  async function run(event) {
    event.preventDefault();
    clearOutput();
    const graph = isGraphQuery();
    let req;
    try { req = request(graph ? "text/turtle" : "application/sparql-results+json"); }
    catch (e) { showError("Cannot run", e.message); return; }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), CLIENT_TIMEOUT_MS);
    const started = performance.now();
    $("run").disabled = true;
    $("status").textContent = "Running…";
    try {
      const response = await fetch(req.url, Object.assign({}, req.init, { signal: controller.signal }));
      const body = await response.text();
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        const what = response.status === 503 ? "The query timed out or the server is busy"
                   : response.status === 400 ? "The query was rejected"
                   : "The server answered " + response.status;
        showError(`${what} (HTTP ${response.status} ${response.statusText})`, body.trim());
        $("status").textContent = `Failed after ${ms} ms`;
        return;
      }
      const contentType = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      const summary = describe(contentType, body);
      if (summary === null) {
        showError("The answer is neither SPARQL results nor RDF", `Content-Type: ${contentType}\n` + body.slice(0, 2000));
        $("status").textContent = `Failed after ${ms} ms`;
        return;
      }
      $("results-card").hidden = false;
      state.lastRequest = req;
      fillDownloadFormats(summary.graph);
      // CONSTRUCT and DESCRIBE show as the Turtle the server sent; SELECT and ASK as a table.
      yasr.selectPlugin(summary.graph ? "response" : "table");
      yasr.setResponse({ data: body, contentType, status: response.status, executionTime: ms });
      $("results").setAttribute("data-kind", summary.kind);
      if (summary.graph) {
        // YASR parsed the Turtle (to offer it as a table too): its statements give the count.
        const triples = yasr.results && yasr.results.getStatements ? yasr.results.getStatements().length : null;
        if (triples !== null) summary.text += triples === 1 ? ", 1 triple" : `, ${triples} triples`;
      }
      $("status").textContent = `${summary.text} in ${ms} ms, via ${req.via}`;
    } catch (e) {
      if (e.name === "AbortError") showError("The query timed out", `No answer after ${CLIENT_TIMEOUT_MS / 1000} s.`);
      else showError("Cannot reach the server", e.message);
      $("status").textContent = "";
    } finally {
      clearTimeout(timer);
      $("run").disabled = false;
    }
  }

  /** What a successful answer is: its kind and a short count for the status line, or null. */
  function describe(contentType, body) {
    if (contentType === "application/sparql-results+json") {
      const results = JSON.parse(body);
      if (typeof results.boolean === "boolean") return { kind: "boolean", graph: false, text: "ASK answered " + results.boolean };
      const n = results.results.bindings.length;
      return { kind: "table", graph: false, text: n === 1 ? "1 row" : n + " rows" };
    }
    if (contentType === "text/turtle") return { kind: "turtle", graph: true, text: "Turtle" };
    return null;
  }

  async function download() {
    const graph = state.lastRequest ? $("results").getAttribute("data-kind") === "turtle" : isGraphQuery();
    const id = $("download-format").value;
    const [, label, accept] = (graph ? GRAPH_FORMATS : SELECT_FORMATS).find(([f]) => f === id);
    let req;
    try { req = request(accept); } catch (e) { showError("Cannot download", e.message); return; }
    $("status").textContent = `Downloading ${label}…`;
    try {
      const response = await fetch(req.url, req.init);
      const blob = await response.blob();
      if (!response.ok) {
        showError(`Cannot download ${label} (HTTP ${response.status})`, (await blob.text()).trim());
        $("status").textContent = "";
        return;
      }
      const name = (state.selected ? state.selected.name : "query") + "." + id;
      const link = el("a", { href: URL.createObjectURL(blob), download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      $("status").textContent = `Saved ${name} (${blob.size} bytes)`;
    } catch (e) {
      showError("Cannot reach the server", e.message);
      $("status").textContent = "";
    }
  }

  function showError(title, message) {
    const box = $("error");
    box.replaceChildren(el("strong", null, title), message);
    box.hidden = false;
  }

  $("query-form").addEventListener("submit", run);
  $("own-query").addEventListener("click", () => selectOwn());
  $("add-prefixes").addEventListener("click", () => yasqe.addPrefixes(premisePrefixes()));
  $("download").addEventListener("click", download);
  yasqe.on("change", () => { if (!state.lastRequest) fillDownloadFormats(isGraphQuery()); });
  load();
})();
