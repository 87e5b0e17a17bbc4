package org.premise.rdf;

import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.FileLoader;
import com.apicatalog.jsonld.loader.HttpLoader;
import com.apicatalog.jsonld.loader.SchemeRouter;

/**
 * Whether JSON-LD input may have the documents it names fetched: a remote {@code @context}
 * ({@code "@context": "http://..."}, or {@code file:}) would make Premise call another host, or
 * read a file on its disk, because of what a data file or a request body says. Refused by
 * default; {@code --allow-remote-context} allows it for the whole process.
 * <p>
 * Jena parses JSON-LD with Titanium, which makes a fresh {@code JsonLdOptions} per parse whose
 * document loader is Titanium's shared {@link SchemeRouter#defaultInstance()}. Routing that
 * instance's schemes here, once, covers every JSON-LD parse in the process: {@code --data},
 * {@code load}, Graph Store uploads to the server, and {@code LOAD} when it is allowed. A context
 * written inline in the document needs no loader and always works.
 */
public final class RemoteContexts {
    private static volatile boolean allowed;

    /**
     * What went wrong with the last context this thread asked for. Titanium and Jena reword a
     * loader's error on the way out ("The document could not be loaded or parsed"), losing the
     * IRI; readers of a failed parse take the real reason from here.
     */
    private static final ThreadLocal<String> PROBLEM = new ThreadLocal<>();

    static {
        SchemeRouter router = (SchemeRouter) SchemeRouter.defaultInstance();
        Map<String, DocumentLoader> fetchers = Map.of("http", HttpLoader.defaultInstance(),
                "https", HttpLoader.defaultInstance(), "file", new FileLoader());
        fetchers.forEach((scheme, fetcher) -> router.set(scheme, new Gate(fetcher)));
    }

    private RemoteContexts() {}

    /** Installs the refusal (idempotent); every parser of JSON-LD calls this first. */
    public static void install() {
        // The work is in the static initialiser: calling this is what runs it.
    }

    /** Allows or refuses fetching remote contexts, for the whole process. */
    public static void allow(boolean allow) {
        allowed = allow;
    }

    /** Whether remote contexts are fetched. */
    public static boolean allowed() {
        return allowed;
    }

    /** Forgets any earlier problem: call before a parse. */
    public static void clearProblem() {
        PROBLEM.remove();
    }

    /**
     * Why the last remote context this thread asked for was not used (one line naming its IRI),
     * or null; the answer is forgotten once taken.
     */
    public static String takeProblem() {
        String problem = PROBLEM.get();
        PROBLEM.remove();
        return problem;
    }

    private static String reason(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException) return "connection refused";
            if (t instanceof java.net.http.HttpTimeoutException) return "timed out";
            if (t.getMessage() != null) message = t.getMessage();
            else if (message == null) message = t.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** A scheme's loader, behind the switch. */
    private record Gate(DocumentLoader fetcher) implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!allowed) {
                String problem = "its @context <" + url + "> is remote, and Premise fetches nothing a document names: "
                        + "write the context inline, or pass --allow-remote-context to fetch it";
                PROBLEM.set(problem);
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, problem);
            }
            try {
                return fetcher.loadDocument(url, options);
            } catch (JsonLdError | RuntimeException e) {
                PROBLEM.set("its remote @context <" + url + "> could not be loaded: " + reason(e));
                throw e;
            }
        }
    }
}
