package examgen.render;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import examgen.export.Json;
import examgen.generate.Distractor;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.render.figure.Figure;
import examgen.render.figure.FigureFactory;

/**
 * What the practice page is given: for every question family of a paper, pre-generated variants
 * with their text as HTML (maths as KaTeX elements), figures as SVG, and per part the accepted range,
 * the ranges of the modelled mistakes with their feedback, and the worked steps. The page only
 * compares a typed answer with these.
 */
public final class PracticeModel {

    private PracticeModel() {
    }

    /** One family: its title and variants. */
    public record Family(String title, List<Variant> variants) {
    }

    public static Map<String, Object> build(String id, String title, List<Family> families) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode data = nodes.objectNode();
        data.put("id", id);
        ArrayNode familyNodes = data.putArray("families");
        SvgFigures svg = new SvgFigures();
        for (int f = 0; f < families.size(); f++) {
            ObjectNode family = familyNodes.addObject();
            family.put("title", families.get(f).title());
            ArrayNode variants = family.putArray("variants");
            for (int v = 0; v < families.get(f).variants().size(); v++) {
                Variant variant = families.get(f).variants().get(v);
                ObjectNode node = variants.addObject();
                node.put("stem", html(variant.stem()));
                if (FigureFactory.isNetworkFamily(variant.generator())) {
                    node.put("data", dataTablesHtml(variant, "data"));
                }
                ArrayNode figures = node.putArray("figures");
                List<Figure> drawn = FigureFactory.of(variant, false);
                for (int k = 0; k < drawn.size(); k++) {
                    ObjectNode figure = figures.addObject();
                    figure.put("svg", svg.svg(drawn.get(k), "f" + f + "-" + v + "-" + k));
                    figure.put("alt", escape(drawn.get(k).alt()));
                }
                ArrayNode parts = node.putArray("parts");
                variant.parts().forEach(part -> parts.add(part(part)));
            }
        }
        // inside <script>, a "</" would end the script: the JSON spells <, > and & as escapes
        String json = Json.write(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return Map.of("title", title, "data", json);
    }

    /** @return the network question's numbers as the paper's tables, in HTML, each table of the given class */
    @SuppressWarnings("unchecked")
    public static String dataTablesHtml(Variant variant, String tableClass) {
        StringBuilder html = new StringBuilder();
        for (Map<String, Object> table : PageModel.dataTables(variant)) {
            html.append("<table class=\"").append(tableClass).append("\"><tr>");
            for (Map<String, Object> cell : (List<Map<String, Object>>) table.get("head")) {
                String letter = escape((String) cell.get("letter"));
                html.append("<th>").append((Boolean) cell.get("word") ? letter : "<i>" + letter + "</i>")
                        .append(((String) cell.get("index")).isEmpty() ? "" : "<sub>" + cell.get("index") + "</sub>").append("</th>");
            }
            html.append("</tr>");
            for (List<String> row : (List<List<String>>) table.get("rows")) {
                html.append("<tr>");
                row.forEach(value -> html.append("<td>").append(escape(value)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</table>");
        }
        return html.toString();
    }

    private static ObjectNode part(Part part) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("label", part.label());
        node.put("prompt", html(part.promptAsked(true)));
        node.put("marks", part.marks());
        Answer answer = part.answer();
        ArrayNode mistakes = node.putArray("mistakes");
        ArrayNode options = node.putArray("options");
        if (answer instanceof Answer.Numeric numeric) {
            node.put("type", "numeric");
            node.put("display", numeric.display());
            node.put("min", numeric.value().subtract(numeric.tolerance()).toBigDecimal().doubleValue());
            node.put("max", numeric.value().add(numeric.tolerance()).toBigDecimal().doubleValue());
            for (Distractor mistake : numeric.mistakes()) {
                ObjectNode m = mistakes.addObject();
                m.put("min", mistake.value().subtract(numeric.tolerance()).toBigDecimal().doubleValue());
                m.put("max", mistake.value().add(numeric.tolerance()).toBigDecimal().doubleValue());
                m.put("why", mistake.mistake().description());
            }
        } else if (answer instanceof Answer.Choice choice) {
            node.put("type", "choice");
            for (Option option : choice.options()) {
                ObjectNode o = options.addObject();
                o.put("label", option.label());
                o.put("html", html(option.markup()));
                o.put("correct", option.correct());
                o.put("why", option.whyWrong());
            }
        } else {
            node.put("type", "text");
            ArrayNode steps = node.putArray("steps");
            Answer.Text text = (Answer.Text) answer;
            steps.add("<b>Model answer.</b> " + html(text.modelAnswer()));
            text.markingPoints().forEach(point -> steps.add("A marker looks for: " + html(point)));
            return node;
        }
        ArrayNode steps = node.putArray("steps");
        part.steps().forEach(step -> steps.add(html(step)));
        return node;
    }

    /** @return markup as HTML: prose escaped, each formula a KaTeX element holding its plain reading, glued to the punctuation after it */
    static String html(String markup) {
        StringBuilder html = new StringBuilder();
        for (Segment segment : Segment.of(markup)) {
            if (!segment.math()) {
                html.append(escape(segment.text()));
                continue;
            }
            String math = "<span class=\"math\" data-tex=\"" + escape(segment.text()) + "\">" + escape(segment.plain()) + "</span>";
            // punctuation after a formula stays on its line
            html.append(segment.after().isEmpty() ? math : "<span class=\"nobr\">" + math + escape(segment.after()) + "</span>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
