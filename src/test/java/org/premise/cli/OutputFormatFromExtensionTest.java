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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The -o file's extension chooses the RDF syntax (a final .gz gzips it), and what is written
 * parses back, with Jena's own parser, to the same dataset as the --format output on standard
 * output. A --format the command does not know gets the same one line in every command.
 */
class OutputFormatFromExtensionTest {
    static final String AIF = "../shared/fixtures/aif/nodeset59.json";

    @TempDir Path dir;

    static DatasetGraph parse(InputStream in, Lang lang) {
        return RDFParser.source(in).lang(lang).toDatasetGraph();
    }

    static DatasetGraph parse(String text, Lang lang) {
        return parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), lang);
    }

    static DatasetGraph parseFile(Path file, Lang lang) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return parse(in, lang);
        }
    }

    private void assertSameAsFormat(List<String> command, String fileName, String format, Lang lang) throws IOException {
        Path file = dir.resolve(fileName);
        List<String> toFile = new ArrayList<>(command);
        toFile.addAll(List.of("-o", file.toString()));
        Cli.Run written = Cli.run(toFile);
        assertEquals(0, written.exit(), written.err());
        assertEquals("", written.out(), "nothing on standard output with -o");
        List<String> toStdout = new ArrayList<>(command);
        toStdout.addAll(List.of("--format", format, "-o", "-"));
        Cli.Run printed = Cli.run(toStdout);
        assertEquals(0, printed.exit(), printed.err());
        DatasetGraph fromFile = parseFile(file, lang);
        DatasetGraph fromStdout = parse(printed.out(), lang);
        assertFalse(fromFile.isEmpty(), fileName + " is empty");
        assertTrue(IsoMatcher.isomorphic(fromStdout, fromFile), fileName + " differs from --format " + format);
    }

    @ParameterizedTest
    @CsvSource({"x.ttl, turtle, TTL", "x.nt, ntriples, NT", "x.trig, trig, TRIG", "x.nq, n-quads, NQ",
            "x.jsonld, json-ld, JSONLD", "x.rdf, rdfxml, RDFXML", "x.owl, rdf, RDFXML", "x.nt.gz, nt, NT",
            "x.trig.gz, trig, TRIG"})
    void inferWritesTheSyntaxTheExtensionNames(String file, String format, String lang) throws IOException {
        assertSameAsFormat(List.of("infer", "--inferred-only"), file, format, langOf(lang));
    }

    @ParameterizedTest
    @CsvSource({"v.nt, nt, NT", "v.rdf, xml, RDFXML", "v.jsonld, jsonld, JSONLD", "v.ttl.gz, ttl, TTL"})
    void voidWritesTheSyntaxTheExtensionNames(String file, String format, String lang) throws IOException {
        assertSameAsFormat(List.of("void", "--no-bundled", "--data", AIF), file, format, langOf(lang));
    }

    @ParameterizedTest
    @CsvSource({"m.ttl, ttl, TTL", "m.trig, trig, TRIG", "m.nq, nq, NQ", "m.jsonld, jsonld, JSONLD", "m.nq.gz, nq, NQ"})
    void importAifWritesTheSyntaxTheExtensionNames(String file, String format, String lang) throws IOException {
        assertSameAsFormat(List.of("import-aif", AIF), file, format, langOf(lang));
    }

    @ParameterizedTest
    @CsvSource({"d.trig, trig, TRIG", "d.nq, nquads, NQ", "d.jsonld, json-ld, JSONLD", "d.nq.gz, nq, NQ"})
    void ingestWritesTheSyntaxTheExtensionNames(String file, String format, String lang) throws IOException {
        Path written = dir.resolve(file);
        Cli.Run run = Cli.run("ingest", IngestCommandTest.LAB.toString(), "-o", written.toString());
        assertEquals(0, run.exit(), run.err());
        Cli.Run printed = Cli.run("ingest", IngestCommandTest.LAB.toString(), "--format", format);
        assertEquals(0, printed.exit(), printed.err());
        DatasetGraph fromFile = withoutTimes(parseFile(written, langOf(lang)));
        DatasetGraph fromStdout = withoutTimes(parse(printed.out(), langOf(lang)));
        assertFalse(fromFile.isEmpty(), file + " is empty");
        assertTrue(IsoMatcher.isomorphic(fromStdout, fromFile), file + " differs from --format " + format);
    }

    /** The dataset without its xsd:dateTime values: each run records the time it read the digest. */
    private static DatasetGraph withoutTimes(DatasetGraph dsg) {
        List<org.apache.jena.sparql.core.Quad> times = new ArrayList<>();
        dsg.find().forEachRemaining(q -> {
            if (q.getObject().isLiteral()
                    && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime.equals(q.getObject().getLiteralDatatype())) {
                times.add(q);
            }
        });
        times.forEach(dsg::delete);
        return dsg;
    }

    @ParameterizedTest
    @ValueSource(strings = {"infer", "void", "import-aif", "link"})
    void aFormatThatContradictsTheExtensionIsRefusedAndNothingIsWritten(String verb) {
        Path file = dir.resolve("x.nt");
        List<String> args = new ArrayList<>(List.of(verb, "--format", "ttl", "-o", file.toString()));
        if (verb.equals("import-aif")) args.add(AIF);
        if (verb.equals("link")) args.addAll(List.of("--endpoint", "http://localhost:9/sparql"));
        Cli.Run run = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: --format ttl but the -o file's extension says nt\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"infer", "void", "link"})
    void anUnknownFormatGetsTheSameOneLineInEveryRdfCommand(String verb) {
        List<String> args = new ArrayList<>(List.of(verb, "--format", "yaml"));
        if (verb.equals("link")) args.addAll(List.of("--endpoint", "http://localhost:9/sparql"));
        Cli.Run run = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, run.exit());
        assertEquals("premise: unknown format \"yaml\" for " + verb + "; expected one of: ttl, nt, trig, nq, jsonld, rdfxml\n",
                run.err().replace("\r\n", "\n"));
        assertEquals("", run.out());
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "NT" -> Lang.NTRIPLES;
            case "TRIG" -> Lang.TRIG;
            case "NQ" -> Lang.NQUADS;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.RDFXML;
        };
    }
}
