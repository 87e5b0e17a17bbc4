package org.premise.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.premise.BundledResources;
import org.premise.aif.AifMap;
import org.premise.aif.AifReader;
import org.premise.aif.AifToRdf;
import org.premise.aif.RdfToAif;
import org.premise.app.KnowledgeBaseLoader;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The AIF JSON reader, as {@code --data map.json} reads a file: recognised, read and mapped to
 * the ontology. A map that reads must also export ({@code export-aif}) to AIF that reads again,
 * with the same nodes and edges.
 */
class AifFuzzTest {
    private static final Path FOLDER = ReaderContract.scratchFolder("aif");
    private static final Path FILE = FOLDER.resolve("map.json");

    @FuzzTest
    void aif(byte[] content) {
        ReaderContract.withinTimeLimit(() -> {
            ReaderContract.write(FILE, content);
            ReaderContract.read(FILE.toString(), content, () -> {
                new KnowledgeBaseLoader(BundledResources.onClasspath()).loadFile(FILE);
                return true;
            });
            ReaderContract.read("map.json", content, () -> AifReader.read("map.json", content))
                    .ifPresent(AifFuzzTest::exportsBack);
        });
    }

    private static void exportsBack(AifMap map) {
        Graph g = AifToRdf.toGraph("map.json", map);
        String exported = JSON.toStringFlat(RdfToAif.export(g));
        AifMap again = AifReader.read("exported.json", exported.getBytes(StandardCharsets.UTF_8));
        assertEquals(map.nodes().size(), again.nodes().size(), "nodes after export-aif");
        assertEquals(map.edges().size(), again.edges().size(), "edges after export-aif");
    }
}
