package examgen.export;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import examgen.generate.Distractor;
import examgen.generate.Solution;
import examgen.network.Network;
import examgen.numeric.DisplayRule;
import examgen.numeric.Polynomial;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Paper;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.random.DecimalRange;
import examgen.random.ValueSource;

/**
 * Variants and papers as JSON, the schema described in the README ({@code examgen-variant/1}):
 * every parameter, every printed value, the structured data, and every part's answer with its
 * exact value, printed value, tolerance, marks, modelled mistakes and worked steps.
 */
public final class VariantJson {

    public static final String SCHEMA = "examgen-variant/1";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private VariantJson() {
    }

    public static ObjectNode paper(Paper paper) {
        ObjectNode node = NODES.objectNode();
        node.put("schema", "examgen-paper/1");
        node.put("paper", paper.spec().id());
        node.put("title", paper.spec().title());
        node.put("code", paper.code().toString());
        node.put("student", paper.studentId());
        node.put("totalMarks", paper.totalMarks());
        ArrayNode variants = node.putArray("variants");
        paper.variants().forEach(v -> variants.add(variant(v)));
        return node;
    }

    public static ObjectNode variant(Variant variant) {
        ObjectNode node = NODES.objectNode();
        node.put("schema", SCHEMA);
        node.put("question", variant.questionId());
        node.put("title", variant.title());
        node.put("topic", variant.topic());
        node.put("generator", variant.generator());
        node.put("seed", Long.toString(variant.seed()));
        node.put("draws", variant.draws());
        node.set("parameters", value(variant.parameters()));
        node.set("values", value(variant.values()));
        node.set("data", value(variant.data()));
        node.put("stem", variant.stem());
        node.put("totalMarks", variant.totalMarks());
        ArrayNode parts = node.putArray("parts");
        variant.parts().forEach(part -> parts.add(part(part)));
        return node;
    }

    private static ObjectNode part(Part part) {
        ObjectNode node = NODES.objectNode();
        node.put("label", part.label());
        node.put("answer", part.answerKey());
        node.put("prompt", part.promptAsked(true));
        node.put("marks", part.marks());
        Answer answer = part.answer();
        if (answer instanceof Answer.Numeric numeric) {
            node.put("type", "numeric");
            node.set("value", NumberJson.of(numeric.value()));
            node.put("display", numeric.display());
            node.set("rule", rule(numeric.rule()));
            node.set("tolerance", NumberJson.of(numeric.tolerance()));
            node.set("accepted", accepted(numeric));
            ArrayNode mistakes = node.putArray("mistakes");
            for (Distractor d : numeric.mistakes()) {
                ObjectNode m = mistakes.addObject();
                m.put("mistake", d.mistake().id());
                m.put("description", d.mistake().description());
                m.set("value", NumberJson.of(d.value()));
                m.put("display", numeric.rule().format(d.value()));
            }
        } else if (answer instanceof Answer.Choice choice) {
            node.put("type", "choice");
            node.put("correct", choice.correctLabel());
            ArrayNode options = node.putArray("options");
            for (Option o : choice.options()) {
                ObjectNode option = options.addObject();
                option.put("label", o.label());
                option.put("text", o.markup());
                option.put("correct", o.correct());
                if (!o.correct()) {
                    option.put("why", o.whyWrong());
                }
                o.mistake().ifPresent(m -> option.put("mistake", m.id()));
                o.value().ifPresent(v -> option.set("value", NumberJson.of(v)));
            }
        } else {
            Answer.Text text = (Answer.Text) answer;
            node.put("type", "text");
            node.put("model", text.modelAnswer());
            ArrayNode points = node.putArray("points");
            text.markingPoints().forEach(points::add);
        }
        ArrayNode steps = node.putArray("steps");
        part.steps().forEach(steps::add);
        return node;
    }

    private static ObjectNode accepted(Answer.Numeric numeric) {
        ObjectNode range = NODES.objectNode();
        range.set("min", NumberJson.of(numeric.value().subtract(numeric.tolerance())));
        range.set("max", NumberJson.of(numeric.value().add(numeric.tolerance())));
        return range;
    }

    private static ObjectNode rule(DisplayRule rule) {
        ObjectNode node = NODES.objectNode();
        node.put("mode", rule.mode() == DisplayRule.Mode.DECIMAL_PLACES ? "decimal-places" : "significant-figures");
        node.put("digits", rule.digits());
        node.put("scientific", rule.scientific());
        node.put("fractions", rule.fractions());
        node.put("text", rule.describe());
        return node;
    }

    /** @return any value a variant holds, as JSON */
    public static JsonNode value(Object value) {
        if (value instanceof Real real) {
            return NumberJson.of(real);
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Network network) {
            return TraceJson.network(network);
        }
        if (value instanceof Polynomial polynomial) {
            ObjectNode node = NODES.objectNode();
            node.put("text", polynomial.toString());
            node.set("coefficients", value(polynomial.coefficients()));
            return node;
        }
        if (value instanceof DecimalRange range) {
            ObjectNode node = NODES.objectNode();
            node.set("min", NumberJson.of(range.min()));
            node.set("max", NumberJson.of(range.max()));
            node.put("places", range.places());
            node.put("zero", !range.nonZero());
            return node;
        }
        if (value instanceof ValueSource.Drawn drawn) {
            return value(drawn.range());
        }
        if (value instanceof ValueSource.Fixed fixed) {
            return value(fixed.values());
        }
        if (value instanceof Solution.Option option) {
            ObjectNode node = NODES.objectNode();
            node.put("text", option.markup());
            node.put("correct", option.correct());
            node.put("why", option.whyWrong());
            return node;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(String.valueOf(k), value(v)));
            return node;
        }
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getSimpleName());
    }
}
