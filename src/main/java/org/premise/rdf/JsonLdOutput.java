package org.premise.rdf;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.premise.BundledResources;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes RDF as compact JSON-LD 1.1 with Premise's published context
 * ({@code ontology/context.jsonld}): prefixes for Premise's namespaces and the vocabularies it
 * reuses, terms for its classes and properties, object properties typed {@code @id}. The
 * context is written inline, so the output parses back to the same dataset without fetching
 * anything. (Jena's own JSON-LD writer compacts with the prefixes only.)
 */
public final class JsonLdOutput {
    private JsonLdOutput() {}

    /** Where the context lives on the classpath, and its file name. */
    public static final String CONTEXT_FOLDER = "premise/ontology";
    public static final String CONTEXT_FILE = "context.jsonld";

    /** The published context document, as text. */
    public static String contextText() {
        String text = BundledResources.onClasspath().readAll(CONTEXT_FOLDER).get(CONTEXT_FILE);
        if (text == null) throw new IllegalStateException("the JSON-LD context " + CONTEXT_FILE + " is missing from the jar");
        return text;
    }

    /** Writes the dataset (default graph and named graphs) compacted with the context. */
    public static void write(DatasetGraph dataset, OutputStream out) {
        // Jena turns RDF into expanded JSON-LD; Titanium compacts it with our context.
        String expanded = RDFWriter.source(dataset).format(RDFFormat.JSONLD11_PLAIN).asString();
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded)),
                    JsonDocument.of(new StringReader(contextText()))).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD with " + CONTEXT_FILE + ": " + e.getMessage(), e);
        }
        // The context first, so a reader meets the terms before their use.
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) ordered.add("@context", compacted.get("@context"));
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) ordered.add(key, value);
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(writer)) {
            json.writeObject(ordered.build());
            writer.write("\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
