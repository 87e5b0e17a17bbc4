package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.reason.GraphChanges;
import org.premise.reason.RuleFiles;

/**
 * Premise's own forward-rule evaluator: Jena rule files, evaluated semi-naively over
 * dictionary-encoded facts, stratum by stratum and only as far as someone asks.
 *
 * <ul>
 *   <li><b>Stratified.</b> Rules are grouped into strata ({@link RuleProgram}); a stratum runs
 *       once everything it reads is complete, to a fixpoint, feeding each round only the facts
 *       the previous round derived (semi-naive), so each rule instance fires once.</li>
 *   <li><b>Transitive rules are not materialised.</b> A rule {@code (?a P ?b) (?b P ?c) -> (?a P ?c)}
 *       makes P a closure served from a {@link TransitiveClosure} index over its base edges: no
 *       per-pair storage, whatever the size of the closure.</li>
 *   <li><b>On demand.</b> {@link #inferred()} is a graph view: asking it for a predicate runs only
 *       the strata that can derive that predicate and those they read. A command that never looks
 *       at {@code premise:concerns} never derives it.</li>
 *   <li><b>Explained by re-derivation.</b> Facts carry their rank (derivation order); {@link #explain}
 *       finds, for the one triple asked, a rule instance whose premises were all derived earlier,
 *       and so on down to asserted triples. Nothing is logged during evaluation.</li>
 * </ul>
 *
 * <p>Rule sets outside the fast path ({@link #prepare} says why) are left to Jena's engine by the caller.
 * Evaluation is single-threaded and on demand; call {@link #complete()} before sharing the
 * {@link #inferred()} view between threads.
 */
public final class Derivation {
    /** The outcome of {@link #prepare}: a derivation, or why the rules need Jena's engine. */
    public record Prepared(Derivation derivation, String unsupported) {
    }

    /** One step of an explanation: the triple, and the rule and premises it came from (none when asserted). */
    public record Step(Triple triple, String rule, List<Step> from) {
        /** Whether the triple is asserted data rather than derived. */
        public boolean isAsserted() {
            return rule == null;
        }
    }

    /** The asserted triples the rules can read: those with one of these predicates, or every one. */
    private record Reads(Set<Node> predicates, boolean everything) {
        boolean reads(Triple t) {
            return everything || predicates.contains(t.getPredicate());
        }
    }

    private final TermDictionary terms;
    private final FactTable facts;
    private final RuleProgram program;
    private final Reads reads;
    private final int assertedCount;
    private final Map<Integer, TransitiveClosure> closures = new HashMap<>();
    private final Evaluator evaluator;
    private final boolean[] done;
    private volatile boolean complete;
    private final Graph inferred;
    /** The derivation this one revised (null for a prepared one), and how many of its terms this one shares. */
    private final Derivation origin;
    private final int sharedTerms;

    private Derivation(TermDictionary terms, FactTable facts, RuleProgram program, Reads reads, Evaluator evaluator,
            Derivation origin) {
        this.terms = terms;
        this.facts = facts;
        this.program = program;
        this.reads = reads;
        this.assertedCount = facts.size();
        this.evaluator = evaluator != null ? evaluator.over(terms, facts, closures) : new Evaluator(terms, facts, closures);
        this.done = new boolean[program.strata.length];
        this.inferred = new InferredGraph(this, true);
        this.origin = origin;
        this.sharedTerms = origin == null ? 0 : origin.terms.size();
    }

