package examgen.render.pdf;

import org.w3c.dom.Node;

import examgen.render.CollapsibleSpace;

/**
 * The line breaks and indents a page template writes between its tags. In the PDF they would print nothing (white
 * space next to a block, or at a line's start or end, collapses away), but Flying Saucer still gives each a box and
 * runs its whitespace rules over it: they are nearly half a key's text nodes, and leaving them out takes 1–3% off
 * a PDF's time. So a line break between two tags is layout, as in JSX: where two inline elements need a space
 * between them, a template writes it on their line ({@code templates/README.md}); prose never holds one alone
 * ({@link examgen.render.Segment} prints prose of collapsible white space alone as one space).
 */
final class Indentation {

    private Indentation() {
    }

    /** Removes, under the node, every text node that is only collapsible white space with a line break in it. */
    static void remove(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                remove(child);
            } else if (child.getNodeType() == Node.TEXT_NODE && isIndentation(child.getNodeValue())) {
                node.removeChild(child);
            }
            child = next;
        }
    }

    private static boolean isIndentation(String text) {
        return text.indexOf('\n') >= 0 && CollapsibleSpace.only(text);
    }
}
