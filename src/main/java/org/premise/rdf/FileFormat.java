package org.premise.rdf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.premise.BadInputException;

/**
 * The RDF syntaxes Premise writes, with the names and aliases users type after {@code --format}
 * and the file extensions that choose them from an {@code -o} file. One vocabulary, so that
 * {@code turtle} means the same in every command.
 */
public enum FileFormat {
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

    /** The usual file extension, without its dot ({@code ttl}, {@code rdf}). */
    public String extension() { return extensions.get(0); }

    /** The name shown in messages and help ({@code ttl}). */
    public String word() { return names.get(0); }

    /** The format a name or alias means (case-insensitive), or empty. */
    public static Optional<FileFormat> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(wanted)).findFirst();
    }

    /** The format a file's extension says, ignoring a final {@code .gz} ({@code x.nt.gz}: N-Triples), or empty. */
    public static Optional<FileFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /**
     * The format to write: the one named by {@code --format} if given, else the one the
     * {@code -o} file's extension says, else {@code fallback}. Only the {@code accepted} ones
     * may be chosen.
     *
     * @throws BadInputException for an unknown or refused name, or a name that contradicts the extension
     */
    public static FileFormat choose(String given, Optional<Path> output, List<FileFormat> accepted, FileFormat fallback) {
        Optional<FileFormat> byFile = output.filter(p -> !p.toString().equals("-")).flatMap(FileFormat::ofFile);
        if (given != null) {
            FileFormat named = named(given).filter(accepted::contains).orElseThrow(() -> unknown(given, accepted));
            byFile.filter(f -> f != named).ifPresent(f -> {
                throw new BadInputException("--format " + named.word() + " but the -o file's extension says " + f.word());
            });
            return named;
        }
        if (byFile.isPresent()) {
            if (!accepted.contains(byFile.get())) {
                throw new BadInputException("the -o file's extension says " + byFile.get().word()
                        + ", which this command does not write; expected one of: " + words(accepted));
            }
            return byFile.get();
        }
        return fallback;
    }

    /** The one message for a {@code --format} no command of this kind knows. */
    public static BadInputException unknown(String given, List<FileFormat> accepted) {
        return new BadInputException("unknown format \"" + given + "\"; expected one of: " + words(accepted));
    }

    private static String words(List<FileFormat> formats) {
        return formats.stream().map(FileFormat::word).collect(Collectors.joining(", "));
    }
}
