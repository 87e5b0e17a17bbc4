package org.premise.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.premise.BadInputException;

/** Every folder under cases/digest-malformed is a document the reader must refuse, with one exact message. */
class DigestMalformedCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases/digest-malformed");

    @TestFactory
    Stream<DynamicTest> malformedDigestsAreRefusedWithFileLineAndColumn() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(CASES)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no cases found under " + CASES);
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Path input = folder.resolve("input.txt");
            String expected = Files.readString(folder.resolve("expected-error.txt"), StandardCharsets.UTF_8).strip();
            String sourceName = folder.relativize(input).toString();
            BadInputException e = assertThrows(BadInputException.class,
                    () -> new DigestReader().read(sourceName, Files.readAllBytes(input)));
            assertEquals(expected, e.toUserMessage());
        }));
    }
}
