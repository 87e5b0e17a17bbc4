package org.premise.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.atlas.json.JsonParseException;
import org.junit.jupiter.api.Test;

/** JSON as AIF files are read: every escape JSON allows, errors placed in characters. */
class AifJsonTest {
    @Test
    void aFormFeedEscapeReads() {
        assertEquals("a\u000Cb", AifJson.parse("{\"t\": \"a\\fb\"}").getAsObject().get("t").getAsString().value());
    }

    @Test
    void anEscapedBackslashBeforeFStaysABackslash() {
        assertEquals("a\\fb", AifJson.parse("{\"t\": \"a\\\\fb\"}").getAsObject().get("t").getAsString().value());
    }

    @Test
    void anErrorAfterAFormFeedEscapeIsAtItsColumnAsWritten() {
        // Jena's column is just past the unexpected token, as in {"t": "ab" x} (14).
        assertAt(1, 15, "{\"t\": \"a\\fb\" x}");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneColumn() {
        assertAt(1, 8, "{\"\uD83D\uDE00\": x}"); // just past x; Jena: column 9
    }

    private static void assertAt(int line, int column, String json) {
        JsonParseException e = assertThrows(JsonParseException.class, () -> AifJson.parse(json));
        assertEquals(line + ":" + column, e.getLine() + ":" + e.getColumn(), e.getMessage());
    }
}
