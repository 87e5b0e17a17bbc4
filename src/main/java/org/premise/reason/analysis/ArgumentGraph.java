package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.premise.ints.IntList;

/**
 * An argument map reduced to what the analysis needs: statements, the arguments that support
 * them, the attacks between them, and the open questions that bear on them.
 *
 * <p>A statement is either a <em>leaf</em> (an assumption or a piece of evidence: it stands on
 * its own) or a claim that needs an argument. An {@link Argument} has one conclusion and one or
 * more premises; all premises are needed, and any one argument for a conclusion suffices.
 * Arguments may form cycles. An <em>undercut</em> is a directed attack (attacker to target:
 * it attacks a premise or a condition); a <em>rebut</em> is mutual (each statement attacks the
 * other). Open questions bear on statements; the <em>conclusions</em> are the statements a
 * user cares about, used to rank the questions.
 *
 * <p>Build one with {@link #builder()}; the graph is immutable once built. String ids are the
 * API; inside, statements are int indices in declaration order, so the engines work on arrays.
 */
public final class ArgumentGraph {

    /** One argument: a conclusion and the premises that together support it. */
    public record Argument(String conclusion, List<String> premises) {
    }

    final String[] ids;
    final Map<String, Integer> index;
    final boolean[] leaf;
    final int[] argumentConclusion;
    final int[][] argumentPremises;
    /** statement -> indices of the arguments that conclude it. */
    final int[][] argumentsFor;
    /** statement -> indices of the arguments that use it as a premise. */
    final int[][] premiseOf;
    /** statement -> its attackers (undercutters and rebutters, no duplicates). */
    final int[][] attackersOf;
    /** statement -> the statements it attacks. */
    final int[][] attacksOn;
    final String[] questionIds;
    final Map<String, Integer> questionIndex;
    final int[][] bearsOn;
    /** statement -> the questions that bear on it directly. */
    final int[][] questionsOn;
    final int[] conclusions;
    final SupportComponents components;
    /** Scratch arrays given back by finished computations, lent to the next ones. */
    private final ConcurrentLinkedQueue<Scratch> spareScratch = new ConcurrentLinkedQueue<>();

    private ArgumentGraph(Builder b) {
        int n = b.ids.size();
        ids = b.ids.toArray(new String[0]);
        index = Collections.unmodifiableMap(new HashMap<>(b.index));
        leaf = new boolean[n];
        for (int i = 0; i < n; i++) {
            leaf[i] = b.leaf.get(i);
        }
        argumentConclusion = b.conclusionOf.toArray();
        argumentPremises = b.premises.toArray(new int[0][]);
        argumentsFor = invert(n, argumentConclusion);
        premiseOf = invertLists(n, argumentPremises);
        attackersOf = dedupe(b.attackers, n);
        attacksOn = invertLists(n, attackersOf);
        questionIds = b.questionIds.toArray(new String[0]);
        questionIndex = Collections.unmodifiableMap(new HashMap<>(b.questionIndex));
        bearsOn = dedupe(b.bearsOn, questionIds.length);
        questionsOn = invertLists(n, bearsOn);
        conclusions = b.conclusions.stream().mapToInt(Integer::intValue).toArray();
        components = SupportComponents.of(n, premiseOf, argumentConclusion);
    }

    /** Starts an empty graph. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of statements. */
    public int size() {
        return ids.length;
    }

    /** Statement ids in declaration order. */
    public List<String> statements() {
        return List.of(ids);
    }

    /** Whether the graph has a statement with this id. */
    public boolean contains(String statement) {
        return index.containsKey(statement);
    }

    /** Whether the statement is a leaf (an assumption or evidence). */
    public boolean isLeaf(String statement) {
        return leaf[indexOf(statement)];
    }

