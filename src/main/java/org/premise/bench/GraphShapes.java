package org.premise.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.premise.bench.BenchGraph.Kind;

/**
 * The shapes of argument graph the scale benchmark runs on, each seeded and deterministic
 * (the same shape, size and seed always give the same graph, on any machine).
 *
 * <ul>
 * <li>{@code dag}: documents of 60 statements, each a layered DAG: its first 20% are
 * assumptions, each other statement has 1–2 arguments of 1–3 premises, taken mostly from the
 * few statements just before it and from the document's assumptions; 2% of arguments also
 * take a premise from anywhere earlier in the whole graph. A document's last statement is a
 * conclusion; some documents have a rebut between two claims, some an open question.</li>
 * <li>{@code tree}: a Kialo-like debate: a root thesis, each statement with 2–5 children
 * (breadth first, so the depth is about log n); a pro child supports its parent (its own
 * argument, or one shared with the next pro child), a con child undercuts or rebuts it.
 * Statements with no pro child are assumptions.</li>
 * <li>{@code ladder}: k = n/3 two-way choices: c_i has the arguments [c_{i-1}, a_i] and
 * [c_{i-1}, b_i], so the top c_k has 2^k support sets.</li>
 * <li>{@code cycles}: {@code dag} plus, in every other document, a support cycle (a claim
 * becomes a premise of an argument for one of its own premises, up to four steps down), an
 * undercut cycle of three claims and a rebut.</li>
 * <li>{@code star}: one assumption s0 is a premise of every argument: √n chains of about √n
 * claims (deep and wide), each claim concluded from the one before it in its chain and s0,
 * sometimes with another assumption too; one claim in five also has a second argument.</li>
 * </ul>
 */
public final class GraphShapes {
    /** Every shape, in the benchmark's order. */
    public static final List<String> NAMES = List.of("dag", "tree", "ladder", "cycles", "star");

    static final int DOCUMENT_SIZE = 60;

    private GraphShapes() {}

    /** The default share of dag and cycles arguments that also take a premise from anywhere earlier. */
    public static final double DEFAULT_FAR = 0.02;

    /** A graph of the named shape with about {@code statements} statements. */
    public static BenchGraph generate(String shape, int statements, long seed) {
        return generate(shape, statements, seed, DEFAULT_FAR);
    }

    /**
     * As {@link #generate(String, int, long)}; {@code far} is the share of arguments (dag and
     * cycles) with one premise from anywhere earlier. At the default the documents stay nearly
     * independent and the dependence closure grows about linearly; towards 1 every claim comes
     * to depend on most of what precedes it (the closure grows quadratically).
     */
    public static BenchGraph generate(String shape, int statements, long seed, double far) {
        if (statements < 1) throw new IllegalArgumentException("statements must be at least 1, not " + statements);
        Random r = new Random(seed);
        Builder b = new Builder(shape, seed, statements);
        switch (shape) {
            case "dag" -> documents(b, r, statements, false, far);
            case "cycles" -> documents(b, r, statements, true, far);
            case "tree" -> tree(b, r, statements);
            case "ladder" -> ladder(b, statements);
            case "star" -> star(b, r, statements);
            default -> throw new IllegalArgumentException("unknown shape \"" + shape + "\"; expected one of " + NAMES);
        }
        return b.build();
    }

