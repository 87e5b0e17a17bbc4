package org.premise.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a digest of about a given size for the {@code ingest} benchmark: the header of a
 * digest, then its sections over and over, each copy with its own title and each bullet made a
 * distinct statement by a numbered lead ("In case 17, ..."), so every statement is new text
 * that mentions the same concepts as the original.
 *
 * <pre>java -cp target/premise.jar org.premise.bench.BigDigest kb/lossy-self-improvement.txt 1000000 big.txt</pre>
 */
public final class BigDigest {
    private BigDigest() {}

    /** Arguments: the digest to repeat, the size in bytes to reach, the file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BigDigest DIGEST.txt BYTES OUT.txt");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        long target = Long.parseLong(args[1]);
        int sections = lines.indexOf("Sections");
        int unknowns = lines.indexOf("Unknowns");
        if (sections < 0) throw new IllegalArgumentException(args[0] + ": no Sections line");
        List<String> body = new ArrayList<>(lines.subList(sections + 1, unknowns < 0 ? lines.size() : unknowns));
        long written = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (String line : lines.subList(0, sections + 1)) written += write(out, line);
            for (int copy = 1; written < target; copy++) {
                for (String line : body) {
                    if (line.isBlank()) continue;
                    written += write(out, line.startsWith("- ")
                            ? "- In case " + copy + ", " + line.substring(2)
                            : line + " (copy " + copy + ")");
                }
            }
        }
    }

    private static int write(Writer out, String line) throws IOException {
        out.write(line);
        out.write('\n');
        return line.getBytes(StandardCharsets.UTF_8).length + 1;
    }
}
