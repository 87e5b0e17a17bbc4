package org.premise.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


/** The formats {@code premise draw} writes, by name and by file extension. */
public enum MapFormat {
    DOT("dot", "gv"),
    SVG("svg"),
    GRAPHML("graphml"),
    MERMAID("mermaid", "mmd"),
    JSON("json");

    private final String name;
    private final List<String> extensions;

    MapFormat(String name, String... extensions) {
        this.name = name;
        this.extensions = extensions.length == 0 ? List.of(name) : List.of(extensions);
    }

    /** The name users type ({@code --format dot}). */
    public String word() {
        return name;
    }

    /** The format named, or empty. */
    public static Optional<MapFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The format a file's extension says ({@code seed.svg}: SVG), or empty. */
    public static Optional<MapFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String ext = name.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** Every name, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(MapFormat::word).toList());
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
            case SVG, GRAPHML -> throw new UnsupportedOperationException(word() + " is not written yet");
        }
        w.flush();
    }
}
