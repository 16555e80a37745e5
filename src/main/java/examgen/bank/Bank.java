package examgen.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The question bank: every question file in {@code question-bank/} and every paper specification
 * in {@code question-bank/papers/}, read and checked together, every problem of every file reported
 * at once.
 */
public final class Bank {

    public static final Path DEFAULT_ROOT = Path.of("question-bank");
    /** The most question files a bank is read with: each is read and checked on every run. */
    public static final int MOST_FILES = 5_000;

    private final Path root;
    private final Map<String, QuestionSpec> questions;
    private final Map<String, PaperSpec> papers;
    private final List<Problem> problems;

    private Bank(Path root, Map<String, QuestionSpec> questions, Map<String, PaperSpec> papers, List<Problem> problems) {
        this.root = root;
        this.questions = questions;
        this.papers = papers;
        this.problems = List.copyOf(problems);
    }

    /** @return the problems of the files {@link #read} left out, or of papers it kept to name them; none after {@link #load} */
    public List<Problem> problems() {
        return problems;
    }

    /** @return the problems of one paper: of its own file, and of the question files its slots name */
    private List<Problem> problemsOf(String paperId) {
        Path paperFolder = root.resolve("papers");
        Set<String> slotted = new HashSet<>();
        Optional.ofNullable(papers.get(paperId)).ifPresent(paper -> paper.slots().stream().filter(slot -> slot.kind() == SlotSpec.Kind.QUESTION)
                .forEach(slot -> slotted.add(slot.name())));
        return problems.stream().filter(p -> {
            String name = fileId(p.file());
            return p.file().startsWith(paperFolder) ? name.equals(paperId) : slotted.contains(name);
        }).toList();
    }

    /**
     * Reads the bank under {@code root}.
     *
     * @throws BankException listing every problem of every file, if there is any
     */
    public static Bank load(Path root) {
        Bank bank = read(root);
        if (!bank.problems.isEmpty()) {
            throw new BankException(bank.problems);
        }
        return bank;
    }

    /**
     * Reads the bank under {@code root}, keeping what is sound: a draft file with problems leaves out itself, and a
     * paper whose own file or slots have problems is kept only to say so when it is asked for
     * ({@link #expectPaper}), so that one broken draft does not stop every other paper.
     *
     * @throws BankException if there is no bank at {@code root}
     */
    public static Bank read(Path root) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            throw new BankException(List.of(new Problem(root, 0, "", "no question bank here; run examgen from the project folder or give --bank")));
        }
        Map<String, QuestionSpec> questions = new LinkedHashMap<>();
        List<Path> files = yamlFiles(root, problems);
        if (files.size() > MOST_FILES) {
            throw new BankException(List.of(new Problem(root, 0, "", files.size() + " question files; a bank holds at most " + MOST_FILES
                    + " (give --bank the folder of one course's questions)")));
        }
        for (Path file : files) {
            QuestionReader.read(file, problems).ifPresent(question -> {
                QuestionSpec earlier = questions.putIfAbsent(question.id(), question);
                if (earlier != null) {
                    problems.add(new Problem(file, 1, "id", "'" + question.id() + "' is also the id of " + earlier.file() + "; ids must differ"));
                }
            });
        }
        Map<String, PaperSpec> papers = new LinkedHashMap<>();
        Path paperDir = root.resolve("papers");
        if (Files.isDirectory(paperDir)) {
            for (Path file : yamlFiles(paperDir, problems)) {
                PaperReader.read(file, problems).ifPresent(paper -> {
                    String expected = fileId(file);
                    if (!paper.id().equals(expected)) {
                        problems.add(new Problem(file, 1, "id", "'" + paper.id() + "' differs from the file name; name the file " + paper.id() + ".yaml"));
                    }
                    checkSlots(root, paper, questions, problems);
                    papers.put(paper.id(), paper);
                });
            }
        }
        return new Bank(root, questions, papers, problems);
    }

    /**
     * Reads one question file alone, as an author checks a question before it joins the bank.
     *
     * @throws BankException listing every problem of the file
     */
    public static QuestionSpec readQuestion(Path file) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            throw new BankException(List.of(new Problem(file, 0, "", "no such file; give the path of a question's .yaml file")));
        }
        Optional<QuestionSpec> question = QuestionReader.read(file, problems);
        if (!problems.isEmpty() || question.isEmpty()) {
            throw new BankException(problems);
        }
        return question.get();
    }

    private static void checkSlots(Path root, PaperSpec paper, Map<String, QuestionSpec> questions, List<Problem> problems) {
        for (SlotSpec slot : paper.slots()) {
            boolean found = switch (slot.kind()) {
                case QUESTION -> questions.containsKey(slot.name());
                case TOPIC -> questions.values().stream().anyMatch(q -> q.topic().equals(slot.name()));
                case TAG -> questions.values().stream().anyMatch(q -> q.tags().contains(slot.name()));
            };
            if (!found) {
                problems.add(new Problem(paper.file(), slot.line(), "slots", missing(root, slot)));
            }
        }
    }

    /** @return why a slot finds no question: a misspelling, or a question file of that name with problems of its own */
    private static String missing(Path root, SlotSpec slot) {
        if (slot.kind() == SlotSpec.Kind.QUESTION) {
            for (String extension : List.of(".yaml", ".yml")) {
                Path file = root.resolve(slot.name() + extension);
                if (Files.isRegularFile(file)) {
                    return "question '" + slot.name() + "' is missing because " + file + " has problems (listed with the others)";
                }
            }
            return "no question has the id '" + slot.name() + "'; check the spelling against the ids in " + root;
        }
        String kind = slot.kind().name().toLowerCase(Locale.ROOT);
        return "no question has the " + kind + " '" + slot.name() + "'; check the spelling against the " + kind + "s in " + root;
    }

    /** @return the id a bank file's name gives: {@code forward-pass-toy} for {@code forward-pass-toy.yaml} */
    private static String fileId(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private static List<Path> yamlFiles(Path dir, List<Problem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(dir, 0, "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    public Path root() {
        return root;
    }

    /** @return every question, in file-name order */
    public List<QuestionSpec> questions() {
        return List.copyOf(questions.values());
    }

    public Optional<QuestionSpec> findQuestion(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    /** @throws IllegalArgumentException naming the known questions */
    public QuestionSpec expectQuestion(String id) {
        return findQuestion(id).orElseThrow(() -> {
            List<Problem> own = problems.stream().filter(p -> fileId(p.file()).equals(id)
                    && !p.file().startsWith(root.resolve("papers"))).toList();
            return new IllegalArgumentException(own.isEmpty() ? "no question '" + id + "' in " + root + "; known: " + String.join(", ", questions.keySet())
                    : "question '" + id + "' has " + own.size() + " problem(s):" + System.lineSeparator()
                    + own.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        });
    }

    public List<PaperSpec> papers() {
        return List.copyOf(papers.values());
    }

    /** @throws IllegalArgumentException naming the known papers, or the problems of the paper asked for */
    public PaperSpec expectPaper(String id) {
        List<Problem> own = problemsOf(id);
        if (!own.isEmpty()) {
            throw new IllegalArgumentException("paper '" + id + "' has " + own.size() + " problem(s):" + System.lineSeparator()
                    + own.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        }
        PaperSpec paper = papers.get(id);
        if (paper == null) {
            throw new IllegalArgumentException("no paper '" + id + "' in " + root.resolve("papers") + "; known: " + String.join(", ", papers.keySet()));
        }
        return paper;
    }
}
