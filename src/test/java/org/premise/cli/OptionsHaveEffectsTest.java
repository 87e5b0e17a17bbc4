package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * Every option a verb lists in {@code --help} has an effect: {@code --data} and {@code --rules}
 * are read by every verb that lists them (a missing file is reported, exit 2), the derivation
 * options are not listed by a verb that derives nothing ({@code export-aif}, {@code render},
 * {@code link}), and options given
 * where they would do nothing are refused with one line rather than ignored.
 */
class OptionsHaveEffectsTest {
    private static final String AIF = "src/test/resources/cases/aif-mapping/all-node-types/map.json";

    @TempDir Path dir;

    /** The arguments a verb needs besides the option under test, so that it gets as far as reading its inputs. */
    private List<String> argumentsOf(String verb) {
        Path store = dir.resolve("store-" + verb);
        return switch (verb) {
            case "query" -> List.of("dependencies");
            case "explain" -> List.of("thesis", "premise:dependsOn", "models-capable");
            case "whatif" -> List.of("--retract", "models-capable");
            case "link" -> List.of("--endpoint", "http://127.0.0.1:9/sparql");
            case "serve" -> List.of("--port", "0");
            case "load" -> List.of("--store", store.toString());
            case "ingest" -> List.of("--store", store.toString(), "kb/lossy-self-improvement.txt");
            case "import-aif" -> List.of("--store", store.toString(), AIF);
            default -> List.of();
        };
    }

    private static Stream<String> verbsListing(String option) {
        return PremiseCommand.commandLine().getSubcommands().entrySet().stream()
                .filter(e -> e.getValue().getCommandSpec().findOption(option) != null)
                .map(Map.Entry::getKey).sorted();
    }

    @TestFactory
    Stream<DynamicTest> everyVerbListingRulesReadsThem() {
        List<String> verbs = verbsListing("--rules").toList();
        assertTrue(verbs.containsAll(List.of("report", "query", "load", "serve", "ingest", "import-aif")), verbs.toString());
        return verbs.stream().map(verb -> DynamicTest.dynamicTest(verb, () -> {
            String missing = dir.resolve("missing-" + verb + ".rules").toString();
            List<String> args = new ArrayList<>(List.of(verb, "--rules", missing));
            args.addAll(argumentsOf(verb));
            Cli.Run run = Cli.run(args);
            assertEquals(2, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
            assertTrue(run.err().contains(missing + ": no such file"), run.err());
            assertFalse(Files.exists(dir.resolve("store-" + verb)), "a refused load left a store behind");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyVerbListingDataReadsIt() {
        List<String> verbs = verbsListing("--data").toList();
        assertTrue(verbs.containsAll(List.of("report", "query", "export-aif", "render", "serve")), verbs.toString());
        return verbs.stream().map(verb -> DynamicTest.dynamicTest(verb, () -> {
            String missing = dir.resolve("missing-" + verb + ".ttl").toString();
            List<String> args = new ArrayList<>(List.of(verb, "--data", missing));
            args.addAll(argumentsOf(verb));
            Cli.Run run = Cli.run(args);
            assertEquals(2, run.exit(), String.join(" ", args) + "\n" + run.out() + run.err());
            assertTrue(run.err().contains(missing + ": no such file"), run.err());
        }));
    }

    /** The verbs that read only the asserted sources: the rules would change nothing they write. */
    @TestFactory
    Stream<DynamicTest> verbsThatDeriveNothingListNoDerivationOptions() {
        return Stream.of("export-aif", "render", "link").map(verb -> DynamicTest.dynamicTest(verb, () -> {
            CommandLine command = PremiseCommand.commandLine().getSubcommands().get(verb);
            for (String option : OptionsInEffect.DERIVATION) {
                assertEquals(null, command.getCommandSpec().findOption(option), verb + " lists " + option);
            }
            Cli.Run help = Cli.run(verb, "--help");
            assertFalse(help.out().contains("--rules") || help.out().contains("--max-sets"), help.out());
            List<String> args = new ArrayList<>(List.of(verb, "--max-sets", "3"));
            args.addAll(argumentsOf(verb));
            Cli.Run run = Cli.run(args);
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("Unknown option") && run.err().contains("'--max-sets'"), run.err());
        }));
    }

    @TestFactory
    Stream<DynamicTest> derivationOptionsWithoutAStoreAreRefused() {
        return Stream.of(
                List.of("ingest", "kb/lossy-self-improvement.txt", "--rules", "rules/friction.rules"),
                List.of("ingest", "kb/lossy-self-improvement.txt", "--max-sets", "3"),
                List.of("ingest", "kb/lossy-self-improvement.txt", "--replace"),
                List.of("import-aif", AIF, "--no-bundled-rules"),
                List.of("import-aif", AIF, "--no-bundled"))
                .map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
                    Cli.Run run = Cli.run(args);
                    assertEquals(2, run.exit(), run.out() + run.err());
                    assertTrue(run.err().contains(" has an effect only with --store"), run.err());
                    assertEquals("", run.out());
                }));
    }

    @Test
    void formatWithAStoreIsRefused() {
        Path store = dir.resolve("store");
        Cli.Run run = Cli.run("ingest", "kb/lossy-self-improvement.txt", "--store", store.toString(), "--format", "nq");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("--format has an effect only without --store"), run.err());
        assertFalse(Files.exists(store));
    }
}
