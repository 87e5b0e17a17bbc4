package org.premise.reason.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ICCMA apx framework (arg(a). att(a,b).) and its reference extension files. */
record AbstractFramework(List<String> arguments, List<String[]> attacks) {
    private static final Pattern ARG = Pattern.compile("^\\s*arg\\(\\s*([^)\\s]+)\\s*\\)\\.\\s*$");
    private static final Pattern ATT = Pattern.compile("^\\s*att\\(\\s*([^,\\s]+)\\s*,\\s*([^)\\s]+)\\s*\\)\\.\\s*$");

    static AbstractFramework read(Path apx) throws IOException {
        List<String> args = new ArrayList<>();
        List<String[]> atts = new ArrayList<>();
        int line = 0;
        for (String text : Files.readAllLines(apx)) {
            line++;
            if (text.isBlank() || text.startsWith("%")) {
                continue;
            }
            Matcher m = ARG.matcher(text);
            Matcher a = ATT.matcher(text);
            if (m.matches()) {
                args.add(m.group(1));
            } else if (a.matches()) {
                atts.add(new String[] {a.group(1), a.group(2)});
            } else {
                throw new IOException(apx + ":" + line + ": expected arg(x). or att(x,y). but got: " + text);
            }
        }
        return new AbstractFramework(args, atts);
    }

    /** Every argument a leaf, every attack an undercut. */
    ArgumentGraph toGraph() {
        ArgumentGraph.Builder b = ArgumentGraph.builder();
        arguments.forEach(b::leaf);
        for (String[] att : attacks) {
            b.undercut(att[0], att[1]);
        }
        return b.build();
    }

    /** Parses [[a,b],[],[c]] into a set of sets. */
    static Set<Set<String>> readExtensions(Path file) throws IOException {
        String text = Files.readString(file).replaceAll("\\s", "");
        if (!text.startsWith("[") || !text.endsWith("]")) {
            throw new IOException(file + ": expected [[...],...] but got: " + text);
        }
        Set<Set<String>> out = new HashSet<>();
        Matcher m = Pattern.compile("\\[([^\\[\\]]*)\\]").matcher(text.substring(1, text.length() - 1));
        while (m.find()) {
            Set<String> ext = new TreeSet<>();
            for (String a : m.group(1).split(",")) {
                if (!a.isEmpty()) {
                    ext.add(a);
                }
            }
            out.add(ext);
        }
        return out;
    }

    /** All complete extensions by brute force over subsets: conflict-free and exactly what it defends. */
    Set<Set<String>> completeExtensionsByBruteForce() {
        int n = arguments.size();
        if (n > 20) {
            throw new IllegalStateException("too many arguments for brute force: " + n);
        }
        boolean[][] att = new boolean[n][n];
        for (String[] a : attacks) {
            att[arguments.indexOf(a[0])][arguments.indexOf(a[1])] = true;
        }
        Set<Set<String>> out = new HashSet<>();
        for (int mask = 0; mask < (1 << n); mask++) {
            boolean ok = true;
            for (int x = 0; x < n && ok; x++) {
                for (int y = 0; y < n && ok; y++) {
                    ok = !(in(mask, x) && in(mask, y) && att[x][y]);
                }
            }
            for (int x = 0; x < n && ok; x++) {
                boolean defended = true;
                for (int y = 0; y < n; y++) {
                    if (att[y][x]) {
                        boolean counter = false;
                        for (int z = 0; z < n; z++) {
                            counter |= in(mask, z) && att[z][y];
                        }
                        defended &= counter;
                    }
                }
                ok = defended == in(mask, x);
            }
            if (ok) {
                Set<String> ext = new TreeSet<>();
                for (int x = 0; x < n; x++) {
                    if (in(mask, x)) {
                        ext.add(arguments.get(x));
                    }
                }
                out.add(ext);
            }
        }
        return out;
    }

    private static boolean in(int mask, int x) {
        return (mask & (1 << x)) != 0;
    }
}
