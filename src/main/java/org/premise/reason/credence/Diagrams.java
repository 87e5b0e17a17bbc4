package org.premise.reason.credence;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.logicng.formulas.FormulaFactory;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDConstruction;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDKernel;
import org.logicng.knowledgecompilation.bdds.jbuddy.BDDOperations;

/**
 * Events as reduced ordered binary decision diagrams, on LogicNG's port of BuDDy: each handle
 * is a diagram node (variable order: the cone's variable numbers), equal events have equal
 * handles, so a fixpoint is reached when no handle changes.
 *
 * <p>Bounded two ways: the work, counted as node lookups and operations, may not pass
 * {@code workLimit}, after which {@link Logic.Exhausted} stops the computation (what is not
 * decided stays unknown); and a statement asked about whose diagram has more than
 * {@code nodeLimit} nodes ({@link #tooLarge}) is not answered from it. Garbage collection is off: every
 * node made stays until the diagrams are dropped, which the work limit bounds.
 */
final class Diagrams implements Logic {
    static final long UNKNOWN = -1;

    /** BuDDy's kernel, counting node requests and never collecting garbage. */
    private static final class Kernel extends BDDKernel {
        private long workLimit;
        /** False while BDDKernel's constructor runs (before this class's fields are set). */
        private boolean counting;
        long work;

        Kernel(int variables, int nodes, long workLimit) {
            // No formula factory: it serves LogicNG's formula API, which a kernel over numbered
            // variables never touches, and making one costs more than the seed's whole answer.
            super((FormulaFactory) null, variables, nodes, Math.max(1024, nodes / 4));
            // The constructor made the variables' nodes; count from here.
            this.workLimit = workLimit;
            this.counting = true;
        }

        @Override
        protected int makeNode(int level, int low, int high) throws BddReorderRequest {
            if (counting && ++work > workLimit) {
                throw new Exhausted("the decision diagrams passed their work limit");
            }
            return super.makeNode(level, low, high);
        }

        @Override
        protected void gbc() {
            // Handles live in Java arrays BuDDy cannot see: never free a node.
        }
    }

    private final Kernel kernel;
    private final BDDConstruction construction;
    private final BDDOperations operations;
    private final long nodeLimit;

    Diagrams(int variables, int statements, long nodeLimit, long workLimit) {
        int nodes = (int) Math.max(1024, Math.min(Math.min(nodeLimit, workLimit), 64L * statements));
        this.kernel = new Kernel(Math.max(1, variables), nodes, workLimit);
        this.construction = new BDDConstruction(kernel);
        this.operations = new BDDOperations(kernel);
        this.nodeLimit = nodeLimit;
    }

    /** Node requests, operations and nodes counted so far (the work spent). */
    long work() {
        return kernel.work;
    }

    /**
     * Counts work that makes no node (an operation answered from the cache, a diagram
     * counted), so that the work limit bounds the time spent, not only the memory.
     */
    private void tick(long units) {
        kernel.work += units;
        if (kernel.work > kernel.workLimit) {
            throw new Exhausted("the decision diagrams passed their work limit");
        }
    }

    @Override
    public long yes() {
        return BDDKernel.BDD_TRUE;
    }

    @Override
    public long no() {
        return BDDKernel.BDD_FALSE;
    }

    @Override
    public long unknown() {
        return UNKNOWN;
    }

    @Override
    public long variable(int v) {
        return construction.ithVar(v);
    }

