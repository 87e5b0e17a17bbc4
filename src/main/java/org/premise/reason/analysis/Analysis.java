package org.premise.reason.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the reasoning core knows about one argument graph under one scenario (some
 * statements retracted, some assumed): support sets and linchpins, defeat sets, grounded
 * statuses, and the ranking of open questions.
 *
 * <p>Compute one from scratch with {@link #compute(ArgumentGraph)}; ask "what if" with
 * {@link #whatIf(Collection, Collection)}, which reuses this analysis and recomputes only what
 * lies downstream of the change.
 *
 * <p>Only what is linear or nearly so is computed up front: grounded statuses and which
 * statements are supportable (the support components come with the graph). Support sets,
 * linchpins and defeat sets of a statement are computed when first asked for, with whatever
 * they rest on, and kept; the question ranking when first asked for (it needs the defeat sets
 * of the conclusions). Safe to query from several threads at once.
 */
public final class Analysis {
    final ArgumentGraph graph;
    final Scenario scenario;
    final AnalysisLimits limits;
    final SupportSets support;
    final DefeatSets defeat;
    final GroundedStatus status;
    /** For a hypothetical: the analysis it was asked of and the statements its change reaches; null from scratch. */
    private final Analysis rankingBaseline;
    private final Region rankingChange;
    private QuestionRanking ranking;

    Analysis(ArgumentGraph graph, Scenario scenario, AnalysisLimits limits, SupportSets support, DefeatSets defeat,
            GroundedStatus status, Analysis rankingBaseline, Region rankingChange) {
        this.graph = graph;
        this.scenario = scenario;
        this.limits = limits;
        this.support = support;
        this.defeat = defeat;
        this.status = status;
        this.rankingBaseline = rankingBaseline;
        this.rankingChange = rankingChange;
    }

    /** The analysis of the graph as it stands, with the default limits. */
    public static Analysis compute(ArgumentGraph graph) {
        return compute(graph, List.of(), List.of(), AnalysisLimits.DEFAULT);
    }

    /** The analysis with some statements retracted and some assumed, from scratch. */
    public static Analysis compute(ArgumentGraph graph, Collection<String> retract, Collection<String> assume) {
        return compute(graph, retract, assume, AnalysisLimits.DEFAULT);
    }

    /** The analysis with some statements retracted and some assumed, from scratch. */
    public static Analysis compute(ArgumentGraph graph, Collection<String> retract, Collection<String> assume,
            AnalysisLimits limits) {
        Scenario scenario = Scenario.of(graph, retract, assume);
        SupportSets support = SupportSets.compute(graph, scenario, limits);
        DefeatSets defeat = DefeatSets.compute(support, graph, limits);
        GroundedStatus status = GroundedStatus.compute(graph, scenario);
        return new Analysis(graph, scenario, limits, support, defeat, status, null, null);
    }

    /** The hypothetical analysis with more statements retracted or assumed, computed incrementally. */
    public WhatIf whatIf(Collection<String> retract, Collection<String> assume) {
        return WhatIf.of(this, retract, assume);
    }

    public ArgumentGraph graph() {
        return graph;
    }

    public AnalysisLimits limits() {
        return limits;
    }

    /** Statements this analysis treats as failed. */
    public Set<String> retracted() {
        return scenario.retractedIds;
    }

    /** Statements this analysis treats as accepted leaves. */
    public Set<String> assumed() {
        return scenario.assumedIds;
    }

    public SupportSets supportSets() {
        return support;
    }

    public DefeatSets defeatSets() {
        return defeat;
    }

    public GroundedStatus statuses() {
        return status;
    }

    /**
     * Computes now what a report shows of every conclusion (support sets, linchpins, defeat
     * sets), on all cores: each conclusion's answers are computed independently (support sets
     * one component at a time under a lock, defeat sets in parallel), and they are the same
     * whatever the order, so this only saves time when all of them are about to be asked for.
     */
    public void computeConclusions() {
        Arrays.stream(graph.conclusions).parallel().forEach(c -> {
            support.sets(c);
            support.linchpins(c);
            defeat.listing(c);
        });
    }

    /** The ranking of open questions, computed on first request (a hypothetical's from its baseline's). */
    public synchronized QuestionRanking questionRanking() {
        if (ranking == null) {
            ranking = rankingBaseline == null ? QuestionRanking.compute(graph, defeat)
                    : rankingBaseline.questionRanking().update(defeat, rankingChange);
        }
        return ranking;
    }

    /** Shortcut for {@code supportSets().supportSets(statement)}. */
    public List<Set<String>> supportSets(String statement) {
        return support.supportSets(statement);
    }

    /** Shortcut for {@code supportSets().linchpins(statement)}. */
    public Optional<Set<String>> linchpins(String statement) {
        return support.linchpins(statement);
    }

    /** Shortcut for {@code defeatSets().defeatSets(statement)}. */
    public List<Set<String>> defeatSets(String statement) {
        return defeat.defeatSets(statement);
    }

    /** Shortcut for {@code statuses().status(statement)}. */
    public Status status(String statement) {
        return status.status(statement);
    }
}
