package examgen.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import examgen.bank.Bank;
import examgen.bank.BankException;
import examgen.batch.Roster;
import examgen.mark.ResponsesFile;
import examgen.random.VariantCode;

/**
 * Every reader of a file or a typed code, given anything at all: it reads it, or refuses it with its own message
 * naming the file (and line where there is one), and never fails in another way.
 */
class ReaderProperties {

    /** Text made of the characters that trouble a reader most: separators, quotes, line breaks, YAML's marks, and any other. */
    @Provide
    Arbitrary<String> troublesome() {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.of(',', ';', '\t', '"', '\n', '\r', ' ', ':', '-', '[', ']', '{', '}', '#',
                '&', '*', '!', '|', '>', '\'', '%', '@', '`', '\u202E', '\u0000', '\uFEFF'), Arbitraries.chars().alpha().numeric(),
                Arbitraries.chars());
        return chars.list().ofMaxSize(300).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::append);
            return text.toString();
        });
    }

    /** Writes the text to a file of its own for {@code check}, and removes it after: a property runs hundreds of times. */
    private static void withFile(String name, String text, Consumer<Path> check) {
        try {
            Path dir = Files.createTempDirectory("reader");
            Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            try {
                check.accept(file);
            } finally {
                Files.delete(file);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 400)
    void aRosterIsReadOrRefusedNamingItsFile(@ForAll("troublesome") String body) {
        withFile("class.csv", "id,name\n" + body, file -> {
            try {
                Roster roster = Roster.read(file, "id", "name");
                assertFalse(roster.students().isEmpty());
            } catch (Roster.RosterException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.startsWith(file.toString())), e.getMessage());
            }
        });
    }

    @Property(tries = 400)
    void aResponsesFileIsReadOrRefusedNamingItsFile(@ForAll("troublesome") String body) {
        withFile("answers.csv", "student_id,question,part,answer\n" + body, file -> {
            try {
                ResponsesFile.read(file);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            }
        });
    }

    @Property(tries = 400)
    void aQuestionFileIsReadOrRefusedNamingItsFile(@ForAll("troublesome") String text) {
        withFile("q.yaml", "id: q\ntitle: T\ntopic: t\ngenerator: network\n" + text, file -> {
            try {
                Bank.readQuestion(file);
            } catch (BankException e) {
                assertTrue(e.problems().stream().allMatch(p -> p.file().equals(file)), e.getMessage());
            }
        });
    }

    @Property(tries = 1000)
    void aTypedCodeIsReadOrRefusedSayingWhatACodeLooksLike(@ForAll @StringLength(max = 80) String typed) {
        List<String> refusals = new ArrayList<>();
        try {
            VariantCode.parse(typed);
        } catch (IllegalArgumentException e) {
            refusals.add(e.getMessage());
        }
        refusals.forEach(m -> assertTrue(m.contains("code"), m));
    }
}
