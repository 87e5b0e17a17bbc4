package org.premise.cli;

import java.util.concurrent.Callable;

import org.premise.BadInputException;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code premise queries}: the named queries and their titles, from their headers. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the named queries with their titles (read from each query's header).")
public final class QueriesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (names and titles) or md (the full reference page, as in docs/queries.md).")
    String format;

    @Override
    public Integer call() {
        QueryCatalog catalog = QueryCatalog.bundled();
        String text = switch (format) {
            case "text" -> QueryDocs.listing(catalog);
            case "md" -> QueryDocs.markdown(catalog);
            default -> throw new BadInputException("unknown format \"" + format + "\"; expected text or md");
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
