package org.premise.query;

/**
 * A variable documented in a query header: a parameter a user may bind with
 * {@code --param name=value}, or a column the query returns. The name has no {@code ?}.
 */
public record QueryVariable(String name, String description) {}
