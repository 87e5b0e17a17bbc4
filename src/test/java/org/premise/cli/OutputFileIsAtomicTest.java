package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FILE} writes the complete output or nothing: no partial file, no leftover temporary file. */
class OutputFileIsAtomicTest {
    @TempDir Path dir;

    private List<String> filesIn() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theOutputGetsTheModeAnyNewFileGetsNotOwnerOnly() throws IOException {
        // Issue 10, finding 7: -o files came out 0600 whatever the umask said.
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path sample = Files.createFile(dir.resolve("sample"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(sample);
        Files.delete(sample);
        Path out = dir.resolve("out.csv");
        Cli.Run run = Cli.run("query", "dependencies", "--format", "csv", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(expected, Files.getPosixFilePermissions(out));
        assertEquals(List.of("out.csv"), filesIn());
    }

    @Test
    void aCommandFailingBeforeItWritesCreatesNoFile() throws IOException {
        Cli.Run run = Cli.run("infer", "--data", dir.resolve("missing.ttl").toString(), "-o", dir.resolve("out.ttl").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals(List.of(), filesIn());
    }

    @Test
    void aCommandFailingWhileItWritesLeavesNoPartOrTargetFile() throws IOException {
        // The parameter is refused inside the write, after the temporary file was opened.
        Cli.Run run = Cli.run("query", "dependencies", "--param", "nosuch=x", "-o", dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals(List.of(), filesIn());
    }

    @Test
    void aFailingCommandLeavesAnExistingFileUnchanged() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "previous content\n");
        Cli.Run run = Cli.run("query", "dependencies", "--param", "nosuch=x", "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals("previous content\n", Files.readString(out));
        assertEquals(List.of("out.csv"), filesIn());
    }

    @Test
    void aBodyFailingHalfwayLeavesTheExistingFileAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("out.ttl"), "previous content\n");
        OutputTarget target = new OutputTarget();
        target.output = out;
        PrintWriter stdout = new PrintWriter(new StringWriter());
        assertThrows(UncheckedIOException.class, () -> target.write(stdout, stream -> {
            stream.write("half of the output".getBytes(StandardCharsets.UTF_8));
            throw new UncheckedIOException(new IOException("disk full"));
        }));
        assertEquals("previous content\n", Files.readString(out));
        assertEquals(List.of("out.ttl"), filesIn());
    }

    @Test
    void aSucceedingCommandWritesTheCompleteFileAndNothingToStandardOutput() throws IOException {
        Path out = Files.writeString(dir.resolve("out.ttl"), "previous content\n");
        Cli.Run run = Cli.run("infer", "--format", "ttl", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("out.ttl"), filesIn());
        Graph written = RDFParser.source(out).lang(Lang.TURTLE).toGraph();
        Graph printed = RDFParser.fromString(Cli.run("infer", "--format", "ttl").out(), Lang.TURTLE).toGraph();
        assertEquals(printed.size(), written.size());
        assertTrue(printed.isIsomorphicWith(written), "the file differs from what infer prints");
    }
}
