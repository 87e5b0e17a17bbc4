package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.premise.query.ArgumentGraph.EXAMPLES;

import org.junit.jupiter.api.Test;

class QueryDocsTest {
    private final QueryCatalog catalog = QueryCatalog.fromFolder(EXAMPLES);

    @Test
    void listingGivesNameAndTitlePerLine() {
        assertEquals("""
                dependencies           Dependencies
                dependents-of          Dependents of a statement
                labels                 Labels

                Checks (zero rows means pass):
                unlabelled-statements  Unlabelled statements
                """, QueryDocs.listing(catalog));
    }

    @Test
    void markdownIsGeneratedFromHeaders() {
        String md = QueryDocs.markdown(catalog);
        assertTrue(md.startsWith(QueryDocs.GENERATED_MARKER + "\n"), md);
        assertTrue(md.contains("\n## Dependents of a statement\n\nName: `dependents-of`\n"), md);
        assertTrue(md.contains("- `?statement`: the statement (key, prefixed name or IRI)\n"), md);
        assertTrue(md.contains("premise query dependents-of --param statement=VALUE\n"), md);
        assertTrue(md.contains("**Parameters:** none\n"), md);
        assertTrue(md.contains("\n# Checks\n"), md);
        assertTrue(md.indexOf("## Unlabelled statements") > md.indexOf("# Checks"), md);
    }
}
