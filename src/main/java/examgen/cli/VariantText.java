package examgen.cli;

import java.io.PrintWriter;

import examgen.explain.TexText;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Part;
import examgen.paper.Variant;

/** A variant as plain text in the terminal: the question, and with the key its answers and steps. */
final class VariantText {

    private VariantText() {
    }

    static void print(Variant variant, int number, boolean withKey, PrintWriter out) {
        out.println(number + ". " + variant.title() + "  [" + variant.totalMarks() + " marks]");
        out.println(TexText.toPlain(variant.stem()));
        for (Part part : variant.parts()) {
            out.println("  (" + part.label() + ") " + TexText.toPlain(part.promptAsked(true)) + "  [" + part.marks() + "]");
            if (part.answer() instanceof Answer.Choice choice) {
                for (Option option : choice.options()) {
                    out.println("      " + option.label() + ". " + TexText.toPlain(option.markup()));
                }
            }
            if (withKey) {
                out.println("      answer: " + answerText(part.answer()));
                part.steps().forEach(step -> out.println("        " + TexText.toPlain(step)));
            }
        }
        out.println();
    }

    static String answerText(Answer answer) {
        if (answer instanceof Answer.Numeric numeric) {
            String exact = numeric.exactText();
            return numeric.display() + " (accept ±" + numeric.toleranceText() + (exact.isEmpty() ? "" : "; exact " + exact) + ")";
        }
        if (answer instanceof Answer.Choice choice) {
            return choice.correctLabel();
        }
        return TexText.toPlain(((Answer.Text) answer).modelAnswer());
    }
}