    private static void documents(Builder b, Random r, int statements, boolean cycles, double far) {
        int leaves = DOCUMENT_SIZE / 5;
        for (int start = 0; start < statements; start += DOCUMENT_SIZE) {
            int size = Math.min(DOCUMENT_SIZE, statements - start);
            int docLeaves = size == DOCUMENT_SIZE ? leaves : Math.max(1, size / 5);
            for (int i = 0; i < size; i++) {
                if (i < docLeaves) {
                    b.statement(Kind.ASSUMPTION);
                    continue;
                }
                int s = b.statement(i == size - 1 ? Kind.CONCLUSION : Kind.CLAIM);
                int arguments = r.nextDouble() < 0.35 ? 2 : 1;
                for (int a = 0; a < arguments; a++) {
                    int count = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 2) * 3);
                    int[] premises = new int[count];
                    for (int p = 0; p < count; p++) {
                        premises[p] = r.nextDouble() < 0.25
                                ? start + r.nextInt(docLeaves)
                                : s - 1 - r.nextInt(Math.min(8, i));
                    }
                    if (start > 0 && r.nextDouble() < far) premises[0] = r.nextInt(start);
                    b.argument(s, premises);
                }
                if (i < size - 1 && r.nextDouble() < 0.02) b.retype(s, Kind.CONCLUSION);
            }
            int claims = size - docLeaves;
            if (claims >= 2 && r.nextDouble() < 0.3) {
                int x = start + docLeaves + r.nextInt(claims);
                int y = start + docLeaves + r.nextInt(claims);
                if (x != y) b.rebut(x, y);
            }
            if (r.nextDouble() < 0.5) b.question(start + r.nextInt(size));
            if (cycles && claims >= 3 && (start / DOCUMENT_SIZE) % 2 == 0) {
                supportCycle(b, r, start + docLeaves, claims);
                int x = start + docLeaves + r.nextInt(claims);
                int y = start + docLeaves + (x - start - docLeaves + 1) % claims;
                int z = start + docLeaves + (x - start - docLeaves + 2) % claims;
                b.undercut(x, y);
                b.undercut(y, z);
                b.undercut(z, x);
                int w = start + docLeaves + r.nextInt(claims);
                if (w != z) b.rebut(w, z);
            }
        }
        b.keyByMostAssumptions();
    }

    /** A claim becomes a premise of a new argument for a claim it rests on (1 to 4 steps down its first arguments). */
    private static void supportCycle(Builder b, Random r, int firstClaim, int claims) {
        int top = firstClaim + claims / 2 + r.nextInt(claims - claims / 2);
        int bottom = top;
        int steps = 1 + r.nextInt(4);
        for (int step = 0; step < steps; step++) {
            int next = b.firstClaimPremise(bottom, firstClaim);
            if (next < 0) break;
            bottom = next;
        }
        if (bottom != top) b.argument(bottom, new int[] {top});
    }

    private static void tree(Builder b, Random r, int statements) {
        b.statement(Kind.CONCLUSION);
        int next = 1;
        boolean[] hasPro = new boolean[statements];
        for (int parent = 0; parent < statements && next < statements; parent++) {
            int children = Math.min(2 + r.nextInt(4), statements - next);
            int pendingPro = -1;
            for (int c = 0; c < children; c++) {
                int child = b.statement(Kind.ASSUMPTION);
                next++;
                boolean pro = c == 0 || r.nextDouble() < 0.7;
                if (pro) {
                    hasPro[parent] = true;
                    if (pendingPro >= 0) {
                        b.argument(parent, new int[] {pendingPro, child});
                        pendingPro = -1;
                    } else if (c + 1 < children && r.nextDouble() < 0.25) {
                        pendingPro = child;
                    } else {
                        b.argument(parent, new int[] {child});
                    }
                } else if (r.nextDouble() < 0.8) {
                    b.undercut(child, parent);
                } else {
                    b.rebut(child, parent);
                }
            }
            if (pendingPro >= 0) b.argument(parent, new int[] {pendingPro});
        }
        for (int s = 1; s < b.statementCount(); s++) {
            if (hasPro[s]) b.retype(s, Kind.CLAIM);
        }
        for (int q = 0; q < Math.max(1, statements / 100); q++) b.question(r.nextInt(b.statementCount()));
        b.key(0);
    }

    private static void ladder(Builder b, int statements) {
        int k = Math.max(1, statements / 3);
        int previous = b.statement(Kind.ASSUMPTION);
        for (int i = 1; i <= k; i++) {
            int a = b.statement(Kind.ASSUMPTION);
            int c = b.statement(i == k ? Kind.CONCLUSION : Kind.CLAIM);
            int alternative = b.statement(Kind.ASSUMPTION);
            b.argument(c, new int[] {previous, a});
            b.argument(c, new int[] {previous, alternative});
            previous = c;
        }
        b.question(0);
        b.key(previous);
    }

    private static void star(Builder b, Random r, int statements) {
        int hub = b.statement(Kind.ASSUMPTION);
        int width = Math.max(1, (int) Math.ceil(Math.sqrt(statements)));
        int[] chainEnd = new int[width];
        Arrays.fill(chainEnd, -1);
        int others = 0;
        int firstOther = -1;
        int claims = 0;
        int last = hub;
        for (int i = 1; i < statements; i++) {
            if (i % 20 == 0) {
                int other = b.statement(Kind.ASSUMPTION);
                if (firstOther < 0) firstOther = other;
                others++;
                continue;
            }
            int chain = claims++ % width;
            int s = b.statement(Kind.CLAIM);
            int previous = chainEnd[chain] < 0 ? hub : chainEnd[chain];
            int[] premises = others > 0 && r.nextDouble() < 0.3
                    ? new int[] {previous, hub, otherAssumption(r, firstOther, others)}
                    : new int[] {previous, hub};
            b.argument(s, premises);
            if (r.nextDouble() < 0.2) {
                b.argument(s, others > 0 ? new int[] {hub, otherAssumption(r, firstOther, others)} : new int[] {hub});
            }
            chainEnd[chain] = s;
            last = s;
        }
        for (int end : chainEnd) {
            if (end >= 0) b.retype(end, Kind.CONCLUSION);
        }
        b.question(hub);
        for (int q = 0; q < statements / 200; q++) b.question(r.nextInt(b.statementCount()));
        b.key(last);
    }

    /** Other assumptions sit at every 20th index from the first one. */
    private static int otherAssumption(Random r, int firstOther, int others) {
        return firstOther + 20 * r.nextInt(others);
    }

    /** Collects a graph in growable int arrays. */
    static final class Builder {
        private final String shape;
        private final long seed;
        private Kind[] kinds;
        private int statements;
        private int[] conclusion = new int[16];
        private int[] premiseStart = new int[17];
        private int[] premises = new int[32];
        private int arguments;
        private int premiseCount;
        private final Ints undercuts = new Ints();
        private final Ints rebuts = new Ints();
        private final Ints questions = new Ints();
        private int key = -1;
        private boolean keyByAssumptions;

        Builder(String shape, long seed, int expected) {
            this.shape = shape;
            this.seed = seed;
            this.kinds = new Kind[Math.max(16, expected + 2)];
        }

        int statementCount() { return statements; }

        int statement(Kind kind) {
            if (statements == kinds.length) kinds = Arrays.copyOf(kinds, kinds.length * 2);
            kinds[statements] = kind;
            return statements++;
        }

        void retype(int s, Kind kind) { kinds[s] = kind; }

        /** An argument for {@code to}; repeated premises are kept once. */
        void argument(int to, int[] from) {
            int[] distinct = Arrays.stream(from).distinct().toArray();
            if (arguments == conclusion.length) {
                conclusion = Arrays.copyOf(conclusion, arguments * 2);
                premiseStart = Arrays.copyOf(premiseStart, arguments * 2 + 1);
            }
            while (premiseCount + distinct.length > premises.length) premises = Arrays.copyOf(premises, premises.length * 2);
            conclusion[arguments] = to;
            premiseStart[arguments] = premiseCount;
            System.arraycopy(distinct, 0, premises, premiseCount, distinct.length);
            premiseCount += distinct.length;
            arguments++;
            premiseStart[arguments] = premiseCount;
        }

        /** The first premise of the first argument for {@code s} that is a claim at or after {@code firstClaim}, or -1. */
        int firstClaimPremise(int s, int firstClaim) {
            // Arguments are added in order of their conclusion, so the search stops at the document's start.
            for (int j = arguments - 1; j >= 0 && conclusion[j] >= firstClaim; j--) {
                if (conclusion[j] != s) continue;
                for (int e = premiseStart[j]; e < premiseStart[j + 1]; e++) {
                    int p = premises[e];
                    if (p >= firstClaim && kinds[p] != Kind.ASSUMPTION) return p;
                }
            }
            return -1;
        }

        void undercut(int attacker, int target) {
            undercuts.add(attacker);
            undercuts.add(target);
        }

        void rebut(int one, int other) {
            rebuts.add(one);
            rebuts.add(other);
        }

        void question(int bearsOn) { questions.add(bearsOn); }

        void key(int s) { key = s; }

        /** The key will be the conclusion that depends on the most assumptions (the latest on a tie). */
        void keyByMostAssumptions() { keyByAssumptions = true; }

        BenchGraph build() {
            BenchGraph g = new BenchGraph(shape, seed, Arrays.copyOf(kinds, statements), Arrays.copyOf(conclusion, arguments),
                    Arrays.copyOf(premiseStart, arguments + 1), Arrays.copyOf(premises, premiseCount), undercuts.toArray(),
                    rebuts.toArray(), questions.toArray(), Math.max(key, 0));
            if (!keyByAssumptions) return g;
            int best = statements - 1;
            int most = -1;
            for (int s = 0; s < statements; s++) {
                if (kinds[s] != Kind.CONCLUSION) continue;
                int count = g.assumptionCount(s);
                if (count >= most) {
                    most = count;
                    best = s;
                }
            }
            return new BenchGraph(shape, seed, g.kinds, g.argumentConclusion, g.premiseStart, g.premises, g.undercuts,
                    g.rebuts, g.questionBearsOn, best);
        }
    }

    /** A growable int array. */
    private static final class Ints {
        private int[] items = new int[16];
        private int size;

        void add(int v) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int[] toArray() { return Arrays.copyOf(items, size); }
    }
}
