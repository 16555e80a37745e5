package examgen.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import examgen.paper.VariantFactory;

/** The questions docs/authoring.md walks a lecturer through are questions examgen takes, as written there. */
class AuthoringGuideTest {

    private static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyQuestionOfTheGuideReadsAndGeneratesForTwentySeeds(@TempDir Path dir) throws IOException {
        Matcher blocks = YAML.matcher(Files.readString(Path.of("docs/authoring.md")));
        List<String> ids = new ArrayList<>();
        while (blocks.find()) {
            Path file = dir.resolve("q" + ids.size() + ".yaml");
            Files.writeString(file, blocks.group(1));
            QuestionSpec question = Bank.readQuestion(file);
            for (long seed = 1; seed <= 20; seed++) {
                new VariantFactory().generate(question, seed);
            }
            ids.add(question.id());
        }
        assertEquals(List.of("forward-tanh-3-3-1", "slide-41", "bias-gradient-deep"), ids);
    }
}
