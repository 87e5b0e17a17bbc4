package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code premise query -o FILE}: the extension chooses the result format among those that fit
 * the query's form, and the file parses back, with Jena's own parsers, to the same rows (as a
 * set) or the same graph as {@code --format} prints. A format of the other form is refused.
 */
class QueryFormatFromExtensionTest {
    static final String CONSTRUCT = "PREFIX premise: <https://w3id.org/premise/ontology#> "
            + "CONSTRUCT { ?s premise:dependsOn ?o } WHERE { ?s premise:dependsOn ?o }";

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource({"r.csv, csv, CSV", "r.tsv, tsv, TSV", "r.json, json, JSON", "r.srj, json, JSON", "r.xml, xml, XML",
            "r.srx, xml, XML", "r.csv.gz, csv, CSV", "r.SRJ, json, JSON"})
    void selectResultsFollowTheExtension(String file, String format, String lang) throws IOException {
        Path written = write("dependencies", file);
        Set<Map<String, String>> fromFile = rows(read(written), lang(lang));
        Cli.Run printed = Cli.run("query", "dependencies", "--format", format);
        assertEquals(0, printed.exit(), printed.err());
        Set<Map<String, String>> fromStdout = rows(printed.out().getBytes(StandardCharsets.UTF_8), lang(lang));
        assertFalse(fromFile.isEmpty(), file + " has no rows");
        assertEquals(fromStdout, fromFile);
    }

    @Test
    void aTxtFileGetsTheTable() throws IOException {
        Path written = write("dependencies", "r.txt");
        Cli.Run printed = Cli.run("query", "dependencies", "--format", "table");
        assertEquals(printed.out(), Files.readString(written));
        assertTrue(printed.out().lines().findFirst().orElse("").contains("conclusion"), printed.out());
    }

    @ParameterizedTest
    @CsvSource({"g.ttl, ttl, TTL", "g.nt, nt, NT", "g.jsonld, jsonld, JSONLD", "g.rdf, rdfxml, RDFXML",
            "g.owl, rdf, RDFXML", "g.xml, xml, RDFXML", "g.nt.gz, ntriples, NT"})
    void constructGraphsFollowTheExtensionAndXmlMeansRdfXml(String file, String format, String lang) throws IOException {
        Path written = dir.resolve(file);
        Cli.Run run = Cli.run("query", "-e", CONSTRUCT, "-o", written.toString());
        assertEquals(0, run.exit(), run.err());
        Cli.Run printed = Cli.run("query", "-e", CONSTRUCT, "--format", format);
        assertEquals(0, printed.exit(), printed.err());
        DatasetGraph fromFile = OutputFormatFromExtensionTest.parse(new ByteArrayInputStream(read(written)), rdf(lang));
        DatasetGraph fromStdout = OutputFormatFromExtensionTest.parse(printed.out(), rdf(lang));
        assertFalse(fromFile.getDefaultGraph().isEmpty(), file + " is empty");
        assertTrue(IsoMatcher.isomorphic(fromStdout, fromFile), file + " differs from --format " + format);
    }

    @Test
    void aFormatOfTheOtherFormIsRefusedAndNothingIsWritten() {
        Path csv = dir.resolve("g.csv");
        Cli.Run run = Cli.run("query", "-e", CONSTRUCT, "-o", csv.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: the -o file's extension says csv, which does not fit a CONSTRUCT query; expected one of: "
                + "ttl, nt, jsonld, rdfxml\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(csv));
        Path ttl = dir.resolve("r.ttl");
        run = Cli.run("query", "dependencies", "-o", ttl.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: the -o file's extension says ttl, which does not fit a SELECT query; expected one of: "
                + "table, csv, tsv, json, xml\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(ttl));
        run = Cli.run("query", "dependencies", "--format", "nt");
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: format \"nt\" does not fit a SELECT query; expected one of: table, csv, tsv, json, xml\n",
                run.err().replace("\r\n", "\n"));
    }

    @Test
    void aFormatThatContradictsTheExtensionIsRefused() {
        Path file = dir.resolve("r.csv");
        Cli.Run run = Cli.run("query", "dependencies", "--format", "json", "-o", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: --format json but the -o file's extension says csv\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(file));
    }

    private Path write(String query, String file) {
        Path written = dir.resolve(file);
        Cli.Run run = Cli.run("query", query, "-o", written.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        return written;
    }

    private static byte[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return in.readAllBytes();
        }
    }

    /** The rows, each variable to its value's text, parsed by Jena's reader for the results format. */
    private static Set<Map<String, String>> rows(byte[] bytes, Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(bytes), lang);
        Set<Map<String, String>> rows = new HashSet<>();
        List<String> vars = results.getResultVars();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            Map<String, String> cells = new TreeMap<>();
            for (String v : vars) if (row.contains(v)) cells.put(v, row.get(v).toString());
            rows.add(cells);
        }
        return rows;
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "CSV" -> ResultSetLang.RS_CSV;
            case "TSV" -> ResultSetLang.RS_TSV;
            case "JSON" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
        };
    }

    private static Lang rdf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "NT" -> Lang.NTRIPLES;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
