package org.premise.cli;

import java.time.Duration;

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
        QueryRunner runner = QueryRunner.withStatementKeys(ws.kb().dataset(), ws.kb().union()).allowService(allowService);
        return timeoutSeconds > 0 ? runner.timeout(Duration.ofSeconds(timeoutSeconds)) : runner;
    }
}
