package dev.quizgen.export;

import javax.xml.validation.Schema;
import org.xml.sax.SAXException;

/** The QTI 2.1 and IMS CP schemas, compiled once per test run (a compiled Schema is immutable). */
final class QtiSchemas {
    static final Schema QTI = compile("qti21/qtiv2p1/imsqti_v2p1.xsd");
    static final Schema CP = compile("qti21/imscp_v1p1.xsd");

    private QtiSchemas() {
    }

    private static Schema compile(String path) {
        try {
            return ValidatorsTest.schema(path);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + path + ": " + e.getMessage(), e);
        }
    }
}
