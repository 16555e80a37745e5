package examgen.render.pdf;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a stylesheet's text bears on which of its rules an element matches.
 *
 * @param elementRules the text without its {@code @page} rules, which style a page's size and margins and never an
 *     element: a page's own sheet names the paper's code in its footer's rule, and without them every student's reads the same
 * @param dataAttributes the {@code data-} attributes it names outside comments and strings, in lower case
 * @param escapes whether it escapes a character outside strings, which could spell an attribute's name
 * @param imports whether it imports another sheet, whose text is not in it
 */
record SheetReading(String elementRules, Set<String> dataAttributes, boolean escapes, boolean imports) {

    private static final Pattern DATA_ATTRIBUTE = Pattern.compile("data-[a-z0-9_-]+");

    static SheetReading of(String css) {
        StringBuilder kept = new StringBuilder(css.length());
        StringBuilder code = new StringBuilder(); // outside @page rules, comments and strings
        boolean escapes = false;
        int depth = -1; // the braces open in the @page rule being left out, or -1 outside one
        for (int at = 0, end; at < css.length(); at = end) {
            end = tokenEnd(css, at);
            if (depth < 0 && startsPageRule(css, at)) {
                depth = 0;
            }
            char c = css.charAt(at);
            if (depth < 0) {
                kept.append(css, at, end);
                if (c == '\\') {
                    escapes = true;
                } else if (end - at == 1) {
                    code.append(c);
                } else {
                    code.append(' ');
                }
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                depth = -1;
            }
        }
        String outside = code.toString().toLowerCase(Locale.ROOT);
        Set<String> data = new TreeSet<>();
        Matcher names = DATA_ATTRIBUTE.matcher(outside);
        while (names.find()) {
            data.add(names.group());
        }
        return new SheetReading(kept.toString(), data, escapes, outside.contains("@import"));
    }

    private static boolean startsPageRule(String css, int at) {
        int after = at + "@page".length();
        return css.regionMatches(true, at, "@page", 0, "@page".length())
                && (after == css.length() || !(Character.isLetterOrDigit(css.charAt(after)) || css.charAt(after) == '-' || css.charAt(after) == '_'));
    }

    /** @return where the comment, string, escape or single character at {@code at} ends */
    private static int tokenEnd(String css, int at) {
        char c = css.charAt(at);
        if (css.startsWith("/*", at)) {
            int close = css.indexOf("*/", at + 2);
            return close < 0 ? css.length() : close + 2;
        }
        if (c == '"' || c == '\'') {
            int i = at + 1;
            while (i < css.length() && css.charAt(i) != c) {
                i += css.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i + 1, css.length());
        }
        return Math.min(at + (c == '\\' ? 2 : 1), css.length());
    }
}
