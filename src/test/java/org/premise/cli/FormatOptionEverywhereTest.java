package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * Every command with {@code --format} refuses a name it does not know with the same one line
 * (only the list of names differs), exit 2, nothing on standard output and no file written; and
 * the names it does list are each accepted.
 */
class FormatOptionEverywhereTest {
    static final Pattern UNKNOWN = Pattern.compile(
            "premise: unknown format \"nonsense\" for ([a-z-]+); expected one of: ([a-z]+(?:, [a-z]+)*)");

    /** Each command with --format, with the arguments it needs besides the format. */
    static final Map<String, List<String>> COMMANDS = new TreeMap<>(Map.ofEntries(
            Map.entry("credence", List.of()),
            Map.entry("draw", List.of()),
            Map.entry("import-aif", List.of(OutputFormatFromExtensionTest.AIF)),
            Map.entry("infer", List.of()),
            Map.entry("ingest", List.of(IngestCommandTest.LAB.toString())),
            Map.entry("link", List.of("--endpoint", "http://localhost:9/sparql")),
            Map.entry("queries", List.of()),
            Map.entry("query", List.of("dependencies")),
            Map.entry("report", List.of()),
            Map.entry("void", List.of()),
            Map.entry("whatif", List.of("--retract", "models-capable"))));

    @TempDir Path dir;

    static Stream<String> commands() {
        return COMMANDS.keySet().stream();
    }

    @Test
    void theListCoversEveryCommandWithAFormatOption() {
        Set<String> withFormat = new TreeSet<>();
        for (CommandLine sub : PremiseCommand.commandLine().getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--format") != null) withFormat.add(sub.getCommandName());
        }
        assertEquals(withFormat, COMMANDS.keySet());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void anUnknownFormatIsTheSameOneLineEverywhereAndWritesNothing(String command) throws IOException {
        Cli.Run run = Cli.run(args(command, "nonsense"));
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        String err = run.err().replace("\r\n", "\n");
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        var m = UNKNOWN.matcher(err.strip());
        assertTrue(m.matches(), err);
        assertEquals(command, m.group(1));
        assertEquals("", run.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no file, not even a partial one");
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyNameTheErrorListsIsAcceptedInAnyCase(String command) {
        var m = UNKNOWN.matcher(Cli.run(args(command, "nonsense")).err().strip());
        assertTrue(m.matches());
        for (String name : m.group(2).split(", ")) {
            if (command.equals("link")) continue; // link needs an endpoint to answer; its names are infer's
            Cli.Run run = Cli.run(args(command, name.toUpperCase(java.util.Locale.ROOT)));
            assertEquals(0, run.exit(), command + " --format " + name + ": " + run.err());
        }
    }

    private List<String> args(String command, String format) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(COMMANDS.get(command));
        args.addAll(List.of("--format", format));
        // Queries prints a listing only; every other command could write a file.
        if (!command.equals("queries")) args.addAll(List.of("-o", dir.resolve("out").toString()));
        return args;
    }
}
