package org.premise;

/**
 * Where long work reports how far it has got: a step of work with a total (files read, triples
 * written) is started, advanced and closed. Services report through it and never draw anything;
 * the command line decides whether and how to show it ({@link #NONE} shows nothing).
 */
public interface Progress {
    /** Shows nothing: for pipes, files, tests and {@code --quiet}. */
    Progress NONE = (name, total, unit) -> Step.NONE;

    /**
     * Starts a step of work.
     *
     * @param name  what is being done, in a word or two ("writing")
     * @param total how many units the step will take, or 0 when that is not known
     * @param unit  what is counted ("triples", "documents")
     */
    Step start(String name, long total, String unit);

    /** One step of work under way; close it when the step ends, successfully or not. */
    interface Step extends AutoCloseable {
        /** A step that shows nothing. */
        Step NONE = new Step() {
            @Override public void advance(long units) {}
            @Override public void close() {}
        };

        /** Records that {@code units} more units are done. */
        void advance(long units);

        @Override
        void close();
    }
}
