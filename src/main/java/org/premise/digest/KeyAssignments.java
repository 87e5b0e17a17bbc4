package org.premise.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.premise.BadInputException;
import org.premise.ByteOrderMark;

/**
 * Curated statement keys from a {@code .keys} sidecar file next to a digest
 * ({@code lossy-self-improvement.keys} for {@code lossy-self-improvement.txt}). Each line is
 * {@code <key> <position>} where the position is {@code T<n>}, {@code S<s>.<b>} or
 * {@code U<n>} (1-based); lines starting with {@code #} are comments, blank lines are
 * ignored. Any appearance of a statement identifies it, so a key is assigned once.
 */
public final class KeyAssignments {
    private static final String EXPECTED_LINE = "expected \"<key> <position>\"";
    private static final String EXPECTED_POSITION = "expected T<n>, S<s>.<b> or U<n>, such as T1, S2.3 or U4";

    /** One assignment line, with where its key and position were written. */
    private record Assignment(String key, Appearance at, int line, int keyColumn, int positionColumn) {}

    private final String source;
    private final List<Assignment> assignments;

    private KeyAssignments(String source, List<Assignment> assignments) {
        this.source = source;
        this.assignments = List.copyOf(assignments);
    }

    /** No curated keys: every statement gets its automatic key. */
    public static KeyAssignments none() {
        return new KeyAssignments(null, List.of());
    }

    /** Reads a {@code .keys} file; the path as given names it in error messages. */
    public static KeyAssignments read(Path file) throws IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** Reads UTF-8 bytes; invalid UTF-8 is refused with the line where it occurs. */
    public static KeyAssignments read(String sourceName, byte[] bytes) {
        return read(sourceName, TextLines.decodeUtf8(sourceName, bytes));
    }

