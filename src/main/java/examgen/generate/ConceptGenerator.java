package examgen.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.random.Draw;

/**
 * Family 16: the notes' verbal questions, written in the bank as data — a model answer with the
 * points a marker looks for, and for multiple choice the options with the mistake behind each
 * wrong one. The engine shuffles the options; nothing is drawn here.
 */
final class ConceptGenerator implements Generator {

    @Override
    public String id() {
        return "concept";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.text("answer", "the model answer"),
                ParamSpec.texts("points", "the points a marker looks for"),
                ParamSpec.options("options", "multiple-choice options: text, correct: true for the right one, why for a wrong one"));
    }

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("written", "a written answer, marked against the model answer");
        answers.put("choice", "a multiple-choice answer");
        return answers;
    }

    @Override
    public Solved generate(Parameters p, Draw draw) {
        Map<String, Solution> solutions = new LinkedHashMap<>();
        if (!p.text("answer").isBlank()) {
            solutions.put("written", new Solution.Text(p.text("answer"), p.texts("points")));
        }
        List<Solution.Option> options = p.options("options");
        if (!options.isEmpty()) {
            if (options.stream().filter(Solution.Option::correct).count() != 1) {
                throw new IllegalArgumentException("parameters.options: mark exactly one option with correct: true");
            }
            String right = options.stream().filter(Solution.Option::correct).findFirst().orElseThrow().markup();
            solutions.put("choice", new Solution.Choice(options, List.of(p.text("answer").isBlank() ? right : p.text("answer"))));
        }
        return new Solved(Map.of(), Map.of(), solutions);
    }
}
