package org.premise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How every command with {@code --format} chooses what to write, so the names, the messages and
 * the rules are the same everywhere: the format named by {@code --format} if given, else the one
 * the {@code -o} file's extension says (a final {@code .gz} ignored), else the command's default.
 *
 * <p>The command accepts some formats; others of the same family (the RDF syntaxes, the query
 * result formats) are known but refused, with a reason when the caller gives one ({@code a
 * CONSTRUCT query}). Names are looked up among the accepted formats first, so one name can mean
 * different formats in different contexts ({@code xml}: SPARQL XML results for a SELECT query,
 * RDF/XML for a CONSTRUCT query).
 *
 * <p>Refusals are {@link BadInputException}s of one line: an unknown name
 * ({@code unknown format "foo" for report; expected one of: text, md, json}), a name that
 * contradicts the extension ({@code --format ttl but the -o file's extension says nt}), and an
 * extension of a format the command does not write.
 *
 * @param <F> the command's kind of format
 */
public final class FormatChoice<F extends NamedFormat> {
    private final String command;
    private final List<F> accepted;
    private final List<F> family;
    private final String misfit;

    private FormatChoice(String command, List<F> accepted, List<F> family, String misfit) {
        this.command = command;
        this.accepted = List.copyOf(accepted);
        this.family = List.copyOf(family);
        this.misfit = misfit;
    }

    /** The choice for a command (its name, as in messages) that writes exactly these formats. */
    public static <F extends NamedFormat> FormatChoice<F> of(String command, List<F> accepted) {
        return new FormatChoice<>(command, accepted, accepted, null);
    }

    /**
     * The same choice, knowing the family the accepted formats come from: the extension of a
     * family member that is not accepted is refused rather than ignored, and, when
     * {@code misfit} is given, a refused name is said not to fit it ({@code a CONSTRUCT query})
     * rather than to be unknown.
     */
    public FormatChoice<F> within(List<F> family, String misfit) {
        return new FormatChoice<>(command, accepted, family, misfit);
    }

    /**
     * The format to write: named by {@code given} if not null, else by the extension of the
     * {@code output} file (none, or {@code -}: standard output), else {@code fallback}.
     *
     * @throws BadInputException for an unknown or refused name, a name that contradicts the
     *         extension, or an extension of a refused format
     */
    public F choose(String given, Optional<Path> output, F fallback) {
        Optional<F> byFile = output.filter(p -> !p.toString().equals("-")).flatMap(this::lookupFile);
        if (given != null) {
            F named = named(given);
            byFile.filter(f -> f != named).ifPresent(f -> {
                throw new BadInputException("--format " + named.word() + " but the -o file's extension says " + f.word());
            });
            return named;
        }
        if (byFile.isPresent()) {
            F f = byFile.get();
            if (!accepted.contains(f)) {
                throw new BadInputException("the -o file's extension says " + f.word() + ", which "
                        + (misfit == null ? command + " does not write" : "does not fit " + misfit)
                        + "; expected one of: " + words());
            }
            return f;
        }
        return fallback;
    }

    /**
     * The accepted format a name or alias means (case-insensitive).
     *
     * @throws BadInputException for a name no accepted format has
     */
    public F named(String given) {
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        Optional<F> known = search(f -> f.names().contains(wanted));
        if (known.isPresent() && accepted.contains(known.get())) return known.get();
        if (known.isPresent() && misfit != null) {
            throw new BadInputException("format \"" + given + "\" does not fit " + misfit + "; expected one of: " + words());
        }
        throw new BadInputException("unknown format \"" + given + "\" for " + command + "; expected one of: " + words());
    }

    private Optional<F> lookupFile(Path file) {
        String ext = extension(file);
        return ext.isEmpty() ? Optional.empty() : search(f -> f.extensions().contains(ext));
    }

    private Optional<F> search(java.util.function.Predicate<F> test) {
        return Stream.concat(accepted.stream(), family.stream()).filter(test).findFirst();
    }

    /** The accepted names, for messages and help: {@code text, md, json}. */
    public String words() {
        return accepted.stream().map(NamedFormat::word).collect(Collectors.joining(", "));
    }

    /**
     * A file's extension, lower case and without the dot, after dropping a final {@code .gz}
     * ({@code kb.NT.gz}: {@code nt}); empty when there is none.
     */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