    /** The arguments that conclude the statement. */
    public List<Argument> argumentsFor(String statement) {
        List<Argument> out = new ArrayList<>();
        for (int a : argumentsFor[indexOf(statement)]) {
            out.add(new Argument(statement, names(argumentPremises[a])));
        }
        return out;
    }

    /** All arguments, in the order they were added. */
    public int argumentCount() {
        return argumentConclusion.length;
    }

    /** The statements that attack this one (by undercut or rebut). */
    public Set<String> attackersOf(String statement) {
        return nameSet(attackersOf[indexOf(statement)]);
    }

    /** Open question ids in declaration order. */
    public List<String> questions() {
        return List.of(questionIds);
    }

    /** The statements an open question bears on directly. */
    public Set<String> bearsOn(String question) {
        Integer q = questionIndex.get(question);
        if (q == null) {
            throw new IllegalArgumentException("unknown open question: " + question);
        }
        return nameSet(bearsOn[q]);
    }

    /** The statements a user cares about (used to rank open questions). */
    public List<String> conclusions() {
        return names(conclusions);
    }

    // ---- int-indexed reading, for engines outside this package (credence propagation); arrays are copies

    /** The index of a statement (declaration order), or -1 when the graph has none by that id. */
    public int statementIndex(String statement) {
        Integer i = index.get(statement);
        return i == null ? -1 : i;
    }

    /** The id of the statement at an index. */
    public String statementId(int statement) {
        return ids[statement];
    }

    /** Whether the statement at an index is declared a leaf. */
    public boolean isLeafAt(int statement) {
        return leaf[statement];
    }

    /** The indices of the arguments that conclude the statement. */
    public int[] argumentsConcluding(int statement) {
        return argumentsFor[statement].clone();
    }

    /** The statement indices of an argument's premises. */
    public int[] premisesOf(int argument) {
        return argumentPremises[argument].clone();
    }

    /** The statement indices of the statement's attackers (undercutters and rebutters). */
    public int[] attackersAt(int statement) {
        return attackersOf[statement].clone();
    }

    /** The statement indices an open question (by its index in {@link #questions()}) bears on. */
    public int[] questionTargets(int question) {
        return bearsOn[question].clone();
    }

    /** The statement indices of the conclusions, in declaration order. */
    public int[] conclusionIndices() {
        return conclusions.clone();
    }

    /**
     * Working arrays for one computation, to be closed when it ends: one given back earlier, or
     * new. There are never more than the computations running at once.
     */
    Scratch scratch() {
        Scratch spare = spareScratch.poll();
        return spare != null ? spare : new Scratch(this);
    }

    void giveBack(Scratch scratch) {
        spareScratch.offer(scratch);
    }

    int indexOf(String statement) {
        Integer i = index.get(statement);
        if (i == null) {
            throw new IllegalArgumentException("unknown statement: " + statement);
        }
        return i;
    }

    List<String> names(int[] statements) {
        List<String> out = new ArrayList<>(statements.length);
        for (int s : statements) {
            out.add(ids[s]);
        }
        return Collections.unmodifiableList(out);
    }

    Set<String> nameSet(int[] statements) {
        Set<String> out = new LinkedHashSet<>();
        for (int s : statements) {
            out.add(ids[s]);
        }
        return Collections.unmodifiableSet(out);
    }

    private static int[][] invert(int n, int[] target) {
        int[] count = new int[n];
        for (int t : target) {
            count[t]++;
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int a = 0; a < target.length; a++) {
            int t = target[a];
            out[t][count[t]++] = a;
        }
        return out;
    }

