package org.premise.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.premise.BadInputException;
import org.premise.Utf8Text;

/**
 * A SPARQL query as users know it: its name (the kebab-case file name without {@code .rq}),
 * the documentation from its header, and its text, plus the source name that error messages
 * show (e.g. {@code queries/dependencies.rq}).
 */
public record NamedQuery(String name, String source, QueryHeader header, String text) {

    /**
     * A query whose file must open with a header (bundled queries and checks).
     *
     * @throws BadInputException when the header is missing or malformed
     */
    public static NamedQuery documented(String fileName, String source, String text) {
        return new NamedQuery(nameOf(fileName), source, QueryHeader.parse(source, text), text);
    }

    /**
     * A user's query: the header is parsed when the file opens with a title line; otherwise
     * the title is the file name and any query variable may be bound.
     */
    public static NamedQuery userQuery(String fileName, String source, String text) {
        QueryHeader header = QueryHeader.present(text)
                ? QueryHeader.parse(source, text) : QueryHeader.untitled(fileName);
        return new NamedQuery(nameOf(fileName), source, header, text);
    }

    /** Reads a user's query file; its path as given is the source name in messages. */
    public static NamedQuery readFile(Path file) {
        String source = file.toString();
        try {
            return userQuery(file.getFileName().toString(), source, Utf8Text.decode(source, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, -1, -1, "no such query file", e);
        } catch (IOException e) {
            throw new BadInputException(source, -1, -1, "cannot read query file: " + e.getMessage(), e);
        }
    }

    public String title() { return header.title(); }
    public String description() { return header.description(); }
    public List<QueryVariable> parameters() { return header.parameters(); }
    public List<QueryVariable> returns() { return header.returns(); }

    /** The declared parameter with this name (without {@code ?}), if any. */
    public Optional<QueryVariable> parameter(String variable) {
        return parameters().stream().filter(p -> p.name().equals(variable)).findFirst();
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }
}
