package examgen.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import examgen.bank.Bank;
import examgen.bank.PaperSpec;
import examgen.bank.QuestionSpec;
import examgen.bank.SlotSpec;
import examgen.random.Draw;
import examgen.random.Seeds;
import examgen.random.VariantCode;

/**
 * Builds a student's paper: the slot's question (named, or drawn from a topic or tag with the
 * paper's own seed, so that every student sits the same questions), and its variant from the seed
 * {@code H(H(paper seed, student id), slot)}.
 */
public final class PaperBuilder {

    /** The student id of a paper made for no one in particular, such as the lecturer's practice paper. */
    public static final String NO_STUDENT = "practice";

    private final Bank bank;
    private final VariantFactory factory;
    /** Each paper's questions, with its instructions' maths checked: the same for every student, so worked out once. */
    private final Map<PaperSpec, List<QuestionSpec>> checked = new ConcurrentHashMap<>();

    public PaperBuilder(Bank bank, VariantFactory factory) {
        this.bank = bank;
        this.factory = factory;
    }

    /** @return the paper of {@code studentId} */
    public Paper build(PaperSpec spec, String studentId) {
        return build(spec, studentId, Seeds.student(spec.seed(), studentId));
    }

    /**
     * @return {@code count} variants of every slot, by slot: variant v of each slot is the one on the
     *         paper of a made-up student "{@code studentPrefix}-v", so any of them can be regenerated from that paper's code
     * @throws CancellationException if the thread is interrupted: a thousand papers take seconds, which a stopped export
     *         should not wait for
     */
    public List<List<Variant>> variantsBySlot(PaperSpec spec, String studentPrefix, int count) {
        List<Paper> papers = new ArrayList<>();
        for (int v = 1; v <= count; v++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("stopped after " + (v - 1) + " of " + count + " papers");
            }
            papers.add(build(spec, studentPrefix + "-" + v));
        }
        List<List<Variant>> bySlot = new ArrayList<>();
        for (int slot = 0; slot < spec.slots().size(); slot++) {
            int index = slot;
            bySlot.add(papers.stream().map(paper -> paper.variants().get(index)).toList());
        }
        return bySlot;
    }

    /**
     * @return the paper a printed code stands for
     * @throws IllegalArgumentException if the code's paper is not in the bank
     */
    public Paper regenerate(VariantCode code) {
        return build(bank.expectPaper(code.paperId()), "", code.studentSeed());
    }

    /**
     * Checks what a paper's specification shows only when a paper is made from it: its slots' questions and the maths of
     * its instructions.
     *
     * @throws GenerationException naming the file and line of the problem
     */
    public void check(PaperSpec spec) {
        checked(spec);
    }

    private List<QuestionSpec> checked(PaperSpec spec) {
        return checked.computeIfAbsent(spec, paper -> {
            VariantFactory.requireTypeset(List.of(paper.instructions().text()), paper.instructions().location());
            return questions(paper);
        });
    }

    private Paper build(PaperSpec spec, String studentId, long studentSeed) {
        List<Variant> variants = new ArrayList<>();
        List<QuestionSpec> questions = checked(spec);
        for (int slot = 1; slot <= questions.size(); slot++) {
            variants.add(factory.generate(questions.get(slot - 1), Seeds.slot(studentSeed, slot)));
        }
        return new Paper(spec, studentId, new VariantCode(spec.id(), studentSeed), variants);
    }

    /**
     * @return the question of every slot, the same for every student of the paper: a slot drawn from
     *     a topic or tag takes a question no other slot has
     * @throws GenerationException naming the slot whose topic or tag has no question left
     */
    public List<QuestionSpec> questions(PaperSpec spec) {
        Set<String> taken = new HashSet<>();
        spec.slots().stream().filter(s -> s.kind() == SlotSpec.Kind.QUESTION).forEach(s -> taken.add(s.name()));
        List<QuestionSpec> questions = new ArrayList<>();
        for (int slot = 1; slot <= spec.slots().size(); slot++) {
            SlotSpec slotSpec = spec.slots().get(slot - 1);
            if (slotSpec.kind() == SlotSpec.Kind.QUESTION) {
                questions.add(bank.expectQuestion(slotSpec.name()));
                continue;
            }
            List<QuestionSpec> candidates = bank.questions().stream()
                    .filter(q -> slotSpec.kind() == SlotSpec.Kind.TOPIC ? q.topic().equals(slotSpec.name()) : q.tags().contains(slotSpec.name()))
                    .sorted(Comparator.comparing(QuestionSpec::id))
                    .toList();
            Draw draw = new Draw(Seeds.slot(spec.seed(), slot));
            QuestionSpec drawn = draw.choice(candidates);
            if (taken.contains(drawn.id())) {
                // drawn again from what is left only when the first draw repeats a question, so other papers keep their questions
                List<QuestionSpec> left = candidates.stream().filter(q -> !taken.contains(q.id())).toList();
                if (left.isEmpty()) {
                    throw new GenerationException(spec.file() + ":" + slotSpec.line() + ": slots: every question with the "
                            + slotSpec.kind().name().toLowerCase(Locale.ROOT) + " '" + slotSpec.name() + "' is on the paper already ("
                            + String.join(", ", candidates.stream().map(QuestionSpec::id).toList())
                            + "); add another to the bank or remove the slot");
                }
                drawn = draw.choice(left);
            }
            taken.add(drawn.id());
            questions.add(drawn);
        }
        return questions;
    }
}
