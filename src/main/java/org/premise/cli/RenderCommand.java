package org.premise.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.digest.Digest;
import org.premise.digest.DigestWriter;
import org.premise.kb.DigestDocuments;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise render}: writes a document back out as digest text, from the graph. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Write a document back out as digest text, read from the knowledge graph.",
                "On an unchanged document the output equals its source text byte for byte."})
public final class RenderCommand implements Callable<Integer> {
    @Mixin SourceOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DOCUMENT",
            description = "The document: short name (lossy-self-improvement), doc:name or IRI. Optional when only one is loaded.")
    String document;

    @Override
    public Integer call() {
        var graph = KnowledgeBaseLoader.load(input.toSpec()).asserted();
        Node doc = DigestDocuments.find(graph, document);
        Digest digest = DigestDocuments.toDigest(graph, doc);
        String text = new DigestWriter().write(digest);
        target.write(spec.commandLine().getOut(), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return ExitCodes.OK;
    }
}
