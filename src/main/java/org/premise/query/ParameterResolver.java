package org.premise.query;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.premise.BadInputException;

/**
 * Turns the text a user gave for a query parameter ({@code --param statement=ex:s1}) into the
 * RDF term bound to the variable. Callers may supply their own (e.g. one that accepts
 * statement keys) and fall back to {@link #standard(PrefixMapping)}.
 */
@FunctionalInterface
public interface ParameterResolver {

    /**
     * The term for {@code value}, given for the parameter {@code parameter} (no {@code ?}).
     *
     * @throws BadInputException when the value cannot be read
     */
    Node resolve(String parameter, String value);

    /**
     * The default reading, following SPARQL's own term syntax where it applies:
     * {@code <iri>} is an IRI; {@code prefix:local} with a prefix known to {@code prefixes} is
     * an IRI; a quoted literal ({@code "text"}, {@code "text"@en}, {@code "1"^^xsd:int}) is
     * that literal; an integer or decimal number is an {@code xsd:integer} or
     * {@code xsd:decimal}; {@code true}/{@code false} are {@code xsd:boolean}; anything else is
     * a plain string literal.
     */
    static ParameterResolver standard(PrefixMapping prefixes) {
        PrefixMap prefixMap = PrefixMapFactory.create(prefixes);
        Pattern integer = Pattern.compile("[+-]?\\d+");
        Pattern decimal = Pattern.compile("[+-]?\\d*\\.\\d+");
        Pattern prefixedName = Pattern.compile("([A-Za-z][\\w.-]*)?:[^\\s<>\"]*");
        return (parameter, value) -> {
            String v = value.strip();
            if (v.startsWith("<") && v.endsWith(">") && v.length() > 2) {
                return NodeFactory.createURI(v.substring(1, v.length() - 1));
            }
            if (v.startsWith("\"") || v.startsWith("'")) {
                try {
                    Node node = NodeFactoryExtra.parseNode(v, prefixMap);
                    if (node.isLiteral()) return node;
                } catch (RiotException e) {
                    throw new BadInputException("--param " + parameter + ": cannot read " + value
                            + " as an RDF literal (" + e.getMessage() + ")");
                } catch (RuntimeException e) {
                    // Jena's tokenizer fails this way on a literal cut short after ^^ (it cannot format its own message).
                    throw new BadInputException("--param " + parameter + ": cannot read " + value + " as an RDF literal");
                }
            }
            if (integer.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
            if (decimal.matcher(v).matches()) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
            if (v.equals("true") || v.equals("false")) return NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
            if (prefixedName.matcher(v).matches()) {
                String prefix = v.substring(0, v.indexOf(':'));
                if (prefixes.getNsPrefixURI(prefix) != null) return NodeFactory.createURI(prefixes.expandPrefix(v));
            }
            return NodeFactory.createLiteralString(value);
        };
    }
}
