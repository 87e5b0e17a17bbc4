package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Standard output kept whole before it is printed: in memory, or past a size in a temporary file. */
class SpooledOutputTest {
    /** Multi-byte characters (2, 3 and 4 bytes in UTF-8) cut across every write and spill boundary. */
    private static final String TEXT = "é€😀 ex:a ex:b \"Zürich\" .\n".repeat(2000);

    private static String through(int limit, int chunk) throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        StringWriter printed = new StringWriter();
        try (SpooledOutput out = new SpooledOutput(limit)) {
            for (int i = 0; i < bytes.length; i += chunk) out.write(bytes, i, Math.min(chunk, bytes.length - i));
            out.copyTo(printed);
        }
        return printed.toString();
    }

    @Test
    void smallOutputStaysInMemoryAndPrintsAsWritten() throws IOException {
        assertEquals(TEXT, through(1 << 20, 7));
    }

    @Test
    void largeOutputSpillsToAFileAndPrintsTheSameCharacters() throws IOException {
        assertEquals(TEXT, through(1000, 7));
        assertEquals(TEXT, through(1000, 1));
        assertEquals(TEXT, through(0, 4096));
    }
}
