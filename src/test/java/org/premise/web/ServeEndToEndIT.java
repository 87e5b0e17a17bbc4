package org.premise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.premise.cli.Cli;

/**
 * Issue 4's "done when", end to end on the packaged jar: {@code bin/premise serve} answers
 * {@code dependencies} through curl and through an independent SPARQL client, refuses an
 * update and a SERVICE query, shows its web page in headless Chromium, and stops cleanly on
 * SIGTERM. Run by failsafe after {@code package} (part of {@code mvn verify}).
 */
class ServeEndToEndIT {
    static Process server;
    static String base;
    static Thread drain;
    static final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = new ProcessBuilder("bin/premise", "serve", "--port", "0").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (base == null && (line = out.readLine()) != null) {
            printed.add(line);
            if (line.startsWith("Web page: ")) base = line.substring("Web page: ".length()).replaceAll("/$", "");
            if (System.currentTimeMillis() > deadline) break;
        }
        if (base == null) fail("bin/premise serve printed no URL: " + printed);
        drain = new Thread(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null) {
                    synchronized (printed) {
                        printed.add(l);
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server == null) return;
        server.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the output we still read
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        assertEquals(0, server.exitValue(), "serve exits 0 on SIGTERM");
        drain.join(10_000);
        synchronized (printed) {
            assertTrue(printed.contains("Stopped."), printed.toString());
        }
    }

    private static List<String> curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-S"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "curl failed: " + output);
        return output.lines().toList();
    }

    private static Set<String> cliRows() {
        Cli.Run cli = Cli.run("query", "dependencies", "--format", "tsv");
        assertEquals(0, cli.exit(), cli.err());
        return new TreeSet<>(cli.rowsAfterHeader());
    }

    @Test
    void curlGetsTheDependencies() throws Exception {
        List<String> lines = curl("-H", "Accept: text/tab-separated-values",
                "--data-urlencode", "query@queries/dependencies.rq", base + "/premise/sparql");
        assertEquals("?conclusion\t?assumption", lines.get(0));
        assertEquals(cliRows(), new TreeSet<>(lines.subList(1, lines.size())));
    }

    @Test
    void curlGetsEachStandardResultFormat() throws Exception {
        String select = "query=SELECT ?s WHERE { ?s a <https://w3id.org/premise/ontology#Conclusion> }";
        String construct = "query=CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5";
        String[][] cases = {
                {select, "application/sparql-results+json"}, {select, "application/sparql-results+xml"},
                {select, "text/csv"}, {select, "text/tab-separated-values"},
                {construct, "text/turtle"}, {construct, "application/n-triples"}, {construct, "application/ld+json"}};
        for (String[] c : cases) {
            List<String> lines = curl("-o", "/dev/null", "-w", "%{http_code} %{content_type}", "-H", "Accept: " + c[1],
                    "--data-urlencode", c[0], base + "/premise/sparql");
            assertTrue(lines.get(0).startsWith("200 " + c[1]), c[1] + " answered " + lines);
        }
    }

    @Test
    void thereIsNoAdminApi() throws Exception {
        for (String path : new String[] {"/$/datasets", "/$/server", "/$/stats"}) {
            List<String> status = curl("-o", "/dev/null", "-w", "%{http_code}", base + path);
            assertEquals(List.of("404"), status, path);
        }
    }

    @Test
    void anUpdateIsRefused() throws Exception {
        List<String> status = curl("-o", "/dev/null", "-w", "%{http_code}",
                "--data-urlencode", "update=INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", base + "/premise/update");
        assertEquals(List.of("403"), status);
    }

    @Test
    void aServiceQueryIsRefused() throws Exception {
        List<String> status = curl("-o", "/dev/null", "-w", "%{http_code}",
                "--data-urlencode", "query=SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", base + "/premise/sparql");
        int code = Integer.parseInt(status.get(0));
        assertTrue(code >= 400 && code < 500, "SERVICE answered " + code);
    }

    @Test
    void anIndependentClientGetsTheDependencies() throws Exception {
        NodeTools.require(false, "@comunica/query-sparql");
        NodeTools.Run run = NodeTools.node("sparql-client-check.mjs", base + "/premise/sparql",
                Path.of("queries/dependencies.rq").toAbsolutePath().toString());
        assertEquals(0, run.exit(), run.output());
        List<String> lines = run.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(cliRows(), new TreeSet<>(lines.subList(1, lines.size())));
    }

    @Test
    void theWebPageWorksInHeadlessChromium() throws Exception {
        NodeTools.require(true, "playwright-core");
        Path screenshot = Path.of("target/screenshots/premise-serve.png").toAbsolutePath();
        NodeTools.Run run = NodeTools.node("browser-check.mjs", base + "/", screenshot.toString());
        assertEquals(0, run.exit(), run.output());
        NodeTools.assertPrinted(run, "PASS");
    }
}
