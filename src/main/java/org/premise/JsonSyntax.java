package org.premise;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON syntax errors with their place, for the JSON readers (AIF, and JSON-LD whose processor
 * reports a syntax error without one): Jena's JSON parser, which reports line and column, and
 * the end of the text, with its line and column, when the text ends too early (the parser then
 * fails without a position, or names a {@code [null]} token).
 */
public final class JsonSyntax {
    private JsonSyntax() {}

    private static final String ENDS_EARLY = "it ends too early (a closing '}' or ']' is missing)";

    /**
     * Parses JSON text, refusing a syntax error with its line and column.
     *
     * @param what what the text should be, for the message ({@code JSON}, {@code JSON-LD})
     */
    public static JsonValue parse(String source, String text, String what) {
        try {
            return JSON.parseAny(text);
        } catch (RuntimeException e) {
            throw problem(source, text, what, e);
        }
    }

    /** The syntax error of JSON text with its line and column, or null if it parses. */
    public static BadInputException check(String source, String text, String what) {
        try {
            JSON.parseAny(text);
            return null;
        } catch (RuntimeException e) {
            return problem(source, text, what, e);
        }
    }

    private static BadInputException problem(String source, String text, String what, RuntimeException e) {
        String prefix = "not valid " + what + ": ";
        if (e instanceof JsonParseException parse && !String.valueOf(parse.getMessage()).contains("[null]")) {
            return new BadInputException(source, parse.getLine(), parse.getColumn(), prefix + plain(parse.getMessage()), e);
        }
        if (e instanceof JsonException && !(e instanceof JsonParseException)) {
            return new BadInputException(source, -1, -1, prefix + plain(e.getMessage()), e);
        }
        // The tokenizer ran out of text: a [null] token, or a failure on it without a position.
        int[] end = Utf8Text.endOf(text);
        return new BadInputException(source, end[0], end[1], prefix + (text.isBlank() ? "the file is empty" : ENDS_EARLY), e);
    }

    /** Jena's wording made readable: "Illegal: [STRING:text]" names the token that was not expected. */
    private static String plain(String message) {
        if (message == null) return "syntax error";
        if (message.startsWith("Illegal: ")) return "unexpected " + message.substring("Illegal: ".length()) + " (a ',' or ':' missing?)";
        if (message.startsWith("Broken token: ")) return "a string that is not closed: " + message.substring("Broken token: ".length());
        return message;
    }
}
