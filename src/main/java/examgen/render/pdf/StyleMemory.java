package examgen.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.newmatch.CascadedStyle;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.SharedContext;

/**
 * A thread's styles that remember each element's cascaded style from page to page. Flying Saucer tries every
 * selector of every stylesheet on every element of every page (about a tenth of a student's time), yet the pages of a
 * batch are the same elements over and over with other numbers in them. A selector sees no more of an element than
 * its shape here: its name and attributes, whether it is its parent's last element, the shape of its parent and of
 * the element before it (so position, {@code +}, {@code :first-child} and {@code :nth-child} are seen too). An
 * element of a shape styled before, under the same stylesheets, gets that style without matching.
 * <p>
 * The {@code data-} attributes that carry a formula's TeX and reading differ from student to student: they are no
 * part of a shape unless a stylesheet names them (or escapes a character outside a string, which could spell one).
 * A page with a sheet linked or imported by URL, whose text is not known here, is styled as Flying Saucer styles it.
 */
final class StyleMemory extends StyleReference {

    /**
     * Shapes kept for one set of stylesheets, at most: a key has about 2,400 elements, which come again for every
     * student; past this the memory starts again, so that a long batch's stays flat.
     */
    private static final int MOST_SHAPES = 100_000;
    /** Sets of stylesheets remembered at most: a batch's pages share one or two. */
    private static final int MOST_SHEET_SETS = 8;
    /** Stylesheets' readings kept at most: the shared sheets, read again on every page, and the last pages' own. */
    private static final int MOST_SHEETS_READ = 8;

    private record Shape(int parent, int previous, String namespace, String name, List<String> attributes, boolean last) {
    }

    /** A shape's number, so that its children's shapes are short to compare, and what it was styled. */
    private static final class Styled {
        final int number;
        CascadedStyle style;
        final Map<String, Optional<CascadedStyle>> pseudoElements = new HashMap<>(2);

        Styled(int number) {
            this.number = number;
        }
    }

    /** What one set of stylesheets gave each shape, and which {@code data-} attributes a shape includes. */
    private static final class Memory {
        final Map<Shape, Styled> shapes = new HashMap<>();
        /** The {@code data-} attributes the sheets name, or null for all of them. */
        final Set<String> dataAttributes;

        Memory(Set<String> dataAttributes) {
            this.dataAttributes = dataAttributes;
        }

        boolean tellsApart(Attr attribute) {
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            return dataAttributes == null || !name.startsWith("data-") || dataAttributes.contains(name);
        }
    }

    private final Map<List<String>, Memory> memories = new HashMap<>();
    /** The sheets read, by their text: the shared ones come on every page, a page's own footer rule differs. */
    private final Map<String, SheetReading> readings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SheetReading> eldest) {
            return size() > MOST_SHEETS_READ;
        }
    };
    /** The memory of the page being laid out, or null when its stylesheets are not all known by their text. */
    private Memory memory;
    /** The page's elements whose shape is known. */
    private final Map<Node, Styled> page = new IdentityHashMap<>();

    StyleMemory() {
        super(null);
    }

    @Override
    public void setDocumentContext(SharedContext context, NamespaceHandler handler, Document document, UserInterface ui) {
        super.setDocumentContext(context, handler, document, ui);
        page.clear();
        memory = null;
        List<StylesheetInfo> sheets = new ArrayList<>();
        handler.getDefaultStylesheet().ifPresent(sheets::add);
        sheets.addAll(handler.getStylesheets(document));
        if (sheets.stream().anyMatch(sheet -> sheet.getContent().isEmpty())) {
            return; // a linked sheet: its text, and so what its selectors look at, is not known here
        }
        List<SheetReading> read = sheets.stream().map(sheet -> readings.computeIfAbsent(sheet.getContent().orElseThrow(), SheetReading::of)).toList();
        if (read.stream().anyMatch(SheetReading::imports)) {
            return; // nor is an imported one's
        }
        List<String> key = new ArrayList<>();
        key.add(context.getMedia());
        read.forEach(reading -> key.add(reading.elementRules()));
        key.addAll(metas(document));
        if (!memories.containsKey(key) && memories.size() >= MOST_SHEET_SETS) {
            memories.clear();
        }
        memory = memories.computeIfAbsent(key, k -> new Memory(read.stream().anyMatch(SheetReading::escapes) ? null
                : read.stream().flatMap(reading -> reading.dataAttributes().stream()).collect(Collectors.toSet())));
        if (memory.shapes.size() > MOST_SHAPES) {
            memory.shapes.clear();
        }
    }

    @Override
    public CascadedStyle getCascadedStyle(Element element, boolean restyle) {
        if (memory == null || element == null || restyle) {
            return super.getCascadedStyle(element, restyle);
        }
        Styled styled = styled(element);
        if (styled.style == null) {
            styled.style = super.getCascadedStyle(element, false);
        }
        return styled.style;
    }

    @Override
    public CascadedStyle getPseudoElementStyle(Node node, String pseudoElement) {
        Element element = node instanceof Element e ? e : (Element) node.getParentNode();
        if (memory == null) {
            return super.getPseudoElementStyle(element, pseudoElement);
        }
        return styled(element).pseudoElements
                .computeIfAbsent(pseudoElement, name -> Optional.ofNullable(super.getPseudoElementStyle(element, name))).orElse(null);
    }

    /** @return the element's shape, found with its siblings' (each one's shape names the one before it) */
    private Styled styled(Element element) {
        Styled known = page.get(element);
        if (known != null) {
            return known;
        }
        Node parent = element.getParentNode();
        int parentNumber = parent instanceof Element p ? styled(p).number : -1;
        int previous = -1;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element sibling) {
                Styled styled = page.get(sibling);
                if (styled == null) {
                    Shape shape = new Shape(parentNumber, previous, sibling.getNamespaceURI(), sibling.getLocalName(),
                            attributes(sibling, memory::tellsApart), nextElement(sibling) == null);
                    styled = memory.shapes.computeIfAbsent(shape, s -> new Styled(memory.shapes.size()));
                    page.put(sibling, styled);
                }
                previous = styled.number;
            }
        }
        return page.get(element);
    }

    /**
     * @return the attributes of the {@code <meta>} elements of the page's head, where Flying Saucer's {@code :lang()}
     *     finds the page's Content-Language for an element that names no language
     */
    private static List<String> metas(Document document) {
        List<String> metas = new ArrayList<>();
        for (Node head = document.getDocumentElement().getFirstChild(); head != null; head = head.getNextSibling()) {
            if (head instanceof Element && "head".equals(head.getLocalName())) {
                for (Node meta = head.getFirstChild(); meta != null; meta = meta.getNextSibling()) {
                    if (meta instanceof Element element && "meta".equals(element.getLocalName())) {
                        metas.addAll(attributes(element, attribute -> true));
                    }
                }
            }
        }
        return metas;
    }

    private static Node nextElement(Node node) {
        Node next = node.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return next;
    }

    /** @return the element's attributes that pass as {@code {namespace}name=value}, in order */
    private static List<String> attributes(Element element, Predicate<Attr> passing) {
        NamedNodeMap all = element.getAttributes();
        List<String> attributes = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            if (passing.test(attribute)) {
                attributes.add("{" + attribute.getNamespaceURI() + "}" + attribute.getName() + "=" + attribute.getValue());
            }
        }
        attributes.sort(null);
        return attributes;
    }
}
