package org.premise.cli;

import java.time.Duration;

import org.premise.kb.StatementNames;
import org.premise.rdf.Vocab;
import org.premise.query.ParameterResolver;
import org.premise.query.QueryRunner;
import org.premise.reason.Workspace;

/** Builds the query runner every command uses: the workspace's dataset, Premise's prefixes, statement keys as parameters. */
final class QuerySupport {
    private QuerySupport() {}

    static QueryRunner runner(Workspace ws, int timeoutSeconds) {
        return runner(ws, timeoutSeconds, false);
    }

    /** As {@link #runner(Workspace, int)}; with {@code allowService}, queries may call other endpoints through SERVICE. */
    static QueryRunner runner(Workspace ws, int timeoutSeconds, boolean allowService) {
        StatementNames names = new StatementNames(ws.kb().union());
        ParameterResolver standard = ParameterResolver.standard(Vocab.PREFIXES);
        ParameterResolver resolver = (parameter, value) -> names.parameter(parameter, value, standard::resolve);
        QueryRunner runner = new QueryRunner(ws.kb().dataset(), Vocab.PREFIXES).resolver(resolver).allowService(allowService);
        return timeoutSeconds > 0 ? runner.timeout(Duration.ofSeconds(timeoutSeconds)) : runner;
    }
}
