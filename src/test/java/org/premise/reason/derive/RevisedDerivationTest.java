package org.premise.reason.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.premise.reason.GraphChanges;
import org.premise.reason.RuleFiles;

/**
 * {@link Derivation#revise}: on random data and rule files, a derivation revised by a random
 * change (some asserted triples removed, some added) derives what a derivation prepared from
 * the changed data derives, and {@link Derivation#changesFrom} is exactly how the stored
 * (materialised) triples changed, skolem blank nodes included.
 */
class RevisedDerivationTest {
    private static final int CASES = 300;

    @Test
    void aRevisedDerivationEqualsOnePreparedFromTheChangedData() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomRuleSets random = new RandomRuleSets(seed);
            Graph data = random.data();
            String text = random.rules();
            List<RuleFiles.SourcedRule> rules = RandomRuleSets.parse(text);
            Derivation.Prepared prepared = Derivation.prepare(data, rules);
            assertNull(prepared.unsupported(), text);
            Derivation before = prepared.derivation();
            Graph beforeStored = FastDerivationAgreesWithJenaTest.copy(before.materialised());

            Random change = new Random(seed * 31);
            List<Triple> removed = new ArrayList<>();
            data.find().forEachRemaining(t -> {
                if (change.nextInt(4) == 0) removed.add(t);
            });
            Graph extra = new RandomRuleSets(seed + 100_000).data();
            List<Triple> added = new ArrayList<>();
            extra.find().forEachRemaining(t -> {
                if (change.nextInt(3) == 0 && !data.contains(t)) added.add(t);
            });
            Graph changed = FastDerivationAgreesWithJenaTest.copy(data);
            removed.forEach(changed::delete);
            added.forEach(changed::add);

            Derivation revised = before.revise(added, removed);
            Graph ours = FastDerivationAgreesWithJenaTest.copy(revised.inferred());
            Graph fresh = FastDerivationAgreesWithJenaTest.copy(Derivation.prepare(changed, rules).derivation().inferred());
            long s = seed;
            assertTrue(fresh.isIsomorphicWith(ours), () -> "seed " + s + ": the revision differs from a fresh derivation\n" + text
                    + "--- only fresh\n" + FastDerivationAgreesWithJenaTest.show(FastDerivationAgreesWithJenaTest.minus(fresh, ours))
                    + "--- only revised\n" + FastDerivationAgreesWithJenaTest.show(FastDerivationAgreesWithJenaTest.minus(ours, fresh)));

            GraphChanges changes = revised.changesFrom(before);
            GraphChanges expected = GraphChanges.between(beforeStored, revised.materialised());
            assertEquals(new HashSet<>(expected.added()), new HashSet<>(changes.added()), "seed " + s + " added");
            assertEquals(new HashSet<>(expected.removed()), new HashSet<>(changes.removed()), "seed " + s + " removed");
            assertTrue(FastDerivationAgreesWithJenaTest.copy(before.inferred()).isIsomorphicWith(
                    FastDerivationAgreesWithJenaTest.copy(Derivation.prepare(data, rules).derivation().inferred())),
                    "seed " + s + ": revising changed the original derivation");
        }
    }

    @Test
    void aRevisionWithNoChangeKeepsTheSameSkolemBlankNodes() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomRuleSets random = new RandomRuleSets(seed);
            Graph data = random.data();
            List<RuleFiles.SourcedRule> rules = RandomRuleSets.parse(random.rules());
            Derivation before = Derivation.prepare(data, rules).derivation();
            Derivation same = before.revise(List.of(), List.of());
            assertTrue(same.changesFrom(before).isEmpty(), "seed " + seed);
        }
    }
}
