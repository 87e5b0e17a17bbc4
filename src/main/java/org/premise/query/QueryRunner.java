package org.premise.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.system.Txn;
import org.premise.BadInputException;
import org.premise.kb.StatementCaptions;
import org.premise.kb.StatementNames;
import org.premise.rdf.Vocab;

/**
 * Runs a {@link NamedQuery} over a dataset: parses it (the file must declare its own
 * PREFIXes; nothing is prepended, so error positions are the file's own lines), binds the
 * user's parameters by substitution in the parsed query (never by editing its text), and
 * writes the results in a {@link ResultFormat}. SELECT, ASK, CONSTRUCT and DESCRIBE are
 * supported.
 *
 * <p>Parameters: with a header, only the parameters it declares may be given; without one,
 * any variable the query mentions. A declared parameter that is not given stays a free
 * variable, so the query then ranges over all its values (e.g. {@code dependents-of} without
 * {@code statement} lists the dependents of every statement).
 *
 * <p>The dataset is read inside a read transaction when it supports them and none is active.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final PrefixMapping prefixes;
    private ParameterResolver resolver;
    private Duration timeout;
    private boolean allowService;

    /** A runner over the dataset, shortening IRIs in tables with the given prefixes. */
    public QueryRunner(Dataset dataset, PrefixMapping prefixes) {
        this.dataset = Objects.requireNonNull(dataset);
        this.prefixes = Objects.requireNonNull(prefixes);
    }

    /**
     * A runner over a Premise dataset, as the command line and the server run named queries:
     * IRIs shortened with Premise's prefixes, and a parameter naming a statement taken by key
     * ({@code models-capable}), else in SPARQL's own term syntax (a prefixed name with Premise's
     * prefixes, an IRI, a literal). The one place a statement's name in a parameter is resolved.
     *
     * @param knowledge the graph whose statements' keys are known (the dataset's union)
     */
    public static QueryRunner withStatementKeys(Dataset dataset, Graph knowledge) {
        StatementNames names = new StatementNames(knowledge);
        ParameterResolver standard = ParameterResolver.standard(Vocab.PREFIXES);
        ParameterResolver resolver = (parameter, value) -> names.parameter(parameter, value, standard::resolve);
        return new QueryRunner(dataset, Vocab.PREFIXES).resolver(resolver);
    }

    /** A runner over the dataset, using its default graph's prefixes. */
    public QueryRunner(Dataset dataset) {
        this(dataset, dataset.getDefaultModel());
    }

    /**
     * Reads parameter values with this resolver instead of
     * {@link ParameterResolver#standard(PrefixMapping)} over the dataset's and query's prefixes.
     */
    public QueryRunner resolver(ParameterResolver resolver) {
        this.resolver = resolver;
        return this;
    }

    /** Stops queries that run longer than this (null: no limit). */
    public QueryRunner timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /**
     * Lets queries call other endpoints with SERVICE (off by default: a query that uses it is
     * refused before it runs, and Jena's own switch, {@code ARQ.httpServiceAllowed}, is off in
     * every execution this runner makes).
     */
    public QueryRunner allowService(boolean allow) {
        this.allowService = allow;
        return this;
    }

    /** The endpoints a query calls with SERVICE, in order of appearance (empty: none). */
    public static java.util.List<String> serviceEndpoints(Query parsed) {
        java.util.List<String> endpoints = new java.util.ArrayList<>();
        // The walker with an expression visitor also enters the patterns of FILTER (NOT) EXISTS.
        org.apache.jena.sparql.algebra.walker.Walker.walk(Algebra.compile(parsed), new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.algebra.op.OpService service) {
                endpoints.add(service.getService().isURI() ? "<" + service.getService().getURI() + ">" : service.getService().toString());
            }
        }, new org.apache.jena.sparql.expr.ExprVisitorBase());
        return endpoints;
    }

    private void checkService(NamedQuery query, Query parsed) {
        if (allowService) return;
        java.util.List<String> endpoints = serviceEndpoints(parsed);
        if (!endpoints.isEmpty()) {
            throw new BadInputException(query.source(), -1, -1, "the query calls another endpoint (SERVICE " + endpoints.get(0)
                    + "); federated queries are refused unless you pass --allow-service");
        }
    }

    /**
     * Parses the query's text.
     *
     * @throws BadInputException {@code source:line:col: message}, at the offending token
     */
    public static Query parse(NamedQuery query) {
        try {
            return QueryFactory.create(query.text());
        } catch (QueryParseException e) {
            throw QuerySyntaxErrors.toBadInput(query.source(), query.text(), e);
        } catch (org.apache.jena.query.QueryException e) {
            // Found while building the query after it parsed (a variable projected twice): no position.
            throw new BadInputException(query.source(), -1, -1, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Runs the query and writes its results.
     *
     * @param parameters variable name (with or without {@code ?}) to the text the user gave
     * @param format     null for the query form's default ({@link ResultFormat#defaultFor})
     * @throws BadInputException for a parse error, an unknown parameter or value, a format
     *         that does not fit the query form, or a timeout
     */
    public QueryOutcome run(NamedQuery query, Map<String, String> parameters, ResultFormat format, OutputStream out) {
        Query parsed = parse(query);
        ResultFormat chosen = format == null ? ResultFormat.defaultFor(parsed) : format;
        if (!chosen.fits(parsed)) {
            throw new BadInputException(query.source(), -1, -1, "format \"" + chosen.id() + "\" does not fit a "
                    + parsed.queryType() + " query; expected one of: "
                    + ResultFormat.fitting(parsed).stream().map(ResultFormat::id).collect(Collectors.joining(", ")));
        }
        checkService(query, parsed);
        Binding binding = bind(query, parsed, parameters);
        return read(query, () -> {
            try (QueryExecution execution = execution(parsed, binding)) {
                if (parsed.isSelectType()) {
                    StatementCaptions captions = new StatementCaptions(dataset.asDatasetGraph().getDefaultGraph());
                    return new QueryOutcome("SELECT", ResultWriter.writeSelect(execution.execSelect(), chosen, displayPrefixes(parsed),
                            captions::of, out));
                }
                if (parsed.isAskType()) {
                    boolean answer = execution.execAsk();
                    ResultWriter.writeAsk(answer, chosen, out);
                    return new QueryOutcome("ASK", answer ? 1 : 0);
                }
                boolean construct = parsed.isConstructType();
                var graph = construct ? execution.execConstruct() : execution.execDescribe();
                return new QueryOutcome(construct ? "CONSTRUCT" : "DESCRIBE",
                        ResultWriter.writeGraph(graph, chosen, displayPrefixes(parsed), out));
            }
        });
    }

    /**
     * As {@link #run(NamedQuery, Map, ResultFormat, OutputStream)}, for a character writer
     * (e.g. a command's {@code getOut()}). The output is buffered and written at the end.
     */
    public QueryOutcome run(NamedQuery query, Map<String, String> parameters, ResultFormat format, Writer out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryOutcome outcome = run(query, parameters, format, buffer);
        try {
            out.write(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return outcome;
    }

    /**
     * The rows of a SELECT query, copied into memory (for checks and for code that inspects
     * results rather than printing them).
     */
    public ResultSetRewindable select(NamedQuery query, Map<String, String> parameters) {
        Query parsed = parse(query);
        if (!parsed.isSelectType()) {
            throw new BadInputException(query.source(), -1, -1, "expected a SELECT query, found " + parsed.queryType());
        }
        checkService(query, parsed);
        Binding binding = bind(query, parsed, parameters);
        return read(query, () -> {
            try (QueryExecution execution = execution(parsed, binding)) {
                return ResultSetFactory.copyResults(execution.execSelect());
            }
        });
    }

    /** The user's parameters as RDF terms, checked against the header or the query's variables. */
    Binding bind(NamedQuery query, Query parsed, Map<String, String> parameters) {
        ParameterResolver reader = resolver != null ? resolver : ParameterResolver.standard(parameterPrefixes(parsed));
        Set<String> allowed = query.header().declaresParameters()
                ? query.parameters().stream().map(QueryVariable::name).collect(Collectors.toCollection(HashSet::new))
                : mentionedVariables(parsed);
        BindingBuilder builder = BindingBuilder.create();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey().replaceFirst("^[?$]", "");
            if (!allowed.contains(name)) throw unknownParameter(query, name);
            // "?x" and "x" (or "$x") name one variable: given both, the value is ambiguous.
            if (builder.contains(Var.alloc(name))) {
                throw new BadInputException(query.source(), -1, -1, "parameter \"" + name + "\" is given twice");
            }
            builder.add(Var.alloc(name), reader.resolve(name, parameter.getValue()));
        }
        return builder.build();
    }

    private static BadInputException unknownParameter(NamedQuery query, String name) {
        if (!query.header().declaresParameters()) {
            return new BadInputException(query.source(), -1, -1, "query \"" + query.name()
                    + "\" has no variable ?" + name + " to bind");
        }
        String declared = query.parameters().isEmpty() ? "it takes no parameters"
                : "its parameters: " + query.parameters().stream().map(p -> p.name()).collect(Collectors.joining(", "));
        return new BadInputException(query.source(), -1, -1, "query \"" + query.name()
                + "\" has no parameter \"" + name + "\"; " + declared);
    }

    private static Set<String> mentionedVariables(Query parsed) {
        Set<String> names = new HashSet<>(parsed.getResultVars());
        Collection<Var> vars = OpVars.mentionedVars(Algebra.compile(parsed));
        vars.forEach(v -> names.add(v.getVarName()));
        return names;
    }

    private QueryExecution execution(Query parsed, Binding binding) {
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(parsed);
        builder.set(org.apache.jena.query.ARQ.httpServiceAllowed, allowService);
        if (!binding.isEmpty()) builder.substitution(binding);
        if (timeout != null) builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return builder.build();
    }

    private <T> T read(NamedQuery query, java.util.function.Supplier<T> work) {
        try {
            if (dataset.supportsTransactions() && !dataset.isInTransaction()) return Txn.calculateRead(dataset, work);
            return work.get();
        } catch (QueryCancelledException e) {
            throw new BadInputException(query.source(), -1, -1,
                    "query \"" + query.name() + "\" timed out after " + timeout.toMillis() + " ms", e);
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            // A SERVICE call the user allowed failed: say which endpoint answered what.
            throw new BadInputException(query.source(), -1, -1, "a SERVICE call failed: " + e.getMessage(), e);
        } catch (org.apache.jena.query.QueryExecException e) {
            if (!allowService && String.valueOf(e.getMessage()).contains("SERVICE")) {
                throw new BadInputException(query.source(), -1, -1,
                        "the query calls another endpoint (SERVICE); federated queries are refused unless you pass --allow-service", e);
            }
            throw e;
        }
    }

    /** Dataset prefixes first, the query's own where the dataset has none for a namespace. */
    private PrefixMapping displayPrefixes(Query parsed) {
        return merged(prefixes, parsed.getPrefixMapping());
    }

    /** The query's own prefixes first (the user reads the query), then the dataset's. */
    private PrefixMapping parameterPrefixes(Query parsed) {
        return merged(parsed.getPrefixMapping(), prefixes);
    }

    private static PrefixMapping merged(PrefixMapping first, PrefixMapping second) {
        PrefixMapping result = PrefixMapping.Factory.create().setNsPrefixes(first);
        result.withDefaultMappings(second);
        return result;
    }

}