    /** Given from -> list of targets, returns target -> list of froms (order by from). */
    private static int[][] invertLists(int n, int[][] lists) {
        int[] count = new int[n];
        for (int[] list : lists) {
            for (int t : list) {
                count[t]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int from = 0; from < lists.length; from++) {
            for (int t : lists[from]) {
                out[t][count[t]++] = from;
            }
        }
        return out;
    }

    private static int[][] dedupe(List<Set<Integer>> sets, int n) {
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> s = i < sets.size() ? sets.get(i) : null;
            out[i] = s == null ? new int[0] : s.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Collects statements, arguments, attacks and questions. Statements referenced by an
     * argument, attack or question are declared on first use as non-leaf statements; call
     * {@link #leaf(String)} (or {@link #assumption}/{@link #evidence}) to make one a leaf.
     */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Boolean> leaf = new ArrayList<>();
        private final IntList conclusionOf = new IntList();
        private final List<int[]> premises = new ArrayList<>();
        private final List<Set<Integer>> attackers = new ArrayList<>();
        private final List<String> questionIds = new ArrayList<>();
        private final Map<String, Integer> questionIndex = new HashMap<>();
        private final List<Set<Integer>> bearsOn = new ArrayList<>();
        private final Set<Integer> conclusions = new LinkedHashSet<>();

        private Builder() {
        }

        /** Declares a statement (a claim that needs an argument) if it is not declared yet. */
        public Builder statement(String id) {
            declare(id);
            return this;
        }

        /** Declares a leaf: a statement that stands on its own. */
        public Builder leaf(String id) {
            leaf.set(declare(id), true);
            return this;
        }

        /** Declares an assumption (a leaf). */
        public Builder assumption(String id) {
            return leaf(id);
        }

        /** Declares a piece of evidence (a leaf). */
        public Builder evidence(String id) {
            return leaf(id);
        }

        /** Adds an argument: all premises together support the conclusion. */
        public Builder argument(String conclusion, String... premises) {
            return argument(conclusion, List.of(premises));
        }

        /** Adds an argument: all premises together support the conclusion. */
        public Builder argument(String conclusion, Collection<String> premiseIds) {
            if (premiseIds.isEmpty()) {
                throw new IllegalArgumentException("an argument needs at least one premise: " + conclusion);
            }
            int c = declare(conclusion);
            Set<Integer> ps = new LinkedHashSet<>();
            for (String p : premiseIds) {
                ps.add(declare(p));
            }
            conclusionOf.add(c);
            premises.add(ps.stream().mapToInt(Integer::intValue).toArray());
            return this;
        }

        /** Adds a directed attack: the attacker undercuts the target. */
        public Builder undercut(String attacker, String target) {
            int a = declare(attacker);
            int t = declare(target);
            attackerSet(t).add(a);
            return this;
        }

        /** Adds a mutual attack: each statement rebuts the other. */
        public Builder rebut(String one, String other) {
            int a = declare(one);
            int b = declare(other);
            attackerSet(b).add(a);
            attackerSet(a).add(b);
            return this;
        }

        /** Declares an open question (if new). */
        public Builder question(String question) {
            questionIndex.computeIfAbsent(question, q -> {
                questionIds.add(q);
                bearsOn.add(new LinkedHashSet<>());
                return questionIds.size() - 1;
            });
            return this;
        }

        /** Records that an open question bears directly on a statement. */
        public Builder bearsOn(String question, String statement) {
            question(question);
            bearsOn.get(questionIndex.get(question)).add(declare(statement));
            return this;
        }

        /** Marks a statement as a conclusion a user cares about. */
        public Builder conclusion(String statement) {
            conclusions.add(declare(statement));
            return this;
        }

        /** Freezes the graph. */
        public ArgumentGraph build() {
            return new ArgumentGraph(this);
        }

        private Set<Integer> attackerSet(int target) {
            Set<Integer> set = attackers.get(target);
            if (set == null) {
                set = new LinkedHashSet<>();
                attackers.set(target, set);
            }
            return set;
        }

        private int declare(String id) {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("a statement id must not be empty");
            }
            Integer i = index.get(id);
            if (i != null) {
                return i;
            }
            ids.add(id);
            leaf.add(false);
            attackers.add(null);
            index.put(id, ids.size() - 1);
            return ids.size() - 1;
        }
    }
}