    @Override
    public long and(long a, long b) {
        if (a == BDDKernel.BDD_FALSE || b == BDDKernel.BDD_FALSE) {
            return BDDKernel.BDD_FALSE;
        }
        if (a == BDDKernel.BDD_TRUE) {
            return b;
        }
        if (b == BDDKernel.BDD_TRUE || a == b) {
            return a;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        tick(1);
        return construction.and((int) a, (int) b);
    }

    @Override
    public long or(long a, long b) {
        if (a == BDDKernel.BDD_TRUE || b == BDDKernel.BDD_TRUE) {
            return BDDKernel.BDD_TRUE;
        }
        if (a == BDDKernel.BDD_FALSE) {
            return b;
        }
        if (b == BDDKernel.BDD_FALSE || a == b) {
            return a;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        tick(1);
        return construction.or((int) a, (int) b);
    }

    @Override
    public long not(long a) {
        if (a == UNKNOWN) {
            return UNKNOWN;
        }
        tick(1);
        return construction.not((int) a);
    }

    /** Whether an event's diagram has more nodes than the limit (an unknown event counts as too large). */
    boolean tooLarge(long event) {
        return event == UNKNOWN || nodes(event) > nodeLimit;
    }

    /** The number of nodes of an event's diagram (0 for a constant). */
    int nodes(long event) {
        return event == BDDKernel.BDD_TRUE || event == BDDKernel.BDD_FALSE ? 0 : operations.nodeCount((int) event);
    }

    /**
     * The probability of an event and its derivative by each variable's credence (the
     * Birnbaum importance, since the probability is multilinear in the credences), in one pass
     * up and one down the diagram. {@code gradient} is filled for the variables (others 0).
     */
    double probability(long event, double[] credence, double[] gradient) {
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0);
        }
        if (event == BDDKernel.BDD_TRUE || event == BDDKernel.BDD_FALSE) {
            return event == BDDKernel.BDD_TRUE ? 1 : 0;
        }
        // Nodes, each after its children: levels equal variable numbers (no reordering), and a
        // child's level is always greater than its parent's.
        int[] nodes = nodesByLevel((int) event);
        Map<Integer, Integer> position = new HashMap<>(nodes.length * 2);
        for (int i = 0; i < nodes.length; i++) {
            position.put(nodes[i], i);
        }
        double[] p = new double[nodes.length];
        int[] low = new int[nodes.length];
        int[] high = new int[nodes.length];
        int[] var = new int[nodes.length];
        for (int i = nodes.length - 1; i >= 0; i--) {
            int node = nodes[i];
            var[i] = construction.bddVar(node);
            low[i] = construction.bddLow(node);
            high[i] = construction.bddHigh(node);
            double c = credence[var[i]];
            p[i] = (1 - c) * value(low[i], position, p) + c * value(high[i], position, p);
        }
        if (gradient != null) {
            double[] adjoint = new double[nodes.length];
            adjoint[0] = 1;
            for (int i = 0; i < nodes.length; i++) {
                double c = credence[var[i]];
                gradient[var[i]] += adjoint[i] * (value(high[i], position, p) - value(low[i], position, p));
                Integer lo = position.get(low[i]);
                if (lo != null) {
                    adjoint[lo] += adjoint[i] * (1 - c);
                }
                Integer hi = position.get(high[i]);
                if (hi != null) {
                    adjoint[hi] += adjoint[i] * c;
                }
            }
        }
        return p[0];
    }

    private static double value(int node, Map<Integer, Integer> position, double[] p) {
        if (node == BDDKernel.BDD_TRUE) {
            return 1;
        }
        if (node == BDDKernel.BDD_FALSE) {
            return 0;
        }
        return p[position.get(node)];
    }

    /** The variables the event depends on, ascending. */
    int[] support(long event) {
        if (event == BDDKernel.BDD_TRUE || event == BDDKernel.BDD_FALSE || event == UNKNOWN) {
            return new int[0];
        }
        int[] nodes = nodesByLevel((int) event);
        java.util.TreeSet<Integer> vars = new java.util.TreeSet<>();
        for (int node : nodes) {
            vars.add(construction.bddVar(node));
        }
        return vars.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The inner nodes reachable from a root, sorted by level (root first), found without recursion; counted as work. */
    private int[] nodesByLevel(int root) {
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        java.util.List<long[]> found = new java.util.ArrayList<>();
        todo.push(root);
        seen.add(root);
        while (!todo.isEmpty()) {
            int node = todo.pop();
            found.add(new long[] {construction.bddVar(node), node});
            for (int child : new int[] {construction.bddLow(node), construction.bddHigh(node)}) {
                if (child != BDDKernel.BDD_TRUE && child != BDDKernel.BDD_FALSE && seen.add(child)) {
                    todo.push(child);
                }
            }
        }
        tick(found.size());
        found.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] out = new int[found.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) found.get(i)[1];
        }
        return out;
    }
}
