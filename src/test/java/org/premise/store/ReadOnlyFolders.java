package org.premise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a folder read-only for this process, in a way that holds for root too: root ignores
 * permission bits, so as root the folder is made immutable ({@code chattr +i}, which refuses
 * every write, root's included); as another user its write permissions are removed.
 */
final class ReadOnlyFolders {
    private ReadOnlyFolders() {}

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    /** Makes the folder and everything in it read-only; false if this machine cannot (no chattr, no capability). */
    static boolean makeReadOnly(Path dir) throws IOException, InterruptedException {
        if (ROOT) return chattr("+i", dir) && !Files.isWritable(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                perms.removeAll(List.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE));
                Files.setPosixFilePermissions(p, perms);
            }
        }
        return !Files.isWritable(dir);
    }

    /** Undoes {@link #makeReadOnly}, so that the test's temporary folder can be deleted. */
    static void makeWritable(Path dir) throws IOException, InterruptedException {
        if (!Files.exists(dir)) return;
        if (ROOT) {
            chattr("-i", dir);
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                perms.add(PosixFilePermission.OWNER_WRITE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private static boolean chattr(String flag, Path dir) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", "-R", flag, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }
}
