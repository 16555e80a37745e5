package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import examgen.bank.Bank;
import examgen.bank.PartSpec;
import examgen.bank.QuestionSpec;
import examgen.generate.Distractor;
import examgen.network.Activation;
import examgen.network.Network;

/**
 * What every variant of every shipped question keeps, whatever its seed: no modelled mistake inside its answer's
 * accepted range (it would be marked right), an answer the question keeps from 0 away from 0 and printing so, and a
 * network of ReLU and identity units answered exactly.
 */
class VariantInvariantProperties {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final VariantFactory FACTORY = new VariantFactory();

    @Provide
    Arbitrary<QuestionSpec> questions() {
        return Arbitraries.of(BANK.questions());
    }

    @Property(tries = 600)
    void everyVariantKeepsItsQuestionsPromises(@ForAll("questions") QuestionSpec question, @ForAll long seed) {
        Variant variant = FACTORY.generate(question, seed);
        boolean exactNetwork = variant.data().get("network") instanceof Network network
                && network.layers().stream().allMatch(l -> l.activation() == Activation.RELU || l.activation() == Activation.IDENTITY);
        for (int i = 0; i < variant.parts().size(); i++) {
            Part part = variant.parts().get(i);
            PartSpec spec = question.parts().get(i);
            if (!(part.answer() instanceof Answer.Numeric numeric)) {
                continue;
            }
            String where = question.id() + " seed " + seed + " (" + part.label() + ")";
            for (Distractor mistake : numeric.mistakes()) {
                assertTrue(mistake.value().subtract(numeric.value()).abs().compareTo(numeric.tolerance()) > 0,
                        where + ": " + mistake.mistake().id() + " lies inside the accepted range");
            }
            spec.atLeast().ifPresent(size -> {
                assertTrue(numeric.value().abs().compareTo(size) >= 0, where + ": nearer 0 than " + size);
                assertTrue(numeric.rule().round(numeric.value()).signum() != 0, where + ": prints as 0");
            });
            if (exactNetwork) {
                assertTrue(numeric.value().isExact(), where + ": a ReLU network's answer is exact");
            }
        }
    }
}
