package org.premise.reason.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.premise.ints.IntList;

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
 *
 * <p>All working state is indexed by region position (and, for arguments, by a slot among the
 * arguments concluding region statements), so relabelling a what-if's few statements
 * allocates in proportion to them, not to the graph.
 */
final class GroundedLabeller {
    static final byte UNLABELLED = 0;
    static final byte IN = 1;
    static final byte OUT = 2;

    private final ArgumentGraph graph;
    private final Scenario scenario;
    private final Region region;
    /** Final labels of statements outside the region; null when the region is the whole graph. */
    private final GroundedStatus outside;
    /** argument -> slot, for arguments concluding region statements; null means slot = argument. */
    private final Map<Integer, Integer> argumentSlots;
    /** position -> label. */
    private final byte[] label;
    private final int[] attackersNotOut;
    private final int[] argumentsAllIn;
    private final int[] argumentsAlive;
    /** slot -> counters of one argument. */
    private final int[] premisesNotIn;
    private final boolean[] argumentDead;
    /** Positions whose new label is still to be propagated. */
    private final IntList pending = new IntList();

    private GroundedLabeller(ArgumentGraph graph, Scenario scenario, Region region, GroundedStatus outside) {
        this.graph = graph;
        this.scenario = scenario;
        this.region = region;
        this.outside = outside;
        int n = region.size();
        label = new byte[n];
        attackersNotOut = new int[n];
        argumentsAllIn = new int[n];
        argumentsAlive = new int[n];
        int arguments;
        if (region.isWholeGraph()) {
            argumentSlots = null;
            arguments = graph.argumentCount();
        } else {
            argumentSlots = new HashMap<>();
            for (int s : region.statements()) {
                for (int arg : graph.argumentsFor[s]) {
                    argumentSlots.put(arg, argumentSlots.size());
                }
            }
            arguments = argumentSlots.size();
        }
        premisesNotIn = new int[arguments];
        argumentDead = new boolean[arguments];
    }

    /**
     * Labels the region's statements and returns their labels by region position. Labels of
     * statements outside the region are read from outside, which may be null only when the
     * region is the whole graph.
     */
    static byte[] label(ArgumentGraph graph, Scenario scenario, Region region, GroundedStatus outside) {
        GroundedLabeller labeller = new GroundedLabeller(graph, scenario, region, outside);
        labeller.run();
        return labeller.label;
    }

    private void run() {
        int n = region.size();
        for (int p = 0; p < n; p++) {
            count(p);
        }
        for (int p = 0; p < n; p++) {
            if (scenario.isRetracted(region.statement(p))) {
                setLabel(p, OUT);
            }
        }
        for (int p = 0; p < n; p++) {
            boolean attackedByIn = false;
            for (int a : graph.attackersOf[region.statement(p)]) {
                if (!region.contains(a) && outside.label(a) == IN) {
                    attackedByIn = true;
                }
            }
            if (attackedByIn && label[p] == UNLABELLED) {
                setLabel(p, OUT);
            } else {
                evaluate(p);
            }
        }
        while (true) {
            propagate();
            if (!outUnsupportedCycles()) {
                return;
            }
        }
    }

    private int slot(int argument) {
        return argumentSlots == null ? argument : argumentSlots.get(argument);
    }

    /** Initial counters; region statements count as unlabelled, outside ones by their label. */
    private void count(int p) {
        int s = region.statement(p);
        int notOut = 0;
        for (int a : graph.attackersOf[s]) {
            if (region.contains(a) || outside.label(a) != OUT) {
                notOut++;
            }
        }
        attackersNotOut[p] = notOut;
        int allIn = 0;
        int alive = 0;
        if (!scenario.isRetracted(s)) {
            for (int arg : graph.argumentsFor[s]) {
                int notIn = 0;
                boolean dead = false;
                for (int q : graph.argumentPremises[arg]) {
                    if (region.contains(q)) {
                        notIn++;
                    } else if (outside.label(q) != IN) {
                        notIn++;
                        dead |= outside.label(q) == OUT;
                    }
                }
                premisesNotIn[slot(arg)] = notIn;
                argumentDead[slot(arg)] = dead;
                if (notIn == 0) {
                    allIn++;
                }
                if (!dead) {
                    alive++;
                }
            }
        }
        argumentsAllIn[p] = allIn;
        argumentsAlive[p] = alive;
    }

    private void evaluate(int p) {
        if (label[p] != UNLABELLED) {
            return;
        }
        boolean standsAlone = scenario.standsAlone(graph, region.statement(p));
        if (!standsAlone && argumentsAlive[p] == 0) {
            setLabel(p, OUT);
        } else if (attackersNotOut[p] == 0 && (standsAlone || argumentsAllIn[p] > 0)) {
            setLabel(p, IN);
        }
    }

    private void setLabel(int p, byte value) {
        label[p] = value;
        pending.add(p);
    }

    private void propagate() {
        while (!pending.isEmpty()) {
            int p = pending.removeLast();
            int s = region.statement(p);
            if (label[p] == IN) {
                for (int t : graph.attacksOn[s]) {
                    int pt = region.positionOf(t);
                    if (pt >= 0 && label[pt] == UNLABELLED) {
                        setLabel(pt, OUT);
                    }
                }
                for (int arg : graph.premiseOf[s]) {
                    int c = graph.argumentConclusion[arg];
                    int pc = region.positionOf(c);
                    if (pc >= 0 && !scenario.isRetracted(c) && --premisesNotIn[slot(arg)] == 0) {
                        argumentsAllIn[pc]++;
                        evaluate(pc);
                    }
                }
            } else {
                for (int t : graph.attacksOn[s]) {
                    int pt = region.positionOf(t);
                    if (pt >= 0) {
                        attackersNotOut[pt]--;
                        evaluate(pt);
                    }
                }
                for (int arg : graph.premiseOf[s]) {
                    int c = graph.argumentConclusion[arg];
                    int pc = region.positionOf(c);
                    if (pc >= 0 && !scenario.isRetracted(c) && !argumentDead[slot(arg)]) {
                        argumentDead[slot(arg)] = true;
                        argumentsAlive[pc]--;
                        evaluate(pc);
                    }
                }
            }
        }
    }

    /** Whether the statement is in the region and still unlabelled. */
    private boolean unlabelled(int s) {
        int p = region.positionOf(s);
        return p >= 0 && label[p] == UNLABELLED;
    }

    /**
     * Least fixpoint of "supportable" over the unlabelled region statements (IN statements and
     * statements outside the region that are not OUT count as supportable); every unlabelled
     * statement outside that fixpoint is an unsupported cycle and becomes OUT.
     *
     * @return whether any statement became OUT
     */
    private boolean outUnsupportedCycles() {
        IntList open = new IntList();
        for (int p = 0; p < region.size(); p++) {
            if (label[p] == UNLABELLED) {
                open.add(p);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        Map<Integer, Integer> missing = new HashMap<>();
        Set<Integer> supportable = new HashSet<>();
        IntList frontier = new IntList();
        for (int i = 0; i < open.size(); i++) {
            int s = region.statement(open.get(i));
            boolean ok = scenario.standsAlone(graph, s);
            for (int arg : graph.argumentsFor[s]) {
                if (argumentDead[slot(arg)] || scenario.isRetracted(s)) {
                    continue;
                }
                int need = 0;
                for (int q : graph.argumentPremises[arg]) {
                    if (unlabelled(q)) {
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
            int p = open.get(i);
            if (!supportable.contains(region.statement(p))) {
                setLabel(p, OUT);
                changed = true;
            }
        }
        return changed;
    }
}
