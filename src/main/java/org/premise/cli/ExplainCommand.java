package org.premise.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.premise.BadInputException;
import org.premise.kb.StatementNames;
import org.premise.rdf.Terms;
import org.premise.reason.Explanation;
import org.premise.reason.Workspace;
import org.premise.report.ExplanationText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise explain S P O}: how a triple was derived, as a tree of rule names down to asserted triples. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how a triple holds: the rules that derived it, down to asserted triples.",
                "Each term is a statement key (models-capable), a prefixed name (premise:dependsOn) or an <IRI>.",
                "Example: premise explain thesis premise:dependsOn models-capable"})
public final class ExplainCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBJECT") String subject;
    @Parameters(index = "1", paramLabel = "PREDICATE") String predicate;
    @Parameters(index = "2", paramLabel = "OBJECT") String object;

    @Override
    public Integer call() {
        Workspace ws = input.open(spec.commandLine().getErr());
        StatementNames names = new StatementNames(ws.inference().graph());
        Node s = names.term(subject);
        Node p = names.term(predicate);
        Node o = names.term(object);
        Triple t = Triple.create(s, p, o);
        Explanation explanation = Explanation.of(t, ws.kb(), ws.inference());
        if (explanation == null) {
            throw new BadInputException("the triple " + Terms.show(t) + " is neither asserted nor derived");
        }
        PrintWriter out = spec.commandLine().getOut();
        ExplanationText.lines(explanation).forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
