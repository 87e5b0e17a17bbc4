package org.premise.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Every quad of a store as sorted N-Quads lines: equal snapshots mean the same store contents. */
public final class StoreSnapshot {
    private StoreSnapshot() {}

    public static List<String> of(Path dir) {
        // Straight through TDB2, not Store: a snapshot is taken of databases Store refuses too.
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            return Txn.calculateRead(store, () -> {
                List<String> lines = new ArrayList<>();
                store.find().forEachRemaining(q -> lines.add(NodeFmtLib.strNQ(q)));
                lines.sort(null);
                return lines;
            });
        } finally {
            TDBInternal.expel(store);
        }
    }
}
