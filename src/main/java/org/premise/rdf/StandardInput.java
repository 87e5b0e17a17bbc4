package org.premise.rdf;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import org.premise.BadInputException;

/**
 * Standard input as an input file: the name {@code -} wherever one input file is read. It can be
 * read only once per run, so naming it twice is bad usage. Its syntax cannot come from an
 * extension: {@code --input-format} names it, else the command's own kind of input (digest text
 * for {@code ingest}, AIF JSON for {@code import-aif}), else Turtle. Messages name it
 * {@value #NAME}; the sources read from it are named after a file {@code stdin.EXT}.
 *
 * <p>Process-wide, as the process has one standard input; {@link #reset} starts each run.
 */
public final class StandardInput {
    private StandardInput() {}

    /** The name that messages give standard input. */
    public static final String NAME = "<stdin>";
    /** The file name (without extension) of the sources read from standard input. */
    public static final String FILE_STEM = "stdin";

    /** The syntaxes {@code --input-format} names, in help order. */
    public static final String WORDS = "ttl, nt, trig, nq, jsonld, rdfxml, digest, aif";

    private static InputStream stream = System.in;
    private static String given;
    private static String expected;
    private static boolean taken;

    /** Starts a run reading standard input from {@code in}, with no syntax given. */
    public static synchronized void reset(InputStream in) {
        stream = in;
        given = null;
        expected = null;
        taken = false;
    }

    /** Whether a file name means standard input. */
    public static boolean is(Path file) {
        return file != null && file.toString().equals("-");
    }

    /** Refuses {@code -} named more than once among the inputs of one command. */
    public static void atMostOnce(Collection<Path> files) {
        if (files.stream().filter(StandardInput::is).count() > 1) {
            throw new BadInputException("'-' (standard input) is named more than once; it can be read only once");
        }
    }

    /**
     * The syntax {@code --input-format} gives (null for none): a name or alias of
     * {@link FileFormat}, {@code digest} (or {@code txt}) or {@code aif} (or {@code json}).
     */
    public static synchronized void useFormat(String name) {
        given = name == null ? null : extensionOf(name);
    }

    /**
     * The syntax this command reads from standard input unless {@code --input-format} says
     * otherwise; a command that reads one kind only ({@code ingest}) refuses another.
     *
     * @param only whether the command reads nothing else
     */
    public static synchronized void expect(String name, boolean only) {
        String extension = extensionOf(name);
        if (only && given != null && !given.equals(extension)) {
            throw new BadInputException("--input-format says " + given + ", but this command reads " + name
                    + " from standard input");
        }
        expected = extension;
    }

    /** The file name standing for standard input: {@code stdin.ttl}, {@code stdin.txt}, ... */
    public static synchronized String fileName() {
        String extension = given != null ? given : expected != null ? expected : FileFormat.TTL.extension();
        return FILE_STEM + "." + extension;
    }

    /** Standard input, once; a second read in the same run is bad usage. */
    static synchronized InputStream take() {
        if (taken) throw new BadInputException("'-' (standard input) is named more than once; it can be read only once");
        taken = true;
        return stream;
    }

    private static String extensionOf(String name) {
        String word = name.strip().toLowerCase(Locale.ROOT);
        if (word.equals("digest") || word.equals("txt")) return "txt";
        if (word.equals("aif") || word.equals("json")) return "json";
        return FileFormat.named(word).map(FileFormat::extension).orElseThrow(() -> new BadInputException(
                "unknown input format \"" + name + "\"; expected one of: " + WORDS));
    }
}
