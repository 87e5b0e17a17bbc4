package org.premise.cli;

/** The documented exit codes of every {@code premise} command. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Success. */
    public static final int OK = 0;
    /** An internal error: a bug, reported with {@code -v} for the stack trace. */
    public static final int INTERNAL = 1;
    /** Bad usage or bad input: a malformed file, query, rule, option or unknown name. */
    public static final int BAD_INPUT = 2;
    /** {@code premise check} found violations. */
    public static final int VIOLATIONS = 3;
    /** The work did not fit in the Java heap or stack: one line says how to give it more. */
    public static final int RESOURCES = 4;
}
