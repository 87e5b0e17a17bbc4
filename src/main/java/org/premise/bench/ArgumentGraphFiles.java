package org.premise.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a generated argument graph ({@link GraphShapes}) as Turtle in Premise's vocabulary,
 * streamed as it is walked, and a sidecar of facts about it ({@code FILE.facts}: counts and a
 * statement deep in the graph to ask {@code assumptions-of} about).
 *
 * <pre>java -cp target/premise.jar org.premise.bench.ArgumentGraphFiles --shape dag --statements 100000 --seed 42 -o g.ttl</pre>
 */
public final class ArgumentGraphFiles {
    /** Bumped whenever a change to the generator changes its output, so cached files are remade. */
    public static final int GENERATOR_VERSION = 1;

    private ArgumentGraphFiles() {}

    public static void main(String[] args) throws IOException {
        String shape = "dag";
        int statements = 1000;
        long seed = 42;
        double far = GraphShapes.DEFAULT_FAR;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--shape" -> { shape = required(args[i], value); i++; }
                case "--statements", "-n" -> { statements = Integer.parseInt(required(args[i], value)); i++; }
                case "--seed" -> { seed = Long.parseLong(required(args[i], value)); i++; }
                case "--far" -> { far = Double.parseDouble(required(args[i], value)); i++; }
                case "-o", "--output" -> { output = Path.of(required(args[i], value)); i++; }
                case "-h", "--help" -> {
                    System.out.println("usage: ArgumentGraphFiles --shape " + String.join("|", GraphShapes.NAMES)
                            + " --statements N --seed S [--far P] -o FILE.ttl");
                    return;
                }
                default -> throw usage("unknown option " + args[i]);
            }
        }
        if (output == null) throw usage("-o FILE.ttl is required");
        if (!GraphShapes.NAMES.contains(shape)) throw usage("unknown shape " + shape + "; expected one of " + GraphShapes.NAMES);
        Map<String, String> facts = write(GraphShapes.generate(shape, statements, seed, far), output, far);
        facts.forEach((k, v) -> System.err.println(k + "=" + v));
    }

    /**
     * Writes the graph to {@code file} (through a temporary file, so a failure leaves no partial
     * file) and its facts beside it as {@code file.facts}; returns the facts.
     */
    public static Map<String, String> write(BenchGraph graph, Path file, double far) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        long triples;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 20)) {
            triples = graph.writeTurtle(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            // A temporary file is private (rw-------); the graph is not.
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, String> facts = facts(graph, triples, far);
        StringBuilder text = new StringBuilder();
        facts.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(Path.of(file + ".facts"), text, StandardCharsets.UTF_8);
        return facts;
    }

    /** What the benchmark needs to know about a graph without reading it back. */
    public static Map<String, String> facts(BenchGraph graph, long triples, double far) {
        int assumptions = 0;
        int conclusions = 0;
        for (int s = 0; s < graph.statements(); s++) {
            if (graph.kind(s) == BenchGraph.Kind.ASSUMPTION) assumptions++;
            if (graph.kind(s) == BenchGraph.Kind.CONCLUSION) conclusions++;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("shape", graph.shape());
        facts.put("seed", Long.toString(graph.seed()));
        facts.put("far", Double.toString(far));
        facts.put("generator", Integer.toString(GENERATOR_VERSION));
        facts.put("statements", Integer.toString(graph.statements()));
        facts.put("assumptions", Integer.toString(assumptions));
        facts.put("conclusions", Integer.toString(conclusions));
        facts.put("arguments", Integer.toString(graph.arguments()));
        facts.put("undercuts", Integer.toString(graph.undercutCount()));
        facts.put("rebuts", Integer.toString(graph.rebutCount()));
        facts.put("questions", Integer.toString(graph.questions()));
        facts.put("triples", Long.toString(triples));
        facts.put("key", BenchGraph.statementIri(graph.key()));
        facts.put("key_assumptions", Integer.toString(graph.assumptionsOf(graph.key()).length));
        return facts;
    }

    private static String required(String option, String value) {
        if (value == null) throw usage(option + " needs a value");
        return value;
    }

    private static IllegalArgumentException usage(String message) {
        return new IllegalArgumentException("ArgumentGraphFiles: " + message);
    }
}
