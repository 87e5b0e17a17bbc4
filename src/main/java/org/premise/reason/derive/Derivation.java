package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.ints.IntList;
import org.premise.kb.RuleBudget;
import org.premise.rdf.GraphChanges;
import org.premise.reason.rules.RuleFiles;
import org.premise.reason.rules.RuleRunawayException;

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
 *   <li><b>Changed in place.</b> {@link #apply} adds and removes asserted triples and says how the
 *       stored triples changed: an insertion no {@code noValue} test can see continues semi-naive
 *       evaluation from the new facts; anything else re-derives from the encoded asserted facts.</li>
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
    private final RuleProgram program;
    private final Reads reads;
    private final Graph inferred;
    private final Explanations explanations = new Explanations(this);
    private final Evaluator.Match fire = this::fire;
    private final RuleBudget budget;
    /** Facts each rule gained in the evaluation in progress, by rule order: who kept firing. */
    private final long[] firedBy;
    /** When the outermost evaluation in progress began (System.nanoTime), and how deep they nest. */
    private long evaluationStart;
    private int evaluating;
    private long gained;
    /** How many facts are asserted, as of the last look (see {@link #charge}); -1 when not looked at in this evaluation. */
    private long assertedCount;
    /** Set once the budget is passed: the facts are then half derived, and every later evaluation refuses. */
    private RuleRunawayException runaway;

    // What is known, asserted and derived: replaced whole by a re-derivation, appended to by a continuation.
    private FactTable facts;
    private BitSet asserted;
    private Map<Integer, TransitiveClosure> closures;
    private Evaluator evaluator;
    private boolean[] done;
    private volatile boolean complete;
    /** Whether the facts were changed in place: ranks no longer order derivations, so explain re-derives first. */
    private boolean continued;
    /** The facts the evaluation in progress gained (new, or deleted and back), for the next semi-naive round. */
    private IntList collected;

    private Derivation(TermDictionary terms, FactTable assertedFacts, RuleProgram program, Reads reads, RuleBudget budget) {
        this.terms = terms;
        this.budget = budget;
        this.firedBy = new long[program.rules.length];
        this.program = program;
        this.reads = reads;
        this.inferred = new InferredGraph(this, true);
        startFrom(assertedFacts, null);
    }

    /** Starts again from these facts, all asserted, nothing derived; keeps the skolem blank nodes of {@code earlier}. */
    private void startFrom(FactTable assertedFacts, Evaluator earlier) {
        facts = assertedFacts;
        asserted = new BitSet(assertedFacts.size());
        asserted.set(0, assertedFacts.size());
        closures = new HashMap<>();
        evaluator = earlier == null ? new Evaluator(terms, facts, closures) : earlier.over(facts, closures);
        done = new boolean[program.strata.length];
        complete = false;
        continued = false;
    }

    /**
     * Compiles the rules and loads the asserted triples they can read; nothing is derived yet.
     * When the rules are outside the fast path, returns the reason instead.
     */
    public static Prepared prepare(Graph asserted, List<RuleFiles.SourcedRule> rules) {
        return prepare(asserted, rules, RuleBudget.DEFAULT);
    }

    /**
     * {@link #prepare(Graph, List)}, bounded: an evaluation that keeps more derived facts than
     * the budget allows, or runs longer, throws {@link RuleRunawayException} naming the rule
     * that fired most, and so does every evaluation after it.
     */
    public static Prepared prepare(Graph asserted, List<RuleFiles.SourcedRule> rules, RuleBudget budget) {
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
        return new Prepared(new Derivation(terms, facts, program, new Reads(Set.copyOf(predicates), everything), budget),
                null);
    }

    /** Adds the triple as a fact; returns its id if it is new (or back from deletion), else -1. */
    static int load(Triple t, TermDictionary terms, FactTable facts) {
        int s = terms.intern(t.getSubject());
        int p = terms.intern(t.getPredicate());
        int o = terms.intern(t.getObject());
        return facts.add(s, p, o);
    }

    // ---- changing the asserted triples ------------------------------------------------

    /**
     * Changes the asserted triples in place, {@code removed} out and {@code added} in (triples
     * no rule can read are left out), brings what is derived in step, and returns how
     * {@link #materialised()} changed: derived triples gained and lost (a triple now asserted
     * is lost from it, one no longer asserted but still derived is gained).
     *
     * <p>When no {@code noValue} test reads a predicate the changed triples, or what is derived
     * from them, have, the change is incremental, stratum by stratum: removals by delete and
     * re-derive (every fact derivable from a removed one is deleted, then those still derivable
     * from what is left come back), insertions by continuing semi-naive evaluation from the new
     * facts. A rule reading a closure whose edges changed is matched through the changed edges
     * (a pair through one starts at or before it and ends at or after it). Otherwise, or once
     * a quarter of the facts are deletions kept in place, everything is derived again from the
     * asserted facts, already encoded, in memory. Either way {@code makeSkolem} keeps its blank
     * nodes, and closure indexes already handed out ({@link ClosureView#of}) do not change: a
     * closure whose edges change gets a new index. Runs every stratum first.
     */
    public synchronized GraphChanges apply(Collection<Triple> added, Collection<Triple> removed) {
        begin();
        try {
            return applyNow(added, removed);
        } finally {
            end();
        }
    }

    private GraphChanges applyNow(Collection<Triple> added, Collection<Triple> removed) {
        complete();
        List<Triple> in = new ArrayList<>();
        Set<Integer> touched = new HashSet<>();
        for (Triple t : added) {
            if (reads.reads(t) && !isAssertedTriple(t)) {
                in.add(t);
                touched.add(terms.intern(t.getPredicate()));
            }
        }
        IntList out = new IntList();
        for (Triple t : removed) {
            int f = find(t);
            if (f >= 0 && asserted.get(f) && !out.contains(f)) {
                out.add(f);
                touched.add(facts.predicate(f));
            }
        }
        if (in.isEmpty() && out.size() == 0) {
            return GraphChanges.NONE;
        }
        if (new Increments(this).negationsCouldSee(touched) || facts.deadCount() * 4L > facts.size()) {
            return rederive(in, out);
        }
        GraphChanges removal = out.size() == 0 ? GraphChanges.NONE : new Increments(this).remove(out);
        GraphChanges insertion = in.isEmpty() ? GraphChanges.NONE : new Increments(this).insert(in);
        continued = true;
        return removal.then(insertion);
    }

    private boolean isAssertedTriple(Triple t) {
        int f = find(t);
        return f >= 0 && asserted.get(f);
    }

    /** Derives everything again from the asserted facts, without {@code out} and with {@code in}. */
    private GraphChanges rederive(List<Triple> in, IntList out) {
        FactTable before = facts;
        BitSet assertedBefore = asserted;
        BitSet gone = new BitSet();
        for (int i = 0; i < out.size(); i++) {
            gone.set(out.get(i));
        }
        FactTable fresh = new FactTable(before.size() - before.deadCount());
        for (int f = assertedBefore.nextSetBit(0); f >= 0; f = assertedBefore.nextSetBit(f + 1)) {
            if (!gone.get(f)) {
                fresh.add(before.subject(f), before.predicate(f), before.object(f));
            }
        }
        for (Triple t : in) {
            load(t, terms, fresh);
        }
        startFrom(fresh, evaluator);
        complete();
        List<Triple> gained = new ArrayList<>();
        for (int f = asserted.nextClearBit(0); f < facts.size(); f = asserted.nextClearBit(f + 1)) {
            int g = before.findLive(facts.subject(f), facts.predicate(f), facts.object(f));
            if (g < 0 || assertedBefore.get(g)) {
                gained.add(triple(facts.subject(f), facts.predicate(f), facts.object(f)));
            }
        }
        List<Triple> lost = new ArrayList<>();
        for (int g = assertedBefore.nextClearBit(0); g < before.size(); g = assertedBefore.nextClearBit(g + 1)) {
            if (!before.isLive(g)) {
                continue;
            }
            int f = facts.find(before.subject(g), before.predicate(g), before.object(g));
            if (f < 0 || asserted.get(f)) {
                lost.add(triple(before.subject(g), before.predicate(g), before.object(g)));
            }
        }
        return new GraphChanges(gained, lost);
    }

    private int find(Triple t) {
        int s = terms.lookup(t.getSubject());
        int p = terms.lookup(t.getPredicate());
        int o = terms.lookup(t.getObject());
        return s < 0 || p < 0 || o < 0 ? -1 : facts.findLive(s, p, o);
    }

    // ---- reading ------------------------------------------------------------------------

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

    // ---- evaluation ---------------------------------------------------------------------

    /** Runs the strata that can derive predicate p (every stratum when p is -1), and what they read. */
    synchronized void ensure(int p) {
        if (complete) {
            return;
        }
        int[] needed = program.strataDeriving(p);
        if (allDone(needed)) {
            // Every find with a predicate comes here: it must cost nothing once its strata ran.
            return;
        }
        begin();
        try {
            for (int c : needed) {
                run(c);
            }
        } finally {
            end();
        }
        if (p < 0) {
            complete = true;
        }
    }

    private boolean allDone(int[] strata) {
        for (int c : strata) {
            if (!done[c]) {
                return false;
            }
        }
        return true;
    }

    /** Starts an evaluation (or one nested in another): the budget's clock and per-rule counts start with the outermost. */
    private void begin() {
        if (runaway != null) {
            throw runaway;
        }
        if (evaluating++ == 0) {
            evaluationStart = System.nanoTime();
            Arrays.fill(firedBy, 0);
            assertedCount = -1;
        }
    }

    private void end() {
        evaluating--;
    }

    /** Counts a gained fact against the budget; past it, remembers and throws why. */
    private void charge(CompiledRule rule) {
        firedBy[rule.order]++;
        if ((++gained & 1023) == 0 || assertedCount < 0) {
            // Counted once per evaluation that derives something, and again every 1 024 facts
            // (asserted facts change only between evaluations, or as an incremental one starts).
            assertedCount = asserted.cardinality();
        }
        boolean tooMany = budget.limitsDerived() && facts.size() - facts.deadCount() - assertedCount > budget.maxDerived();
        boolean tooLong = !tooMany && (gained & 1023) == 0 && budget.limitsTime()
                && System.nanoTime() - evaluationStart > budget.timeout().toNanos();
        if (tooMany || tooLong) {
            int most = 0;
            for (int r = 1; r < firedBy.length; r++) {
                if (firedBy[r] > firedBy[most]) {
                    most = r;
                }
            }
            CompiledRule top = program.rules[most];
            runaway = tooMany ? RuleRunawayException.tooMany(top.name, top.where, firedBy[most], budget)
                    : RuleRunawayException.tooLong(top.name, top.where, firedBy[most], budget);
            throw runaway;
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
            collected = new IntList();
            for (int r : program.strata[c]) {
                CompiledRule rule = program.rules[r];
                evaluator.matches(rule, unbound(rule), -1, null, Integer.MAX_VALUE, fire);
            }
            rounds(program.strata[c], collected);
        }
        done[c] = true;
    }

    /**
     * Evaluates a stratum to its fixpoint semi-naively from the facts {@code delta} it just
     * gained: each round matches the rules with one fact the round before gained. Returns every
     * fact gained, delta included.
     */
    IntList rounds(int[] stratum, IntList delta) {
        Set<Integer> derivedHere = heads(stratum);
        IntList all = new IntList();
        all.addAll(delta);
        IntList current = delta;
        while (current.size() > 0) {
            int[] d = current.toArray();
            collected = new IntList();
            for (int r : stratum) {
                CompiledRule rule = program.rules[r];
                for (int i = 0; i < rule.body.length; i++) {
                    int p = rule.body[i].p();
                    if ((p < 0 || derivedHere.contains(p)) && hasPredicate(d, p)) {
                        evaluator.matches(rule, unbound(rule), i, d, Integer.MAX_VALUE, fire);
                    }
                }
            }
            all.addAll(collected);
            current = collected;
        }
        collected = null;
        return all;
    }

    /** Whether one of these facts has predicate p (any fact, when p is -1). */
    boolean hasPredicate(int[] ids, int p) {
        for (int f : ids) {
            if (p < 0 || facts.predicate(f) == p) {
                return true;
            }
        }
        return false;
    }

    /** The predicates a stratum's rules derive. */
    Set<Integer> heads(int[] stratum) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int r : stratum) {
            for (CompiledRule.Atom h : program.rules[r].head) {
                out.add(h.p());
            }
        }
        return out;
    }

    /** Adds the heads of a matched rule instance; what is new (or back) goes to {@code collected}. */
    private boolean fire(CompiledRule rule, int[] binding, int[][] matched) {
        for (CompiledRule.Atom h : rule.head) {
            int s = bound(h.s(), binding);
            // As in Jena's engine, a triple whose subject would be a literal is not derived.
            if (!terms.term(s).isLiteral()) {
                int f = facts.add(s, bound(h.p(), binding), bound(h.o(), binding));
                if (f >= 0) {
                    collected.add(f);
                    charge(rule);
                }
            }
        }
        return true;
    }

    static int[] unbound(CompiledRule rule) {
        int[] b = new int[rule.variables];
        Arrays.fill(b, -1);
        return b;
    }

    static int bound(int term, int[] binding) {
        return CompiledRule.isVar(term) ? binding[CompiledRule.varIndex(term)] : term;
    }

    // ---- for the inferred view and explanations ----------------------------------------

    RuleProgram program() {
        return program;
    }

    TermDictionary terms() {
        return terms;
    }

    FactTable facts() {
        return facts;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    /** The asserted facts' ids (changed in place by {@link Increments}). */
    BitSet asserted() {
        return asserted;
    }

    Evaluator.Match fire() {
        return fire;
    }

    /** Starts collecting the facts the next evaluation gains ({@link #fire()} adds them). */
    void collect() {
        collected = new IntList();
    }

    IntList collected() {
        return collected;
    }

    /** Builds p's closure index again from its live facts (a new index: views of the old one keep it). */
    void rebuildClosure(int p) {
        closures.put(p, new TransitiveClosure(p, terms.size(), facts));
    }

    /** Whether fact f is asserted (else derived). */
    boolean isAsserted(int f) {
        return asserted.get(f);
    }

    /** The closure index of p, once its stratum ran; null if p is not a closure predicate. */
    TransitiveClosure closure(int p) {
        return closures.get(p);
    }

    /** Every closure built so far. */
    Map<Integer, TransitiveClosure> closures() {
        return closures;
    }

    Triple triple(int s, int p, int o) {
        return Triple.create(terms.term(s), terms.term(p), terms.term(o));
    }

    // ---- explanations -------------------------------------------------------------------

    /**
     * How the triple came to hold: a tree of rule instances down to asserted triples, found by
     * re-deriving only this triple; null when it is neither asserted (as far as the rules read)
     * nor derived. A closure pair is explained along a shortest chain of base edges.
     */
    public synchronized Step explain(Triple t) {
        int s = terms.lookup(t.getSubject());
        int p = terms.lookup(t.getPredicate());
        int o = terms.lookup(t.getObject());
        if (s < 0 || p < 0 || o < 0) {
            return null;
        }
        if (continued) {
            // Facts appended by a continuation may rest on later ones: rank them afresh.
            rederive(List.of(), new IntList());
        }
        ensure(p);
        return explanations.explain(s, p, o);
    }
}
