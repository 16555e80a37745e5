package examgen.mark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.generate.Mistake;
import examgen.mark.Marker;
import examgen.mark.Response;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;

/**
 * A class of 300 answering the backprop quiz to a known pattern, by the student's number i: i % 10 = 0 leaves every part
 * blank; 1 and 2 make each question's first part's first modelled mistake; 3 answers every part wrong; 4 gets the forward
 * pass's h1 wrong and carries it into ŷ (follow-through); the rest answer right, and everyone but the blank writes an
 * explanation. The report must recover each share, and every statistic as this test computes it by its own arithmetic.
 */
class ClassResultsTest {

    private static final int CLASS = 300;
    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static List<Marker.Student> students;
    private static List<Marker.StudentMarks> marked;
    private static ClassResults results;

    @BeforeAll
    static void markTheClass() {
        PaperBuilder builder = new PaperBuilder(BANK, new VariantFactory());
        students = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < CLASS; i++) {
            String id = String.format("s%03d", i);
            Paper paper = builder.build(BANK.expectPaper("backprop-quiz"), id);
            students.add(new Marker.Student(id, "Student " + i, paper));
            for (int q = 1; q <= paper.variants().size(); q++) {
                Variant variant = paper.variants().get(q - 1);
                for (int p = 0; p < variant.parts().size(); p++) {
                    String typed = answer(i, variant, p);
                    if (!typed.isEmpty()) {
                        responses.add(new Response(responses.size() + 2, id, q, variant.parts().get(p).label(), typed));
                    }
                }
            }
        }
        marked = Marker.mark(students, responses, List.of()).students();
        results = ClassResults.of(marked);
    }

    private static String answer(int i, Variant variant, int p) {
        Part part = variant.parts().get(p);
        int group = i % 10;
        if (group == 0) {
            return "";
        }
        if (part.answer() instanceof Answer.Text) {
            return "Because the gradient passes through the active units.";
        }
        if (part.answer() instanceof Answer.Choice choice) {
            Option option = choice.options().stream().filter(o -> o.correct() == (group != 3)).findFirst().orElseThrow();
            return option.label();
        }
        Answer.Numeric numeric = (Answer.Numeric) part.answer();
        if (group == 3) {
            return "12345.678";
        }
        if ((group == 1 || group == 2) && p == 0 && !numeric.mistakes().isEmpty()) {
            return numeric.mistakes().get(0).value().round(8).toPlainString();
        }
        if (group == 4 && variant.questionId().equals("forward-pass-toy")) {
            // h1 wrong by 0.1, and ŷ = ReLU(h1·w5 + h2·w6) worked from it
            Real h1 = value(variant, "h1").add(Real.parse("0.1"));
            if (part.answerKey().equals("h1")) {
                return h1.round(6).toPlainString();
            }
            if (part.answerKey().equals("yhat")) {
                Real z = h1.multiply((Real) variant.values().get("w5"))
                        .add(value(variant, "h2").multiply((Real) variant.values().get("w6")));
                return (z.signum() > 0 ? z : Real.of(0)).round(8).toPlainString();
            }
        }
        return numeric.value().round(8).toPlainString();
    }

    /** @return the exact answer of the variant's part that asks for {@code key} */
    private static Real value(Variant variant, String key) {
        return ((Answer.Numeric) variant.parts().stream().filter(p -> p.answerKey().equals(key)).findFirst().orElseThrow().answer()).value();
    }

    @Test
    void everyShareOfThePatternIsRecovered() {
        for (ClassResults.Item part : results.parts()) {
            assertEquals(0.1, part.blank(), 1e-15, part.name() + " blank");
        }
        ClassResults.Item yhat = results.parts().stream().filter(p -> p.question() == 1 && p.part().equals("c")).findFirst().orElseThrow();
        assertEquals(0.1, yhat.followThrough(), 1e-15, "ŷ carried from a wrong h1");
        ClassResults.Item written = results.parts().stream().filter(p -> p.byHand() > 0).findFirst().orElseThrow();
        assertEquals(0.9, written.byHand(), 1e-15, "everyone but the blank wrote");
        assertFalse(written.facility().defined(), "a part still to mark by hand has no facility yet");
        int withMistakes = 0;
        for (int p = 0; p < results.parts().size(); p++) {
            ClassResults.Item part = results.parts().get(p);
            int expected = 0;
            for (int i = 0; i < CLASS; i++) {
                Variant variant = students.get(i).paper().variants().get(part.question() - 1);
                int index = variant.parts().indexOf(variant.parts().stream().filter(x -> x.label().equals(part.part())).findFirst().orElseThrow());
                Answer answer = variant.parts().get(index).answer();
                boolean firstMistake = answer instanceof Answer.Numeric numeric && (i % 10 == 1 || i % 10 == 2) && index == 0
                        && !numeric.mistakes().isEmpty();
                boolean wrongOption = answer instanceof Answer.Choice choice && i % 10 == 3
                        && choice.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().mistake().isPresent();
                expected += firstMistake || wrongOption ? 1 : 0;
            }
            assertEquals(expected, part.mistakes().stream().mapToInt(ClassResults.MistakeCount::count).sum(), part.name());
            assertEquals(expected / (double) CLASS, part.mistakes().stream().mapToDouble(ClassResults.MistakeCount::share).sum(), 1e-12);
            for (int m = 1; m < part.mistakes().size(); m++) {
                assertTrue(part.mistakes().get(m - 1).count() >= part.mistakes().get(m).count(), "most frequent first: " + part.name());
            }
            withMistakes += part.part().equals("a") && expected == 60 ? 1 : 0;
        }
        assertTrue(withMistakes >= 2, "parts (a) with a modelled mistake: " + withMistakes);
    }

    @Test
    void everyStatisticIsWhatAnIndependentComputationGives() {
        int n = marked.size();
        double[] totals = marked.stream().mapToDouble(Marker.StudentMarks::total).toArray();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer s) -> -totals[s]).thenComparing(s -> marked.get(s).student().id()));
        int group = (int) Math.round(0.27 * n);
        List<Integer> alphaParts = new ArrayList<>();
        for (int p = 0; p < results.parts().size(); p++) {
            ClassResults.Item item = results.parts().get(p);
            if (item.byHand() > 0) {
                continue;
            }
            alphaParts.add(p);
            double[] x = new double[n];
            double[] rest = new double[n];
            for (int s = 0; s < n; s++) {
                x[s] = marked.get(s).parts().get(p).awarded();
                rest[s] = totals[s] - x[s];
            }
            assertEquals(mean(x) / item.max(), item.facility().value(), 1e-12, item.name() + " facility");
            assertEquals(pearson(x, rest), item.discrimination().value(), 1e-12, item.name() + " discrimination");
            double upper = 0;
            double lower = 0;
            for (int k = 0; k < group; k++) {
                upper += x[order[k]];
                lower += x[order[n - 1 - k]];
            }
            assertEquals((upper - lower) / group / item.max(), item.upperLower().value(), 1e-12, item.name() + " upper–lower");
        }
        ClassResults.Totals t = results.totals();
        assertEquals(mean(totals), t.mean().value(), 1e-12);
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        assertEquals((sorted[n / 2 - 1] + sorted[n / 2]) / 2, t.median().value(), 1e-12);
        assertEquals(Math.sqrt(variance(totals)), t.standardDeviation().value(), 1e-12);
        double partVariances = 0;
        double[] sum = new double[n];
        for (int p : alphaParts) {
            double[] x = new double[n];
            for (int s = 0; s < n; s++) {
                x[s] = marked.get(s).parts().get(p).awarded();
                sum[s] += x[s];
            }
            partVariances += variance(x);
        }
        int k = alphaParts.size();
        assertEquals(k, t.alphaParts());
        assertEquals((double) k / (k - 1) * (1 - partVariances / variance(sum)), t.alpha().value(), 1e-12, "Cronbach's α");
    }

    @Test
    void aClassTooSmallForAStatisticSaysSoRatherThanPrintNaN() {
        ClassResults one = ClassResults.of(marked.subList(1, 2));
        ClassResults.Item part = one.parts().get(0);
        assertTrue(part.facility().defined());
        assertEquals("fewer than 3 students", part.discrimination().why());
        assertEquals("fewer than 4 students", part.upperLower().why());
        assertEquals("one student", one.totals().standardDeviation().why());
        assertEquals("one student", one.totals().alpha().why());
        // the blank tenth alone: every part scored alike
        ClassResults blanks = ClassResults.of(IntStream.range(0, CLASS).filter(i -> i % 10 == 0).mapToObj(marked::get).toList());
        assertEquals("every student scored the same on it", blanks.parts().get(0).discrimination().why());
        assertEquals("every student's marked parts add up to the same", blanks.totals().alpha().why());
        assertTrue(ClassResults.alphaMeaning(blanks.totals().alpha()).startsWith("undefined: "));
    }

    @Test
    void flagsSayInWordsWhatIsWrong() {
        ClassResults wrongOnly = ClassResults.of(IntStream.range(0, CLASS).filter(i -> i % 10 == 3 || i % 10 == 5).mapToObj(marked::get).toList());
        ClassResults.Item first = wrongOnly.parts().get(0);
        assertEquals(0.5, first.facility().value(), 1e-15);
        assertTrue(Mistake.values().length > 0);
        ClassResults rightOnly = ClassResults.of(IntStream.range(0, CLASS).filter(i -> i % 10 >= 5).mapToObj(marked::get).toList());
        assertTrue(rightOnly.parts().get(0).flags().get(0).startsWith("easy: the class earned 100% of its marks"),
                rightOnly.parts().get(0).flags().toString());
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    /** The sample variance, divided by n − 1. */
    private static double variance(double[] x) {
        double m = mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return sum / (x.length - 1);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
