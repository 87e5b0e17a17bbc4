package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.BadInputException;

/** Curated keys from the .keys sidecar, and the refusals of a bad one. */
class KeyAssignmentsTest {
    private static final Path SEED_KEYS = Path.of("kb/lossy-self-improvement.keys");
    /** The 21 curated keys in first-appearance order: the five takeaways, then new section bullets, then unknowns. */
    private static final List<String> CURATED = List.of(
            "thesis", "models-capable", "translation-gap", "post-training-last-mile", "political-allocation",
            "rsi-requirements", "lossy-regime", "gains-dont-transfer",
            "step-forward-2026", "coding-progress", "hard-to-predict", "agi-threshold",
            "parallelism-limits", "automl-precedent", "complexity-break", "oligopoly", "consolidation", "productivity-uplift", "metric-correlation",
            "last-mile-difficulty", "meta-work");
    private static Digest seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = new DigestReader().read(DigestRoundTripTest.SEED);
    }

    @Test
    void seedSidecarIsFound() {
        assertEquals(Optional.of(SEED_KEYS), KeyAssignments.sidecarOf(DigestRoundTripTest.SEED));
        assertEquals(Optional.empty(), KeyAssignments.sidecarOf(Path.of("kb/no-such-digest.txt")));
    }

    @Test
    void seedResolvesToExactlyTheCuratedKeys() throws IOException {
        Map<String, String> keys = KeyAssignments.forDigest(DigestRoundTripTest.SEED).resolve(seed);
        assertEquals(21, keys.size());
        assertEquals(new HashSet<>(CURATED), new HashSet<>(keys.values()));
        assertEquals(CURATED, List.copyOf(keys.values()), "keys come in first-appearance order");
        assertEquals("political-allocation", keys.get(StatementText.normalize(seed.textAt(Appearance.sectionBullet(5, 1)))));
        assertEquals("thesis", keys.get(StatementText.normalize(seed.sections().get(0).bullets().get(0))));
        assertEquals("meta-work", keys.get(StatementText.normalize(seed.unknowns().get(4))));
    }

    @Test
    void withoutCuratedKeysEveryStatementGetsItsAutoKey() {
        Map<String, String> keys = KeyAssignments.none().resolve(seed);
        assertEquals(21, keys.size());
        keys.forEach((text, key) -> assertEquals(StatementKeys.autoKey(text), key));
    }

    @Test
    void partialCurationMixesCuratedAndAutoKeys() {
        Map<String, String> keys = KeyAssignments.read("part.keys", "# two keys\n\nthesis S1.1\r\n  oligopoly\tS5.2  \n").resolve(seed);
        assertEquals("thesis", keys.get(StatementText.normalize(seed.takeaways().get(0))));
        String second = StatementText.normalize(seed.takeaways().get(1));
        assertEquals(StatementKeys.autoKey(second), keys.get(second));
    }

    @Test
    void positionsAreKeptInFileOrder() {
        KeyAssignments keys = KeyAssignments.read("order.keys", "b U2\na S3.1\nc T4\n");
        assertEquals(List.of(Appearance.unknown(2), Appearance.sectionBullet(3, 1), Appearance.takeaway(4)),
                List.copyOf(keys.byPosition().keySet()));
        assertEquals(List.of("b", "a", "c"), List.copyOf(keys.byPosition().values()));
    }

    @Test
    void malformedLinesAreRefused() {
        assertRefused("k.keys:2:7: expected \"<key> <position>\": a position after the key", "# c\nthesis\n");
        assertRefused("k.keys:1:11: unexpected \"#\" after the position: expected \"<key> <position>\"", "thesis T1 # no\n");
        assertRefused("k.keys:1:1: invalid key \"Thesis\": expected lowercase letters and digits in words joined by \"-\", "
                + "such as models-capable", "Thesis T1\n");
        assertRefused("k.keys:1:1: invalid key \"T1\": expected lowercase letters and digits in words joined by \"-\", "
                + "such as models-capable (write the key first, then the position)", "T1 thesis\n");
        assertRefused("k.keys:1:8: invalid position \"S1\": expected T<n>, S<s>.<b> or U<n>, such as T1, S2.3 or U4",
                "thesis S1\n");
        assertRefused("k.keys:1:8: invalid position \"T0\": expected T<n>, S<s>.<b> or U<n>, such as T1, S2.3 or U4",
                "thesis T0\n");
        assertRefused("k.keys:2:7: position T1 already has key \"thesis\" (line 1)", "thesis T1\nother T1\n");
    }

    @Test
    void invalidUtf8IsRefusedWithItsLine() {
        byte[] bytes = "# ok\nthesis T1\nbad\u00e9 T2\n".getBytes(StandardCharsets.ISO_8859_1);
        BadInputException e = assertThrows(BadInputException.class, () -> KeyAssignments.read("k.keys", bytes));
        assertEquals("k.keys:3:4: invalid UTF-8 byte 0xE9: expected UTF-8 text", e.toUserMessage());
    }

    @Test
    void positionsTheDigestLacksAreRefused() {
        assertResolveRefused("k.keys:1:3: position T6 does not exist: the digest has 5 key takeaways", "a T6\n");
        assertResolveRefused("k.keys:1:3: position S6.1 does not exist: the digest has 5 sections", "a S6.1\n");
        assertResolveRefused("k.keys:1:3: position S4.3 does not exist: section 4 has 2 bullets", "a S4.3\n");
        assertResolveRefused("k.keys:1:3: position U6 does not exist: the digest has 5 unknowns", "a U6\n");
    }

    @Test
    void oneStatementTakesOneKeyAndOneKeyNamesOneStatement() {
        assertResolveRefused("k.keys:2:1: the statement at S1.1 already has key \"thesis\" (line 1, at T1): "
                + "a statement takes one key", "thesis T1\nthesis-again S1.1\n");
        assertResolveRefused("k.keys:2:1: key \"thesis\" already names a different statement (line 1, at T1)",
                "thesis T1\nthesis T2\n");
        // The same key at two appearances of the same statement is consistent, not an error.
        assertEquals("thesis", KeyAssignments.read("k.keys", "thesis T1\nthesis S1.1\n").resolve(seed)
                .get(StatementText.normalize(seed.takeaways().get(0))));
    }

    @Test
    void aCuratedKeyMustNotBeAnotherStatementsAutoKey() {
        String autoOfT2 = StatementKeys.autoKey(seed.takeaways().get(1));
        assertResolveRefused("k.keys:1:1: key \"" + autoOfT2 + "\" is the automatic key of the statement at T2: "
                + "choose another", autoOfT2 + " T1\n");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path digest = dir.resolve("d.txt");
        Files.copy(DigestRoundTripTest.SEED, digest);
        assertEquals(Map.of(), KeyAssignments.forDigest(digest).byPosition());
        Files.writeString(dir.resolve("d.keys"), "thesis T7\n");
        BadInputException e = assertThrows(BadInputException.class,
                () -> KeyAssignments.forDigest(digest).resolve(seed));
        assertEquals(dir.resolve("d.keys") + ":1:8: position T7 does not exist: the digest has 5 key takeaways",
                e.toUserMessage());
    }

    private static void assertRefused(String expected, String keysText) {
        BadInputException e = assertThrows(BadInputException.class, () -> KeyAssignments.read("k.keys", keysText));
        assertEquals(expected, e.toUserMessage());
    }

    private static void assertResolveRefused(String expected, String keysText) {
        KeyAssignments keys = KeyAssignments.read("k.keys", keysText);
        BadInputException e = assertThrows(BadInputException.class, () -> keys.resolve(seed));
        assertEquals(expected, e.toUserMessage());
    }
}
