package org.premise.server;

import java.io.IOException;
import java.io.PrintStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One line per request ({@code --log-requests}): method, path, status and time taken.
 * Fuseki's own request logging is turned down (simplelogger.properties) so the command
 * line stays quiet; this is the short form of it, written where the user asked.
 */
final class RequestLog implements Filter {
    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                out.printf("%s %s%s -> %d (%d ms)%n", http.getMethod(), http.getRequestURI(),
                        http.getQueryString() == null ? "" : "?" + abbreviate(http.getQueryString()), answer.getStatus(), ms);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
