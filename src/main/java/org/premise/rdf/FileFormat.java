package org.premise.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
import org.premise.FormatChoice;
import org.premise.NamedFormat;

/**
 * The RDF syntaxes Premise writes, with the names and aliases users type after {@code --format}
 * and the file extensions that choose them from an {@code -o} file. One vocabulary, so that
 * {@code turtle} means the same in every command.
 */
public enum FileFormat implements NamedFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false, List.of("ttl", "turtle"), List.of("ttl")),
    NT(RDFFormat.NTRIPLES, false, List.of("nt", "ntriples", "n-triples"), List.of("nt")),
    TRIG(RDFFormat.TRIG_PRETTY, true, List.of("trig"), List.of("trig")),
    NQ(RDFFormat.NQUADS, true, List.of("nq", "nquads", "n-quads"), List.of("nq")),
    JSONLD(RDFFormat.JSONLD11, true, List.of("jsonld", "json-ld"), List.of("jsonld")),
    RDFXML(RDFFormat.RDFXML_PRETTY, false, List.of("rdfxml", "rdf", "xml", "rdf/xml"), List.of("rdf", "owl", "xml"));

    private final RDFFormat rdfFormat;
    private final boolean quads;
    private final List<String> names;
    private final List<String> extensions;

    FileFormat(RDFFormat rdfFormat, boolean quads, List<String> names, List<String> extensions) {
        this.rdfFormat = rdfFormat;
        this.quads = quads;
        this.names = names;
        this.extensions = extensions;
    }

    /** The Jena output format. */
    public RDFFormat rdfFormat() { return rdfFormat; }

    /** Whether the syntax keeps named graphs (TriG, N-Quads, JSON-LD). */
    public boolean quads() { return quads; }

    @Override
    public List<String> names() { return names; }

    /** The usual file extension, without its dot ({@code ttl}, {@code rdf}). */
    public String extension() { return extensions.get(0); }

    /** The syntax a name or alias means (case-insensitive), or empty. */
    public static Optional<FileFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(wanted)).findFirst();
    }

    @Override
    public List<String> extensions() { return extensions; }

    /**
     * How a command that writes some of these syntaxes chooses one: {@code --format}, else the
     * {@code -o} file's extension, else its default. The extension of a syntax the command does
     * not write is refused, not ignored.
     *
     * @param command the command's name, as messages show it
     * @param accepted the syntaxes it writes, in the order messages list them
     */
    public static FormatChoice<FileFormat> choice(String command, List<FileFormat> accepted) {
        return FormatChoice.of(command, accepted).within(List.of(values()), null);
    }
}
