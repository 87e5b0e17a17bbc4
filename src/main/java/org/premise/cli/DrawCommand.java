package org.premise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.premise.BadInputException;
import org.premise.map.ArgumentMap;
import org.premise.map.ArgumentMapReader;
import org.premise.map.MapFormat;
import org.premise.map.MapScope;
import org.premise.rdf.Vocab;
import org.premise.reason.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code premise draw}: the argument map as a picture (DOT, SVG, GraphML, Mermaid) or as JSON. */
@Command(name = "draw", mixinStandardHelpOptions = true,
        description = {"Draw the argument map: statements (shape by kind, colour by grounded status, linchpins marked), "
                + "arguments as junctions joining their premises, undercuts and rebuts, open questions and what they bear on, "
                + "grouped by document section and loop. A large map keeps its top levels and says what it collapsed.",
                "The format comes from --format, else from the -o file's extension, else DOT.",
                "Examples: premise draw -o seed.svg;  premise draw thesis --depth 2;  "
                        + "premise draw --whatif-retract models-capable -o whatif.svg"})
public final class DrawCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DOCUMENT|KEY",
            description = "Draw one document (its key, e.g. lossy-self-improvement, or IRI), or one statement with what it "
                    + "rests on and what rests on it (as --focus). Default: the whole knowledge base.")
    String what;

    @Option(names = "--focus", paramLabel = "KEY", description = "Draw this statement, what it rests on and what rests on it, to --depth.")
    String focus;

    @Option(names = "--depth", paramLabel = "N", defaultValue = "" + MapScope.DEFAULT_DEPTH,
            description = "Steps from the focus, each way (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--max-statements", paramLabel = "N", defaultValue = "" + MapScope.DEFAULT_MAX_STATEMENTS,
            description = "Above this many statements, keep the top levels of the map and collapse the deeper premises, "
                    + "saying so in the drawing (default: ${DEFAULT-VALUE}).")
    int maxStatements;

    @Option(names = "--whatif-retract", paramLabel = "KEY", arity = "1..*",
            description = "Draw the map after retracting these statements, with lost support and changed status marked.")
    List<String> retract = new ArrayList<>();

    @Option(names = "--whatif-assume", paramLabel = "KEY", arity = "1..*",
            description = "Draw the map after assuming these statements hold without support.")
    List<String> assume = new ArrayList<>();

    @Option(names = "--group", paramLabel = "HOW", defaultValue = "document",
            description = "Group statements in boxes by document (and loop), by section too, or not at all: "
                    + "document, section or none (default: ${DEFAULT-VALUE}). JSON always keeps sections.")
    String group;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "dot (gv), svg, graphml, mermaid (mmd) or json; default: from the -o file's extension (a name above; "
                    + "a final .gz is ignored), else dot.")
    String format;

    @Override
    public Integer call() {
        MapFormat chosen = format();
        ArgumentMap.Grouping grouping = java.util.Arrays.stream(ArgumentMap.Grouping.values())
                .filter(g -> g.word().equals(group)).findFirst().orElseThrow(() ->
                        new BadInputException("unknown --group \"" + group + "\"; expected document, section or none"));
        if (depth < 0) throw new BadInputException("--depth must be 0 or more, not " + depth);
        if (maxStatements < 1) throw new BadInputException("--max-statements must be 1 or more, not " + maxStatements);
        if (what != null && focus != null) {
            throw new BadInputException("give either DOCUMENT|KEY or --focus KEY, not both");
        }
        Workspace ws = input.open(spec.commandLine().getErr());
        String document = null;
        String focused = focus;
        if (what != null) {
            if (isDocument(ws, what)) document = what;
            else focused = what;
        }
        ArgumentMap map = ArgumentMapReader.read(ws, new MapScope(document, focused, depth, maxStatements, retract, assume));
        for (ArgumentMap.Collapsed c : map.collapsed()) {
            spec.commandLine().getErr().println("note: collapsed " + c.statements() + " statements (" + c.what() + "; " + c.reason()
                    + "); raise --max-statements, or draw one document or statement");
        }
        spec.commandLine().getErr().flush();
        ArgumentMap drawn = chosen == MapFormat.JSON ? map : map.grouped(grouping);
        target.write(spec.commandLine().getOut(), out -> chosen.write(drawn, out));
        return ExitCodes.OK;
    }

    private MapFormat format() {
        return MapFormat.choice().choose(format, target.output(), MapFormat.DOT);
    }

    /** Whether the name is a document: a key under doc:, a prefixed name or an IRI typed premise:Document. */
    private static boolean isDocument(Workspace ws, String name) {
        String prefix = Vocab.PREFIXES.getNsPrefixURI("doc");
        String iri;
        if (name.startsWith("<") && name.endsWith(">")) iri = name.substring(1, name.length() - 1);
        else if (name.startsWith("doc:")) iri = prefix + name.substring(4);
        else if (name.startsWith("http://") || name.startsWith("https://")) iri = name;
        else iri = prefix + name;
        Node n = org.apache.jena.graph.NodeFactory.createURI(iri);
        return ws.kb().union().contains(n, Vocab.rdfType, Vocab.Document);
    }
}
