package org.premise.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.premise.BadInputException;
import org.premise.BundledResources;
import org.premise.ClosestNames;

/**
 * The named queries and checks a user can run by name. Queries are the {@code .rq} files of a
 * folder, checks those of its {@code checks/} subfolder (a check is a query whose rows are
 * violations). Every file must have a header.
 */
public final class QueryCatalog {
    /** The classpath folder holding the bundled queries (checks are in its {@code checks/}). */
    public static final String BUNDLED_FOLDER = "premise/queries";

    private final List<NamedQuery> queries;
    private final List<NamedQuery> checks;

    private QueryCatalog(List<NamedQuery> queries, List<NamedQuery> checks) {
        Comparator<NamedQuery> byName = Comparator.comparing(NamedQuery::name);
        this.queries = queries.stream().sorted(byName).toList();
        this.checks = checks.stream().sorted(byName).toList();
    }

    /** The queries shipped with Premise, read from the classpath (directory or jar). */
    public static QueryCatalog bundled() {
        return fromResources(BundledResources.onClasspath(), BUNDLED_FOLDER);
    }

    /** The queries in a folder of given resources; source names start with {@code queries/}. */
    public static QueryCatalog fromResources(BundledResources resources, String folder) {
        return new QueryCatalog(
                documented(resources.readAll(folder), "queries/"),
                documented(resources.readAll(folder + "/checks"), "queries/checks/"));
    }

    /** The queries in a folder on disk (e.g. the project's {@code queries/}), checks in its {@code checks/}. */
    public static QueryCatalog fromFolder(Path folder) {
        return new QueryCatalog(documented(readFolder(folder)), documented(readFolder(folder.resolve("checks"))));
    }

    /** The queries (not checks), sorted by name: what {@code premise queries} lists. */
    public List<NamedQuery> list() { return queries; }

    /** The checks, sorted by name. */
    public List<NamedQuery> checks() { return checks; }

    /** The query or check with this name. */
    public Optional<NamedQuery> find(String name) {
        return Stream.concat(queries.stream(), checks.stream()).filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * What a user's query argument means: a catalog name (queries before checks), else a file
     * (an argument ending in {@code .rq}, or naming an existing file).
     *
     * @throws BadInputException for an unknown name, with the closest names as hints, or a
     *         file that is missing or malformed
     */
    public NamedQuery resolve(String nameOrPath) {
        if (nameOrPath.endsWith(".rq")) return NamedQuery.readFile(Path.of(nameOrPath));
        Optional<NamedQuery> named = find(nameOrPath);
        if (named.isPresent()) return named.get();
        if (Files.isRegularFile(Path.of(nameOrPath))) return NamedQuery.readFile(Path.of(nameOrPath));
        List<String> names = Stream.concat(queries.stream(), checks.stream()).map(NamedQuery::name).toList();
        if (names.isEmpty()) throw new BadInputException("unknown query \"" + nameOrPath + "\"; no queries are bundled");
        throw new BadInputException("unknown query \"" + nameOrPath + "\"; did you mean: "
                + String.join(", ", ClosestNames.closest(nameOrPath, names, 3)) + "?");
    }

    private static List<NamedQuery> documented(SortedMap<String, String> files, String sourcePrefix) {
        List<NamedQuery> result = new ArrayList<>();
        files.forEach((file, text) -> {
            if (file.endsWith(".rq")) result.add(NamedQuery.documented(file, sourcePrefix + file, text));
        });
        return result;
    }

    private static List<NamedQuery> documented(Map<Path, String> files) {
        List<NamedQuery> result = new ArrayList<>();
        files.forEach((file, text) -> result.add(NamedQuery.documented(file.getFileName().toString(), file.toString(), text)));
        return result;
    }

    private static Map<Path, String> readFolder(Path folder) {
        Map<Path, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".rq")) {
                    files.put(file, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read query folder " + folder, e);
        }
        return files;
    }
}
