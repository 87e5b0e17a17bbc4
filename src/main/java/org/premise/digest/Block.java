package org.premise.digest;

/** The blocks of a research digest that hold statements. */
public enum Block {
    /** The {@code Key takeaways} block. */
    TAKEAWAYS,
    /** The bullets of the sections under {@code Sections}. */
    SECTIONS,
    /** The optional {@code Unknowns} block: open questions. */
    UNKNOWNS
}
