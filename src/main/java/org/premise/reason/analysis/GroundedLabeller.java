package org.premise.reason.analysis;

/**
 * The grounded labelling engine (see {@link GroundedStatus} for the definition). It labels
 * the statements of a region, taking the labels of every statement outside the region as
 * final; the region must be closed downstream (under premise-to-conclusion and
 * attacker-to-target edges), so nothing outside depends on it. For a full analysis the region
 * is the whole graph.
 *
 * <p>Labels are monotone (once IN or OUT, a statement keeps its label), so the rules can be
 * applied in any order; counters make each rule fire in constant time per edge:
 * attackers not yet OUT, arguments whose premises are all IN, arguments with no OUT premise.
 * Unsupported cycles are the one case counters cannot see; they are found by a least-fixpoint
 * pass over the still unlabelled statements whenever the counters run dry.
 */
final class GroundedLabeller {
    static final byte UNLABELLED = 0;
    static final byte IN = 1;
    static final byte OUT = 2;

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final byte[] label;
    private final boolean[] inRegion;
    private final int[] attackersNotOut;
    private final int[] argumentsAllIn;
    private final int[] argumentsAlive;
    private final int[] premisesNotIn;
    private final boolean[] argumentDead;
    private final IntList pending = new IntList();

    private GroundedLabeller(ArgumentGraph graph, Scenario scenario, byte[] label, boolean[] inRegion) {
        this.graph = graph;
        this.scenario = scenario;
        this.label = label;
        this.inRegion = inRegion;
        int n = graph.size();
        attackersNotOut = new int[n];
        argumentsAllIn = new int[n];
        argumentsAlive = new int[n];
        premisesNotIn = new int[graph.argumentCount()];
        argumentDead = new boolean[graph.argumentCount()];
    }

    /**
     * Labels the region's statements in place. Labels outside the region are read as final;
     * labels inside it are overwritten. inRegion may be null when the region is everything.
     */
    static void label(ArgumentGraph graph, Scenario scenario, byte[] label, int[] region, boolean[] inRegion) {
        boolean[] mask = inRegion;
        if (mask == null) {
            mask = new boolean[graph.size()];
            java.util.Arrays.fill(mask, true);
        }
        new GroundedLabeller(graph, scenario, label, mask).run(region);
    }

    private void run(int[] region) {
        for (int s : region) {
            label[s] = UNLABELLED;
        }
        for (int s : region) {
            count(s);
        }
        for (int s : region) {
            if (scenario.retracted[s]) {
                setLabel(s, OUT);
            }
        }
        for (int s : region) {
            boolean attackedByIn = false;
            for (int a : graph.attackersOf[s]) {
                if (!inRegion[a] && label[a] == IN) {
                    attackedByIn = true;
                }
            }
            if (attackedByIn && label[s] == UNLABELLED) {
                setLabel(s, OUT);
            } else {
                evaluate(s);
            }
        }
        while (true) {
            propagate();
            if (!outUnsupportedCycles(region)) {
                return;
            }
        }
    }

    /** Initial counters; region statements count as unlabelled, outside ones by their label. */
    private void count(int s) {
        int notOut = 0;
        for (int a : graph.attackersOf[s]) {
            if (inRegion[a] || label[a] != OUT) {
                notOut++;
            }
        }
        attackersNotOut[s] = notOut;
        int allIn = 0;
        int alive = 0;
        if (!scenario.retracted[s]) {
            for (int arg : graph.argumentsFor[s]) {
                int notIn = 0;
                boolean dead = false;
                for (int p : graph.argumentPremises[arg]) {
                    if (inRegion[p]) {
                        notIn++;
                    } else if (label[p] != IN) {
                        notIn++;
                        dead |= label[p] == OUT;
                    }
                }
                premisesNotIn[arg] = notIn;
                argumentDead[arg] = dead;
                if (notIn == 0) {
                    allIn++;
                }
                if (!dead) {
                    alive++;
                }
            }
        }
        argumentsAllIn[s] = allIn;
        argumentsAlive[s] = alive;
    }

    private void evaluate(int s) {
        if (label[s] != UNLABELLED) {
            return;
        }
        boolean standsAlone = scenario.standsAlone(graph, s);
        if (!standsAlone && argumentsAlive[s] == 0) {
            setLabel(s, OUT);
        } else if (attackersNotOut[s] == 0 && (standsAlone || argumentsAllIn[s] > 0)) {
            setLabel(s, IN);
        }
    }

    private void setLabel(int s, byte value) {
        label[s] = value;
        pending.add(s);
    }

    private void propagate() {
        while (!pending.isEmpty()) {
            int s = pending.removeLast();
            if (label[s] == IN) {
                for (int t : graph.attacksOn[s]) {
                    if (inRegion[t] && label[t] == UNLABELLED) {
                        setLabel(t, OUT);
                    }
                }
                for (int arg : graph.premiseOf[s]) {
                    int c = graph.argumentConclusion[arg];
                    if (inRegion[c] && !scenario.retracted[c] && --premisesNotIn[arg] == 0) {
                        argumentsAllIn[c]++;
                        evaluate(c);
                    }
                }
            } else {
                for (int t : graph.attacksOn[s]) {
                    if (inRegion[t]) {
                        attackersNotOut[t]--;
                        evaluate(t);
                    }
                }
                for (int arg : graph.premiseOf[s]) {
                    int c = graph.argumentConclusion[arg];
                    if (inRegion[c] && !scenario.retracted[c] && !argumentDead[arg]) {
                        argumentDead[arg] = true;
                        argumentsAlive[c]--;
                        evaluate(c);
                    }
                }
            }
        }
    }

    /**
     * Least fixpoint of "supportable" over the unlabelled region statements (IN statements and
     * statements outside the region that are not OUT count as supportable); every unlabelled
     * statement outside that fixpoint is an unsupported cycle and becomes OUT.
     *
     * @return whether any statement became OUT
     */
    private boolean outUnsupportedCycles(int[] region) {
        IntList open = new IntList();
        for (int s : region) {
            if (label[s] == UNLABELLED) {
                open.add(s);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        java.util.Map<Integer, Integer> missing = new java.util.HashMap<>();
        java.util.Set<Integer> supportable = new java.util.HashSet<>();
        IntList frontier = new IntList();
        for (int i = 0; i < open.size(); i++) {
            int s = open.get(i);
            boolean ok = scenario.standsAlone(graph, s);
            for (int arg : graph.argumentsFor[s]) {
                if (argumentDead[arg] || scenario.retracted[s]) {
                    continue;
                }
                int need = 0;
                for (int p : graph.argumentPremises[arg]) {
                    if (inRegion[p] && label[p] == UNLABELLED) {
                        need++;
                    }
                }
                missing.put(arg, need);
                ok |= need == 0;
            }
            if (ok && supportable.add(s)) {
                frontier.add(s);
            }
        }
        while (!frontier.isEmpty()) {
            int s = frontier.removeLast();
            for (int arg : graph.premiseOf[s]) {
                Integer need = missing.get(arg);
                if (need == null) {
                    continue;
                }
                missing.put(arg, need - 1);
                int c = graph.argumentConclusion[arg];
                if (need - 1 == 0 && supportable.add(c)) {
                    frontier.add(c);
                }
            }
        }
        boolean changed = false;
        for (int i = 0; i < open.size(); i++) {
            int s = open.get(i);
            if (!supportable.contains(s)) {
                setLabel(s, OUT);
                changed = true;
            }
        }
        return changed;
    }
}
