package org.premise.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.premise.aif.AifExport;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.kb.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code premise export-aif [SOURCE|DOCUMENT]}: the knowledge base, one source or one document, as AIF JSON. */
@Command(name = "export-aif", mixinStandardHelpOptions = true,
        description = {"Write AIF JSON (AIFdb's format) from the knowledge base: statements as I nodes, arguments as RA "
                + "nodes, undercuts as CA nodes (a rebut as two), rephrases as MA, preferences as PA. What came from an "
                + "AIF import keeps its node and edge ids, texts, types, timestamps, schemes, dialogue nodes and locutions; "
                + "anything else gets new ids. Only asserted triples are written (not the arguments the rules derive); "
                + "open questions are left out.",
                "Example: premise export-aif --no-bundled --data nodeset59.json -o nodeset59.json"})
public final class ExportAifCommand implements Callable<Integer> {
    @Mixin SourceOptions input;
    @Mixin OutputTarget target;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SOURCE|DOCUMENT", arity = "0..1",
            description = "Export only this source: its file name (nodeset59.json) or named graph "
                    + "(graph:source/nodeset59.json); or a digest's document (doc:lossy-self-improvement): the statements "
                    + "appearing in it, the arguments for them and their premises. Default: every source together.")
    String source;

    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(input.toSpec());
        JsonObject aif = AifExport.export(kb, source);
        target.write(spec.commandLine().getOut(), out -> {
            JSON.write(out, aif);
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        });
        return ExitCodes.OK;
    }
}
