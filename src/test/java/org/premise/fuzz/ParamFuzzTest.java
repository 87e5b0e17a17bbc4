package org.premise.fuzz;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.premise.BadInputException;
import org.premise.app.KnowledgeBaseLoader;
import org.premise.kb.SourceSpec;
import org.premise.kb.StatementNames;
import org.premise.query.NamedQuery;
import org.premise.query.ParameterArguments;
import org.premise.query.ParameterResolver;
import org.premise.query.QueryRunner;
import org.premise.query.ResultFormat;
import org.premise.rdf.Vocab;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@code --param} values, as {@code premise query} reads them: the arguments split into names
 * and values, each value read as a statement key, prefixed name, IRI or literal (statement keys
 * and names from the seed knowledge base), bound into a query and the answer written. The input
 * is the command line's {@code --param} arguments, separated by NUL bytes (which no argument
 * can contain); its first byte picks the output format.
 */
class ParamFuzzTest {
    private static final StatementNames NAMES = new StatementNames(KnowledgeBaseLoader.load(SourceSpec.bundled()).union());
    private static final ParameterResolver STANDARD = ParameterResolver.standard(Vocab.PREFIXES);
    private static final NamedQuery QUERY = NamedQuery.userQuery("bound.rq", "bound.rq", String.join("\n",
            "# # Bound parameters",
            "# **Description:** Echoes the parameters and what mentions them.",
            "# **Parameters:**",
            "# - ?statement: a statement of the knowledge base",
            "# - ?value: any term",
            "# **Returns:**",
            "# - ?statement: the statement",
            "# - ?value: the term",
            "# - ?mentions: a triple's subject whose object is the term",
            "SELECT ?statement ?value ?mentions WHERE {",
            "  OPTIONAL { ?mentions ?p ?value }",
            "  OPTIONAL { ?statement ?q ?o }",
            "  FILTER(!BOUND(?value) || isIRI(?value) || isLiteral(?value) || isBlank(?value))",
            "}"));
    private static final Dataset DATA = smallDataset();
    private static final List<ResultFormat> FORMATS = List.of(ResultFormat.TABLE, ResultFormat.CSV, ResultFormat.TSV,
            ResultFormat.JSON, ResultFormat.XML);

    @FuzzTest
    void param(byte[] input) {
        ReaderContract.withinTimeLimit(() -> {
            if (input.length == 0) return;
            ResultFormat format = FORMATS.get((input[0] & 0xFF) % FORMATS.size());
            // The shell hands Java its arguments as bytes; Java decodes them, invalid UTF-8 as U+FFFD.
            String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
            List<String> arguments = text.isEmpty() ? List.of() : Arrays.asList(text.split("\0", -1));
            try {
                Map<String, String> parameters = ParameterArguments.parse(arguments);
                QueryRunner runner = new QueryRunner(DATA, Vocab.PREFIXES)
                        .resolver((parameter, value) -> NAMES.parameter(parameter, value, STANDARD::resolve));
                runner.run(QUERY, parameters, format, OutputStream.nullOutputStream());
            } catch (BadInputException e) {
                ReaderContract.checkRefusal(e);
            }
        });
    }

    /** A few triples whose objects are terms a parameter may name. */
    private static Dataset smallDataset() {
        Model m = ModelFactory.createDefaultModel();
        Resource s = m.createResource(Vocab.STATEMENT + "models-capable");
        s.addProperty(m.createProperty(Vocab.PREMISE + "key"), "models-capable");
        s.addProperty(m.createProperty(Vocab.PREMISE + "text"), m.createLiteral("text", "en"));
        s.addLiteral(m.createProperty(Vocab.PREMISE + "sourceCount"), 3);
        s.addProperty(m.createProperty(Vocab.PREMISE + "undercuts"), m.createResource(Vocab.STATEMENT + "low-friction"));
        return DatasetFactory.create(m);
    }
}
