package org.premise.query;

/**
 * What running a query produced, beyond the written output: how many rows (SELECT) or
 * triples (CONSTRUCT, DESCRIBE) were written, or the answer of an ASK. Commands use it to
 * report counts on stderr and to decide a check's exit code (zero rows means pass).
 *
 * @param form     {@code SELECT}, {@code ASK}, {@code CONSTRUCT} or {@code DESCRIBE}
 * @param count    rows or triples written; for ASK, 1 when true and 0 when false
 */
public record QueryOutcome(String form, long count) {
    /** The answer of an ASK query (for other forms: whether anything was returned). */
    public boolean answer() { return count > 0; }
}
