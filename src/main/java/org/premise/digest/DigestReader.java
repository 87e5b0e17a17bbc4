package org.premise.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premise.BadInputException;
import org.premise.ByteOrderMark;

/**
 * Reads the research-digest text format (see {@code design/digest-format.md}) into a
 * {@link Digest}. Trailing white space is not part of a line and blank lines are skipped.
 * A malformed document is refused with a {@link BadInputException} naming the file, line,
 * column and what was expected; nothing partial is ever returned.
 */
public final class DigestReader {
    static final String KEY_TAKEAWAYS = "Key takeaways";
    static final String SECTIONS = "Sections";
    static final String UNKNOWNS = "Unknowns";
    static final String BULLET = "- ";

    /** A non-blank line with its 1-based number, trailing white space removed. */
    private record Line(int number, String text) {
        boolean isBullet() { return text.startsWith(BULLET) || text.equals("-"); }
    }

    /** Reads a digest file; the path as given names it in error messages. */
    public Digest read(Path file) throws IOException {
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** Reads UTF-8 bytes; invalid UTF-8 is refused with the line where it occurs. */
    public Digest read(String sourceName, byte[] bytes) {
        return read(sourceName, TextLines.decodeUtf8(sourceName, bytes));
    }

    /** Reads a digest from text; {@code sourceName} names it in error messages. */
    public Digest read(String sourceName, String text) {
        return new Parse(sourceName, text).digest();
    }

    /** One parse: the lines of one document and a cursor over them. */
    private static final class Parse {
        private final String source;
        private final String text;
        private final boolean byteOrderMark;
        private final List<Line> lines = new ArrayList<>();
        private int next;

        Parse(String source, String text) {
            this.source = source;
            // A byte order mark is not part of the title; the digest remembers it.
            this.byteOrderMark = ByteOrderMark.startsWith(text);
            this.text = ByteOrderMark.strip(text);
            List<String> raw = TextLines.split(this.text);
            for (int i = 0; i < raw.size(); i++) {
                String line = raw.get(i).stripTrailing();
                int cr = line.indexOf('\r');
                if (cr >= 0) {
                    throw new BadInputException(source, i + 1, TextLines.column(line, cr),
                            "a carriage return inside a line: expected \\n or \\r\\n line endings");
                }
                if (!line.isEmpty()) lines.add(new Line(i + 1, line));
            }
        }

        Digest digest() {
            if (lines.isEmpty()) throw new BadInputException(source, 1, 1, "empty file: expected a title on line 1");

            Line titleLine = lines.get(next++);
            if (titleLine.isBullet()) throw at(titleLine, "a bullet \"- \" before any block: expected a title");
            if (Metadata.isMetadataLine(titleLine.text())) {
                throw at(titleLine, "missing title: expected a title before the \"Sources: …\" line");
            }

            Line metadataLine = require(Metadata.EXPECTED);
            Metadata.Values metadata = Metadata.parse(source, metadataLine.number(), metadataLine.text());

            Line keyTakeaways = require("expected \"" + KEY_TAKEAWAYS + "\"");
            if (keyTakeaways.isBullet()) {
                throw at(keyTakeaways, "a bullet \"- \" before any block: expected \"" + KEY_TAKEAWAYS + "\"");
            }
            if (!keyTakeaways.text().equals(KEY_TAKEAWAYS)) throw at(keyTakeaways, "expected \"" + KEY_TAKEAWAYS + "\"");

            List<String> takeaways = new ArrayList<>();
            boolean sectionsSeen = false;
            while (next < lines.size() && !sectionsSeen) {
                Line line = lines.get(next++);
                if (line.isBullet()) takeaways.add(bulletText(line));
                else if (line.text().equals(SECTIONS)) sectionsSeen = true;
                else throw at(line, "expected \"" + SECTIONS + "\" or a \"- \" bullet");
            }
            if (!sectionsSeen) throw atEnd("unexpected end of file: expected \"" + SECTIONS + "\" or a \"- \" bullet");

            List<Section> sections = new ArrayList<>();
            String sectionTitle = null;
            List<String> sectionBullets = new ArrayList<>();
            boolean unknownsBlock = false;
            while (next < lines.size() && !unknownsBlock) {
                Line line = lines.get(next++);
                if (line.text().equals(UNKNOWNS)) {
                    unknownsBlock = true;
                } else if (line.isBullet()) {
                    if (sectionTitle == null) {
                        throw at(line, "a bullet \"- \" before any section title: expected a section title after \""
                                + SECTIONS + "\"");
                    }
                    sectionBullets.add(bulletText(line));
                } else {
                    if (sectionTitle != null) sections.add(new Section(sectionTitle, sectionBullets));
                    sectionTitle = line.text();
                    sectionBullets = new ArrayList<>();
                }
            }
            if (sectionTitle != null) sections.add(new Section(sectionTitle, sectionBullets));

            List<String> unknowns = new ArrayList<>();
            while (next < lines.size()) {
                Line line = lines.get(next++);
                if (!line.isBullet()) throw at(line, "expected a \"- \" bullet in the \"" + UNKNOWNS + "\" block");
                unknowns.add(bulletText(line));
            }

            return new Digest(titleLine.text(), metadata.sourceCount(), metadata.confidence(), metadata.updated(),
                    takeaways, sections, unknowns, unknownsBlock, lineEnding(), text.endsWith("\n"),
                    byteOrderMark);
        }

        /** The next line, or an end-of-file error saying what was expected there. */
        private Line require(String expected) {
            if (next >= lines.size()) throw atEnd("unexpected end of file: " + expected);
            return lines.get(next++);
        }

        private String bulletText(Line line) {
            if (line.text().equals("-")) throw at(line, "empty bullet: expected text after \"- \"");
            return line.text().substring(BULLET.length());
        }

        /** The file's line ending: the one its first line ends with. */
        private String lineEnding() {
            int nl = text.indexOf('\n');
            return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
        }

        private BadInputException at(Line line, String message) {
            return new BadInputException(source, line.number(), 1, message);
        }

        /** Points just past the last character, where the missing line should have been. */
        private BadInputException atEnd(String message) {
            List<String> raw = TextLines.split(text);
            if (raw.isEmpty()) return new BadInputException(source, 1, 1, message);
            if (text.endsWith("\n")) return new BadInputException(source, raw.size() + 1, 1, message);
            String last = raw.get(raw.size() - 1);
            return new BadInputException(source, raw.size(), TextLines.column(last, last.length()), message);
        }
    }
}
