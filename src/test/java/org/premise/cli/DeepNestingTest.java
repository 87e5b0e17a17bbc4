package org.premise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premise.NestingLimit;

/**
 * Input nested thousands deep used to overflow the readers' stacks (issue 10, finding 4): now
 * it is refused in one line with the place of the first bracket past the limit, and brackets
 * inside strings, IRIs and comments do not count.
 */
class DeepNestingTest {
    @TempDir Path dir;

    private Cli.Run read(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return Cli.run("query", "dependencies", "--no-bundled", "--data", p.toString());
    }

    private static String turtle(int depth) {
        return "<http://e/a> <http://e/p> " + "[ <http://e/p> ".repeat(depth) + "<http://e/z>" + " ]".repeat(depth) + " .\n";
    }

    @Test
    void turtleNestedPastTheLimitIsOneLineWithItsPlace() throws Exception {
        int max = NestingLimit.MAX_DEPTH;
        String text = "# a comment with [[[[ brackets\n" + turtle(5000);
        Cli.Run run = read("deep.ttl", text);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        int column = "<http://e/a> <http://e/p> ".length() + max * "[ <http://e/p> ".length() + 1;
        assertEquals("premise: " + dir.resolve("deep.ttl") + ":2:" + column + ": nested more than " + max
                + " deep (brackets and braces); Premise's readers take at most that", run.err().strip());
    }

    @Test
    void theColumnCountsCharactersNotBytes() throws Exception {
        // Two characters of two bytes each before the brackets: the column is in characters.
        String text = "<http://e/\u00e9\u00e9> <http://e/p> " + "[ <http://e/p> ".repeat(300) + "<http://e/z>" + " ]".repeat(300) + " .\n";
        Cli.Run run = read("accented.ttl", text);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        int column = "<http://e/\u00e9\u00e9> <http://e/p> ".length() + NestingLimit.MAX_DEPTH * "[ <http://e/p> ".length() + 1;
        assertTrue(run.err().contains("accented.ttl:1:" + column + ": "), run.err());
    }

    @Test
    void nestingUpToTheLimitAndBracketsInStringsAreRead() throws Exception {
        assertEquals(0, read("ok.ttl", turtle(NestingLimit.MAX_DEPTH)).exit());
        String brackets = "[".repeat(5000);
        Cli.Run run = read("strings.ttl", "<http://e/a> <http://e/p> \"" + brackets + "\" , '''" + brackets + "\n''' , <http://e/" 
                + "x> . # " + brackets + "\n");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void jsonLdAndAifNestedPastTheLimitAreRefused() throws Exception {
        String jsonld = "{\"@context\": {\"p\": \"http://e/p\"}, \"@id\": \"http://e/a\", " + "\"p\": {".repeat(3000)
                + "\"@id\": \"http://e/z\"" + "}".repeat(3000) + "}";
        Cli.Run run = read("deep.jsonld", jsonld);
        assertEquals(ExitCodes.BAD_INPUT, run.exit(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());

        Cli.Run aif = read("deep.json", "{\"nodes\": [], \"edges\": [], \"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        assertEquals(ExitCodes.BAD_INPUT, aif.exit(), aif.err());
        assertEquals("premise: " + dir.resolve("deep.json") + ":1:" + ("{\"nodes\": [], \"edges\": [], \"x\": ".length() + NestingLimit.MAX_DEPTH)
                + ": nested more than " + NestingLimit.MAX_DEPTH + " deep (brackets and braces); Premise's readers take at most that",
                aif.err().strip());
    }
}
