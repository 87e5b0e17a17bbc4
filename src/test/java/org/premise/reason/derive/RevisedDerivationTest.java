package org.premise.reason.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premise.rdf.GraphChanges;
import org.premise.reason.rules.RuleFiles;

/**
 * {@link Derivation#apply}: on random data and rule files, a derivation changed in place by a
 * series of random changes (insertions, removals, both; incremental where no noValue test sees
 * them, re-derived otherwise) always derives what a derivation prepared from the changed data derives;
 * the changes it reports are exactly how the stored (materialised) triples changed, skolem
 * blank nodes included; every derived triple is still explained down to asserted ones; and a
 * closure view handed out before a change keeps showing the closure as it was.
 */
class RevisedDerivationTest {
    private static final int CASES = 300;

    @BeforeAll
    static void initJena() {
        // Parsing rules before any node is made would initialise Jena from inside a class initialiser.
        JenaSystem.init();
    }

    @Test
    void aChangedDerivationEqualsOnePreparedFromTheChangedData() {
        for (long seed = 1; seed <= CASES; seed++) {
            RandomRuleSets random = new RandomRuleSets(seed);
            String text = random.rules();
            List<RuleFiles.SourcedRule> rules = RandomRuleSets.parse(text);
            Graph data = random.data();
            Derivation.Prepared prepared = Derivation.prepare(data, rules);
            assertNull(prepared.unsupported(), text);
            Derivation derivation = prepared.derivation();
            Random change = new Random(seed * 31);
            for (int step = 0; step < 6; step++) {
                Graph stored = FastDerivationAgreesWithJenaTest.copy(derivation.materialised());
                // Insertions only, removals only, then both.
                List<Triple> removed = new ArrayList<>();
                if (step % 3 != 0) {
                    data.find().forEachRemaining(t -> {
                        if (change.nextInt(4) == 0) removed.add(t);
                    });
                }
                List<Triple> added = new ArrayList<>();
                if (step % 3 != 1) {
                    new RandomRuleSets(seed * 100 + step).data().find().forEachRemaining(t -> {
                        if (change.nextInt(3) == 0 && !data.contains(t)) added.add(t);
                    });
                }
                removed.forEach(data::delete);
                added.forEach(data::add);

                GraphChanges changes = derivation.apply(added, removed);
                Graph ours = FastDerivationAgreesWithJenaTest.copy(derivation.inferred());
                Graph fresh = FastDerivationAgreesWithJenaTest.copy(Derivation.prepare(data, rules).derivation().inferred());
                String where = "seed " + seed + ", change " + step;
                assertTrue(fresh.isIsomorphicWith(ours), () -> where + ": differs from a fresh derivation\n" + text
                        + "--- only fresh\n" + FastDerivationAgreesWithJenaTest.show(FastDerivationAgreesWithJenaTest.minus(fresh, ours))
                        + "--- only changed\n" + FastDerivationAgreesWithJenaTest.show(FastDerivationAgreesWithJenaTest.minus(ours, fresh)));
                GraphChanges expected = GraphChanges.between(stored, derivation.materialised());
                assertEquals(new HashSet<>(expected.added()), new HashSet<>(changes.added()), where + " added");
                assertEquals(new HashSet<>(expected.removed()), new HashSet<>(changes.removed()), where + " removed");
            }
            for (Triple t : FastDerivationAgreesWithJenaTest.copy(derivation.inferred()).find().toList()) {
                Derivation.Step explained = derivation.explain(t);
                assertNotNull(explained, "seed " + seed + ": no explanation for " + t);
                FastDerivationAgreesWithJenaTest.checkStep(explained, data, derivation.inferred(), rules);
            }
        }
    }

    @Test
    void aChangeNoRuleReadsChangesNothingAndClosureViewsKeepTheirClosure() {
        int closures = 0;
        for (long seed = 1; seed <= CASES; seed++) {
            RandomRuleSets random = new RandomRuleSets(seed);
            Graph data = random.data();
            List<RuleFiles.SourcedRule> rules = RandomRuleSets.parse(random.rules());
            Derivation derivation = Derivation.prepare(data, rules).derivation();
            assertTrue(derivation.apply(List.of(), List.of()).isEmpty(), "seed " + seed);
            Triple unread = Triple.create(RandomRuleSets.n(0), NodeFactory.createURI("urn:unread"), RandomRuleSets.n(1));
            GraphChanges unreadChanges = derivation.apply(List.of(unread), List.of());
            data.add(unread);
            if (!unreadChanges.isEmpty()) {
                // A rule with a variable predicate reads every triple: check it against a fresh derivation.
                Graph fresh = FastDerivationAgreesWithJenaTest.copy(Derivation.prepare(data, rules).derivation().inferred());
                assertTrue(fresh.isIsomorphicWith(FastDerivationAgreesWithJenaTest.copy(derivation.inferred())), "seed " + seed);
            }
            for (org.apache.jena.graph.Node p : derivation.closurePredicates()) {
                ClosureView before = ClosureView.of(derivation, p);
                Graph shown = FastDerivationAgreesWithJenaTest.copy(before);
                List<Triple> edges = data.find(null, p, null).toList();
                derivation.apply(List.of(Triple.create(RandomRuleSets.n(0), p, RandomRuleSets.n(7))), edges);
                assertTrue(shown.isIsomorphicWith(FastDerivationAgreesWithJenaTest.copy(before)), "seed " + seed + ": the view changed");
                closures++;
            }
        }
        assertTrue(closures > 10, closures + " closure views checked");
    }
}
