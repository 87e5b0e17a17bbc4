package org.premise.reason.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On a pure abstract framework (every argument a leaf, each attack an undercut) the grounded
 * labelling must be Dung's grounded extension: checked against the ICCMA reference files.
 */
class AbstractFrameworkFixturesTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures/af");

    @TestFactory
    Stream<DynamicTest> groundedLabellingMatchesTheReferenceExtensions() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(p -> p.toString().endsWith(".apx")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .apx fixtures in " + FIXTURES.toAbsolutePath());
        return files.stream().map(apx -> DynamicTest.dynamicTest(apx.getFileName().toString(), () -> check(apx)));
    }

    private static void check(Path apx) throws IOException {
        AbstractFramework af = AbstractFramework.read(apx);
        ArgumentGraph graph = af.toGraph();
        GroundedStatus status = GroundedStatus.compute(graph);
        Set<String> grounded = status.withStatus(Status.IN);

        Set<Set<String>> gr = AbstractFramework.readExtensions(Path.of(apx + ".EE-GR"));
        assertEquals(Set.of(grounded), gr, "EE-GR");

        Set<Set<String>> complete = AbstractFramework.readExtensions(Path.of(apx + ".EE-CO"));
        Set<String> intersection = new HashSet<>(af.arguments());
        for (Set<String> ext : complete) {
            assertTrue(ext.containsAll(grounded), "grounded within complete extension " + ext);
            intersection.retainAll(ext);
        }
        assertEquals(intersection, grounded, "grounded = intersection of the complete extensions");
        assertTrue(complete.contains(grounded), "grounded is itself complete (the least one)");
        assertEquals(complete, af.completeExtensionsByBruteForce(), "EE-CO = brute-force complete extensions");

        // OUT = attacked by the grounded extension; the rest is UNDECIDED.
        for (String a : af.arguments()) {
            boolean attackedByIn = af.attacks().stream()
                    .anyMatch(att -> att[1].equals(a) && grounded.contains(att[0]));
            Status expected = grounded.contains(a) ? Status.IN : attackedByIn ? Status.OUT : Status.UNDECIDED;
            assertEquals(expected, status.status(a), a);
        }
    }
}
