package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The vendored JavaScript libraries are the files {@code vendor/VENDORED.md} lists, byte for
 * byte (SHA-256), each folder with its licence; and no page or script of Premise's own names
 * another host to load anything from.
 */
class VendoredFilesTest {
    static final Path WEB = Path.of("src/main/resources/premise/web");

    @Test
    void everyVendoredFileIsTheOneRecorded() throws Exception {
        String record = Files.readString(WEB.resolve("vendor/VENDORED.md"));
        Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$").matcher(record);
        int files = 0;
        while (m.find()) {
            Path file = WEB.resolve("vendor").resolve(m.group(2));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertEquals(m.group(1), actual, file + " differs from the SHA-256 VENDORED.md records (see its 'Updating')");
            files++;
        }
        assertEquals(3, files, "VENDORED.md lists the three vendored files");
        for (String folder : List.of("yasgui", "cytoscape")) {
            try (Stream<Path> listed = Files.list(WEB.resolve("vendor").resolve(folder))) {
                assertTrue(listed.anyMatch(p -> p.getFileName().toString().startsWith("LICENSE")), folder + " has its licence");
            }
        }
    }

    @Test
    void premisesOwnPagesLoadNothingFromElsewhere() throws Exception {
        try (Stream<Path> files = Stream.concat(Stream.of(WEB.resolve("index.html"), WEB.resolve("sparql.html")), Files.list(WEB.resolve("assets")))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertTrue(!Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(text).find()
                        && !Pattern.compile("url\\(\\s*[\"']?(https?:)?//").matcher(text).find()
                        && !Pattern.compile("fetch\\(\\s*[\"'`](https?:)?//").matcher(text).find(), file + " loads something from another host");
            }
        }
    }
}
