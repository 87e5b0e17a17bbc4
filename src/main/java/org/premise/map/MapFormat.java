package org.premise.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.premise.FormatChoice;
import org.premise.NamedFormat;

/** The formats {@code premise draw} writes, by name and by file extension. */
public enum MapFormat implements NamedFormat {
    DOT(List.of("dot", "gv", "graphviz"), List.of("dot", "gv")),
    SVG(List.of("svg"), List.of("svg")),
    GRAPHML(List.of("graphml"), List.of("graphml")),
    MERMAID(List.of("mermaid", "mmd"), List.of("mermaid", "mmd")),
    JSON(List.of("json"), List.of("json"));

    private final List<String> names;
    private final List<String> extensions;

    MapFormat(List<String> names, List<String> extensions) {
        this.names = names;
        this.extensions = extensions;
    }

    @Override
    public List<String> names() { return names; }

    @Override
    public List<String> extensions() { return extensions; }

    /** How {@code premise draw} chooses: {@code --format}, else the {@code -o} extension, else DOT. */
    public static FormatChoice<MapFormat> choice() {
        return FormatChoice.of("draw", List.of(values()));
    }

    /** Writes the map in this format. */
    public void write(ArgumentMap map, OutputStream out) throws IOException {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (this) {
            case DOT -> DotWriter.write(map, w);
            case MERMAID -> MermaidWriter.write(map, w);
            case JSON -> {
                w.println(org.apache.jena.atlas.json.JSON.toString(MapJson.of(map)));
                w.flush();
            }
            case SVG -> SvgWriter.write(map, w);
            case GRAPHML -> GraphMlWriter.write(map, w);
        }
        w.flush();
    }
}
