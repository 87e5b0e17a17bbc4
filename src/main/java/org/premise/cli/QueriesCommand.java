package org.premise.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.premise.query.QueryCatalog;
import org.premise.query.QueryDocs;
import org.premise.report.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise queries}: the named queries and their titles, from their headers. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the named queries with their titles (read from each query's header).")
public final class QueriesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (txt: names and titles) or md (markdown: the full reference page, as in docs/queries.md); "
                    + "default: text.")
    String format;

    @Override
    public Integer call() {
        QueryCatalog catalog = QueryCatalog.bundled();
        ReportFormat chosen = ReportFormat.choice(spec.name(), ReportFormat.TEXT, ReportFormat.MD)
                .choose(format, Optional.empty(), ReportFormat.TEXT);
        String text = chosen == ReportFormat.MD ? QueryDocs.markdown(catalog) : QueryDocs.listing(catalog);
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
