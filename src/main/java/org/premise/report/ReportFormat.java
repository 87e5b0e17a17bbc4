package org.premise.report;

import java.util.List;

import org.premise.FormatChoice;
import org.premise.NamedFormat;

/**
 * The formats of the reports written for people and programs ({@code report}, {@code whatif},
 * {@code credence}, {@code queries}): plain text for a terminal, Markdown for a page, JSON for a
 * program, Turtle for the figures as RDF. Each command writes some of them; the names and
 * extensions are the same in each.
 */
public enum ReportFormat implements NamedFormat {
    TEXT(List.of("text", "txt"), List.of("txt")),
    MD(List.of("md", "markdown"), List.of("md", "markdown")),
    JSON(List.of("json"), List.of("json")),
    TTL(List.of("ttl", "turtle"), List.of("ttl"));

    private final List<String> names;
    private final List<String> extensions;

    ReportFormat(List<String> names, List<String> extensions) {
        this.names = names;
        this.extensions = extensions;
    }

    @Override
    public List<String> names() { return names; }

    @Override
    public List<String> extensions() { return extensions; }

    /**
     * How a command that writes these formats chooses one: {@code --format}, else the {@code -o}
     * extension, else its default; the extension of one it does not write is refused.
     */
    public static FormatChoice<ReportFormat> choice(String command, ReportFormat... accepted) {
        return FormatChoice.of(command, List.of(accepted)).within(List.of(values()), null);
    }
}
