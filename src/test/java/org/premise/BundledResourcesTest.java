package org.premise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledResourcesTest {

    @Test
    void listsAndReadsFilesOfADirectory(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("premise/queries"));
        Files.writeString(folder.resolve("b.rq"), "B");
        Files.writeString(folder.resolve("a.rq"), "A");
        Files.createDirectories(folder.resolve("checks"));
        BundledResources resources = BundledResources.at(root);
        assertEquals(List.of("a.rq", "b.rq"), resources.list("premise/queries"));
        assertEquals(Map.of("a.rq", "A", "b.rq", "B"), resources.readAll("premise/queries/"));
        assertEquals(List.of(), resources.list("premise/absent"));
    }

    @Test
    void listsAndReadsFilesInsideAJar(@TempDir Path root) throws IOException {
        Path jar = root.resolve("premise.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path folder = Files.createDirectories(zip.getPath("/premise/queries/checks"));
            Files.writeString(folder.resolve("c.rq"), "C");
            Files.writeString(zip.getPath("/premise/queries/a.rq"), "A");
        }
        BundledResources resources = BundledResources.at(jar);
        assertEquals(List.of("a.rq"), resources.list("premise/queries"));
        assertEquals(Map.of("c.rq", "C"), resources.readAll("premise/queries/checks"));
    }

    @Test
    void findsAFolderInAJarOnTheClasspath(@TempDir Path root) throws IOException {
        Path jar = root.resolve("with space.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Files.writeString(Files.createDirectories(zip.getPath("/premise/queries")).resolve("q.rq"), "Q");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertEquals(Map.of("q.rq", "Q"), BundledResources.onClasspath(loader).readAll("premise/queries"));
        }
    }

    @Test
    void findsAClasspathFolder() {
        assertEquals(List.of("dependencies.rq", "dependents-of.rq", "labels.rq"),
                BundledResources.onClasspath().list("query-examples"));
    }
}
