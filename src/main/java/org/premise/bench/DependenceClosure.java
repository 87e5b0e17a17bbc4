package org.premise.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.rdf.Vocab;

/**
 * The reference answer for the benchmark, computed by plain Java over the asserted triples
 * (no rules): a statement depends on each premise of each argument concluding it, and on
 * whatever those depend on. {@link #pairCount} is the size of the transitive closure, the
 * number of {@code premise:dependsOn} triples every engine must derive; {@link #assumptionsOf}
 * is what the named query {@code assumptions-of} must return.
 */
public final class DependenceClosure {
    private final Map<Node, Integer> index = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final int[] start;
    private final int[] target;

    private DependenceClosure(Graph g) {
        Map<Node, List<Node>> premisesByArgument = new HashMap<>();
        g.find(Node.ANY, Vocab.premiseOf, Node.ANY).forEachRemaining(t ->
                premisesByArgument.computeIfAbsent(t.getSubject(), a -> new ArrayList<>()).add(t.getObject()));
        List<int[]> edges = new ArrayList<>();
        g.find(Node.ANY, Vocab.conclusion, Node.ANY).forEachRemaining(t -> {
            int c = id(t.getObject());
            for (Node p : premisesByArgument.getOrDefault(t.getSubject(), List.of())) edges.add(new int[] {c, id(p)});
        });
        int n = nodes.size();
        start = new int[n + 1];
        for (int[] e : edges) start[e[0] + 1]++;
        for (int s = 0; s < n; s++) start[s + 1] += start[s];
        target = new int[edges.size()];
        int[] fill = Arrays.copyOf(start, n);
        for (int[] e : edges) target[fill[e[0]]++] = e[1];
    }

    /** Reads the argument structure (premise:premise, premise:conclusion) of a graph. */
    public static DependenceClosure of(Graph g) {
        return new DependenceClosure(g);
    }

    private int id(Node n) {
        Integer i = index.get(n);
        if (i != null) return i;
        index.put(n, nodes.size());
        nodes.add(n);
        return nodes.size() - 1;
    }

    /** Statements that take part in some argument. */
    public int statements() { return nodes.size(); }

    /**
     * The number of pairs (s, t) with s depending on t, by a breadth-first search from every
     * statement; gives up, returning -1, once {@code deadlineNanos} (System.nanoTime) passes.
     */
    public long pairCount(long deadlineNanos) {
        int n = nodes.size();
        int[] stamp = new int[n];
        int[] queue = new int[n];
        long pairs = 0;
        for (int s = 0; s < n; s++) {
            if ((s & 1023) == 0 && System.nanoTime() > deadlineNanos) return -1;
            pairs += visit(s, stamp, queue, s + 1);
        }
        return pairs;
    }

    private int visit(int from, int[] stamp, int[] queue, int round) {
        int head = 0;
        int tail = 0;
        int s = from;
        while (true) {
            for (int e = start[s]; e < start[s + 1]; e++) {
                int p = target[e];
                if (stamp[p] != round) {
                    stamp[p] = round;
                    queue[tail++] = p;
                }
            }
            if (head == tail) return tail;
            s = queue[head++];
        }
    }

    /**
     * What {@code queries/assumptions-of.rq} returns for {@code statement}: the statements it
     * depends on that are typed (exactly, as the query asks) premise:Assumption or
     * premise:Evidence, as sorted IRIs.
     */
    public List<String> assumptionsOf(Graph g, Node statement) {
        Integer from = index.get(statement);
        TreeSet<String> result = new TreeSet<>();
        if (from == null) return List.of();
        int n = nodes.size();
        int[] queue = new int[n];
        int reached = visit(from, new int[n], queue, 1);
        for (int i = 0; i < reached; i++) {
            Node t = nodes.get(queue[i]);
            if (g.contains(t, Vocab.rdfType, Vocab.Assumption) || g.contains(t, Vocab.rdfType, Vocab.Evidence)) {
                result.add(t.getURI());
            }
        }
        return List.copyOf(result);
    }

    /**
     * Counts distinct (subject, object) pairs among triples, for engines whose answer might
     * repeat a triple: subjects and objects are numbered, pairs packed into longs, sorted.
     */
    public static long distinctPairs(Iterator<Triple> triples) {
        Map<Node, Integer> ids = new HashMap<>();
        long[] pairs = new long[1024];
        int size = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            long s = ids.computeIfAbsent(t.getSubject(), k -> ids.size());
            long o = ids.computeIfAbsent(t.getObject(), k -> ids.size());
            if (size == pairs.length) pairs = Arrays.copyOf(pairs, size * 2);
            pairs[size++] = (s << 32) | o;
        }
        Arrays.sort(pairs, 0, size);
        long distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) distinct++;
        }
        return distinct;
    }
}
