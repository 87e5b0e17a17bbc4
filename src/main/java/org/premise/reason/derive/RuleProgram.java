package org.premise.reason.derive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.apache.jena.reasoner.rulesys.Node_RuleVariable;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.vocabulary.RDF;
import org.premise.reason.rules.RuleFiles;

/**
 * A rule set compiled for the fast evaluator: the rules over dictionary ids, grouped into
 * strata (the strongly connected components of "rule A derives what rule B reads"), in an
 * order where every stratum comes after those it reads from, and with each transitive rule
 * {@code (?a P ?b) (?b P ?c) -> (?a P ?c)} recognised, so that P is closed by a
 * {@link TransitiveClosure} index instead of being materialised pair by pair.
 *
 * <p>The fast path takes forward rules whose bodies are triple patterns, {@code noValue}
 * and {@code makeSkolem}, and whose heads are triple patterns with a constant predicate.
 * {@code noValue} must be stratified: it may only read what is derived in earlier strata
 * (so its answer does not depend on rule order). Anything else throws {@link Unsupported},
 * with the reason, and the caller runs Jena's engine instead.
 */
final class RuleProgram {
    /** Why a rule set cannot take the fast path. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(RuleFiles.SourcedRule rule, String why) {
            super("rule \"" + rule.rule().getName() + "\" (" + rule.source() + ":" + rule.line() + ") " + why);
        }

        Unsupported(String why) {
            super(why);
        }
    }

    final CompiledRule[] rules;
    /** stratum -> its rules, strata in evaluation order (upstream first). */
    final int[][] strata;
    /** stratum -> the strata it reads from. */
    final int[][] upstream;
    /** stratum -> the predicate it closes transitively, or -1 for an ordinary stratum. */
    final int[] closes;
    /** predicate -> the strata whose rules derive it. */
    private final Map<Integer, int[]> derivers;
    /** Strata whose heads derive with any predicate: none here (refused at compile time). */
    private final int[] all;

