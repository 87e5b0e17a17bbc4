package org.premise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {
    private static final List<String> QUERIES =
            List.of("dependencies", "dependents-of", "assumptions", "weakest-links", "unsupported-claims");

    @Test
    void closestFirst() {
        assertEquals(List.of("dependencies", "dependents-of"), ClosestNames.closest("depencies", QUERIES, 3));
    }

    @Test
    void ignoresCase() {
        assertEquals(List.of("assumptions"), ClosestNames.closest("ASUMPTIONS", QUERIES, 3));
    }

    @Test
    void aTypedPrefixFindsTheLongerName() {
        assertEquals("weakest-links", ClosestNames.closest("weak", QUERIES, 3).get(0));
    }

    @Test
    void nothingCloseGivesTheFirstNamesAlphabetically() {
        assertEquals(List.of("assumptions", "dependencies"), ClosestNames.closest("zzzzzzzzzzzzzzzzzz", QUERIES, 2));
    }

    @Test
    void editDistance() {
        assertEquals(3, ClosestNames.distance("kitten", "sitting"));
        assertEquals(0, ClosestNames.distance("", ""));
        assertEquals(4, ClosestNames.distance("", "abcd"));
    }
}
