package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing back what was read gives the same bytes, whatever the line ending and final newline. */
class DigestRoundTripTest {
    static final Path SEED = Path.of("kb/lossy-self-improvement.txt");

    private final DigestReader reader = new DigestReader();
    private final DigestWriter writer = new DigestWriter();

    @Test
    void seedRoundTripsByteForByte() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        Digest digest = reader.read(SEED);
        assertEquals("\n", digest.lineEnding());
        assertFalse(digest.endsWithLineEnding(), "the seed has no final newline");
        assertArrayEquals(bytes, writer.write(digest).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void seedWithFinalNewlineRoundTrips() throws IOException {
        String text = seedText() + "\n";
        Digest digest = reader.read("seed-lf.txt", text);
        assertTrue(digest.endsWithLineEnding());
        assertEquals(text, writer.write(digest));
    }

    @Test
    void crlfSeedRoundTrips() throws IOException {
        String crlf = seedText().replace("\n", "\r\n");
        Digest digest = reader.read("seed-crlf.txt", crlf);
        assertEquals("\r\n", digest.lineEnding());
        assertEquals(crlf, writer.write(digest));
        assertEquals(reader.read(SEED).takeaways(), digest.takeaways(), "no \\r is left in the text");
        String crlfWithFinal = crlf + "\r\n";
        assertEquals(crlfWithFinal, writer.write(reader.read("seed-crlf2.txt", crlfWithFinal)));
    }

    @Test
    void blankLinesAndTrailingSpacesCarryNoMeaning() throws IOException {
        String loose = seedText().replace("\nSections\n", "\n\nSections  \n\n").replace("Key takeaways", "Key takeaways \t");
        Digest digest = reader.read("loose.txt", loose);
        assertEquals(reader.read(SEED), digest);
    }

    @Test
    void emptySectionsUnicodeAndEmptyUnknownsBlockRoundTrip() {
        String text = String.join("\n",
                "Title – with “quotes” 🚀",
                "Sources: 12 • Confidence: High • Updated: 2024-02-29 00:00",
                "Key takeaways",
                "Sections",
                "Empty section",
                "Title – with “quotes” 🚀",
                "- Gains of 1–3% <maybe>: 'single' and \"double\" 🤖",
                "Another empty section",
                "Unknowns",
                "");
        Digest digest = reader.read("unicode.txt", text);
        assertEquals(List.of(), digest.takeaways());
        assertEquals(3, digest.sections().size());
        assertEquals(List.of(), digest.sections().get(0).bullets());
        assertEquals(digest.title(), digest.sections().get(1).title());
        assertTrue(digest.unknownsBlock());
        assertEquals(List.of(), digest.unknowns());
        assertEquals(12, digest.sourceCount());
        assertEquals(text, writer.write(digest));
    }

    @Test
    void documentWithoutUnknownsBlockRoundTrips() {
        String text = "T\nSources: 0 • Confidence: Low • Updated: 2026-01-01 09:05\nKey takeaways\n- A\nSections\nS\n- A";
        Digest digest = reader.read("no-unknowns.txt", text);
        assertFalse(digest.unknownsBlock());
        assertEquals(text, writer.write(digest));
    }

    @Test
    void writerWritesFiles(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("copy.txt");
        writer.write(reader.read(SEED), out);
        assertArrayEquals(Files.readAllBytes(SEED), Files.readAllBytes(out));
    }

    private static String seedText() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }
}
