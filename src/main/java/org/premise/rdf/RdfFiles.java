package org.premise.rdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.premise.BadInputException;
import org.premise.ByteOrderMark;
import org.premise.JsonSyntax;
import org.premise.NestingLimit;

/**
 * Parses RDF sources strictly: the first error stops the parse and becomes a
 * {@link BadInputException} naming the source, line and column; nothing is logged. Turtle and
 * TriG are read in Jena's strict mode, so that a file is refused where the grammar refuses it.
 */
public final class RdfFiles {
    static {
        // Before the first JSON-LD parse: a remote @context is not fetched unless allowed.
        RemoteContexts.install();
    }

    private RdfFiles() {}

    /** The RDF syntax of a file name by its extension (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML). */
    public static Optional<Lang> languageOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".keys")) return Optional.empty();
        // Jena knows some extensions (.csv, .tsv) it cannot parse as RDF: those are not RDF files here.
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return Optional.ofNullable(lang).filter(RDFParserRegistry::isRegistered);
    }

    /** Parses a triples or quads source held in memory into a dataset (triples land in its default graph). */
    public static DatasetGraph parse(String sourceName, byte[] content, Lang lang) {
        return parse(sourceName, "file:///" + sourceName.replace('\\', '/'), lang,
                layer -> layer.apply(new ByteArrayInputStream(content)), () -> content, () -> null);
    }

    /**
     * Parses an input file as it is read, straight into a dataset: no copy of the file in
     * memory. Turtle and TriG (and JSON-LD) are read through {@link NestingLimit#guard}.
     * JSON-LD is read twice when it fails to parse, to say where its JSON is wrong (Titanium
     * does not): standard input is first kept in a temporary file for that.
     */
    public static DatasetGraph parse(InputFile input, Lang lang) {
        if (isJson(lang)) input.rereadable();
        return parse(input.name(), input.baseIri(), lang, input::stream, () -> {
            try (InputStream again = input.reopen()) {
                return again.readAllBytes();
            } catch (java.io.IOException e) {
                throw new BadInputException(input.name(), -1, -1, "cannot read: " + e.getMessage());
            }
        }, input::problem);
    }

    /**
     * The parse.
     *
     * @param open the content, read through the given layer
     * @param reread the whole content again, only on the failure path of JSON-LD
     * @param readProblem a refusal thrown while the content was read, which the parser may have wrapped
     */
    private static DatasetGraph parse(String sourceName, String base, Lang lang,
                                      java.util.function.Function<UnaryOperator<InputStream>, InputStream> open,
                                      Supplier<byte[]> reread, Supplier<BadInputException> readProblem) {
        UnaryOperator<InputStream> layer = UnaryOperator.identity();
        if (lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG)) {
            layer = in -> NestingLimit.guard(sourceName, in, true);
        } else if (isJson(lang)) {
            layer = in -> NestingLimit.guard(sourceName, in, false);
        }
        // Not the transactional in-memory dataset: it runs a transaction per parsed quad.
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        RemoteContexts.clearProblem();
        // Jena's Turtle and TriG parsers take a last statement without its final '.' unless in
        // strict mode (LangTurtleBase.expectEndOfTriplesTurtle accepts end of file instead);
        // Turtle requires it, and riot and rapper refuse such a file.
        boolean strict = lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG);
        try (InputStream in = open.apply(layer)) {
            RDFParser.source(in)
                    .lang(lang)
                    .strict(strict)
                    .base(base)
                    .errorHandler(ErrorHandlerFactory.errorHandlerExceptionOnError())
                    .parse(sink);
        } catch (java.io.IOException e) {
            throw new BadInputException(sourceName, -1, -1, "cannot read: " + e.getMessage(), e);
        } catch (java.util.IllegalFormatException e) {
            rethrowReadProblem(e, readProblem);
            // Jena's tokenizer fails this way, without a position, on a literal's ^^ that no
            // datatype IRI follows at the end of the input (found by fuzzing: "0"^^).
            throw new BadInputException(sourceName, -1, -1, "not valid " + lang.getLabel()
                    + ": a malformed token (for example a literal's ^^ with no datatype IRI after it)", e);
        } catch (RiotException e) {
            rethrowReadProblem(e, readProblem);
            String contextProblem = RemoteContexts.takeProblem();
            if (contextProblem != null) throw new BadInputException(sourceName, -1, -1, contextProblem, e);
            if (isJson(lang)) {
                // Titanium says only "LOADING_DOCUMENT_FAILED", at a position of its own, for
                // JSON that does not parse: Jena's JSON parser says what and where.
                BadInputException syntax = JsonSyntax.check(sourceName,
                        new String(ByteOrderMark.strip(reread.get()), StandardCharsets.UTF_8), lang.getLabel());
                if (syntax != null) throw syntax;
            }
            if (!(e instanceof RiotParseException parse)) {
                throw new BadInputException(sourceName, -1, -1, "not valid " + lang.getLabel() + ": " + e.getMessage(), e);
            }
            throw new BadInputException(sourceName, (int) parse.getLine(), (int) parse.getCol(),
                    "not valid " + lang.getLabel() + ": " + plain(parse.getOriginalMessage()), e);
        } catch (RuntimeException e) {
            rethrowReadProblem(e, readProblem);
            throw e;
        }
        return dsg;
    }

    /** A refusal from reading the content (gzip cap, nesting), however the parser wrapped it. */
    private static void rethrowReadProblem(RuntimeException e, Supplier<BadInputException> readProblem) {
        BadInputException problem = readProblem.get();
        if (problem != null) throw problem;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadInputException bad) throw bad;
        }
    }

    private static boolean isJson(Lang lang) {
        return lang.equals(Lang.JSONLD) || lang.equals(Lang.JSONLD11) || lang.equals(Lang.RDFJSON);
    }

    /** Jena's wording where it is cryptic: "Out of place: [EOF]", Titanium's error codes. */
    private static String plain(String message) {
        if (message == null) return "syntax error";
        if (message.contains("[EOF]")) return "unexpected end of file (a closing '}', ']' or '.' is missing)";
        if (message.contains("LOADING_DOCUMENT_FAILED")) return "not well-formed JSON";
        return message;
    }

    /** Parses a triples-only source into a graph. */
    public static Graph parseGraph(String sourceName, String content, Lang lang) {
        DatasetGraph dsg = parse(sourceName, content.getBytes(StandardCharsets.UTF_8), lang);
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }
}
