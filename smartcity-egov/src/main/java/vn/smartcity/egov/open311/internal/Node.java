package vn.smartcity.egov.open311.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One element of a GeoReport v2 document, read from XML or JSON: a name, a path for messages, and
 * either text or child elements. An XML element becomes a node with its element children; a JSON
 * object a node with one child per member; a JSON array a node whose children are its items.
 */
public final class Node {

    private final String name;
    private final String path;
    private final @Nullable String text;
    private final List<Node> children;
    private final boolean array;

    /**
     * Creates a node.
     *
     * @param name the element or member name (empty for a JSON array item or root)
     * @param path where the node is, for messages
     * @param text the text content, or {@code null} for a container or a JSON {@code null}
     * @param children the child nodes, in document order
     * @param array whether the node is a JSON array
     */
    public Node(String name, String path, @Nullable String text, List<Node> children, boolean array) {
        this.name = name;
        this.path = path;
        this.text = text;
        this.children = List.copyOf(children);
        this.array = array;
    }

    /**
     * The element or member name.
     *
     * @return the local name, such as {@code service_code}
     */
    public String name() {
        return name;
    }

    /**
     * Where the node is.
     *
     * @return such as {@code service_requests.request[1].lat}
     */
    public String path() {
        return path;
    }

    /**
     * The text, stripped of leading and trailing white space.
     *
     * @return the text, or {@code null} if there is none or it is blank
     */
    public @Nullable String text() {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * The child nodes.
     *
     * @return the children in document order
     */
    public List<Node> children() {
        return children;
    }

    /**
     * Whether this is a JSON array.
     *
     * @return {@code true} for a JSON array
     */
    public boolean isArray() {
        return array;
    }

    /**
     * The first child of a name.
     *
     * @param childName the name
     * @return the child, or {@code null}
     */
    public @Nullable Node child(String childName) {
        for (Node child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /**
     * The text of the first child of a name.
     *
     * @param childName the name
     * @return the stripped text, or {@code null} if the child is absent, empty or {@code null}
     */
    public @Nullable String text(String childName) {
        Node child = child(childName);
        return child == null ? null : child.text();
    }

    /**
     * The items of a collection child: the element children of {@code <attributes>} in XML, the
     * items of the {@code "attributes"} array in JSON.
     *
     * @param childName the collection's name
     * @return its items, or an empty list if it is absent
     */
    public List<Node> items(String childName) {
        Node child = child(childName);
        return child == null ? List.of() : child.children;
    }
}
