package org.premise.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests no well-behaved client sends, as an attacker or a broken client would send them:
 * bytes that are not UTF-8 in a query string or a form, and a broken chunked body. Each got 500
 * (Jetty's "400: Bad query" or "Unable to parse form content" answered by Fuseki as a server
 * error; issue 10, finding 7); each is now 400 in one line, nothing is written, and the server
 * keeps answering.
 */
class MalformedRequestsTest {
    static PremiseServer server;
    static String host;

    @BeforeAll
    static void start() {
        server = SeedServers.start(SeedServers.testDefaults().withUpdate(true)
                .withLoad(new ServerOptions.Load(4096, 1 << 20, 16, ServerOptions.Load.DEFAULT.queueWait())));
        host = "127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static void assertOneLine(int status, String expected, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.head() + "\n" + answer.body());
        assertEquals(expected + "\n", answer.body());
    }

    private static RawHttp.Answer post(String path, String headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return RawHttp.sendBytes(server.port(), request.toByteArray());
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aQueryStringThatIsNotUtf8IsABadRequest() {
        for (String path : new String[] {"/premise/sparql?query=ASK%7B%7D%FF", "/premise/sparql?query=ASK%C3%28%7B%7D",
                "/premise/data?graph=%FF", "/queries/dependencies?statement=%FF", "/?x=%C3"}) {
            RawHttp.Answer answer = RawHttp.send(server.port(), "GET", path, host);
            assertOneLine(400, "malformed URL: the query string is not UTF-8 once its %-escapes are decoded", answer);
        }
        // UTF-8 escapes are fine: a literal é.
        RawHttp.Answer ok = RawHttp.send(server.port(), "GET", "/premise/sparql?query=ASK%7BFILTER(%22%C3%A9%22!=%22%22)%7D", host);
        assertEquals(200, ok.status(), ok.body());
    }

    @Test
    void aFormThatIsNotUtf8IsABadRequest() {
        String form = "Content-Type: application/x-www-form-urlencoded\r\n";
        for (byte[] body : new byte[][] {bytes("query=ASK%7B%7D%FF"), bytes("query=ASK{}\u00ff"),
                bytes("update=INSERT+DATA+{<urn:x:s>+<urn:x:p>+\"\u00ff\"}")}) {
            String path = new String(body, StandardCharsets.ISO_8859_1).startsWith("update") ? "/premise/update" : "/premise/sparql";
            RawHttp.Answer answer = post(path, form + "Content-Length: " + body.length + "\r\n", body);
            assertOneLine(400, "malformed form: Unable to parse form content (the form must be UTF-8 and %-escaped)", answer);
        }
        assertEquals(200, SeedServers.query(server, "ASK { <urn:x:s> ?p ?o }", "text/plain").statusCode());
        assertTrue(SeedServers.query(server, "ASK { <urn:x:s> ?p ?o }", "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void aBrokenChunkedBodyIsABadRequest() {
        String chunked = "Transfer-Encoding: chunked\r\n";
        String[][] cases = {
                {"/premise/sparql", "Content-Type: application/sparql-query\r\n", "zz\r\nASK{}\r\n0\r\n\r\n"},
                {"/premise/sparql", "Content-Type: application/x-www-form-urlencoded\r\n", "zz\r\nquery=ASK{}\r\n0\r\n\r\n"},
                {"/premise/update", "Content-Type: application/sparql-update\r\n",
                        "1g\r\nINSERT DATA { <urn:x:s> <urn:x:p> 1 }\r\n0\r\n\r\n"},
                {"/premise/data?graph=urn:x:g", "Content-Type: text/turtle\r\n", "-5\r\n<urn:x:s> <urn:x:p> 1 .\r\n0\r\n\r\n"},
        };
        for (String[] c : cases) {
            RawHttp.Answer answer = post(c[0], c[1] + chunked, bytes(c[2]));
            assertOneLine(400, "malformed request body: the chunked transfer encoding is broken", answer);
        }
        assertTrue(SeedServers.query(server, "ASK { <urn:x:s> ?p ?o }", "application/sparql-results+json").body().contains("false"),
                "nothing was written");
    }

    @Test
    void aWellFormedChunkedBodyIsAnsweredAndItsSizeIsLimitedAsAnyBody() {
        RawHttp.Answer ok = post("/premise/sparql", "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n"
                + "Accept: application/sparql-results+json\r\n", bytes("3\r\nASK\r\n2\r\n{}\r\n0\r\n\r\n"));
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.body().contains("true"), ok.body());

        // --max-query-bytes holds for a body that does not say its length as for one that does.
        String text = "ASK {" + " ".repeat(5000) + "}";
        RawHttp.Answer big = post("/premise/sparql", "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\n",
                bytes(Integer.toHexString(text.length()) + "\r\n" + text + "\r\n0\r\n\r\n"));
        assertOneLine(413, "a query or update of more than 4096 bytes is over the limit of 4096 (--max-query-bytes)", big);
    }
}
