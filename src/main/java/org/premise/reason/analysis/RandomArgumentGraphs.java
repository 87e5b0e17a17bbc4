package org.premise.reason.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of layered argument graphs, for benchmarks and tests. The same seed and
 * parameters always give the same graph.
 *
 * <p>Statements are grouped in <em>topics</em> (like the sections of a set of documents).
 * Within a topic the first statements are leaves and the rest are claims, each supported by
 * arguments whose premises are earlier statements of the topic, mostly recent ones, so support
 * chains are deep and overlapping (diamonds). Some claims also lean on a claim of one of the
 * few previous topics, some topics have a support cycle (an extra argument for an earlier
 * claim from a later one), and each topic has a few undercuts and a rebut. Each topic has one
 * open question bearing on one of its leaves, and its last claim is a conclusion.
 * Ids: {@code t<topic>-L<i>} for leaves, {@code t<topic>-C<i>} for claims, {@code q<topic>}.
 */
public final class RandomArgumentGraphs {

    /**
     * The shape of the generated graph.
     *
     * @param topicSize statements per topic
     * @param leafFraction share of a topic's statements that are leaves
     * @param secondArgumentProbability chance that a claim has a second, alternative argument
     * @param maxPremises most premises per argument (1 to this many, fewer more likely)
     * @param recentWindow other premises are drawn from this many preceding statements of the topic
     * @param leafPremiseProbability chance that a premise is one of the topic's leaves
     * @param crossTopicProbability chance per topic that one claim also rests on a claim of an earlier topic
     * @param topicWindow how many topics back a cross-topic premise may come from
     * @param cycleProbability chance per topic of one support cycle
     * @param undercutsPerTopic undercuts per topic (attacker and target in the topic)
     * @param rebutProbability chance per topic of one rebut between two of its claims
     */
    public record Shape(int topicSize, double leafFraction, double secondArgumentProbability, int maxPremises,
            int recentWindow, double leafPremiseProbability, double crossTopicProbability, int topicWindow, double cycleProbability,
            int undercutsPerTopic, double rebutProbability) {

        /** Topics of 50 statements, 40% leaves, sparse cross-topic links (the benchmark's shape). */
        public static final Shape DEFAULT = new Shape(50, 0.4, 0.25, 3, 8, 0.4, 0.3, 4, 0.3, 3, 0.5);
    }

    private RandomArgumentGraphs() {
    }

    /** A graph of about the given number of statements with the default shape. */
    public static ArgumentGraph generate(long seed, int statements) {
        return generate(seed, statements, Shape.DEFAULT);
    }

    /** A graph of about the given number of statements (rounded up to whole topics). */
    public static ArgumentGraph generate(long seed, int statements, Shape shape) {
        Random r = new Random(seed);
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        int topics = Math.max(1, (statements + shape.topicSize() - 1) / shape.topicSize());
        int leaves = Math.max(1, (int) Math.round(shape.topicSize() * shape.leafFraction()));
        int claims = Math.max(1, shape.topicSize() - leaves);
        for (int t = 0; t < topics; t++) {
            List<String> topic = new ArrayList<>();
            for (int i = 0; i < leaves; i++) {
                String id = "t" + t + "-L" + i;
                b.leaf(id);
                topic.add(id);
            }
            for (int i = 0; i < claims; i++) {
                String id = "t" + t + "-C" + i;
                int arguments = r.nextDouble() < shape.secondArgumentProbability() ? 2 : 1;
                for (int a = 0; a < arguments; a++) {
                    b.argument(id, premises(r, topic, shape));
                }
                topic.add(id);
            }
            if (t > 0 && r.nextDouble() < shape.crossTopicProbability()) {
                int from = Math.max(0, t - 1 - r.nextInt(shape.topicWindow()));
                String claim = "t" + t + "-C" + r.nextInt(claims);
                b.argument(claim, "t" + from + "-C" + r.nextInt(claims), topic.get(r.nextInt(leaves)));
            }
            if (claims > 1 && r.nextDouble() < shape.cycleProbability()) {
                int early = r.nextInt(claims - 1);
                int late = early + 1 + r.nextInt(claims - 1 - early);
                b.argument("t" + t + "-C" + early, "t" + t + "-C" + late);
            }
            for (int u = 0; u < shape.undercutsPerTopic(); u++) {
                b.undercut(topic.get(r.nextInt(topic.size())), topic.get(r.nextInt(topic.size())));
            }
            if (claims > 1 && r.nextDouble() < shape.rebutProbability()) {
                b.rebut("t" + t + "-C" + r.nextInt(claims), "t" + t + "-C" + r.nextInt(claims));
            }
            b.bearsOn("q" + t, topic.get(r.nextInt(leaves)));
            b.conclusion("t" + t + "-C" + (claims - 1));
        }
        return b.build();
    }

    private static List<String> premises(Random r, List<String> topic, Shape shape) {
        int count = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 2) * shape.maxPremises());
        count = Math.min(count, shape.maxPremises());
        List<String> out = new ArrayList<>();
        int leaves = Math.max(1, (int) Math.round(shape.topicSize() * shape.leafFraction()));
        for (int p = 0; p < count; p++) {
            if (r.nextDouble() < shape.leafPremiseProbability()) {
                out.add(topic.get(r.nextInt(Math.min(leaves, topic.size()))));
            } else {
                int window = Math.min(topic.size(), shape.recentWindow());
                out.add(topic.get(topic.size() - 1 - r.nextInt(window)));
            }
        }
        return out;
    }
}
