package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Wherever a statement is shown by key, its words are shown too (issue 9, item 4): the report
 * (Markdown and JSON), the what-if (text and JSON) and query tables end with the label, or
 * the shortened text, of every statement they used; an imported AIF map, whose propositions
 * have only a text, is shown by its text. The report explains its words in one legend line.
 */
class StatementTextShownTest {
    private static final String MODELS_CAPABLE = "current models already do valuable knowledge work";

    @Test
    void reportEndsWithTheWordsBehindItsKeysAndExplainsItsTerms() {
        Cli.Run md = Cli.run("report");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("\n## Statements\n\n"), md.out());
        assertTrue(md.out().contains("\n- **models-capable**: " + MODELS_CAPABLE + "\n"), md.out());
        assertTrue(md.out().contains("in = accepted"), md.out());
        assertTrue(md.out().contains("undecided = neither can be established"), md.out());
        // Questions have no label: their text, cut at a word, is shown.
        assertTrue(md.out().contains("**productivity-uplift** (How large is the real-world productivity uplift"), md.out());

        Cli.Run json = Cli.run("report", "--format", "json");
        JsonObject statements = JSON.parse(json.out()).get("statements").getAsObject();
        assertEquals(MODELS_CAPABLE, statements.get("models-capable").getAsString().value());
        assertTrue(statements.get("productivity-uplift").getAsString().value().endsWith("…"));
    }

    @Test
    void whatIfNamesWhatFellInWords() {
        Cli.Run text = Cli.run("whatif", "--retract", "models-capable");
        assertTrue(text.out().contains("\nStatements:\n"), text.out());
        assertTrue(text.out().contains("\n  thesis: AI progress will look linear in hindsight (lossy self-improvement)\n"), text.out());
        JsonObject json = JSON.parse(Cli.run("whatif", "--retract", "models-capable", "--format", "json").out());
        assertEquals(MODELS_CAPABLE, json.get("statements").getAsObject().get("models-capable").getAsString().value());
    }

    @Test
    void queryTablesListTheirStatementsInWordsButMachineFormatsStayPure() {
        Cli.Run table = Cli.run("query", "linchpins");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("\n\nst:agi-threshold: a drop-in remote-worker AGI threshold is plausible\n"), table.out());
        assertTrue(table.out().contains("\nst:models-capable: " + MODELS_CAPABLE + "\n"), table.out());
        assertEquals(1, table.out().lines().filter(l -> l.startsWith("st:models-capable: ")).count(), table.out());
        Cli.Run csv = Cli.run("query", "linchpins", "--format", "csv");
        assertFalse(csv.out().contains(MODELS_CAPABLE), csv.out());
    }

    @Test
    void anImportedAifMapIsShownByItsText() {
        Cli.Run md = Cli.run("report", "--no-bundled", "--data", "../shared/fixtures/aif/nodeset10.json");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("- **aif-nodeset10-278**: All the Member States in the European Union are signatories to the ECHR"),
                md.out());
        Cli.Run table = Cli.run("query", "assumptions-of", "--no-bundled", "--data", "../shared/fixtures/aif/nodeset10.json",
                "--param", "statement=aif-nodeset10-277");
        assertTrue(table.out().contains("st:aif-nodeset10-278: All the Member States"), table.out());
    }
}
