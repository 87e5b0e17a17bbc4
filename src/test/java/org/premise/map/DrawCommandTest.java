package org.premise.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.bench.ArgumentGraphFiles;
import org.premise.bench.GraphShapes;
import org.premise.cli.Cli;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code premise draw} as a user runs it: the -o file's extension chooses the format, a
 * {@code --format} that contradicts it writes nothing, the same map gives the same bytes, a
 * large map collapsed to 300 statements is packed in rows, the README's examples work, and
 * docs/seed-map.svg (the picture in the README) is what draw writes today.
 */
class DrawCommandTest {
    static final Path SEED_PICTURE = Path.of("docs/seed-map.svg");

    @TempDir Path temp;

    @Test
    void theOutputFilesExtensionChoosesTheFormat() throws Exception {
        Path svg = temp.resolve("seed.svg"), graphml = temp.resolve("seed.graphml"), gv = temp.resolve("seed.gv");
        for (Path file : List.of(svg, graphml, gv)) {
            Cli.Run run = Cli.run("draw", "-o", file.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.out(), "written to the file, not to standard output");
        }
        assertEquals("svg", XmlDocuments.parse(Files.readString(svg)).getDocumentElement().getLocalName());
        assertEquals("graphml", XmlDocuments.parse(Files.readString(graphml)).getDocumentElement().getLocalName());
        assertEquals(List.of(), GraphMlSchema.problems(Files.readString(graphml)));
        assertTrue(Files.readString(gv).startsWith("digraph "), "a .gv file is DOT");
    }

    @Test
    void aFormatThatContradictsTheExtensionIsOneLineAndNoFile() {
        Path file = temp.resolve("picture.svg");
        Cli.Run run = Cli.run("draw", "--format", "dot", "-o", file.toString());
        assertEquals(2, run.exit());
        assertEquals("premise: --format dot but the -o file's extension says svg\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(file), "nothing written");
    }

    @Test
    void theSameMapGivesTheSameBytes() {
        for (String format : List.of("svg", "graphml")) {
            for (List<String> scope : List.of(List.<String>of(), List.of("--whatif-retract", "models-capable"))) {
                List<String> args = new ArrayList<>(List.of("draw", "--format", format));
                args.addAll(scope);
                Cli.Run first = Cli.run(args), second = Cli.run(args);
                assertEquals(0, first.exit(), first.err());
                assertEquals(first.out(), second.out(), format + " " + scope);
            }
        }
    }

    /** Regression: ELK laid 300 unconnected conclusions of a collapsed map in one row 56 000 px wide. */
    @Test
    void aCollapsedLargeMapIsPackedInRowsNotOneLongLine() throws Exception {
        Path data = temp.resolve("dag-2000.ttl");
        ArgumentGraphFiles.write(GraphShapes.generate("dag", 2000, 42), data, GraphShapes.DEFAULT_FAR);
        Path picture = temp.resolve("dag.svg");
        Cli.Run run = Cli.run("draw", "--no-bundled", "--data", data.toString(), "-o", picture.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("note: collapsed "), run.err());
        Document svg = XmlDocuments.parse(Files.readString(picture));
        long statements = XmlDocuments.elements(svg).stream()
                .filter(e -> e.getLocalName().equals("g") && e.getAttribute("class").equals("statement")).count();
        assertEquals(300, statements);
        Element root = svg.getDocumentElement();
        double width = Double.parseDouble(root.getAttribute("width")), height = Double.parseDouble(root.getAttribute("height"));
        assertTrue(width < 4 * height, "packed in rows: " + width + " × " + height);
    }

    /** The {@code $ bin/premise draw ...} lines of the README, each writing its -o file into a temporary folder. */
    @Test
    void theReadmesDrawExamplesWork() throws Exception {
        Pattern example = Pattern.compile("^\\$ bin/premise (draw .*)$");
        int seen = 0;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = example.matcher(line.strip());
            if (!m.matches()) continue;
            List<String> args = new ArrayList<>(Arrays.asList(m.group(1).replaceAll("\\s+#.*$", "").trim().split("\\s+")));
            int o = args.indexOf("-o");
            assertTrue(o >= 0, "README example without -o: " + line);
            Path file = temp.resolve(Path.of(args.get(o + 1)).getFileName());
            args.set(o + 1, file.toString());
            Cli.Run run = Cli.run(args);
            assertEquals(0, run.exit(), line + ": " + run.err());
            assertTrue(Files.size(file) > 0, line);
            seen++;
        }
        assertTrue(seen >= 3, "the README shows premise draw examples");
    }

    @Test
    void docsSeedMapIsWhatDrawWritesToday() throws Exception {
        Path drawn = temp.resolve("seed-map.svg");
        Cli.Run run = Cli.run("draw", "-o", drawn.toString());
        assertEquals(0, run.exit(), run.err());
        String expected = Files.readString(drawn, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("premise.regenerate")) Files.writeString(SEED_PICTURE, expected, StandardCharsets.UTF_8);
        String actual = Files.exists(SEED_PICTURE) ? Files.readString(SEED_PICTURE, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/seed-map.svg is out of date; regenerate it with: bin/premise draw -o docs/seed-map.svg "
                + "(or mvn -q test -Dtest=DrawCommandTest -Dpremise.regenerate=true)");
    }
}
