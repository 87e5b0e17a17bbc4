package org.premise;

import java.util.List;

/**
 * A format a command writes, as users name it: the names and aliases typed after
 * {@code --format} (case-insensitive; the first is the one shown in messages and help) and the
 * {@code -o} file extensions that choose it. {@link FormatChoice} picks one for a command.
 */
public interface NamedFormat {
    /** The names users may type, lower case, the one shown in messages first ({@code ttl, turtle}). */
    List<String> names();

    /** The file extensions, lower case and without the dot, that choose this format ({@code ttl}). */
    List<String> extensions();

    /** The name shown in messages and help. */
    default String word() {
        return names().get(0);
    }
}
