package org.premise.server.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.premise.BadInputException;
import org.premise.report.StatementReport;

/**
 * {@code GET /premise/statement?key=KEY}: what the explorer's side panel shows for one
 * statement or open question ({@link StatementReport}): text, appearances, status, support
 * sets, linchpins, smallest defeat sets and the rules' derivations. A key may also be a
 * prefixed name or an IRI; an unknown one is 400 with the closest keys.
 */
final class StatementServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ServedAnalysis analysis;

    StatementServlet(ServedAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json;
        try {
            String key = Parameters.of(request, Set.of("key")).required("key", "key=models-capable");
            json = analysis.read(ws -> JSON.toString(StatementReport.json(ws, key)));
        } catch (BadInputException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", (json + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
