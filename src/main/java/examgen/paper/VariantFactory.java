package examgen.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import examgen.bank.PartSpec;
import examgen.bank.QuestionSpec;
import examgen.explain.NumberText;
import examgen.generate.Distractor;
import examgen.generate.Reject;
import examgen.generate.Solution;
import examgen.generate.Solved;
import examgen.numeric.DisplayRule;
import examgen.numeric.Real;
import examgen.random.Draw;
import examgen.render.MarkupMaths;
import examgen.render.SnippetRenderer;

/**
 * Makes the variant of a bank question for a seed: draws and solves it with the question's
 * generator, draws again (at most {@link #MAX_DRAWS} times) while a constraint is broken, then
 * renders its text and lays out its parts, answers, tolerances and options.
 */
public final class VariantFactory {

    /** Draws tried before a question is declared impossible under its parameters. */
    public static final int MAX_DRAWS = 100;

    private static final String LABELS = "ABCDEFGH";
    private static final NumberText PRINTED = NumberText.plain(DisplayRule.significantFigures(6), 10);

    private final SnippetRenderer renderer = new SnippetRenderer();

    /**
     * @throws GenerationException naming the question, its file and the constraint or the mismatch
     * @throws SnippetRenderer.SnippetException naming the file and line of a template error
     */
    public Variant generate(QuestionSpec question, long seed) {
        Draw draw = new Draw(seed);
        Set<String> asked = question.parts().stream().map(PartSpec::answer).collect(Collectors.toCollection(LinkedHashSet::new));
        Reject last = null;
        for (int attempt = 1; attempt <= MAX_DRAWS; attempt++) {
            try {
                Solved solved;
                try {
                    solved = question.generator().generate(question.parameters(), draw, asked);
                } catch (IllegalArgumentException e) {
                    throw new GenerationException(question.file() + ": question " + question.id() + ": " + e.getMessage());
                }
                Variant variant = assemble(question, seed, attempt, solved, draw);
                requireTypesetMaths(question, variant);
                return variant;
            } catch (Reject reject) {
                last = reject;
            }
        }
        String where = last.parameter().isEmpty() ? question.file().toString() : question.location(last.parameter());
        throw new GenerationException(where + ": question " + question.id() + ": the constraint '" + last.constraint()
                + "' could not be met in " + MAX_DRAWS + " draws; widen the parameter ranges or change the "
                + (last.parameter().isEmpty() ? "case" : last.parameter()));
    }

