package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.premise.query.QueryCatalog;
import org.premise.query.QueryDocs;

/** docs/queries.md is generated from the queries' headers; it must not go stale. */
class QueryDocsUpToDateTest {
    @Test
    void docsQueriesMdIsWhatTheQueryHeadersGenerate() throws IOException {
        String committed = Files.readString(Path.of("docs/queries.md"));
        assertEquals(QueryDocs.markdown(QueryCatalog.bundled()), committed,
                "docs/queries.md is out of date; regenerate it with: "
                        + "mvn -q -DskipTests package && bin/premise queries --format md > docs/queries.md");
    }
}
