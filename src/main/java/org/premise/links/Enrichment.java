package org.premise.links;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.kb.DatasetLayout;
import org.premise.kb.KnowledgeBase;
import org.premise.rdf.Vocab;

/**
 * Fetches, from a SPARQL endpoint shaped like Wikidata's, what it says about the Wikidata
 * items Premise's concepts link to: English labels ({@code rdfs:label}, {@code schema:name}),
 * English descriptions ({@code schema:description}) and classes ({@code wdt:P31}). The
 * items are the objects of the link triples of the link sets ({@link VoidDescription#links})
 * in Wikidata's URI space; they are sent inside the SERVICE block as VALUES, so the endpoint
 * sees one small query.
 *
 * <p>SERVICE is allowed in this query's execution context only; everywhere else Premise
 * refuses it.
 */
public final class Enrichment {
    private Enrichment() {}

    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String WDT = "http://www.wikidata.org/prop/direct/";

    /** The Wikidata items the knowledge base's link sets link to, sorted. */
    public static Set<String> linkedItems(KnowledgeBase kb) {
        Set<String> items = new TreeSet<>();
        for (Map.Entry<Node, Graph> e : kb.sources().entrySet()) {
            if (!DatasetLayout.isLinkSet(e.getKey())) continue;
            for (Triple t : VoidDescription.links(e.getValue())) {
                if (t.getObject().getURI().startsWith(WD)) items.add(t.getObject().getURI());
            }
        }
        return items;
    }

    /** The query sent for these items (the SERVICE block carries them as VALUES). */
    public static Query query(String endpoint, Set<String> items) {
        String values = items.stream().map(i -> NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(i)))
                .collect(Collectors.joining(" "));
        String text = """
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX schema: <http://schema.org/>
                PREFIX wdt:    <%s>
                CONSTRUCT {
                  ?item rdfs:label ?label ; schema:name ?name ; schema:description ?description ; wdt:P31 ?class .
                } WHERE {
                  SERVICE %s {
                    VALUES ?item { %s }
                    { ?item rdfs:label ?label FILTER(langMatches(lang(?label), "en")) }
                    UNION { ?item schema:name ?name FILTER(langMatches(lang(?name), "en")) }
                    UNION { ?item schema:description ?description FILTER(langMatches(lang(?description), "en")) }
                    UNION { ?item wdt:P31 ?class }
                  }
                }""".formatted(WDT, NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(endpoint)), values);
        return QueryFactory.create(text);
    }

    /**
     * Asks the endpoint about the linked items and returns what it said, as a graph.
     *
     * @throws BadInputException when the endpoint is not a URL, cannot be reached, answers
     *         with an error, or takes longer than the timeout
     */
    public static Graph fetch(KnowledgeBase kb, String endpoint, Duration timeout) {
        if (!endpoint.matches("(?i)https?://\\S+")) {
            throw new BadInputException("--endpoint " + endpoint + ": expected an http:// or https:// URL of a SPARQL endpoint");
        }
        Set<String> items = linkedItems(kb);
        Graph result = GraphFactory.createDefaultGraph();
        result.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES)
                .setNsPrefix("wd", WD).setNsPrefix("wdt", WDT).setNsPrefix("schema", "http://schema.org/");
        if (items.isEmpty()) return result;
        var builder = QueryExecution.dataset(DatasetFactory.create()).query(query(endpoint, items))
                .set(ARQ.httpServiceAllowed, true);
        if (timeout != null && !timeout.isZero()) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExecution execution = builder.build()) {
            execution.execConstructTriples().forEachRemaining(result::add);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new BadInputException("--endpoint " + endpoint, -1, -1, "the endpoint failed: " + e.getMessage(), e);
        } catch (QueryCancelledException e) {
            throw new BadInputException("--endpoint " + endpoint, -1, -1, "no answer within " + timeout.toSeconds() + " s", e);
        }
        return result;
    }
}