    /** Reads the text of a {@code .keys} file; {@code sourceName} names it in error messages. */
    public static KeyAssignments read(String sourceName, String text) {
        List<String> lines = TextLines.split(ByteOrderMark.strip(text));
        List<Assignment> assignments = new ArrayList<>();
        Map<Appearance, Assignment> byPosition = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).stripTrailing();
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) continue;
            List<int[]> tokens = tokens(line);
            if (tokens.size() < 2) {
                throw new BadInputException(sourceName, lineNo, TextLines.column(line, line.length()),
                        EXPECTED_LINE + ": a position after the key");
            }
            if (tokens.size() > 2) {
                int[] extra = tokens.get(2);
                throw new BadInputException(sourceName, lineNo, TextLines.column(line, extra[0]),
                        "unexpected \"" + line.substring(extra[0], extra[1]) + "\" after the position: " + EXPECTED_LINE);
            }
            String key = line.substring(tokens.get(0)[0], tokens.get(0)[1]);
            String position = line.substring(tokens.get(1)[0], tokens.get(1)[1]);
            int keyColumn = TextLines.column(line, tokens.get(0)[0]);
            int positionColumn = TextLines.column(line, tokens.get(1)[0]);
            if (!StatementKeys.isValidKey(key)) {
                String hint = Appearance.parseCode(key) != null ? " (write the key first, then the position)" : "";
                throw new BadInputException(sourceName, lineNo, keyColumn, "invalid key \"" + key
                        + "\": expected lowercase letters and digits in words joined by \"-\", such as models-capable" + hint);
            }
            Appearance at = Appearance.parseCode(position);
            if (at == null) {
                throw new BadInputException(sourceName, lineNo, positionColumn,
                        "invalid position \"" + position + "\": " + EXPECTED_POSITION);
            }
            Assignment earlier = byPosition.get(at);
            if (earlier != null) {
                throw new BadInputException(sourceName, lineNo, positionColumn, "position " + at.code()
                        + " already has key \"" + earlier.key() + "\" (line " + earlier.line() + ")");
            }
            Assignment assignment = new Assignment(key, at, lineNo, keyColumn, positionColumn);
            byPosition.put(at, assignment);
            assignments.add(assignment);
        }
        return new KeyAssignments(sourceName, assignments);
    }

    /**
     * The {@code .keys} file next to a digest ({@code name.txt} → {@code name.keys}, and
     * {@code name.txt.gz} → {@code name.keys} too), if it exists.
     */
    public static Optional<Path> sidecarOf(Path digest) {
        String name = digest.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) name = name.substring(0, name.length() - 3);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path sidecar = digest.resolveSibling(base + ".keys");
        return Files.isRegularFile(sidecar) ? Optional.of(sidecar) : Optional.empty();
    }

    /** The curated keys of a digest file: its sidecar when there is one, else {@link #none()}. */
    public static KeyAssignments forDigest(Path digest) throws IOException {
        Optional<Path> sidecar = sidecarOf(digest);
        return sidecar.isPresent() ? read(sidecar.get()) : none();
    }

    /** The file these keys came from, if any. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** Position → key, in file order. */
    public Map<Appearance, String> byPosition() {
        Map<Appearance, String> map = new LinkedHashMap<>();
        assignments.forEach(a -> map.put(a.at(), a.key()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * The key of every distinct statement of {@code digest}, by normalised text, in
     * {@link Digest#statements()} order: the curated key where one is assigned, else the
     * automatic key. Refuses positions the digest does not have, two keys for one statement,
     * one key for two statements, and a curated key that is another statement's automatic key.
     */
    public Map<String, String> resolve(Digest digest) {
        Map<String, Assignment> byText = new HashMap<>();
        Map<String, Assignment> byKey = new HashMap<>();
        Map<String, String> textOfKey = new HashMap<>();
        for (Assignment a : assignments) {
            String written = digest.textAt(a.at());
            if (written == null) {
                throw new BadInputException(source, a.line(), a.positionColumn(),
                        "position " + a.at().code() + " does not exist: " + describe(digest, a.at()));
            }
            String text = StatementText.normalize(written);
            Assignment sameText = byText.get(text);
            if (sameText != null && !sameText.key().equals(a.key())) {
                throw new BadInputException(source, a.line(), a.keyColumn(), "the statement at " + a.at().code()
                        + " already has key \"" + sameText.key() + "\" (line " + sameText.line() + ", at "
                        + sameText.at().code() + "): a statement takes one key");
            }
            Assignment sameKey = byKey.get(a.key());
            if (sameKey != null && !textOfKey.get(a.key()).equals(text)) {
                throw new BadInputException(source, a.line(), a.keyColumn(), "key \"" + a.key()
                        + "\" already names a different statement (line " + sameKey.line() + ", at "
                        + sameKey.at().code() + ")");
            }
            byText.putIfAbsent(text, a);
            byKey.putIfAbsent(a.key(), a);
            textOfKey.putIfAbsent(a.key(), text);
        }

        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Statement> autoKeyed = new HashMap<>();
        for (Statement statement : digest.statements()) {
            Assignment curated = byText.get(statement.text());
            if (curated != null) {
                keys.put(statement.text(), curated.key());
                continue;
            }
            String auto = StatementKeys.autoKey(statement.text());
            Assignment taken = byKey.get(auto);
            if (taken != null) {
                throw new BadInputException(source, taken.line(), taken.keyColumn(), "key \"" + auto
                        + "\" is the automatic key of the statement at " + statement.appearances().get(0).code()
                        + ": choose another");
            }
            Statement clash = autoKeyed.putIfAbsent(auto, statement);
            if (clash != null) {
                // Needs the same first words and the same 24-bit hash prefix: rare, but never silent.
                throw new BadInputException("the statements at " + clash.appearances().get(0).code() + " and "
                        + statement.appearances().get(0).code() + " share the automatic key \"" + auto
                        + "\": give one of them a curated key");
            }
            keys.put(statement.text(), auto);
        }
        return Collections.unmodifiableMap(keys);
    }

    /**
     * Refuses, at the line and column of the key, a curated key that contradicts what earlier
     * sources made known: a key for a statement already known under another key (a statement
     * takes one key, and a text already known keeps its identity), and a key that already names
     * another statement. Call after {@link #resolve}, which checks the positions.
     *
     * @param knownKeyOfText the key (or IRI) a normalised text is already known by, or null
     * @param knownTextOfKey the normalised text a key already names, or null
     */
    public void checkAgainstKnown(Digest digest, Function<String, String> knownKeyOfText,
                                  Function<String, String> knownTextOfKey) {
        for (Assignment a : assignments) {
            String text = StatementText.normalize(digest.textAt(a.at()));
            String known = knownKeyOfText.apply(text);
            if (known != null && !known.equals(a.key())) {
                throw new BadInputException(source, a.line(), a.keyColumn(), "the statement at " + a.at().code()
                        + " is already known as \"" + known + "\" (a statement takes one key): write " + known
                        + " or drop this line");
            }
            String other = knownTextOfKey.apply(a.key());
            if (other != null && !other.equals(text)) {
                throw new BadInputException(source, a.line(), a.keyColumn(), "key \"" + a.key()
                        + "\" already names another statement, \"" + abbreviate(other) + "\" (a key names one statement)");
            }
        }
    }

    /** A statement's text cut at a word before 64 characters, to quote it in a message. */
    private static String abbreviate(String text) {
        if (text.length() <= 64) return text;
        int cut = text.lastIndexOf(' ', 64);
        return text.substring(0, cut > 0 ? cut : 64) + "…";
    }

    private static String describe(Digest digest, Appearance at) {
        return switch (at.block()) {
            case TAKEAWAYS -> "the digest has " + count(digest.takeaways().size(), "key takeaway");
            case UNKNOWNS -> "the digest has " + count(digest.unknowns().size(), "unknown");
            case SECTIONS -> at.section() > digest.sections().size()
                    ? "the digest has " + count(digest.sections().size(), "section")
                    : "section " + at.section() + " has "
                            + count(digest.sections().get(at.section() - 1).bullets().size(), "bullet");
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Start and end indexes of the white-space separated tokens of a line. */
    private static List<int[]> tokens(String line) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) i++;
            if (i > start) tokens.add(new int[] {start, i});
        }
        return tokens;
    }
}
