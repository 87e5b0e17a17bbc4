package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's release, as a user installs it: {@code target/premise-VERSION.tar.gz} and {@code .zip}
 * unpacked into a temporary directory outside any checkout, {@code premise} run from there with a
 * PATH holding only the unpacked {@code bin}, Java, and the few tools the launcher uses (bash,
 * readlink, mkdir), through a symlink too; and its completion script sourced in bash. Run by
 * failsafe after {@code package}.
 */
class ReleaseArchiveIT {
    static final String VERSION = System.getProperty("premise.version", "0.1.0");

    record Result(int exit, String out, String err) {}

    /** Runs a command; {@code env}, when given, replaces the environment (so use {@code /usr/bin/env} to search its PATH). */
    private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        if (env != null) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Path out = Files.createTempFile("release-out", ".txt");
        Path err = Files.createTempFile("release-err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "did not finish: " + List.of(command));
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The launcher's whole world: the unpacked bin, Java's bin and a folder of the tools it uses. */
    private static Map<String, String> bareEnvironment(Path home, Path installBin, Path tools) throws IOException {
        Files.createDirectories(tools);
        for (String tool : new String[] {"bash", "readlink", "mkdir"}) {
            Path real = Path.of("/usr/bin", tool).toRealPath();
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        String path = (installBin == null ? "" : installBin + ":") + javaBin + ":" + tools;
        return Map.of("PATH", path, "HOME", home.toString());
    }

    private static Path unpack(Path archive, Path into) throws Exception {
        assertTrue(Files.isRegularFile(archive), archive + " is missing: run mvn package");
        String[] command = archive.toString().endsWith(".zip")
                ? new String[] {"unzip", "-q", archive.toAbsolutePath().toString()}
                : new String[] {"tar", "xzf", archive.toAbsolutePath().toString()};
        Result r = run(into, null, command);
        assertEquals(0, r.exit(), r.err());
        return into.resolve("premise-" + VERSION);
    }

    private static void checkInstall(Path install, Path work) throws Exception {
        assertTrue(Files.isExecutable(install.resolve("bin/premise")), "bin/premise is not executable");
        for (String file : new String[] {"lib/premise.jar", "completion/premise", "README.md", "LICENSE", "NOTICE",
                "man/man1/premise.1", "man/man1/premise-report.1", "man/man1/premise-whatif.1"}) {
            assertTrue(Files.isRegularFile(install.resolve(file)), file + " is missing from the archive");
        }
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Map<String, String> env = bareEnvironment(work.resolve("home"), install.resolve("bin"), work.resolve("tools"));

        Result version = run(elsewhere, env, "/usr/bin/env", "premise", "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("premise " + VERSION + " "), version.out());

        Cli.Run expected = Cli.run("report");
        assertEquals(0, expected.exit(), expected.err());
        Result report = run(elsewhere, env, "/usr/bin/env", "premise", "report");
        assertEquals(0, report.exit(), report.err());
        assertEquals(expected.out(), report.out(), "the unpacked release reports the bundled knowledge base as the checkout does");
        assertEquals("", report.err());

        // A symlink to the launcher elsewhere (as in ~/bin) still finds the jar.
        Path link = Files.createSymbolicLink(work.resolve("premise-link"), install.resolve("bin/premise"));
        Result viaLink = run(elsewhere, env, link.toString(), "--version");
        assertEquals(0, viaLink.exit(), viaLink.err());
        assertEquals(version.out(), viaLink.out());
    }

    @Test
    void theTarballRunsFromAnyDirectory(@TempDir Path work) throws Exception {
        checkInstall(unpack(Path.of("target", "premise-" + VERSION + ".tar.gz"), work), work);
    }

    @Test
    void theZipRunsFromAnyDirectory(@TempDir Path work) throws Exception {
        Result which = run(work, null, "bash", "-c", "command -v unzip");
        org.junit.jupiter.api.Assumptions.assumeTrue(which.exit() == 0 || "true".equals(System.getenv("CI")),
                "unzip is not installed");
        checkInstall(unpack(Path.of("target", "premise-" + VERSION + ".zip"), work), work);
    }

    @Test
    void everyVerbHasAManPage(@TempDir Path work) throws Exception {
        Path install = unpack(Path.of("target", "premise-" + VERSION + ".tar.gz"), work);
        List<String> verbs = new ArrayList<>(PremiseCommand.commandLine().getSubcommands().keySet());
        assertTrue(verbs.size() > 10, verbs.toString());
        for (String verb : verbs) {
            Path page = install.resolve("man/man1/premise-" + verb + ".1");
            assertTrue(Files.isRegularFile(page), page + " is missing");
            String troff = Files.readString(page, StandardCharsets.UTF_8);
            assertTrue(troff.contains(".TH \"PREMISE\\-" + verb.toUpperCase().replace("-", "\\-") + "\" \"1\""),
                    page + " has no troff header: " + troff.lines().limit(12).toList());
            assertTrue(troff.contains("Premise " + VERSION), page + " does not name the version");
        }
        Result man = run(work, null, "bash", "-c", "command -v man");
        if (man.exit() == 0) {
            Result page = run(work, Map.of("PATH", "/usr/bin:/bin", "MANWIDTH", "80", "HOME", work.toString()),
                    "man", "-l", install.resolve("man/man1/premise-report.1").toString());
            assertEquals(0, page.exit(), page.err());
            assertTrue(page.out().contains("premise report"), page.out());
        }
    }

    @Test
    void theCompletionScriptCompletesPremise(@TempDir Path work) throws Exception {
        Path install = unpack(Path.of("target", "premise-" + VERSION + ".tar.gz"), work);
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source completion/premise && complete -p premise"));
        Result r = run(install, null, command.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().trim().endsWith(" premise") && r.out().contains("-F _complete_premise"), r.out());
    }
}