    private RuleProgram(CompiledRule[] rules, int[][] strata, int[][] upstream, int[] closes,
            Map<Integer, int[]> derivers) {
        this.rules = rules;
        this.strata = strata;
        this.upstream = upstream;
        this.closes = closes;
        this.derivers = derivers;
        this.all = new int[strata.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    /** The strata that may derive facts with this predicate (any predicate when p is -1). */
    int[] strataDeriving(int p) {
        if (p < 0) {
            return all;
        }
        return derivers.getOrDefault(p, new int[0]);
    }

    /** Compiles the rules, interning their constants; throws when the fast path cannot take them. */
    static RuleProgram compile(List<RuleFiles.SourcedRule> sourced, TermDictionary terms) throws Unsupported {
        int rdfType = terms.intern(RDF.type.asNode());
        CompiledRule[] rules = new CompiledRule[sourced.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = compileRule(sourced.get(i), i, terms);
        }
        int n = rules.length;
        // reads[b] lists the rules whose heads b's body (positive or negated) may match.
        List<Set<Integer>> readsFrom = new ArrayList<>();
        List<Set<Integer>> negatedFrom = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            Set<Integer> pos = new LinkedHashSet<>();
            Set<Integer> neg = new LinkedHashSet<>();
            for (int a = 0; a < n; a++) {
                for (CompiledRule.Atom h : rules[a].head) {
                    for (CompiledRule.Atom x : rules[b].body) {
                        if (mayMatch(h, x, rdfType)) {
                            pos.add(a);
                        }
                    }
                    for (CompiledRule.Atom x : rules[b].negations) {
                        if (mayMatch(h, x, rdfType)) {
                            neg.add(a);
                        }
                    }
                }
            }
            readsFrom.add(pos);
            negatedFrom.add(neg);
        }
        int[] component = new Components(n, readsFrom, negatedFrom).componentOf;
        int count = 0;
        for (int c : component) {
            count = Math.max(count, c + 1);
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            members.get(component[r]).add(r);
        }
        int[][] strata = new int[count][];
        int[][] upstream = new int[count][];
        int[] closes = new int[count];
        Map<Integer, Set<Integer>> derivers = new HashMap<>();
        for (int c = 0; c < count; c++) {
            strata[c] = members.get(c).stream().mapToInt(Integer::intValue).toArray();
            Set<Integer> up = new LinkedHashSet<>();
            for (int r : strata[c]) {
                for (int a : readsFrom.get(r)) {
                    if (component[a] != c) {
                        up.add(component[a]);
                    }
                }
                for (int a : negatedFrom.get(r)) {
                    if (component[a] == c) {
                        throw new Unsupported(sourced.get(r), "uses noValue on what rule \"" + rules[a].name
                                + "\" derives, which in turn depends on it: noValue is not stratified");
                    }
                    up.add(component[a]);
                }
                for (CompiledRule.Atom h : rules[r].head) {
                    derivers.computeIfAbsent(h.p(), k -> new LinkedHashSet<>()).add(c);
                }
            }
            upstream[c] = up.stream().mapToInt(Integer::intValue).toArray();
            closes[c] = strata[c].length == 1 && readsFrom.get(strata[c][0]).contains(strata[c][0])
                    ? transitivePredicate(rules[strata[c][0]]) : -1;
        }
        Map<Integer, int[]> deriving = new HashMap<>();
        derivers.forEach((p, s) -> deriving.put(p, s.stream().mapToInt(Integer::intValue).toArray()));
        return new RuleProgram(rules, strata, upstream, closes, deriving);
    }

    /** P when the rule is exactly (?a P ?b) (?b P ?c) -> (?a P ?c) with distinct variables; else -1. */
    static int transitivePredicate(CompiledRule r) {
        if (r.body.length != 2 || r.head.length != 1 || r.negations.length != 0 || r.skolems.length != 0) {
            return -1;
        }
        CompiledRule.Atom h = r.head[0];
        int p = h.p();
        if (CompiledRule.isVar(p) || r.body[0].p() != p || r.body[1].p() != p) {
            return -1;
        }
        for (int k = 0; k < 2; k++) {
            CompiledRule.Atom x = r.body[k];
            CompiledRule.Atom y = r.body[1 - k];
            int a = x.s();
            int b = x.o();
            int c = y.o();
            boolean shape = CompiledRule.isVar(a) && CompiledRule.isVar(b) && CompiledRule.isVar(c)
                    && a != b && b != c && a != c && y.s() == b && h.s() == a && h.o() == c;
            if (shape) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a fact derived by head pattern h may match body pattern x (by predicate, and class for rdf:type). */
    private static boolean mayMatch(CompiledRule.Atom h, CompiledRule.Atom x, int rdfType) {
        if (CompiledRule.isVar(x.p())) {
            return true;
        }
        if (h.p() != x.p()) {
            return false;
        }
        if (h.p() == rdfType && !CompiledRule.isVar(h.o()) && x.o() >= 0) {
            return h.o() == x.o();
        }
        return true;
    }

    private static CompiledRule compileRule(RuleFiles.SourcedRule sourced, int order, TermDictionary terms)
            throws Unsupported {
        Rule rule = sourced.rule();
        if (rule.isBackward()) {
            throw new Unsupported(sourced, "is a backward rule (<-)");
        }
        Map<String, Integer> vars = new HashMap<>();
        Set<Integer> bound = new java.util.HashSet<>();
        List<CompiledRule.Atom> body = new ArrayList<>();
        List<ClauseEntry> negated = new ArrayList<>();
        List<Functor> skolemClauses = new ArrayList<>();
        for (ClauseEntry clause : rule.getBody()) {
            if (clause instanceof TriplePattern tp) {
                CompiledRule.Atom a = atom(sourced, tp, vars, terms);
                body.add(a);
                for (int k = 0; k < 3; k++) {
                    if (CompiledRule.isVar(a.term(k))) {
                        bound.add(CompiledRule.varIndex(a.term(k)));
                    }
                }
            } else if (clause instanceof Functor f && f.getName().equals("noValue")) {
                if (f.getArgLength() < 2 || f.getArgLength() > 3) {
                    throw new Unsupported(sourced, "uses noValue with " + f.getArgLength() + " arguments");
                }
                negated.add(f);
            } else if (clause instanceof Functor f && f.getName().equals("makeSkolem")) {
                skolemClauses.add(f);
            } else if (clause instanceof Functor f) {
                throw new Unsupported(sourced, "uses the builtin " + f.getName() + "(...)");
            } else {
                throw new Unsupported(sourced, "has a clause the fast path does not take: " + clause);
            }
        }
        List<CompiledRule.Skolem> skolems = new ArrayList<>();
        for (Functor f : skolemClauses) {
            Node[] args = f.getArgs();
            if (args.length < 1 || !(args[0] instanceof Node_RuleVariable out) || isWild(out)) {
                throw new Unsupported(sourced, "uses makeSkolem without a variable to bind");
            }
            int outVar = variable(out, vars);
            if (bound.contains(outVar)) {
                throw new Unsupported(sourced, "uses makeSkolem on a variable the body already binds");
            }
            int[] in = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                in[i - 1] = term(sourced, args[i], vars, terms);
                if (CompiledRule.isVar(in[i - 1]) && !bound.contains(CompiledRule.varIndex(in[i - 1]))) {
                    throw new Unsupported(sourced, "uses makeSkolem with an argument the body does not bind");
                }
            }
            bound.add(outVar);
            skolems.add(new CompiledRule.Skolem(outVar, in));
        }
        List<CompiledRule.Atom> negations = new ArrayList<>();
        for (ClauseEntry clause : negated) {
            Node[] args = ((Functor) clause).getArgs();
            int[] t = new int[3];
            for (int k = 0; k < 3; k++) {
                if (k >= args.length) {
                    t[k] = CompiledRule.WILDCARD;
                    continue;
                }
                t[k] = term(sourced, args[k], vars, terms);
                // A variable nothing binds matches anything, as in Jena.
                if (CompiledRule.isVar(t[k]) && !bound.contains(CompiledRule.varIndex(t[k]))) {
                    t[k] = CompiledRule.WILDCARD;
                }
            }
            negations.add(new CompiledRule.Atom(t[0], t[1], t[2]));
        }
        List<CompiledRule.Atom> head = new ArrayList<>();
        for (ClauseEntry clause : rule.getHead()) {
            if (!(clause instanceof TriplePattern tp)) {
                throw new Unsupported(sourced, "has a head clause the fast path does not take: " + clause);
            }
            CompiledRule.Atom a = atom(sourced, tp, vars, terms);
            if (CompiledRule.isVar(a.p())) {
                throw new Unsupported(sourced, "derives triples with a variable predicate");
            }
            for (int k = 0; k < 3; k++) {
                if (CompiledRule.isVar(a.term(k)) && !bound.contains(CompiledRule.varIndex(a.term(k)))) {
                    throw new Unsupported(sourced, "has a head variable the body does not bind");
                }
            }
            head.add(a);
        }
        if (head.isEmpty()) {
            throw new Unsupported(sourced, "derives nothing");
        }
        return new CompiledRule(rule.getName(), sourced.source() + ":" + sourced.line(), order, vars.size(), body,
                negations, skolems, head);
    }

    private static CompiledRule.Atom atom(RuleFiles.SourcedRule sourced, TriplePattern tp, Map<String, Integer> vars,
            TermDictionary terms) throws Unsupported {
        return new CompiledRule.Atom(term(sourced, tp.getSubject(), vars, terms),
                term(sourced, tp.getPredicate(), vars, terms), term(sourced, tp.getObject(), vars, terms));
    }

    private static int term(RuleFiles.SourcedRule sourced, Node n, Map<String, Integer> vars, TermDictionary terms)
            throws Unsupported {
        if (n instanceof Node_RuleVariable v) {
            return CompiledRule.var(isWild(v) ? fresh(vars) : variable(v, vars));
        }
        if (n == null || n.isVariable() || Functor.isFunctor(n) || Node.ANY.equals(n)) {
            throw new Unsupported(sourced, "uses a term the fast path does not take: " + n);
        }
        return terms.intern(n);
    }

    private static boolean isWild(Node_RuleVariable v) {
        return v == Node_RuleVariable.WILD || "*".equals(v.getName());
    }

    private static int variable(Node_RuleVariable v, Map<String, Integer> vars) {
        return vars.computeIfAbsent(v.getName(), k -> vars.size());
    }

    private static int fresh(Map<String, Integer> vars) {
        int i = vars.size();
        vars.put("\u0000wild" + i, i);
        return i;
    }

    /** Strongly connected components of rules, numbered so that upstream components come first. */
    private static final class Components {
        final int[] componentOf;
        private final List<Set<Integer>> pos;
        private final List<Set<Integer>> neg;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        private int counter;
        private int components;

        Components(int n, List<Set<Integer>> pos, List<Set<Integer>> neg) {
            this.pos = pos;
            this.neg = neg;
            componentOf = new int[n];
            index = new int[n];
            low = new int[n];
            onStack = new boolean[n];
            java.util.Arrays.fill(index, -1);
            for (int r = 0; r < n; r++) {
                if (index[r] < 0) {
                    visit(r);
                }
            }
            // Tarjan numbers a component after everything it reads from: already upstream first.
        }

        private void visit(int r) {
            index[r] = low[r] = counter++;
            stack.push(r);
            onStack[r] = true;
            Set<Integer> from = new LinkedHashSet<>(pos.get(r));
            from.addAll(neg.get(r));
            for (int a : from) {
                if (index[a] < 0) {
                    visit(a);
                    low[r] = Math.min(low[r], low[a]);
                } else if (onStack[a]) {
                    low[r] = Math.min(low[r], index[a]);
                }
            }
            if (low[r] == index[r]) {
                int x;
                do {
                    x = stack.pop();
                    onStack[x] = false;
                    componentOf[x] = components;
                } while (x != r);
                components++;
            }
        }
    }
}
