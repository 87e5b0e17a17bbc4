package org.premise.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.premise.query.ArgumentGraph.EX;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.premise.BadInputException;

class ParameterResolverTest {
    private final ParameterResolver standard = ParameterResolver.standard(
            PrefixMapping.Factory.create().setNsPrefix("ex", EX).setNsPrefixes(PrefixMapping.Standard));

    @Test
    void readsIrisPrefixedNamesAndLiterals() {
        assertEquals(NodeFactory.createURI("http://x.org/a"), read("<http://x.org/a>"));
        assertEquals(NodeFactory.createURI(EX + "s1"), read("ex:s1"));
        assertEquals(NodeFactory.createLiteralString("text"), read("\"text\""));
        assertEquals(NodeFactory.createLiteralLang("text", "en"), read("\"text\"@en"));
        assertEquals(NodeFactory.createLiteralDT("1", XSDDatatype.XSDint), read("\"1\"^^xsd:int"));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), read("42"));
        assertEquals(NodeFactory.createLiteralDT("-0.5", XSDDatatype.XSDdecimal), read("-0.5"));
        assertEquals(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean), read("true"));
    }

    @Test
    void anythingElseIsAPlainString() {
        assertEquals(NodeFactory.createLiteralString("unknown:prefix"), read("unknown:prefix"));
        assertEquals(NodeFactory.createLiteralString("two words"), read("two words"));
    }

    @Test
    void badLiteralIsAnError() {
        BadInputException e = assertThrows(BadInputException.class, () -> read("\"unterminated"));
        assertEquals(true, e.getMessage().startsWith("--param p: cannot read \"unterminated as an RDF literal"));
    }

    @Test
    void paramArgumentsSplitAtTheFirstEquals() {
        assertEquals(Map.of("statement", "ex:s1", "expr", "a=b"),
                ParameterArguments.parse(List.of("?statement=ex:s1", "expr=a=b")));
        assertThrows(BadInputException.class, () -> ParameterArguments.parse(List.of("novalue")));
        assertThrows(BadInputException.class, () -> ParameterArguments.parse(List.of("a=1", "a=2")));
    }

    private Node read(String value) { return standard.resolve("p", value); }
}
