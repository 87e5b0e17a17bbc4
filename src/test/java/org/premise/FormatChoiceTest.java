package org.premise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The one way every command chooses its output format: name, else extension, else default. */
class FormatChoiceTest {
    enum Shape implements NamedFormat {
        ROUND(List.of("round", "circle"), List.of("rnd")),
        SQUARE(List.of("square"), List.of("sq", "box")),
        STAR(List.of("star"), List.of("star"));

        private final List<String> names;
        private final List<String> extensions;

        Shape(List<String> names, List<String> extensions) {
            this.names = names;
            this.extensions = extensions;
        }

        @Override public List<String> names() { return names; }
        @Override public List<String> extensions() { return extensions; }
    }

    private static final FormatChoice<Shape> DRAW = FormatChoice.of("draw", List.of(Shape.ROUND, Shape.SQUARE))
            .within(List.of(Shape.values()), null);

    private static Optional<Path> file(String name) {
        return Optional.of(Path.of("out", name));
    }

    @Test
    void aNameOrAliasInAnyCaseWinsOverTheDefault() {
        assertEquals(Shape.ROUND, DRAW.choose(" Circle ", Optional.empty(), Shape.SQUARE));
        assertEquals(Shape.SQUARE, DRAW.choose("SQUARE", file("x.sq"), Shape.ROUND));
    }

    @Test
    void theExtensionChoosesIgnoringGzipAndCase() {
        assertEquals(Shape.SQUARE, DRAW.choose(null, file("x.BOX.gz"), Shape.ROUND));
        assertEquals(Shape.ROUND, DRAW.choose(null, file("x.rnd"), Shape.SQUARE));
    }

    @Test
    void noExtensionStandardOutputOrAnUnknownExtensionGiveTheDefault() {
        assertEquals(Shape.SQUARE, DRAW.choose(null, file("x"), Shape.SQUARE));
        assertEquals(Shape.SQUARE, DRAW.choose(null, Optional.of(Path.of("-")), Shape.SQUARE));
        assertEquals(Shape.SQUARE, DRAW.choose(null, file("x.gz"), Shape.SQUARE));
        assertEquals(Shape.ROUND, DRAW.choose(null, file("x.html"), Shape.ROUND));
        assertEquals(Shape.ROUND, DRAW.choose("round", Optional.of(Path.of("-")), Shape.SQUARE));
    }

    @Test
    void refusalsAreOneLineNamingTheCommandAndWhatItAccepts() {
        assertEquals("unknown format \"oval\" for draw; expected one of: round, square",
                assertThrows(BadInputException.class, () -> DRAW.choose("oval", Optional.empty(), Shape.ROUND)).getMessage());
        assertEquals("unknown format \"star\" for draw; expected one of: round, square",
                assertThrows(BadInputException.class, () -> DRAW.choose("star", Optional.empty(), Shape.ROUND)).getMessage());
        assertEquals("--format round but the -o file's extension says square", assertThrows(BadInputException.class,
                () -> DRAW.choose("circle", file("x.sq"), Shape.ROUND)).getMessage());
        assertEquals("the -o file's extension says star, which draw does not write; expected one of: round, square",
                assertThrows(BadInputException.class, () -> DRAW.choose(null, file("x.star"), Shape.ROUND)).getMessage());
    }

    @Test
    void aMisfitIsSaidNotToFit() {
        FormatChoice<Shape> forCorners = FormatChoice.of("draw", List.of(Shape.SQUARE)).within(List.of(Shape.values()), "a shape with corners");
        assertEquals("format \"round\" does not fit a shape with corners; expected one of: square",
                assertThrows(BadInputException.class, () -> forCorners.choose("round", Optional.empty(), Shape.SQUARE)).getMessage());
        assertEquals("the -o file's extension says round, which does not fit a shape with corners; expected one of: square",
                assertThrows(BadInputException.class, () -> forCorners.choose(null, file("x.rnd"), Shape.SQUARE)).getMessage());
    }

    @Test
    void aNameMeansTheAcceptedFormatFirst() {
        enum Xml implements NamedFormat {
            RESULTS, GRAPH;
            @Override public List<String> names() { return List.of(name().toLowerCase(), "xml"); }
            @Override public List<String> extensions() { return List.of("xml"); }
        }
        FormatChoice<Xml> graphs = FormatChoice.of("query", List.of(Xml.GRAPH)).within(List.of(Xml.values()), "a graph");
        assertEquals(Xml.GRAPH, graphs.choose("xml", Optional.empty(), Xml.GRAPH));
        assertEquals(Xml.GRAPH, graphs.choose(null, file("g.xml"), Xml.RESULTS));
    }
}
