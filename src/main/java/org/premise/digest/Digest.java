package org.premise.digest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A research digest as written: everything needed to write the document back byte for
 * byte (see {@link DigestWriter}), including its line ending, whether it ends with one and
 * whether it starts with a byte-order mark.
 * Statements keep their text as written; {@link #statements()} gives the normalised view.
 *
 * @param title               line 1
 * @param sourceCount         the {@code Sources:} number
 * @param confidence          the confidence word as written, e.g. {@code Medium}
 * @param updated             the update time as written, {@code YYYY-MM-DD HH:MM}
 * @param takeaways           the {@code Key takeaways} bullets
 * @param sections            the sections under {@code Sections}, in order
 * @param unknowns            the {@code Unknowns} bullets
 * @param unknownsBlock       whether the {@code Unknowns} line is present (it may have no bullets)
 * @param lineEnding          {@code "\n"} or {@code "\r\n"}
 * @param endsWithLineEnding  whether the last line is followed by a line ending
 * @param byteOrderMark       whether the text starts with a UTF-8 byte-order mark (not part of the title)
 */
public record Digest(
        String title,
        int sourceCount,
        String confidence,
        String updated,
        List<String> takeaways,
        List<Section> sections,
        List<String> unknowns,
        boolean unknownsBlock,
        String lineEnding,
        boolean endsWithLineEnding,
        boolean byteOrderMark) {

    public Digest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(lineEnding, "lineEnding");
        takeaways = List.copyOf(takeaways);
        sections = List.copyOf(sections);
        unknowns = List.copyOf(unknowns);
        requireLine("title", title);
        if (title.startsWith("- ") || title.equals("-")) throw new IllegalArgumentException("title must not start with \"- \": " + title);
        if (Metadata.isMetadataLine(title)) throw new IllegalArgumentException("title must not be a metadata line: " + title);
        if (sourceCount < 0) throw new IllegalArgumentException("sourceCount must not be negative: " + sourceCount);
        if (!Metadata.isConfidenceWord(confidence)) throw new IllegalArgumentException("confidence must be one word: " + confidence);
        if (Metadata.parseUpdated(updated) == null) {
            throw new IllegalArgumentException("updated must be an existing date and time as YYYY-MM-DD HH:MM: " + updated);
        }
        takeaways.forEach(t -> requireBulletText("takeaway", t));
        unknowns.forEach(u -> requireBulletText("unknown", u));
        if (!unknownsBlock && !unknowns.isEmpty()) {
            throw new IllegalArgumentException("unknowns need the Unknowns block");
        }
        if (!lineEnding.equals("\n") && !lineEnding.equals("\r\n")) {
            throw new IllegalArgumentException("lineEnding must be \\n or \\r\\n");
        }
    }

    /** The update time as an {@code xsd:dateTime} without offset would hold it. */
    public LocalDateTime updatedDateTime() {
        return Metadata.parseUpdated(updated);
    }

    /**
     * The distinct statements in first-appearance order (takeaways, then sections in order,
     * then unknowns), each with all its appearances. Computed on each call.
     */
    public List<Statement> statements() {
        Map<String, List<Appearance>> byText = new LinkedHashMap<>();
        for (int i = 0; i < takeaways.size(); i++) {
            add(byText, takeaways.get(i), Appearance.takeaway(i + 1));
        }
        for (int s = 0; s < sections.size(); s++) {
            List<String> bullets = sections.get(s).bullets();
            for (int b = 0; b < bullets.size(); b++) {
                add(byText, bullets.get(b), Appearance.sectionBullet(s + 1, b + 1));
            }
        }
        for (int i = 0; i < unknowns.size(); i++) {
            add(byText, unknowns.get(i), Appearance.unknown(i + 1));
        }
        List<Statement> result = new ArrayList<>(byText.size());
        byText.forEach((text, appearances) -> result.add(new Statement(text, appearances)));
        return List.copyOf(result);
    }

    /** The text written at a position, or null when the digest has no such position. */
    public String textAt(Appearance at) {
        return switch (at.block()) {
            case TAKEAWAYS -> at.position() <= takeaways.size() ? takeaways.get(at.position() - 1) : null;
            case UNKNOWNS -> at.position() <= unknowns.size() ? unknowns.get(at.position() - 1) : null;
            case SECTIONS -> {
                if (at.section() > sections.size()) yield null;
                List<String> bullets = sections.get(at.section() - 1).bullets();
                yield at.position() <= bullets.size() ? bullets.get(at.position() - 1) : null;
            }
        };
    }

    private static void add(Map<String, List<Appearance>> byText, String written, Appearance at) {
        byText.computeIfAbsent(StatementText.normalize(written), k -> new ArrayList<>()).add(at);
    }

    // The checks below keep every Digest writable and readable back to itself.

    static void requireLine(String what, String text) {
        if (text.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be one line: " + text);
        }
        if (!text.equals(text.stripTrailing())) {
            throw new IllegalArgumentException(what + " must not end with white space: " + text);
        }
    }

    static void requireBulletText(String what, String text) {
        Objects.requireNonNull(text, what);
        requireLine(what, text);
    }

    static void requireSectionTitle(String title) {
        requireLine("section title", title);
        if (title.startsWith("- ") || title.equals("-")) {
            throw new IllegalArgumentException("section title must not look like a bullet: " + title);
        }
        if (title.equals(DigestReader.UNKNOWNS)) {
            throw new IllegalArgumentException("a section title cannot be \"Unknowns\": it starts the Unknowns block");
        }
    }
}
