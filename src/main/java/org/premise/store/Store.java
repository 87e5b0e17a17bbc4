package org.premise.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.premise.BadInputException;
import org.premise.kb.DatasetLayout;
import org.premise.kb.DerivationGraph;
import org.premise.rdf.Vocab;

/**
 * A Premise store: a TDB2 database in a folder, holding the knowledge base as named graphs
 * ({@link DatasetLayout} says which is which). {@code graph:ontology} is a copy of the ontology,
 * {@code graph:source/<file name>} one graph per loaded source, {@code graph:links/<name>} one
 * graph per link set (and any other named graph, such as one a client wrote through
 * {@code serve --update}, is a source too), {@code graph:inferred} and {@code graph:analysis}
 * what the rules and the analysis derived from them (rewritten by every load), and
 * {@code graph:derivation} the transitive predicates whose closure pairs {@code graph:inferred}
 * leaves out (only their base edges are stored; readers re-close them) and the fingerprints of
 * what the derived graphs were derived with ({@link DerivationGraph}); the default graph stays
 * empty.
 * <p>
 * A TDB2 database without {@code graph:ontology} and {@code graph:derivation} (which every load
 * writes) is not a store unless it is empty, and is refused.
 * <p>
 * A TDB2 dataset may only be touched inside transactions. One process at a time may open a
 * store folder; {@link #release} closes it so that the folder can be opened again.
 */
public final class Store {
    private Store() {}

    /** The prefix of every source graph's IRI. */
    public static final String SOURCE_GRAPH_PREFIX = Vocab.GRAPH + "source/";

    /** Whether a folder holds a TDB2 database. */
    public static boolean isStore(Path dir) {
        return Files.isDirectory(dir) && DatabaseOps.findStorageLocation(dir) != null;
    }

    /**
     * Opens the store in a folder, creating it if the folder is absent or empty. A folder
     * with other content, or one another process has open, is refused with a
     * {@link BadInputException}.
     */
    public static DatasetGraph open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), -1, -1, "not a Premise store: it is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !isStore(dir) && !isEmptyFolder(dir)) {
            throw new BadInputException(dir.toString(), -1, -1,
                    "not a Premise store: the folder holds other files and no TDB2 database");
        }
        if (Files.isDirectory(dir) && !ReadOnlyCopy.writable(dir)) throw cannotWrite(dir);
        return premiseLayout(dir, connect(dir));
    }

    /**
     * Opens a store that must already exist, to read and write it; refuses anything else, and
     * a store in a folder this process cannot write to.
     */
    public static DatasetGraph openExisting(Path dir) {
        requireStore(dir);
        if (!ReadOnlyCopy.writable(dir)) throw cannotWrite(dir);
        return premiseLayout(dir, connect(dir));
    }

    /**
     * Opens a store that must already exist, only to read it. TDB2 writes to every folder it
     * opens (its lock file, its journal), even to read: a store in a folder this process cannot
     * write to (a read-only mount, another user's store) is copied to a temporary folder, which
     * is read instead and deleted by {@link #release}, and {@code note} is told so in one line.
     */
    public static DatasetGraph openForReading(Path dir, Consumer<String> note) {
        requireStore(dir);
        if (ReadOnlyCopy.writable(dir)) return premiseLayout(dir, connect(dir));
        note.accept(dir + ": the folder is read-only and TDB2 writes to every folder it opens; "
                + "reading a copy in a temporary folder");
        Path copy = ReadOnlyCopy.make(dir);
        try {
            DatasetGraph store = connect(copy);
            ReadOnlyCopy.opened(store, copy);
            return premiseLayout(dir, store);
        } catch (RuntimeException e) {
            ReadOnlyCopy.delete(copy);
            throw e;
        }
    }

    private static void requireStore(Path dir) {
        if (!Files.exists(dir)) throw new BadInputException(dir.toString(), -1, -1, "no such store (make one with 'premise load --store')");
        if (!isStore(dir)) throw new BadInputException(dir.toString(), -1, -1, "not a Premise store: no TDB2 database in this folder");
    }

    private static BadInputException cannotWrite(Path dir) {
        return new BadInputException(dir.toString(), -1, -1,
                "cannot write to the store: the folder is read-only for this process (reading commands can still read it)");
    }

    /**
     * Returns an open database if it is a Premise store: empty (a new store), or holding the
     * graphs every {@code premise load} writes ({@code graph:ontology}, {@code graph:derivation}).
     * Else it is released and refused: a TDB2 database another tool made (such as
     * {@code tdb2.tdbloader}, which puts triples in the default graph) would read as an empty
     * store, its default graph is not a source in Premise's layout ({@link DatasetLayout}; served,
     * the default graph is the union of the named graphs), and a load would mix Premise's graphs
     * into a database the other tool still uses.
     */
    private static DatasetGraph premiseLayout(Path dir, DatasetGraph store) {
        String missing = Txn.calculateRead(store, () -> {
            if (store.isEmpty() || store.containsGraph(Vocab.ONTOLOGY_GRAPH) || store.containsGraph(Vocab.DERIVATION_GRAPH)) {
                return null;
            }
            return store.getDefaultGraph().isEmpty() ? ""
                    : "; its triples are in the default graph, which Premise never reads as a source";
        });
        if (missing == null) return store;
        release(store);
        throw new BadInputException(dir.toString(), -1, -1, "not a Premise store: a TDB2 database made by another tool "
                + "(such as tdb2.tdbloader), without the graphs 'premise load' writes (graph:ontology, graph:derivation)"
                + missing + "; make a Premise store from its data with 'premise load --store NEW_DIR FILE...' "
                + "('tdb2.tdbdump --loc " + dir + "' writes the data out as N-Quads)");
    }

    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (DBOpEnvException e) {
            // TDB2 allows one process per folder; its lock file (tdb.lock) names the holder.
            String why = e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")
                    ? "the store is in use by another process (" + e.getMessage() + ")"
                    : "cannot open the store: " + e.getMessage();
            throw new BadInputException(dir.toString(), -1, -1, why, e);
        }
    }

    /**
     * Closes a store this program opened, so that the folder can be opened again (by this
     * process or another). Call it only when no transaction is active.
     */
    public static void release(DatasetGraph store) {
        TDBInternal.expel(store);
        ReadOnlyCopy.released(store);
    }

    /**
     * Copies the source graphs of an open store into memory, by named-graph IRI, sorted by
     * IRI. Must be called inside a transaction on the store.
     */
    public static Map<Node, Graph> sources(DatasetGraph store) {
        Map<Node, Graph> sources = new LinkedHashMap<>();
        for (Node name : DatasetLayout.sourceGraphs(store)) sources.put(name, copy(store, name));
        return sources;
    }

    /** A copy in memory of one named graph of an open store (empty if absent); call inside a transaction on it. */
    public static Graph copy(DatasetGraph store, Node graphName) {
        Graph copy = GraphFactory.createDefaultGraph();
        store.find(graphName, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
        return copy;
    }

    /** Reads the source graphs of an existing store in one read transaction, then closes it. */
    public static Map<Node, Graph> readSources(Path dir) {
        DatasetGraph store = openForReading(dir, note -> {});
        try {
            return Txn.calculateRead(store, () -> sources(store));
        } finally {
            release(store);
        }
    }

    public static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), -1, -1, "cannot read the folder: " + e.getMessage());
        }
    }
}
