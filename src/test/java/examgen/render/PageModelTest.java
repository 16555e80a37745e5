package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import examgen.bank.Bank;
import examgen.paper.Paper;
import examgen.paper.PaperBuilder;
import examgen.paper.VariantFactory;

class PageModelTest {

    private static final Bank BANK = Bank.load(Path.of("question-bank"));
    private static final Paper PAPER = new PaperBuilder(BANK, new VariantFactory()).build(BANK.expectPaper("week7-practice"), "k1");
    /** What only a key may hold: answers, the right option and why the others are wrong, worked steps, common wrong answers. */
    private static final Set<String> ANSWER_FIELDS = Set.of("answers", "answer", "correct", "why", "steps", "mistakes");

    @Test
    void aPapersModelHoldsNoAnswerSoNoTemplateCanPrintOne() {
        for (PageModel.Medium medium : PageModel.Medium.values()) {
            Map<String, Object> paper = new PageModel().build(PAPER, PageModel.Kind.PAPER, medium, null, null);
            Set<String> found = new TreeSet<>(ANSWER_FIELDS);
            found.retainAll(fieldNames(paper));
            assertEquals(Set.of(), found, medium.toString());
        }
    }

    @Test
    void aKeysModelHoldsEveryKindOfAnswer() {
        Map<String, Object> key = new PageModel().build(PAPER, PageModel.Kind.KEY, PageModel.Medium.PDF, null, null);
        Set<String> found = new TreeSet<>(ANSWER_FIELDS);
        found.retainAll(fieldNames(key));
        assertEquals(new TreeSet<>(ANSWER_FIELDS), found);
    }

    @Test
    void aSoftHyphenInANameIsLeftOutOfThePdfWhereFlyingSaucerWouldDrawIt() {
        PageModel.Student student = new PageModel.Student("Ann\u00ADLee", "k1");
        Object pdf = ((Map<?, ?>) new PageModel().build(PAPER, PageModel.Kind.PAPER, PageModel.Medium.PDF, student, null).get("student")).get("name");
        Object html = ((Map<?, ?>) new PageModel().build(PAPER, PageModel.Kind.PAPER, PageModel.Medium.HTML, student, null).get("student")).get("name");
        assertTrue(pdf.toString().contains("AnnLee"), pdf.toString());
        assertTrue(html.toString().contains("Ann\u00ADLee"), "a browser hides it: " + html);
    }

    /** @return the names of the fields of the model's maps, at every depth */
    private static Set<String> fieldNames(Object model) {
        Set<String> names = new TreeSet<>();
        if (model instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                names.add((String) name);
                names.addAll(fieldNames(value));
            });
        } else if (model instanceof Iterable<?> list) {
            list.forEach(item -> names.addAll(fieldNames(item)));
        }
        return names;
    }
}
