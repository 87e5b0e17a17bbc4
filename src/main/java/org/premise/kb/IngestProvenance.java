package org.premise.kb;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.premise.rdf.Vocab;

/**
 * The PROV-O record {@code premise ingest} adds to a document's named graph: the document was
 * derived from a source file (named, with the SHA-256 of its bytes) and generated, at the time
 * it was read, by an ingest activity that used that file (and its {@code .keys} file, if any).
 */
public final class IngestProvenance {
    private IngestProvenance() {}

    /** The file's IRI in the record: {@code doc:<name>/source}, or {@code doc:<name>/keys} for its keys. */
    static Node fileEntity(Node document, String role) {
        return NodeFactory.createURI(document.getURI() + "/" + role);
    }

    /**
     * Adds the record for one document.
     *
     * @param keysFile the {@code .keys} file read with it and its bytes, or null
     */
    public static void add(Graph g, Node document, Path file, byte[] bytes, Path keysFile, byte[] keysBytes, Instant readAt) {
        Node time = NodeFactory.createLiteralDT(readAt.truncatedTo(ChronoUnit.MILLIS).toString(), XSDDatatype.XSDdateTime);
        Node activity = NodeFactory.createURI(document.getURI() + "/ingest");
        g.add(document, Vocab.rdfType, Vocab.provEntity);
        g.add(document, Vocab.provGeneratedAtTime, time);
        g.add(document, Vocab.provWasGeneratedBy, activity);
        g.add(activity, Vocab.rdfType, Vocab.provActivity);
        g.add(activity, Vocab.rdfsLabel, NodeFactory.createLiteralLang("premise ingest", "en"));
        g.add(activity, Vocab.provStartedAtTime, time);
        Node source = fileEntity(document, "source");
        describeFile(g, source, file, bytes);
        g.add(document, Vocab.provWasDerivedFrom, source);
        g.add(activity, Vocab.provUsed, source);
        if (keysFile != null) {
            Node keys = fileEntity(document, "keys");
            describeFile(g, keys, keysFile, keysBytes);
            g.add(document, Vocab.provWasDerivedFrom, keys);
            g.add(activity, Vocab.provUsed, keys);
        }
    }

    private static void describeFile(Graph g, Node entity, Path file, byte[] bytes) {
        Node name = NodeFactory.createLiteralString(file.getFileName().toString());
        g.add(entity, Vocab.rdfType, Vocab.provEntity);
        g.add(entity, Vocab.dctermsIdentifier, name);
        g.add(entity, Vocab.schemaName, name);
        g.add(entity, Vocab.sha256, NodeFactory.createLiteralDT(sha256(bytes), XSDDatatype.XSDhexBinary));
    }

    /** The SHA-256 of some bytes, in lower-case hexadecimal. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
