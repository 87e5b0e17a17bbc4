package org.premise.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request body read in full by {@link RequestGuard} before any endpoint sees it, and the
 * request that serves it to the endpoint. The guard reads a body this way when the request
 * does not say its length (chunked), so that its size limit holds and a broken chunk is the
 * client's 400 rather than the endpoint's 500, and when it is a form, which the guard decodes
 * itself, strictly: UTF-8 once the {@code %}-escapes are decoded (Jetty's decoder failed inside
 * Fuseki, which answered 500). A body over {@link #MEMORY_LIMIT} is kept in a temporary file.
 */
final class ReadBody implements AutoCloseable {
    /** A body larger than this is spooled to a temporary file instead of the heap. */
    static final int MEMORY_LIMIT = 1 << 20;

    /** Why a body could not be read: the client's fault, answered with {@code status}. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final byte[] bytes;
    private final Path file;
    private final long length;

    private ReadBody(byte[] bytes, Path file, long length) {
        this.bytes = bytes;
        this.file = file;
        this.length = length;
    }

    /**
     * Reads a request's body, at most {@code limit} bytes.
     *
     * @param tooLarge the refusal (413) when the body is longer than the limit
     * @throws Refused 400 when the body cannot be read (a broken chunked encoding), 413 when too large
     */
    static ReadBody read(HttpServletRequest request, long limit, String tooLarge) throws Refused {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        Path file = null;
        OutputStream spool = memory;
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > limit) throw new Refused(413, tooLarge);
                if (file == null && total > MEMORY_LIMIT) {
                    file = Files.createTempFile("premise-request-", ".body");
                    spool = Files.newOutputStream(file);
                    memory.writeTo(spool);
                    memory = null;
                }
                spool.write(buffer, 0, n);
            }
            if (file != null) spool.close();
            return file == null ? new ReadBody(memory.toByteArray(), null, total) : new ReadBody(null, file, total);
        } catch (IOException | RuntimeException e) {
            // Jetty fails the read of a malformed chunked body (a size that is not hexadecimal, a
            // missing CRLF) with an IOException or its BadMessageException.
            deleteQuietly(file, spool);
            boolean chunked = request.getContentLengthLong() < 0;
            throw new Refused(400, chunked ? "malformed request body: the chunked transfer encoding is broken"
                    : "malformed request body: it ended before its Content-Length");
        } catch (Refused e) {
            deleteQuietly(file, spool);
            throw e;
        }
    }

    private static void deleteQuietly(Path file, OutputStream spool) {
        if (file == null) return;
        try {
            spool.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is only disk space.
        }
    }

    long length() {
        return length;
    }

    InputStream open() {
        try {
            return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is only disk space.
        }
    }

    /**
     * The parameters of a URL query string or a form body ({@code application/x-www-form-urlencoded}),
     * decoded strictly: names and values are UTF-8 once {@code +} and the {@code %}-escapes are
     * decoded; null if they are not (or an escape is malformed).
     */
    static Map<String, List<String>> decodeForm(byte[] form) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        int start = 0;
        while (start <= form.length) {
            int end = indexOf(form, (byte) '&', start);
            if (end > start) {
                int eq = indexOf(form, (byte) '=', start);
                int nameEnd = eq >= 0 && eq < end ? eq : end;
                String name = decodeComponent(form, start, nameEnd);
                String value = nameEnd < end ? decodeComponent(form, nameEnd + 1, end) : "";
                if (name == null || value == null) return null;
                params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        return params;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
        return bytes.length;
    }

    private static String decodeComponent(byte[] form, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = form[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                int hi = i + 2 < to ? Character.digit(form[i + 1], 16) : -1;
                int lo = i + 2 < to ? Character.digit(form[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) return null;
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(b);
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether a URL query string decodes to UTF-8 (its characters beyond ASCII are taken as already decoded). */
    static boolean utf8QueryString(String query) {
        return decodeForm(query.getBytes(StandardCharsets.UTF_8)) != null;
    }

    /**
     * The request as the endpoints see it: the body read here, and, for a form, the parameters
     * decoded here (of the query string, then of the body, as the Servlet API orders them).
     */
    HttpServletRequest wrap(HttpServletRequest request, Map<String, List<String>> formParameters) {
        Map<String, String[]> parameters;
        if (formParameters == null) {
            parameters = null;
        } else {
            Map<String, List<String>> all = new LinkedHashMap<>();
            String query = request.getQueryString();
            if (query != null) decodeForm(query.getBytes(StandardCharsets.UTF_8)).forEach((k, v) -> all.put(k, new ArrayList<>(v)));
            formParameters.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            Map<String, String[]> arrays = new LinkedHashMap<>();
            all.forEach((k, v) -> arrays.put(k, v.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(arrays);
        }
        return new HttpServletRequestWrapper(request) {
            private final InputStream in = open();

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    private boolean finished;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        finished = b < 0;
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        finished = n < 0;
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return finished;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new IllegalStateException("the body was read already; read it blocking");
                    }
                };
            }

            @Override
            public java.io.BufferedReader getReader() {
                String charset = request.getCharacterEncoding();
                return new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
            }

            @Override
            public int getContentLength() {
                return length > Integer.MAX_VALUE ? -1 : (int) length;
            }

            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public String getParameter(String name) {
                if (parameters == null) return super.getParameter(name);
                String[] values = parameters.get(name);
                return values == null ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return parameters == null ? super.getParameterMap() : parameters;
            }

            @Override
            public java.util.Enumeration<String> getParameterNames() {
                return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                if (parameters == null) return super.getParameterValues(name);
                String[] values = parameters.get(name);
                return values == null ? null : values.clone();
            }
        };
    }

    /** The whole body, for a form (always within the query limit, so in memory). */
    byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
