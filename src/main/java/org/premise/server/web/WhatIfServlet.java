package org.premise.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.premise.BadInputException;
import org.premise.report.WhatIfReport;

/**
 * {@code GET /premise/whatif?retract=KEY&assume=KEY...}: the what-if of the served knowledge
 * base, exactly the JSON {@code premise whatif --format json} prints for the same change (the
 * same {@link WhatIfReport}). Nothing is changed. An unknown key is 400 with the closest keys,
 * as on the command line; so are a statement that is not in the argument graph, an unknown
 * parameter and a request without a change.
 */
final class WhatIfServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ServedAnalysis analysis;

    WhatIfServlet(ServedAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try {
            Parameters parameters = Parameters.of(request, Set.of("retract", "assume"));
            List<String> retract = parameters.all("retract");
            List<String> assume = parameters.all("assume");
            if (retract.isEmpty() && assume.isEmpty()) {
                throw new BadInputException("nothing to compare: give retract=KEY or assume=KEY (repeatable)");
            }
            body = analysis.read(ws -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                WhatIfReport.of(ws, retract, assume).write("json", out);
                return out.toByteArray();
            });
        } catch (BadInputException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", body);
    }
}
