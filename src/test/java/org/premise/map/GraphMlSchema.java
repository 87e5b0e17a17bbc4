package org.premise.map;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The GraphML 1.0 schema in src/test/resources/graphml (see its README for where it comes
 * from), and validation against it with javax.xml.validation. The schema's import of
 * {@code xlink.xsd} is read from the same folder; nothing is fetched.
 */
final class GraphMlSchema {
    static final Path SCHEMA = Path.of("src/test/resources/graphml/graphml.xsd");
    private static Schema schema;

    private GraphMlSchema() {}

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            schema = factory.newSchema(new StreamSource(SCHEMA.toFile()));
        }
        return schema;
    }

    /** Every error and warning validating {@code xml} reports, as "line:column: message"; empty when it is valid. */
    static List<String> problems(String xml) throws SAXException, IOException {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": warning: " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // already reported to the handler
        }
        return problems;
    }
}
