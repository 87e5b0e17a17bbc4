package org.premise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the text files shipped inside Premise (bundled queries, rules, shapes) from a folder
 * of the classpath. It works both when the classpath entry is a directory on disk (tests,
 * {@code target/classes}) and when it is a jar (the runnable {@code premise.jar}), where a
 * plain {@code getResource} listing is not possible.
 */
public final class BundledResources {
    private final Path root;     // a directory or a jar file; null: look the folder up on the classpath
    private final ClassLoader loader;

    private BundledResources(Path root, ClassLoader loader) {
        this.root = root;
        this.loader = loader;
    }

    /** Resources on this program's classpath (the usual case). */
    public static BundledResources onClasspath() {
        return new BundledResources(null, BundledResources.class.getClassLoader());
    }

    /** Resources seen by a given class loader (e.g. one over a plugin jar). */
    public static BundledResources onClasspath(ClassLoader loader) {
        return new BundledResources(null, loader);
    }

    /** Resources under a given root: a directory, or a {@code .jar}/{@code .zip} file. */
    public static BundledResources at(Path root) {
        return new BundledResources(root, null);
    }

    /** Names of the files (not folders) directly in {@code folder}, sorted; empty if the folder is absent. */
    public List<String> list(String folder) {
        return List.copyOf(readAll(folder).keySet());
    }

    /**
     * Every file directly in {@code folder} (e.g. {@code "premise/queries"}), by file name,
     * sorted by name, read as UTF-8. An absent folder gives an empty map.
     */
    public SortedMap<String, String> readAll(String folder) {
        String relative = folder.replaceAll("^/+|/+$", "");
        try {
            if (root != null) return readUnder(root, relative);
            URL url = loader.getResource(relative);
            if (url == null) url = loader.getResource(relative + "/");
            if (url != null && "file".equals(url.getProtocol())) {
                return readDirectory(Path.of(url.toURI()));
            }
            if (url != null && "jar".equals(url.getProtocol())) {
                String spec = url.toString().substring("jar:".length());
                return readUnder(Path.of(new URI(spec.substring(0, spec.indexOf("!/")))), relative);
            }
            // Jars built without directory entries: look in the jar or folder holding this class.
            var codeSource = BundledResources.class.getProtectionDomain().getCodeSource();
            if (codeSource == null) return Collections.emptySortedMap();
            return readUnder(Path.of(codeSource.getLocation().toURI()), relative);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate bundled folder " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled folder " + folder, e);
        }
    }

    private static SortedMap<String, String> readUnder(Path root, String relative) throws IOException {
        if (Files.isDirectory(root)) return readDirectory(root.resolve(relative));
        if (!Files.isRegularFile(root)) return Collections.emptySortedMap();
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return readDirectory(jar.getPath("/" + relative));
        }
    }

    private static SortedMap<String, String> readDirectory(Path folder) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) return files;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(file)) {
                    String name = file.getFileName().toString().replaceAll("/$", "");
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
