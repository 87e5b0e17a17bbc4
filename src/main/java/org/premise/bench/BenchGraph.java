package org.premise.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * An argument graph made by {@link GraphShapes} for the scale benchmark, held as int arrays
 * (not as RDF: a graph of a million statements is written out as Turtle as it is walked,
 * never built as a Jena model).
 *
 * <p>Statements are numbered from 0; statement {@code i} is {@code <https://example.org/bench/s<i>>},
 * argument {@code j} is {@code …/a<j>} and open question {@code q} is {@code …/q<q>}. A statement
 * is an assumption (a leaf, typed {@code premise:Assumption}), a claim (the conclusion of at
 * least one argument, untyped) or a conclusion (a claim typed {@code premise:Conclusion}).
 */
public final class BenchGraph {
    /** The namespace of every generated IRI. */
    public static final String NAMESPACE = "https://example.org/bench/";
    static final String PREMISE = "https://w3id.org/premise/ontology#";

    /** What a statement is. */
    public enum Kind { ASSUMPTION, CLAIM, CONCLUSION }

    final String shape;
    final long seed;
    final Kind[] kinds;
    final int[] argumentConclusion;
    /** Premises of argument j are {@code premises[premiseStart[j] .. premiseStart[j + 1])}. */
    final int[] premiseStart;
    final int[] premises;
    /** Pairs (attacker, target), flattened. */
    final int[] undercuts;
    /** Pairs, flattened; each pair written once ({@code premise:rebuts} is symmetric). */
    final int[] rebuts;
    /** The statement each open question bears on. */
    final int[] questionBearsOn;
    /** A statement deep in the graph, for {@code assumptions-of}. */
    final int key;

    private int[] dependenceStart;
    private int[] dependenceTarget;

    BenchGraph(String shape, long seed, Kind[] kinds, int[] argumentConclusion, int[] premiseStart, int[] premises,
            int[] undercuts, int[] rebuts, int[] questionBearsOn, int key) {
        this.shape = shape;
        this.seed = seed;
        this.kinds = kinds;
        this.argumentConclusion = argumentConclusion;
        this.premiseStart = premiseStart;
        this.premises = premises;
        this.undercuts = undercuts;
        this.rebuts = rebuts;
        this.questionBearsOn = questionBearsOn;
        this.key = key;
    }

    public String shape() { return shape; }

    public long seed() { return seed; }

    /** Statements, open questions not included. */
    public int statements() { return kinds.length; }

    public int arguments() { return argumentConclusion.length; }

    public int questions() { return questionBearsOn.length; }

    public int undercutCount() { return undercuts.length / 2; }

    public int rebutCount() { return rebuts.length / 2; }

    public Kind kind(int statement) { return kinds[statement]; }

    /** The statement chosen as query key. */
    public int key() { return key; }

    public static String statementIri(int statement) { return NAMESPACE + "s" + statement; }

    /** The premises of argument j. */
    public int[] premisesOf(int argument) {
        return Arrays.copyOfRange(premises, premiseStart[argument], premiseStart[argument + 1]);
    }

    public int conclusionOf(int argument) { return argumentConclusion[argument]; }

    /** Every statement that {@code statement} depends on through arguments (itself only on a cycle), ascending. */
    public int[] dependencies(int statement) {
        int found = visit(statement);
        int[] result = Arrays.copyOf(queue, found);
        Arrays.sort(result);
        return result;
    }

    /** How many assumptions {@code statement} depends on, without building the list. */
    int assumptionCount(int statement) {
        int found = visit(statement);
        int count = 0;
        for (int i = 0; i < found; i++) {
            if (kinds[queue[i]] == Kind.ASSUMPTION) count++;
        }
        return count;
    }

    private int[] stamp;
    private int[] queue;
    private int round;

    /** Breadth-first along conclusion → premise; leaves what was reached in queue[0 .. result). */
    private int visit(int statement) {
        buildDependence();
        if (stamp == null) {
            stamp = new int[kinds.length];
            queue = new int[kinds.length];
        }
        round++;
        int head = 0;
        int tail = 0;
        int s = statement;
        while (true) {
            for (int e = dependenceStart[s]; e < dependenceStart[s + 1]; e++) {
                int p = dependenceTarget[e];
                if (stamp[p] != round) {
                    stamp[p] = round;
                    queue[tail++] = p;
                }
            }
            if (head == tail) return tail;
            s = queue[head++];
        }
    }

    /** The assumptions among {@link #dependencies(int)}: what {@code assumptions-of} returns. */
    public int[] assumptionsOf(int statement) {
        return Arrays.stream(dependencies(statement)).filter(s -> kinds[s] == Kind.ASSUMPTION).toArray();
    }

    /** Conclusion → premise edges, deduplicated per conclusion (compressed rows). */
    private void buildDependence() {
        if (dependenceStart != null) return;
        int n = kinds.length;
        int[] count = new int[n + 1];
        for (int j = 0; j < argumentConclusion.length; j++) {
            count[argumentConclusion[j] + 1] += premiseStart[j + 1] - premiseStart[j];
        }
        for (int s = 0; s < n; s++) count[s + 1] += count[s];
        int[] target = new int[count[n]];
        int[] fill = Arrays.copyOf(count, n);
        for (int j = 0; j < argumentConclusion.length; j++) {
            for (int e = premiseStart[j]; e < premiseStart[j + 1]; e++) target[fill[argumentConclusion[j]]++] = premises[e];
        }
        dependenceStart = count;
        dependenceTarget = target;
    }

    /**
     * Writes the graph as Turtle, statement by statement, then the arguments, the attacks and
     * the open questions. Returns the number of triples written.
     */
    public long writeTurtle(Writer out) throws IOException {
        long triples = 0;
        out.write("# A generated argument graph for bin/benchmark scale: shape " + shape + ", " + kinds.length
                + " statements, seed " + seed + ".\n");
        out.write("# Made by org.premise.bench.ArgumentGraphFiles; regenerate it rather than edit it.\n");
        out.write("@prefix premise: <" + PREMISE + "> .\n");
        out.write("@prefix b: <" + NAMESPACE + "> .\n\n");
        StringBuilder line = new StringBuilder(256);
        for (int s = 0; s < kinds.length; s++) {
            line.setLength(0);
            line.append("b:s").append(s);
            switch (kinds[s]) {
                case ASSUMPTION -> { line.append(" a premise:Assumption ;"); triples++; }
                case CONCLUSION -> { line.append(" a premise:Conclusion ;"); triples++; }
                case CLAIM -> { }
            }
            line.append(" premise:text \"").append(text(s)).append("\" .\n");
            triples++;
            out.append(line);
        }
        out.write('\n');
        for (int j = 0; j < argumentConclusion.length; j++) {
            line.setLength(0);
            line.append("b:a").append(j).append(" a premise:Argument ; premise:premise ");
            for (int e = premiseStart[j]; e < premiseStart[j + 1]; e++) {
                if (e > premiseStart[j]) line.append(" , ");
                line.append("b:s").append(premises[e]);
                triples++;
            }
            line.append(" ; premise:conclusion b:s").append(argumentConclusion[j]).append(" .\n");
            triples += 2;
            out.append(line);
        }
        out.write('\n');
        for (int i = 0; i < undercuts.length; i += 2) {
            out.write("b:s" + undercuts[i] + " premise:undercuts b:s" + undercuts[i + 1] + " .\n");
            triples++;
        }
        for (int i = 0; i < rebuts.length; i += 2) {
            out.write("b:s" + rebuts[i] + " premise:rebuts b:s" + rebuts[i + 1] + " .\n");
            triples++;
        }
        out.write('\n');
        for (int q = 0; q < questionBearsOn.length; q++) {
            out.write("b:q" + q + " a premise:OpenQuestion ; premise:text \"Open question " + q + " of the " + shape
                    + " graph (seed " + seed + "): does statement " + questionBearsOn[q] + " hold?\" ; premise:bearsOn b:s"
                    + questionBearsOn[q] + " .\n");
            triples += 3;
        }
        out.flush();
        return triples;
    }

    /** Unique per statement: Premise identifies statements by their text. */
    private String text(int s) {
        return switch (kinds[s]) {
            case ASSUMPTION -> "Assumption " + s + " of the " + shape + " graph (seed " + seed + "), taken as given.";
            case CLAIM -> "Claim " + s + " of the " + shape + " graph (seed " + seed + "), argued from its premises.";
            case CONCLUSION -> "Conclusion " + s + " of the " + shape + " graph (seed " + seed + "), argued from its premises.";
        };
    }
}
