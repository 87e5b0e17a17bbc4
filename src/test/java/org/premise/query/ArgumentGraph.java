package org.premise.query;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;

/** A tiny argument graph for query tests: c1 rests on p1 and a2, p1 on a1, c2 on a2. */
final class ArgumentGraph {
    static final String EX = "http://example.org/premise-test#";
    static final Path EXAMPLES = Path.of("src/test/resources/query-examples");
    static final Path FILES = Path.of("src/test/resources/query-files");

    private ArgumentGraph() {}

    static Dataset dataset() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ex", EX);
        m.setNsPrefix("rdfs", RDFS.getURI());
        Property dependsOn = m.createProperty(EX, "dependsOn");
        m.add(m.createResource(EX + "c1"), dependsOn, m.createResource(EX + "p1"));
        m.add(m.createResource(EX + "p1"), dependsOn, m.createResource(EX + "a1"));
        m.add(m.createResource(EX + "c1"), dependsOn, m.createResource(EX + "a2"));
        m.add(m.createResource(EX + "c2"), dependsOn, m.createResource(EX + "a2"));
        m.add(m.createResource(EX + "c1"), RDFS.label, "Conclusion one");
        m.add(m.createResource(EX + "a1"), RDFS.label, m.createLiteral("Assumption one", "en"));
        m.add(m.createResource(EX + "a2"), RDFS.label, " padded ");
        return DatasetFactory.create(m);
    }
}
