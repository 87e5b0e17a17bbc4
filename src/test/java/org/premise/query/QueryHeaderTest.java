package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;

class QueryHeaderTest {

    @Test
    void readsTitleDescriptionParametersAndReturns() {
        String text = """
                # # Dependents of a statement
                # **Description:** What rests on a statement.
                # **Parameters:**
                # - ?statement: the statement (key, prefixed name or IRI)
                # **Returns:**
                # - ?statement: the statement asked about
                # - $dependent: a statement that depends on it
                SELECT * { ?s ?p ?o }
                """;
        QueryHeader header = QueryHeader.parse("dependents-of.rq", text);
        assertEquals("Dependents of a statement", header.title());
        assertEquals("What rests on a statement.", header.description());
        assertEquals(List.of(new QueryVariable("statement", "the statement (key, prefixed name or IRI)")),
                header.parameters());
        assertEquals(List.of("statement", "dependent"), header.returns().stream().map(QueryVariable::name).toList());
        assertTrue(header.declaresParameters());
    }

    @Test
    void descriptionRunsOverSeveralLinesAndParagraphs() {
        String text = """
                # # Dependencies
                # **Description:** Which conclusions depend on which assumptions (through argument
                # premises, transitively).
                #
                # Second paragraph.
                # **Parameters:** none
                # **Returns:**
                # - ?conclusion: the conclusion,
                #   continued on the next line
                """;
        QueryHeader header = QueryHeader.parse("dependencies.rq", text);
        assertEquals("Which conclusions depend on which assumptions (through argument premises, transitively)."
                + "\n\nSecond paragraph.", header.description());
        assertEquals(List.of(), header.parameters());
        assertEquals("the conclusion, continued on the next line", header.returns().get(0).description());
    }

    @Test
    void headerEndsAtTheFirstLineThatIsNotAComment() {
        String text = "# # T\n# **Parameters:** none\nSELECT * {}\n# **Bogus:** not part of the header\n";
        assertEquals("T", QueryHeader.parse("t.rq", text).title());
    }

    @Test
    void missingTitleIsAnErrorAtLineOne() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> QueryHeader.parse("queries/x.rq", "# **Description:** no title\nSELECT * {}\n"));
        assertEquals("queries/x.rq:1:1: expected a title line \"# # Title\" opening the query header", e.toUserMessage());
    }

    @Test
    void unknownSectionIsNamedWithItsPosition() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> QueryHeader.parse("x.rq", "# # T\n# **Paramters:** none\n"));
        assertEquals("x.rq:2:3: unknown header section \"Paramters\"; expected Description, Parameters or Returns",
                e.toUserMessage());
    }

    @Test
    void listLineMustNameAVariable() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> QueryHeader.parse("x.rq", "# # T\n# **Returns:**\n# - conclusion: no question mark\n"));
        assertEquals("x.rq:3:3: expected \"- ?name: description\" in the Returns list", e.toUserMessage());
    }

    @Test
    void userQueryWithoutHeaderIsTitledByItsFileName() {
        NamedQuery query = NamedQuery.userQuery("mine.rq", "mine.rq", "SELECT * { ?s ?p ?o }");
        assertEquals("mine", query.name());
        assertEquals("mine.rq", query.title());
        assertFalse(query.header().declaresParameters());
    }
}