    private Variant assemble(QuestionSpec question, long seed, int draws, Solved solved, Draw draw) {
        Map<String, Object> model = printable(solved.values());
        String stem = renderer.render(question.stem(), model);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < question.parts().size(); i++) {
            PartSpec spec = question.parts().get(i);
            Solution solution = solved.solutions().get(spec.answer());
            if (solution == null) {
                throw new GenerationException(spec.text().file() + ":" + spec.text().line() + ": question " + question.id()
                        + ": answer '" + spec.answer() + "' does not exist under these parameters; it has "
                        + String.join(", ", solved.solutions().keySet()));
            }
            String label = spec.label();
            if (spec.atLeast().isPresent() && !(solution instanceof Solution.Numeric)) {
                throw new GenerationException(spec.text().file() + ":" + spec.text().line() + ": question " + question.id()
                        + ": at-least is for numbers, and answer '" + spec.answer() + "' is not one; remove it");
            }
            Optional<Part.Cell> cell = spec.cell().map(c -> new Part.Cell(String.valueOf((char) ('a' + spec.position())),
                    renderer.render(c.table(), model), c.columns(), c.row(), c.column()));
            parts.add(new Part(label, spec.answer(), renderer.render(spec.text(), model), spec.marks(), answer(spec, solution, draw),
                    solution.steps(), cell));
        }
        return new Variant(question.id(), question.title(), question.topic(), question.generator().id(), seed, draws, stem, parts,
                solved.values(), solved.data(), question.parameters().all());
    }

    /**
     * The bank's TeX, with the variant's numbers put in — stem, part texts, options and model answers —
     * read as JLaTeXMath would typeset it, for every variant (a template may write one variant's maths
     * differently from the next), so that a mistake in it is named with its file and field rather than
     * met halfway through laying out a student's PDF.
     *
     * @throws GenerationException naming the file and field of the maths that cannot be typeset
     */
    private void requireTypesetMaths(QuestionSpec question, Variant variant) {
        requireTypeset(List.of(variant.stem()), question.stem().location());
        for (int i = 0; i < variant.parts().size(); i++) {
            Part part = variant.parts().get(i);
            requireTypeset(List.of(part.prompt()), question.parts().get(i).text().location());
            int index = i;
            part.cell().ifPresent(c -> requireTypeset(List.of(c.text()), question.parts().get(index).cell().orElseThrow().table().location()));
            String answers = question.file() + ": question " + question.id() + ", ";
            if (part.answer() instanceof Answer.Choice choice) {
                requireTypeset(choice.options().stream().map(Option::markup).toList(),
                        answers + "parameters.options (part (" + part.label() + "))");
            } else if (part.answer() instanceof Answer.Text text) {
                requireTypeset(Stream.concat(Stream.of(text.modelAnswer()), text.markingPoints().stream()).toList(),
                        answers + "parameters.answer or points (part (" + part.label() + "))");
            }
        }
    }

    /** @throws GenerationException saying where the markup was written and what of its maths cannot be typeset */
    static void requireTypeset(List<String> markups, String where) {
        try {
            markups.forEach(MarkupMaths::requireTypeset);
        } catch (IllegalArgumentException e) {
            throw new GenerationException(where + ": " + e.getMessage());
        }
    }

    private static Answer answer(PartSpec spec, Solution solution, Draw draw) {
        if (solution instanceof Solution.Numeric numeric) {
            DisplayRule rule = spec.rule().orElse(numeric.rule());
            if (numeric.value().isExact() && numeric.value().signum() != 0 && rule.round(numeric.value()).signum() == 0) {
                throw new Reject("a non-zero answer must not print as 0 (" + spec.answer() + ")");
            }
            spec.atLeast().filter(size -> numeric.value().abs().compareTo(size) < 0).ifPresent(size -> {
                throw new Reject("answer " + spec.answer() + " at least " + size + " in size");
            });
            Real tolerance = rule.tolerance(numeric.value());
            Answer.Numeric exact = new Answer.Numeric(numeric.value(), rule, tolerance, rule.format(numeric.value()),
                    distinctMistakes(numeric, rule, tolerance));
            return spec.isChoice() ? numericChoice(exact, spec.options(), draw) : exact;
        }
        if (solution instanceof Solution.Choice choice) {
            List<Option> options = new ArrayList<>();
            for (Solution.Option o : draw.shuffled(choice.options())) {
                options.add(new Option(String.valueOf(LABELS.charAt(options.size())), o.markup(), o.correct(), o.whyWrong(),
                        Optional.empty(), Optional.empty()));
            }
            return new Answer.Choice(options, options.stream().filter(Option::correct).findFirst().orElseThrow().label());
        }
        Solution.Text text = (Solution.Text) solution;
        return new Answer.Text(text.modelAnswer(), text.markingPoints());
    }

    /**
     * @return the mistakes whose values lie outside the answer's accepted range and print differently from the
     *     answer and from each other, first of each kept: a mistake inside the range would be marked right
     */
    private static List<Distractor> distinctMistakes(Solution.Numeric numeric, DisplayRule rule, Real tolerance) {
        List<Distractor> kept = new ArrayList<>();
        List<String> printed = new ArrayList<>(List.of(rule.format(numeric.value())));
        for (Distractor distractor : numeric.distractors()) {
            String display = rule.format(distractor.value());
            boolean outside = distractor.value().subtract(numeric.value()).abs().compareTo(tolerance) > 0;
            if (outside && !printed.contains(display)) {
                printed.add(display);
                kept.add(distractor);
            }
        }
        return kept;
    }

    /**
     * @return the right number among wrong ones from modelled mistakes, none of them printing alike
     *     or lying within the tolerance of another
     * @throws Reject if the mistakes give fewer distinct wrong numbers than the options need
     */
    private static Answer.Choice numericChoice(Answer.Numeric answer, int count, Draw draw) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", answer.display(), true, "", Optional.empty(), Optional.of(answer.value())));
        List<Real> taken = new ArrayList<>(List.of(answer.value()));
        for (Distractor distractor : answer.mistakes()) {
            if (options.size() == count) {
                break;
            }
            String display = answer.rule().format(distractor.value());
            boolean distinct = taken.stream().allMatch(v -> v.subtract(distractor.value()).abs().compareTo(answer.tolerance().multiply(Real.of(2))) > 0)
                    && options.stream().noneMatch(o -> o.markup().equals(display));
            if (distinct) {
                taken.add(distractor.value());
                options.add(new Option("", display, false, distractor.mistake().description(), Optional.of(distractor.mistake()),
                        Optional.of(distractor.value())));
            }
        }
        if (options.size() < count) {
            throw new Reject(count + " options that differ by more than the tolerance");
        }
        List<Option> shuffled = draw.shuffled(options);
        List<Option> labelled = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            Option o = shuffled.get(i);
            labelled.add(new Option(String.valueOf(LABELS.charAt(i)), o.markup(), o.correct(), o.whyWrong(), o.mistake(), o.value()));
        }
        return new Answer.Choice(labelled, labelled.stream().filter(Option::correct).findFirst().orElseThrow().label());
    }

    /** @return the values as the text prints them: numbers as short decimals, lists and maps of those */
    static Map<String, Object> printable(Map<String, Object> values) {
        Map<String, Object> model = new LinkedHashMap<>();
        values.forEach((name, value) -> model.put(name, printable(value)));
        return model;
    }

    private static Object printable(Object value) {
        if (value instanceof Real real) {
            return PRINTED.of(real);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(VariantFactory::printable).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> printed = new LinkedHashMap<>();
            map.forEach((k, v) -> printed.put(String.valueOf(k), printable(v)));
            return printed;
        }
        return String.valueOf(value);
    }
}
