package org.premise.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.premise.BadInputException;
import org.premise.ByteOrderMark;

/**
 * The comment header that opens a {@code .rq} file and documents it: the title line
 * {@code # # Title}, then {@code # **Description:**} (may run over several lines; an empty
 * {@code #} line starts a new paragraph), {@code # **Parameters:**} and {@code # **Returns:**},
 * each either {@code none} or followed by {@code # - ?var: description} lines (an indented
 * line continues the item above). The header is the run of {@code #} lines at the top of the
 * file; later comments belong to the query.
 *
 * @param declaresParameters true when the file has a header, so the parameters it lists
 *        (possibly none) are the only ones a user may bind
 */
public record QueryHeader(String title, String description, List<QueryVariable> parameters,
                          List<QueryVariable> returns, boolean declaresParameters) {

    private static final Pattern TITLE = Pattern.compile("^#\\s*#\\s+(\\S.*)$");
    private static final Pattern SECTION = Pattern.compile("^\\*\\*([^*]+?):\\*\\*\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^-\\s+[?$]([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)$");

    public QueryHeader {
        parameters = List.copyOf(parameters);
        returns = List.copyOf(returns);
    }

    /** The header of a file that has none: only a title, parameters unchecked. */
    public static QueryHeader untitled(String title) {
        return new QueryHeader(title, "", List.of(), List.of(), false);
    }

    /** Whether the text opens with a title line, i.e. has a header to parse. */
    public static boolean present(String text) {
        return TITLE.matcher(firstLine(text)).matches();
    }

    /**
     * Parses the header at the top of {@code text}.
     *
     * @param source the file name used in error messages
     * @throws BadInputException when there is no title line (line 1), an unknown section, or a
     *         list line that is not {@code - ?var: description}
     */
    public static QueryHeader parse(String source, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        Matcher title = TITLE.matcher(firstLine(text));
        if (!title.matches()) {
            throw new BadInputException(source, 1, 1,
                    "expected a title line \"# # Title\" opening the query header");
        }
        return new Parser(source).parse(title.group(1).strip(), lines);
    }

    private static String firstLine(String text) {
        String stripped = ByteOrderMark.strip(text);
        int end = stripped.indexOf('\n');
        return (end < 0 ? stripped : stripped.substring(0, end)).stripTrailing();
    }

    /** Walks the header lines after the title, one section at a time. */
    private static final class Parser {
        private enum Section { NONE, DESCRIPTION, PARAMETERS, RETURNS }

        private final String source;
        private final StringBuilder description = new StringBuilder();
        private final List<QueryVariable> parameters = new ArrayList<>();
        private final List<QueryVariable> returns = new ArrayList<>();
        private final List<Section> seen = new ArrayList<>();
        private Section section = Section.NONE;
        private boolean paragraphBreak;

        Parser(String source) { this.source = source; }

        QueryHeader parse(String title, String[] lines) {
            for (int i = 1; i < lines.length && lines[i].startsWith("#"); i++) {
                String raw = lines[i].stripTrailing();
                int start = raw.length() > 1 && raw.charAt(1) == ' ' ? 2 : 1;
                line(i + 1, start + 1, raw.substring(Math.min(start, raw.length())));
            }
            return new QueryHeader(title, description.toString().strip(), parameters, returns, true);
        }

        private void line(int lineNo, int column, String content) {
            if (content.isBlank()) {
                paragraphBreak = section == Section.DESCRIPTION && description.length() > 0;
                return;
            }
            Matcher sectionStart = SECTION.matcher(content);
            if (sectionStart.matches()) {
                startSection(lineNo, column, sectionStart.group(1).strip(), sectionStart.group(2).strip());
                return;
            }
            boolean indented = content.startsWith(" ");
            String trimmed = content.strip();
            switch (section) {
                case DESCRIPTION -> appendDescription(trimmed.startsWith("- ") ? "\n" + trimmed : trimmed);
                case PARAMETERS, RETURNS -> item(lineNo, column, trimmed, indented);
                case NONE -> throw new BadInputException(source, lineNo, column,
                        "expected **Description:**, **Parameters:** or **Returns:** in the query header");
            }
        }

        private void startSection(int lineNo, int column, String name, String rest) {
            Section next = switch (name.toLowerCase(Locale.ROOT)) {
                case "description" -> Section.DESCRIPTION;
                case "parameters" -> Section.PARAMETERS;
                case "returns" -> Section.RETURNS;
                default -> throw new BadInputException(source, lineNo, column, "unknown header section \""
                        + name + "\"; expected Description, Parameters or Returns");
            };
            if (seen.contains(next)) {
                throw new BadInputException(source, lineNo, column, "header section \"" + name + "\" appears twice");
            }
            seen.add(next);
            section = next;
            paragraphBreak = false;
            if (next == Section.DESCRIPTION) {
                appendDescription(rest);
            } else if (!rest.isEmpty() && !rest.equalsIgnoreCase("none")) {
                throw new BadInputException(source, lineNo, column, "expected \"none\" or \"- ?name: description\" "
                        + "lines after **" + name + ":**");
            }
        }

        private void appendDescription(String text) {
            if (text.isEmpty()) return;
            if (description.length() > 0 && !text.startsWith("\n")) description.append(paragraphBreak ? "\n\n" : " ");
            description.append(text);
            paragraphBreak = false;
        }

        private void item(int lineNo, int column, String trimmed, boolean indented) {
            List<QueryVariable> items = section == Section.PARAMETERS ? parameters : returns;
            Matcher item = ITEM.matcher(trimmed);
            if (item.matches()) {
                items.add(new QueryVariable(item.group(1), item.group(2).strip()));
            } else if (indented && !items.isEmpty() && !trimmed.startsWith("-")) {
                QueryVariable last = items.remove(items.size() - 1);
                items.add(new QueryVariable(last.name(), (last.description() + " " + trimmed).strip()));
            } else {
                throw new BadInputException(source, lineNo, column, "expected \"- ?name: description\" in the "
                        + (section == Section.PARAMETERS ? "Parameters" : "Returns") + " list");
            }
        }
    }
}
