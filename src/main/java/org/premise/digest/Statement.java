package org.premise.digest;

import java.util.List;

/**
 * One distinct statement of a digest: its normalised text (its identity, see
 * {@link StatementText#normalize}) and every place it appears, in document order.
 */
public record Statement(String text, List<Appearance> appearances) {
    public Statement {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("statement text is required");
        appearances = List.copyOf(appearances);
        if (appearances.isEmpty()) throw new IllegalArgumentException("a statement appears at least once");
    }

    /** True when the statement comes from the Unknowns block, i.e. it is asked, not asserted. */
    public boolean isOpenQuestion() {
        return appearances.stream().anyMatch(a -> a.block() == Block.UNKNOWNS);
    }
}
