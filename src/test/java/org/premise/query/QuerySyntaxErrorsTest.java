package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;

/** Syntax errors are placed as Premise's other readers count: lines end at \n, columns count characters. */
class QuerySyntaxErrorsTest {
    @Test
    void aLoneCarriageReturnDoesNotEndALine() {
        assertAt(1, 28, "SELECT ?x\rWHERE\r{ ?x ?p ?o ?q }");
    }

    @Test
    void crlfEndsALineOnce() {
        assertAt(3, 12, "SELECT ?x\r\nWHERE\r\n{ ?x ?p ?o ?q }");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneColumn() {
        assertAt(1, 29, "SELECT ?x WHERE { ?x ?p \"\uD83D\uDE00\" ?q }"); // Jena: column 30
    }

    @Test
    void theEndOfAnEmptyQueryIsLineOneColumnOne() {
        assertAt(1, 1, "");
        assertAt(2, 1, "\n\n"); // Jena puts the end at the last line break
    }

    private static void assertAt(int line, int column, String query) {
        BadInputException e = QuerySyntaxErrors.toBadInput("q.rq", query, parseError(query));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.toUserMessage());
    }

    private static QueryParseException parseError(String query) {
        try {
            QueryFactory.create(query);
        } catch (QueryParseException e) {
            return e;
        }
        throw new AssertionError("parsed: " + query);
    }
}
