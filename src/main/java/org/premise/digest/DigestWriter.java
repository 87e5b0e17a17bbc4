package org.premise.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.premise.ByteOrderMark;

/**
 * Writes a {@link Digest} back to the research-digest text format. For a document with no
 * blank lines and no trailing white space, {@code write(read(text))} equals {@code text}
 * byte for byte, line ending, final newline and byte-order mark included.
 */
public final class DigestWriter {

    /** The document text. */
    public String write(Digest digest) {
        String eol = digest.lineEnding();
        StringBuilder out = new StringBuilder();
        if (digest.byteOrderMark()) out.append(ByteOrderMark.CHAR);
        out.append(digest.title()).append(eol);
        out.append(Metadata.SOURCES).append(digest.sourceCount())
                .append(Metadata.CONFIDENCE).append(digest.confidence())
                .append(Metadata.UPDATED).append(digest.updated()).append(eol);
        out.append(DigestReader.KEY_TAKEAWAYS).append(eol);
        digest.takeaways().forEach(t -> out.append(DigestReader.BULLET).append(t).append(eol));
        out.append(DigestReader.SECTIONS).append(eol);
        for (Section section : digest.sections()) {
            out.append(section.title()).append(eol);
            section.bullets().forEach(b -> out.append(DigestReader.BULLET).append(b).append(eol));
        }
        if (digest.unknownsBlock()) {
            out.append(DigestReader.UNKNOWNS).append(eol);
            digest.unknowns().forEach(u -> out.append(DigestReader.BULLET).append(u).append(eol));
        }
        if (!digest.endsWithLineEnding()) out.setLength(out.length() - eol.length());
        return out.toString();
    }

    /** Writes the document to a file as UTF-8. */
    public void write(Digest digest, Path file) throws IOException {
        Files.write(file, write(digest).getBytes(StandardCharsets.UTF_8));
    }
}
