package examgen.mark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.bank.QuestionSpec;
import examgen.generate.Distractor;
import examgen.network.Backprop;
import examgen.network.BackpropTrace;
import examgen.network.Example;
import examgen.network.Network;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.Part;
import examgen.paper.Variant;
import examgen.paper.VariantFactory;

class MarkerTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final Paper PAPER = new PaperBuilder(BANK, new VariantFactory()).build(BANK.expectPaper("week7-practice"), "k1");
    private static final Marker.Student STUDENT = new Marker.Student("k1", "Kim", PAPER);

    private static int slot(String question) {
        for (int q = 0; q < PAPER.variants().size(); q++) {
            if (PAPER.variants().get(q).questionId().equals(question)) {
                return q + 1;
            }
        }
        throw new IllegalArgumentException(question);
    }

    private static Marker.PartMark mark(List<Marker.PartMark> marks, int question, String part) {
        return marks.stream().filter(m -> m.question() == question && m.part().equals(part)).findFirst().orElseThrow();
    }

    @Test
    void aWrongOutputCarriesIntoTheLossAndDelta() {
        int q = slot("loss-delta");
        Variant variant = PAPER.variants().get(q - 1);
        Real y = (Real) variant.values().get("y");
        Real wrongYHat = ((Answer.Numeric) variant.parts().get(0).answer()).value().add(Real.parse("0.3"));
        Real loss = Real.of(1, 2).multiply(y.subtract(wrongYHat).pow(2));
        List<Response> responses = List.of(
                new Response(2, "k1", q, "a", wrongYHat.toString()),
                new Response(3, "k1", q, "b", loss.toString()),
                new Response(4, "k1", q, "c", wrongYHat.subtract(y).toString()));
        List<Marker.PartMark> marks = Marker.mark(List.of(STUDENT), responses, List.of()).students().get(0).parts();
        assertEquals("wrong", mark(marks, q, "a").verdict());
        assertEquals("follow-through", mark(marks, q, "b").verdict());
        assertEquals("follow-through", mark(marks, q, "c").verdict());
        assertEquals(mark(marks, q, "c").max(), mark(marks, q, "c").awarded());
    }

    /** The 3-3-2-1 tanh question: E′ from the student's own wrong w16′, the rest of the step as it is. */
    @Test
    void theErrorAfterTheStepOfADeepNetworkFollowsFromTheStudentsOwnUpdatedWeight() {
        QuestionSpec question = BANK.expectQuestion("backprop-deep");
        Variant variant = new VariantFactory().generate(question, 5);
        Paper paper = new Paper(PAPER.spec(), "k2", PAPER.code(), List.of(variant));
        Network network = (Network) variant.data().get("network");
        @SuppressWarnings("unchecked")
        Example example = new Example((List<Real>) variant.data().get("input"), (List<Real>) variant.data().get("target"));
        Real rate = (Real) variant.data().get("learningRate");
        Real wrongW16 = ((Answer.Numeric) variant.parts().get(1).answer()).value().add(Real.parse("0.5"));
        BackpropTrace trace = Backprop.run(network, example);
        Network after = network.map((p, v) -> network.symbol(p).plain().equals("w16") ? wrongW16 : v.subtract(rate.multiply(trace.gradient(p).value())));
        Real ownLoss = Backprop.loss(after.forward(example.inputs()).outputs(), example.targets());
        List<Response> responses = List.of(
                new Response(2, "k2", 1, "b", wrongW16.round(6).toPlainString()),
                new Response(3, "k2", 1, "c", ownLoss.round(6).toPlainString()));
        List<Marker.PartMark> marks = Marker.mark(List.of(new Marker.Student("k2", "Kai", paper)), responses, List.of()).students().get(0).parts();
        assertEquals("wrong", mark(marks, 1, "b").verdict());
        assertEquals("follow-through", mark(marks, 1, "c").verdict(), mark(marks, 1, "c").feedback());
    }

    /** One typed number a billion digits in size is a problem of its row: the class is still marked, at once. */
    @Test
    void aHugeTypedNumberIsAProblemOfItsRowNotOfTheClass() {
        int q = slot("loss-delta");
        Variant variant = PAPER.variants().get(q - 1);
        String right = ((Answer.Numeric) variant.parts().get(0).answer()).display();
        List<Response> responses = List.of(new Response(2, "k1", q, "a", right), new Response(3, "k1", q, "c", "1e999999999"),
                new Response(4, "k1", q, "b", "1e10000000"), new Response(5, "k1", 1, "a", "-" + "9".repeat(500)));
        long start = System.nanoTime();
        Marker.Result result = Marker.mark(List.of(STUDENT), responses, List.of());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "marked at once");
        List<Marker.PartMark> marks = result.students().get(0).parts();
        assertEquals("right", mark(marks, q, "a").verdict());
        assertEquals("unreadable", mark(marks, q, "c").verdict());
        assertEquals("unreadable", mark(marks, q, "b").verdict());
        assertEquals(List.of(3L, 4L, 5L), result.problems().stream().map(RowProblem::line).sorted().toList(), result.problems().toString());
    }

    /** A written part left blank was "by hand", as if a marker had something to read. */
    @Test
    void aWrittenPartLeftBlankIsBlankAndOneWithAnAnswerIsForAMarker() {
        int q = slot("concept-sgd-vs-batch");
        Variant variant = PAPER.variants().get(q - 1);
        Part written = variant.parts().stream().filter(p -> p.answer() instanceof Answer.Text).findFirst().orElseThrow();
        List<Marker.PartMark> blank = Marker.mark(List.of(STUDENT), List.of(new Response(2, "k1", q, written.label(), "  ")), List.of())
                .students().get(0).parts();
        assertEquals("blank", mark(blank, q, written.label()).verdict());
        List<Marker.PartMark> answered = Marker.mark(List.of(STUDENT), List.of(new Response(2, "k1", q, written.label(), "SGD uses one example")),
                List.of()).students().get(0).parts();
        assertEquals("by hand", mark(answered, q, written.label()).verdict());
    }

    /**
     * One copier in a class of 30 once had 8 students flagged, 7 of them for coincidences of 3 or 4 parts. A class that
     * worked alone, making the modelled mistakes and slips of its own, has no one flagged; the copier, and only the copier, is.
     */
    @Test
    void theCopyingCheckFlagsTheCopierAloneAndNoOneInAClassThatWorkedAlone() {
        PaperBuilder builder = new PaperBuilder(BANK, new VariantFactory());
        List<Marker.Student> students = new ArrayList<>();
        List<Response> alone = new ArrayList<>();
        Random random = new Random(30);
        for (int s = 1; s <= 30; s++) {
            String id = "s" + s;
            Paper paper = builder.build(BANK.expectPaper("week7-practice"), id);
            students.add(new Marker.Student(id, "Student " + s, paper));
            for (int q = 1; q <= paper.variants().size(); q++) {
                for (Part part : paper.variants().get(q - 1).parts()) {
                    if (part.answer() instanceof Answer.Numeric numeric) {
                        Real typed = random.nextDouble() < 0.6 || numeric.mistakes().isEmpty() ? numeric.value()
                                : numeric.mistakes().get(random.nextInt(numeric.mistakes().size())).value();
                        if (random.nextDouble() < 0.1) {
                            typed = typed.multiply(Real.parse("1.3"));
                        }
                        alone.add(new Response(alone.size() + 2, id, q, part.label(), typed.round(6).toPlainString()));
                    }
                }
            }
        }
        assertEquals(List.of(), Marker.mark(students, alone, List.of()).copying(), "a class that worked alone");
        List<Response> copied = new ArrayList<>(alone.stream().filter(r -> !r.studentId().equals("s7")).toList());
        alone.stream().filter(r -> r.studentId().equals("s3")).forEach(r ->
                copied.add(new Response(copied.size() + 2, "s7", r.question(), r.part(), r.answer())));
        List<String> flagged = Marker.mark(students, copied, List.of()).copying();
        assertEquals(1, flagged.size(), flagged.toString());
        assertTrue(flagged.get(0).startsWith("s7 answered ") && flagged.get(0).contains(" parts right for s3's numbers and wrong for their own ("),
                flagged.get(0));
    }

    @Test
    void anIdTypedInOtherCaseIsTheStudentsAndCountsOnce() {
        int q = slot("loss-delta");
        String right = ((Answer.Numeric) PAPER.variants().get(q - 1).parts().get(0).answer()).display();
        List<Response> responses = List.of(new Response(2, "K1", q, "a", right), new Response(3, "k1", q, "a", "0.5"));
        Marker.Result result = Marker.mark(List.of(STUDENT), responses, List.of());
        assertEquals("right", mark(result.students().get(0).parts(), q, "a").verdict());
        assertEquals(List.of("r.csv:3: a second answer to question " + q + "(a) for k1; the first is marked"),
                result.problems().stream().map(p -> p.in(Path.of("r.csv"))).toList());
    }

    @Test
    void anIdTypedInFullWidthFormsIsTheStudentWhoseIdReadsSoUnlessTwoDo() {
        int q = slot("loss-delta");
        String right = ((Answer.Numeric) PAPER.variants().get(q - 1).parts().get(0).answer()).display();
        // as a Japanese input method types k1
        List<Response> responses = List.of(new Response(2, "ｋ１", q, "a", right));
        assertEquals("right", mark(Marker.mark(List.of(STUDENT), responses, List.of()).students().get(0).parts(), q, "a").verdict());
        // a roster may hold both k1 and ｋ１, which name two folders: ｋ１ (in any case) is then the student written so, not k1
        Marker.Student wide = new Marker.Student("ｋ１", "Kei", PAPER);
        Marker.Result both = Marker.mark(List.of(STUDENT, wide), List.of(new Response(2, "ｋ１", q, "a", right), new Response(3, "Ｋ１", q, "a", right)),
                List.of());
        assertEquals("right", mark(both.students().get(1).parts(), q, "a").verdict());
        assertEquals("blank", mark(both.students().get(0).parts(), q, "a").verdict());
        assertEquals(List.of("r.csv:3: a second answer to question " + q + "(a) for Ｋ１; the first is marked"),
                both.problems().stream().map(p -> p.in(Path.of("r.csv"))).toList());
    }

    @Test
    void problemsAreListedInTheOrderOfTheFile() {
        int q = slot("loss-delta");
        List<Response> responses = List.of(
                new Response(2, "k1", q, "a", "about a half"),
                new Response(3, "ghost", q, "a", "0.5"),
                new Response(5, "k1", 99, "a", "0.5"));
        List<RowProblem> readProblems = List.of(new RowProblem(4, "has 3 fields, the header 4"));
        assertEquals(List.of("r.csv:2: 'about a half' is not a number (question " + q + "(a))", "r.csv:3: no student 'ghost' in this batch",
                "r.csv:4: has 3 fields, the header 4", "r.csv:5: the paper has no question 99"),
                Marker.mark(List.of(STUDENT), responses, readProblems).problems().stream().map(p -> p.in(Path.of("r.csv"))).toList());
    }

    @Test
    void everyModelledMistakeIsNamed() {
        int named = 0;
        for (int k = 0; k < 4; k++) {
            List<Response> responses = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int q = 1; q <= PAPER.variants().size(); q++) {
                for (Part part : PAPER.variants().get(q - 1).parts()) {
                    if (part.answer() instanceof Answer.Numeric numeric && numeric.mistakes().size() > k) {
                        Distractor mistake = numeric.mistakes().get(k);
                        responses.add(new Response(responses.size() + 2, "k1", q, part.label(), numeric.rule().format(mistake.value())));
                        expected.add(q + part.label() + ":" + mistake.mistake().description());
                    }
                }
            }
            List<Marker.PartMark> marks = Marker.mark(List.of(STUDENT), responses, List.of()).students().get(0).parts();
            for (String e : expected) {
                String where = e.substring(0, e.indexOf(':'));
                Marker.PartMark mark = marks.stream().filter(m -> (m.question() + m.part()).equals(where)).findFirst().orElseThrow();
                assertEquals(0, mark.awarded(), where);
                // a printed mistake can round onto the follow-through or onto another mistake; most name exactly theirs
                if (mark.verdict().equals("mistake") && mark.feedback().equals(e.substring(e.indexOf(':') + 1))) {
                    named++;
                }
            }
        }
        assertTrue(named > 40, "mistakes named: " + named);
    }
}
