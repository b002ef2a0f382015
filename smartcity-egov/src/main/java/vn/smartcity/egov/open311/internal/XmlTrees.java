package vn.smartcity.egov.open311.internal;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.open311.GeoReportFormatException;

/**
 * Reads a GeoReport v2 XML document into a {@link Node} tree with the JDK's own StAX parser,
 * hardened: a document with a DTD ({@code <!DOCTYPE ...>}) or an entity reference is refused
 * before anything is resolved, so neither external entities (XXE) nor entity expansion can happen.
 * Namespaces are ignored (the specification allows the default namespace {@code
 * http://wiki.open311.org/GeoReport_v2}), as are comments and processing instructions.
 */
public final class XmlTrees {

    /** Deeper than any GeoReport document (five levels) with room for extensions. */
    private static final int MAX_DEPTH = 32;

    private XmlTrees() {}

    /**
     * Reads a document.
     *
     * @param in the document bytes; the encoding comes from the XML declaration (UTF-8 by default)
     * @return the root element
     * @throws GeoReportFormatException if the document is not well-formed, has a DTD or an entity
     *     reference, or nests too deep
     */
    public static Node read(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in);
            return readDocument(reader);
        } catch (XMLStreamException e) {
            throw new GeoReportFormatException(where(e.getLocation()), "not well-formed XML", e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array or a response body releases nothing more
                }
            }
        }
    }

    private static Node readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        Node root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    throw new GeoReportFormatException(
                            where(reader.getLocation()), "a DTD (<!DOCTYPE>) is not allowed in a GeoReport document");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new GeoReportFormatException(
                            where(reader.getLocation()), "entity references are not allowed in a GeoReport document");
                case XMLStreamConstants.START_ELEMENT:
                    if (open.size() >= MAX_DEPTH) {
                        throw new GeoReportFormatException(
                                where(reader.getLocation()), "elements nested deeper than " + MAX_DEPTH);
                    }
                    if (root != null) {
                        throw new GeoReportFormatException(where(reader.getLocation()), "a second root element");
                    }
                    String name = reader.getLocalName();
                    Builder parent = open.peek();
                    open.push(parent == null ? new Builder(name, name) : parent.child(name));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    Builder current = open.peek();
                    if (current != null) {
                        current.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    Builder done = open.pop();
                    Node node = done.build();
                    Builder up = open.peek();
                    if (up == null) {
                        root = node;
                    } else {
                        up.children.add(node);
                    }
                    break;
                default:
                    break; // comments, processing instructions, start and end of document
            }
        }
        if (root == null) {
            throw new GeoReportFormatException("end of document", "no root element");
        }
        return root;
    }

    private static String where(@Nullable Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "XML document";
        }
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** An element being read. */
    private static final class Builder {
        final String name;
        final String path;
        final int sameNameIndex;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();

        Builder(String name, String path) {
            this(name, path, 0);
        }

        private Builder(String name, String path, int sameNameIndex) {
            this.name = name;
            this.path = path;
            this.sameNameIndex = sameNameIndex;
        }

        Builder child(String childName) {
            int index = seen.merge(childName, 1, Integer::sum) - 1;
            return new Builder(childName, path + "." + childName + "[" + index + "]", index);
        }

        Node build() {
            if (children.isEmpty()) {
                // a leaf: "request[1].lat" rather than "request[1].lat[0]"
                String leafPath =
                        sameNameIndex == 0 && path.endsWith("[0]") ? path.substring(0, path.length() - 3) : path;
                return new Node(name, leafPath, text.toString(), List.of(), false);
            }
            return new Node(name, path, null, children, false);
        }
    }
}
