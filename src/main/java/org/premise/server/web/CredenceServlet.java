package org.premise.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.premise.BadInputException;
import org.premise.report.CredenceSettings;

/**
 * {@code GET /premise/credence?credence=KEY=P&key=KEY&retract=KEY&assume=KEY...}: how likely the
 * served knowledge base's conclusions are, exactly the JSON {@code premise credence --format json}
 * prints for the same arguments (the same report, computed by {@link CredenceSettings#report}).
 * Nothing is changed. The work is bounded server-side: a request may lower the exact limit
 * and the samples, never raise them past {@value #MAX_EXACT_LIMIT} nodes and
 * {@value #MAX_SAMPLES} worlds. An unknown key, a credence outside [0, 1] or a malformed
 * number is 400 with one line, as on the command line.
 */
final class CredenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The largest decision diagram a request may ask for (the command line's default). */
    static final long MAX_EXACT_LIMIT = 100_000;

    /** The most worlds a request may sample. */
    static final int MAX_SAMPLES = 100_000;

    private static final int MAX_TOP = 50;

    private final transient ServedAnalysis analysis;

    CredenceServlet(ServedAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try {
            Parameters parameters = Parameters.of(request,
                    Set.of("credence", "key", "retract", "assume", "top", "exact-limit", "samples", "seed"));
            long exactLimit = number(parameters, "exact-limit", MAX_EXACT_LIMIT, 0, MAX_EXACT_LIMIT);
            int samples = (int) number(parameters, "samples", 10_000, 1, MAX_SAMPLES);
            int top = (int) number(parameters, "top", 5, 0, MAX_TOP);
            long seed = number(parameters, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
            CredenceSettings settings = new CredenceSettings(parameters.all("credence"), java.util.List.of(), exactLimit,
                    samples, seed);
            body = analysis.read(ws -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                settings.report(ws, parameters.all("key"), top, parameters.all("retract"), parameters.all("assume"),
                        note -> { }).write("json", out);
                return out.toByteArray();
            });
        } catch (BadInputException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.toUserMessage());
            return;
        }
        Responses.send(response, HttpServletResponse.SC_OK, "application/json", body);
    }

    private static long number(Parameters parameters, String name, long otherwise, long least, long most) {
        String text = parameters.one(name);
        if (text == null) return otherwise;
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInputException("parameter " + name + ": \"" + text + "\" is not a whole number");
        }
        if (value < least || value > most) {
            throw new BadInputException("parameter " + name + ": " + value + " is outside [" + least + ", " + most
                    + "], the most this server computes");
        }
        return value;
    }
}