    /**
     * Compiles the rules and loads the asserted triples they can read; nothing is derived yet.
     * When the rules are outside the fast path, returns the reason instead.
     */
    public static Prepared prepare(Graph asserted, List<RuleFiles.SourcedRule> rules) {
        TermDictionary terms = new TermDictionary();
        RuleProgram program;
        try {
            program = RuleProgram.compile(rules, terms);
        } catch (RuleProgram.Unsupported e) {
            return new Prepared(null, e.getMessage());
        }
        Set<Node> predicates = new LinkedHashSet<>();
        boolean everything = false;
        for (CompiledRule r : program.rules) {
            for (CompiledRule.Atom[] atoms : List.of(r.body, r.negations, r.head)) {
                for (CompiledRule.Atom a : atoms) {
                    if (a.p() >= 0) {
                        predicates.add(terms.term(a.p()));
                    } else {
                        everything = true;
                    }
                }
            }
        }
        FactTable facts = new FactTable();
        if (everything) {
            asserted.find().forEachRemaining(t -> load(t, terms, facts));
        } else {
            for (Node p : predicates) {
                asserted.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> load(t, terms, facts));
            }
        }
        return new Prepared(new Derivation(terms, facts, program, new Reads(Set.copyOf(predicates), everything), null, null), null);
    }

    /**
     * The derivation of the data after a change, for the same rules: this one's asserted
     * triples without {@code removed}, with {@code added} (triples the rules cannot read are
     * ignored). Nothing is derived yet; it runs on demand like a prepared one, over the
     * asserted facts already encoded here, so no graph is read again. It shares nothing
     * mutable with this derivation, which stays valid: the terms are copied (each keeps its
     * id) and {@code makeSkolem} gives the same blank nodes as here for the same arguments,
     * so {@link #changesFrom} can compare the two. Completes this derivation first.
     */
    public Derivation revise(Collection<Triple> added, Collection<Triple> removed) {
        complete();
        TermDictionary revisedTerms = terms.copy();
        boolean[] gone = new boolean[assertedCount];
        for (Triple t : removed) {
            int f = find(t);
            if (f >= 0 && f < assertedCount) {
                gone[f] = true;
            }
        }
        FactTable revisedFacts = new FactTable();
        for (int f = 0; f < assertedCount; f++) {
            if (!gone[f]) {
                revisedFacts.add(facts.subject(f), facts.predicate(f), facts.object(f));
            }
        }
        for (Triple t : added) {
            if (reads.reads(t)) {
                load(t, revisedTerms, revisedFacts);
            }
        }
        return new Derivation(revisedTerms, revisedFacts, program, reads, evaluator, this);
    }

    /**
     * How {@link #materialised()} changed from the derivation this one {@link #revise revised}:
     * derived triples gained and lost (a triple that became asserted is lost here, one that is
     * no longer asserted but still derived is gained). Compares dictionary ids, so it costs
     * one hash lookup per derived fact of either side. Runs every stratum.
     */
    public GraphChanges changesFrom(Derivation earlier) {
        if (earlier != origin) {
            throw new IllegalArgumentException("changes are known only from the derivation this one revised");
        }
        complete();
        List<Triple> added = new ArrayList<>();
        for (int f = assertedCount; f < facts.size(); f++) {
            int s = facts.subject(f);
            int p = facts.predicate(f);
            int o = facts.object(f);
            int g = s < sharedTerms && p < sharedTerms && o < sharedTerms ? earlier.facts.find(s, p, o) : -1;
            if (g < earlier.assertedCount) {
                added.add(triple(s, p, o));
            }
        }
        List<Triple> removed = new ArrayList<>();
        for (int g = earlier.assertedCount; g < earlier.facts.size(); g++) {
            int s = earlier.facts.subject(g);
            int p = earlier.facts.predicate(g);
            int o = earlier.facts.object(g);
            int f = facts.find(s, p, o);
            if (f < assertedCount) {
                removed.add(earlier.triple(s, p, o));
            }
        }
        return new GraphChanges(added, removed);
    }

    /** Whether this derivation is {@code earlier} {@link #revise revised}. */
    public boolean revises(Derivation earlier) {
        return origin == earlier;
    }

    private int find(Triple t) {
        int s = terms.lookup(t.getSubject());
        int p = terms.lookup(t.getPredicate());
        int o = terms.lookup(t.getObject());
        return s < 0 || p < 0 || o < 0 ? -1 : facts.find(s, p, o);
    }

    private static void load(Triple t, TermDictionary terms, FactTable facts) {
        facts.add(terms.intern(t.getSubject()), terms.intern(t.getPredicate()), terms.intern(t.getObject()));
    }

    /**
     * What the rules derive and the data did not assert, as a read-only graph. Finding with a
     * predicate derives only what that predicate needs; closure predicates are answered from
     * their index.
     */
    public Graph inferred() {
        return inferred;
    }

    /**
     * What a store persists: the derived triples that are stored facts here, that is
     * {@link #inferred()} without the closure pairs that are not base edges. Reading it back,
     * {@link ClosureView} over it and the asserted triples restores every closure pair.
     * Runs every stratum.
     */
    public Graph materialised() {
        complete();
        return new InferredGraph(this, false);
    }

    /** Runs every stratum, so that the {@link #inferred()} view can be shared between threads. */
    public void complete() {
        ensure(-1);
    }

    /** The predicates served as transitive closures (after {@link #complete()}, or as far as derived). */
    public synchronized Set<Node> closurePredicates() {
        Set<Node> out = new LinkedHashSet<>();
        for (int c = 0; c < program.strata.length; c++) {
            if (program.closes[c] >= 0) {
                out.add(terms.term(program.closes[c]));
            }
        }
        return out;
    }

    /** Runs the strata that can derive predicate p (every stratum when p is -1), and what they read. */
    synchronized void ensure(int p) {
        if (complete) {
            return;
        }
        for (int c : program.strataDeriving(p)) {
            run(c);
        }
        if (p < 0) {
            complete = true;
        }
    }

    private void run(int c) {
        if (done[c]) {
            return;
        }
        for (int u : program.upstream[c]) {
            run(u);
        }
        int closed = program.closes[c];
        if (closed >= 0) {
            closures.put(closed, new TransitiveClosure(closed, terms.size(), facts));
        } else {
            semiNaive(program.strata[c]);
        }
        done[c] = true;
    }

    /** Evaluates one stratum to its fixpoint: first over all facts, then over each round's new facts. */
    private void semiNaive(int[] stratum) {
        Set<Integer> derivedHere = new LinkedHashSet<>();
        for (int r : stratum) {
            for (CompiledRule.Atom h : program.rules[r].head) {
                derivedHere.add(h.p());
            }
        }
        Evaluator.Match fire = (rule, binding, matched) -> {
            for (CompiledRule.Atom h : rule.head) {
                int s = bound(h.s(), binding);
                // As in Jena's engine, a triple whose subject would be a literal is not derived.
                if (!terms.term(s).isLiteral()) {
                    facts.add(s, bound(h.p(), binding), bound(h.o(), binding));
                }
            }
            return true;
        };
        int from = facts.size();
        for (int r : stratum) {
            CompiledRule rule = program.rules[r];
            evaluator.matches(rule, unbound(rule), -1, 0, 0, Integer.MAX_VALUE, fire);
        }
        int to = facts.size();
        while (from < to) {
            for (int r : stratum) {
                CompiledRule rule = program.rules[r];
                for (int i = 0; i < rule.body.length; i++) {
                    int p = rule.body[i].p();
                    if (p < 0 || derivedHere.contains(p)) {
                        evaluator.matches(rule, unbound(rule), i, from, to, Integer.MAX_VALUE, fire);
                    }
                }
            }
            from = to;
            to = facts.size();
        }
    }

    private static int[] unbound(CompiledRule rule) {
        int[] b = new int[rule.variables];
        java.util.Arrays.fill(b, -1);
        return b;
    }

    private static int bound(int term, int[] binding) {
        return CompiledRule.isVar(term) ? binding[CompiledRule.varIndex(term)] : term;
    }

    // ---- reading, for the inferred view -------------------------------------------------

    RuleProgram program() {
        return program;
    }

    TermDictionary terms() {
        return terms;
    }

    FactTable facts() {
        return facts;
    }

    int assertedCount() {
        return assertedCount;
    }

    /** The closure index of p, once its stratum ran; null if p is not a closure predicate. */
    TransitiveClosure closure(int p) {
        return closures.get(p);
    }

    /** Every closure built so far. */
    Map<Integer, TransitiveClosure> closures() {
        return closures;
    }

    // ---- explanations -------------------------------------------------------------------

    /**
     * How the triple came to hold: a tree of rule instances down to asserted triples, found by
     * re-deriving only this triple; null when it is neither asserted (as far as the rules read)
     * nor derived. A closure pair is explained along a shortest chain of base edges.
     */
    public Step explain(Triple t) {
        int s = terms.lookup(t.getSubject());
        int p = terms.lookup(t.getPredicate());
        int o = terms.lookup(t.getObject());
        if (s < 0 || p < 0 || o < 0) {
            return null;
        }
        ensure(p);
        return explain(s, p, o);
    }

    private Step explain(int s, int p, int o) {
        int f = facts.find(s, p, o);
        if (f >= 0 && f < assertedCount) {
            return new Step(triple(s, p, o), null, List.of());
        }
        if (f >= 0) {
            return rederive(f);
        }
        TransitiveClosure closure = closures.get(p);
        if (closure == null) {
            return null;
        }
        int[] path = closure.path(s, o);
        if (path == null) {
            return null;
        }
        return chain(closure, path, 0);
    }

    /** (path[i] P path[end]) as the transitive rule applied to the first edge and the rest of the chain. */
    private Step chain(TransitiveClosure closure, int[] path, int i) {
        int p = closure.predicate;
        int last = path[path.length - 1];
        Step edge = explain(path[i], p, path[i + 1]);
        if (i + 2 == path.length) {
            return edge;
        }
        String rule = transitiveRuleName(p);
        return new Step(triple(path[i], p, last), rule, List.of(edge, chain(closure, path, i + 1)));
    }

    private String transitiveRuleName(int p) {
        for (int c = 0; c < program.strata.length; c++) {
            if (program.closes[c] == p) {
                return program.rules[program.strata[c][0]].name;
            }
        }
        throw new IllegalStateException("no transitive rule for " + terms.term(p));
    }

    /** Finds a rule instance deriving fact f from facts ranked before it (one always exists). */
    private Step rederive(int f) {
        int s = facts.subject(f);
        int p = facts.predicate(f);
        int o = facts.object(f);
        for (CompiledRule rule : program.rules) {
            for (CompiledRule.Atom h : rule.head) {
                int[] b = unbound(rule);
                if (!unify(h, s, p, o, b)) {
                    continue;
                }
                List<int[][]> found = new ArrayList<>(1);
                evaluator.matches(rule, b, -1, 0, 0, f, (r, binding, matched) -> {
                    if (headsMatch(h, binding, s, p, o)) {
                        found.add(matched.clone());
                        return false;
                    }
                    return true;
                });
                if (!found.isEmpty()) {
                    List<Step> from = new ArrayList<>();
                    for (int[] m : found.get(0)) {
                        from.add(explain(m[0], m[1], m[2]));
                    }
                    return new Step(triple(s, p, o), rule.name, List.copyOf(from));
                }
            }
        }
        throw new IllegalStateException("no derivation found for a derived fact: " + triple(s, p, o));
    }

    private static boolean unify(CompiledRule.Atom h, int s, int p, int o, int[] b) {
        int[] fact = {s, p, o};
        for (int k = 0; k < 3; k++) {
            int t = h.term(k);
            if (!CompiledRule.isVar(t)) {
                if (t != fact[k]) {
                    return false;
                }
            } else {
                int v = CompiledRule.varIndex(t);
                // A skolem variable is bound only after the body matched: check it then.
                if (b[v] >= 0 && b[v] != fact[k]) {
                    return false;
                }
                b[v] = fact[k];
            }
        }
        return true;
    }

    private static boolean headsMatch(CompiledRule.Atom h, int[] b, int s, int p, int o) {
        return bound(h.s(), b) == s && bound(h.p(), b) == p && bound(h.o(), b) == o;
    }

    Triple triple(int s, int p, int o) {
        return Triple.create(terms.term(s), terms.term(p), terms.term(o));
    }
}
