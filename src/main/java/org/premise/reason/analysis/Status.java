package org.premise.reason.analysis;

/** A statement's label under grounded semantics. */
public enum Status {
    /** Accepted: supported by accepted statements, and every attacker is out. */
    IN,
    /** Rejected: an accepted statement attacks it, or it cannot be supported at all. */
    OUT,
    /** Neither can be established (for example, two statements that rebut each other). */
    UNDECIDED
}
