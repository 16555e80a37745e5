package examgen.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;

class VariantFactoryTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));

    @Test
    void forwardPassVariantIsRenderedAndSolved() {
        Variant variant = new VariantFactory().generate(BANK.expectQuestion("forward-pass-toy"), 42);
        System.out.println(variant.stem());
        variant.parts().forEach(p -> System.out.println(p.label() + ") " + p.prompt() + " [" + p.marks() + "] " + p.answer() + "\n   " + p.steps()));
        assertEquals(3, variant.parts().size());
        assertTrue(variant.stem().contains("x_1 = "));
    }
}
