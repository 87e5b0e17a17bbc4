package org.premise.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.premise.BundledResources;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.digest.Digest;
import org.premise.digest.DigestReader;
import org.premise.digest.DigestWriter;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The digest reader, as {@code --data notes.txt} reads a file: parsed, keyed and turned into
 * its graph. A digest that parses must also render back and parse to the same digest, and
 * render byte for byte where {@link DigestWriter} promises it.
 */
class DigestFuzzTest {
    private static final Path FOLDER = ReaderContract.scratchFolder("digest");
    private static final Path FILE = FOLDER.resolve("notes.txt");

    @FuzzTest
    void digest(byte[] content) {
        ReaderContract.withinTimeLimit(() -> read(content));
    }

    private static void read(byte[] content) {
        ReaderContract.write(FILE, content);
        ReaderContract.read(FILE.toString(), content, () -> {
            new KnowledgeBaseLoader(BundledResources.onClasspath()).loadFile(FILE);
            return true;
        });
        ReaderContract.read("notes.txt", content, () -> new DigestReader().read("notes.txt", content))
                .ifPresent(digest -> rendersBack(digest, content));
    }

    private static void rendersBack(Digest digest, byte[] content) {
        String rendered = new DigestWriter().write(digest);
        assertEquals(digest, new DigestReader().read("rendered.txt", rendered), "render, then read again");
        String text = new String(content, StandardCharsets.UTF_8);
        if (writtenAsTheWriterWrites(text, digest.lineEnding())) assertEquals(text, rendered, "render byte for byte");
    }

    /** No byte order mark, blank line or trailing white space, and one line ending throughout. */
    private static boolean writtenAsTheWriterWrites(String text, String lineEnding) {
        if (text.startsWith("\uFEFF")) return false;
        String[] lines = text.split("\n", -1);
        int last = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < last; i++) {
            String line = lines[i];
            boolean endsLine = i < lines.length - 1;
            if (endsLine && line.endsWith("\r") != lineEnding.equals("\r\n")) return false;
            if (endsLine && line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isBlank() || !line.equals(line.stripTrailing())) return false;
        }
        return true;
    }
}
