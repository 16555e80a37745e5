package examgen.render;

/** The white space a browser and the PDF renderer collapse into one space: spaces, tabs and line breaks, not a no-break or an em space. */
public final class CollapsibleSpace {

    private CollapsibleSpace() {
    }

    /** @return whether the text is nothing but collapsible white space (true for none at all) */
    public static boolean only(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
