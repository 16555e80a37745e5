package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.bank.QuestionSpec;
import examgen.explain.TexText;
import examgen.numeric.Real;

/** Every question of the shipped bank, over many seeds: it generates, and its parts are well formed and of the sizes the bank asks. */
class VariantFactoryTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final int SEEDS = 200;

    @Test
    void everyQuestionGeneratesWellFormedVariants() {
        VariantFactory factory = new VariantFactory();
        for (QuestionSpec question : BANK.questions()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Variant variant = factory.generate(question, seed);
                String where = question.id() + " seed " + seed;
                assertEquals(question.parts().size(), variant.parts().size(), where);
                assertFalse(variant.stem().contains("${"), where);
                TexText.toPlain(variant.stem());
                for (int i = 0; i < variant.parts().size(); i++) {
                    Part part = variant.parts().get(i);
                    TexText.toPlain(part.prompt());
                    question.parts().get(i).atLeast().ifPresent(size -> assertTrue(
                            ((Answer.Numeric) part.answer()).value().abs().compareTo(size) >= 0, where + ": answer " + part.answerKey() + " below its at-least"));
                    part.steps().forEach(TexText::toPlain);
                    if (part.answer() instanceof Answer.Numeric numeric) {
                        assertTrue(numeric.tolerance().signum() > 0, where);
                        assertTrue(numeric.value().subtract(Real.parse(numeric.display())).abs()
                                .compareTo(numeric.tolerance()) <= 0 || numeric.display().contains("/") || numeric.display().contains("×"), where);
                    } else if (part.answer() instanceof Answer.Choice choice) {
                        assertEquals(1, choice.options().stream().filter(Option::correct).count(), where);
                        Set<String> texts = new HashSet<>();
                        choice.options().forEach(o -> assertTrue(texts.add(o.markup()), where + " repeats option " + o.markup()));
                    }
                }
            }
        }
    }
}
