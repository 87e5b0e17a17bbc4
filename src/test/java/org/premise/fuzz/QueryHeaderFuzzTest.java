package org.premise.fuzz;

import java.nio.file.Path;

import org.premise.query.NamedQuery;
import org.premise.query.QueryRunner;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The query-file reader, as {@code premise query my.rq} reads a file: its header (title,
 * description, parameters, returns) and then the SPARQL it documents.
 */
class QueryHeaderFuzzTest {
    private static final Path FOLDER = ReaderContract.scratchFolder("query");
    private static final Path FILE = FOLDER.resolve("my.rq");

    @FuzzTest
    void queryHeader(byte[] content) {
        ReaderContract.withinTimeLimit(() -> {
            ReaderContract.write(FILE, content);
            ReaderContract.read(FILE.toString(), content, () -> QueryRunner.parse(NamedQuery.readFile(FILE)));
        });
    }
}
