// An independent SPARQL 1.1 client (Comunica) runs a query file against an endpoint and prints
// the rows as TSV in SPARQL's TSV term syntax (IRIs in <>, literals quoted), one row a line after
// a header of ?variables, so they compare with `premise query NAME --format tsv`. Run by
// org.premise.web.IndependentClientTest.
//
//   node sparql-client-check.mjs http://localhost:PORT/premise/sparql path/to/query.rq
import { QueryEngine } from "@comunica/query-sparql";
import { readFileSync } from "node:fs";

const [endpoint, file] = process.argv.slice(2);
if (!endpoint || !file) {
  console.error("usage: node sparql-client-check.mjs ENDPOINT QUERY.rq");
  process.exit(2);
}

function escape(text) {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
}

function tsvTerm(term) {
  if (!term) return "";
  switch (term.termType) {
    case "NamedNode": return "<" + term.value + ">";
    case "BlankNode": return "_:" + term.value;
    case "Literal": {
      const dt = term.datatype.value;
      if (term.language) return `"${escape(term.value)}"@${term.language}`;
      if (dt === "http://www.w3.org/2001/XMLSchema#string") return `"${escape(term.value)}"`;
      if (dt === "http://www.w3.org/2001/XMLSchema#integer" || dt === "http://www.w3.org/2001/XMLSchema#boolean") return term.value;
      return `"${escape(term.value)}"^^<${dt}>`;
    }
    default: throw new Error("unexpected term type " + term.termType);
  }
}

try {
  const query = readFileSync(file, "utf8");
  const engine = new QueryEngine();
  const result = await engine.query(query, { sources: [{ type: "sparql", value: endpoint }], lenient: false });
  if (result.resultType !== "bindings") throw new Error("expected a SELECT query, got " + result.resultType);
  const variables = (await result.metadata()).variables.map((v) => (v.variable ?? v).value);
  const stream = await result.execute();
  const lines = [];
  for await (const binding of stream) lines.push(variables.map((v) => tsvTerm(binding.get(v))).join("\t"));
  console.log(variables.map((v) => "?" + v).join("\t"));
  for (const line of lines) console.log(line);
} catch (e) {
  console.error("FAIL " + (e.stack || e.message));
  process.exit(1);
}
