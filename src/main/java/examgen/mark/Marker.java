package examgen.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import examgen.batch.Roster;
import examgen.generate.Distractor;
import examgen.generate.Mistake;
import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Option;
import examgen.paper.Paper;
import examgen.paper.Part;
import examgen.paper.Variant;

/**
 * Marks typed answers against each student's own variants: right within the key's tolerance; right
 * for the student's own wrong earlier answer (follow-through); a modelled mistake named; blank or
 * unreadable said so; written answers left to a marker. Students whose answers fit another student's
 * numbers better than their own are reported apart.
 */
public final class Marker {

    /** One student as the batch knows them. */
    public record Student(String id, String name, Paper paper) {
    }

    /** The mark and feedback of one part, and the modelled mistake the answer matched, if one did. */
    public record PartMark(int question, String part, String given, int awarded, int max, String verdict, String feedback,
            Optional<Mistake> mistake) {

        PartMark(int question, String part, String given, int awarded, int max, String verdict, String feedback) {
            this(question, part, given, awarded, max, verdict, feedback, Optional.empty());
        }
    }

    /** A student's marks. */
    public record StudentMarks(Student student, List<PartMark> parts) {
        public int total() {
            return parts.stream().mapToInt(PartMark::awarded).sum();
        }

        public int max() {
            return parts.stream().mapToInt(PartMark::max).sum();
        }

        /** @return the marks of the parts left to a marker, such as written explanations */
        public int byHand() {
            return parts.stream().filter(p -> p.verdict().equals("by hand")).mapToInt(PartMark::max).sum();
        }
    }

    /** Every student's marks, the rows that could not be used, and the students flagged for copying. */
    public record Result(List<StudentMarks> students, List<RowProblem> problems, List<String> copying) {
    }

    private Marker() {
    }

    public static Result mark(List<Student> students, List<Response> responses, List<RowProblem> readProblems) {
        List<RowProblem> problems = new ArrayList<>(readProblems);
        // ids are unique ignoring case and how accents are encoded (the roster sees to it), so a typed K1 is k1
        Map<String, Student> byId = new LinkedHashMap<>();
        students.forEach(s -> byId.put(Roster.idKey(s.id()), s));
        // an id typed in full-width forms (ｋ１), as Chinese and Japanese input methods type it, is the student whose id
        // reads the same in plain forms, if only one does: ids name folders, and a roster may hold both k1 and ｋ１
        Map<String, List<Student>> byPlainId = students.stream().collect(Collectors.groupingBy(s -> plainId(s.id())));
        Map<String, Map<String, Response>> answers = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Response response : responses) {
            Student student = byId.get(Roster.idKey(response.studentId()));
            if (student == null) {
                List<Student> plain = byPlainId.getOrDefault(plainId(response.studentId()), List.of());
                student = plain.size() == 1 ? plain.get(0) : null;
            }
            String key = (student == null ? response.studentId() : student.id()) + "|" + response.question() + "|" + response.part();
            if (student == null) {
                problems.add(new RowProblem(response.line(), "no student '" + response.studentId() + "' in this batch"));
            } else if (response.question() < 1 || response.question() > student.paper().variants().size()) {
                problems.add(new RowProblem(response.line(), "the paper has no question " + response.question()));
            } else if (student.paper().variants().get(response.question() - 1).parts().stream().noneMatch(p -> p.label().equals(response.part()))) {
                problems.add(new RowProblem(response.line(), "question " + response.question() + " has no part '" + response.part() + "'"));
            } else if (!seen.add(key)) {
                problems.add(new RowProblem(response.line(), "a second answer to question " + response.question() + "(" + response.part()
                        + ") for " + response.studentId() + "; the first is marked"));
            } else {
                answers.computeIfAbsent(student.id(), k -> new HashMap<>()).put(response.question() + "|" + response.part(), response);
            }
        }
        List<StudentMarks> marks = new ArrayList<>();
        for (Student student : students) {
            marks.add(markStudent(student, answers.getOrDefault(student.id(), Map.of()), problems));
        }
        // the rows' own problems came in a second pass: list every problem in the file's order
        problems.sort(Comparator.comparingLong(RowProblem::line));
        return new Result(marks, problems, CopyingCheck.flag(students, answers));
    }

    /** @return the id in plain forms (ｋ１ is k1) and lower case */
    private static String plainId(String id) {
        return AnswerText.plain(id).toLowerCase(Locale.ROOT);
    }

    private static StudentMarks markStudent(Student student, Map<String, Response> answers, List<RowProblem> problems) {
        List<PartMark> marks = new ArrayList<>();
        for (int q = 1; q <= student.paper().variants().size(); q++) {
            Variant variant = student.paper().variants().get(q - 1);
            Map<String, Real> given = new HashMap<>();
            for (Part part : variant.parts()) {
                Response response = answers.get(q + "|" + part.label());
                String typed = response == null ? "" : response.answer().strip();
                marks.add(markPart(variant, q, part, typed, given, response, problems));
            }
        }
        return new StudentMarks(student, marks);
    }

    private static PartMark markPart(Variant variant, int q, Part part, String typed, Map<String, Real> given, Response response,
            List<RowProblem> problems) {
        Answer answer = part.answer();
        if (typed.isEmpty()) {
            return new PartMark(q, part.label(), "", 0, part.marks(), "blank", "no answer given");
        }
        if (answer instanceof Answer.Text) {
            return new PartMark(q, part.label(), typed, 0, part.marks(), "by hand", "a written answer: mark it against the model answer");
        }
        if (answer instanceof Answer.Choice choice) {
            String label = AnswerText.label(typed);
            Optional<Option> chosen = choice.options().stream().filter(o -> o.label().equals(label)).findFirst();
            if (chosen.isEmpty()) {
                problems.add(new RowProblem(response.line(), "'" + typed + "' is not one of the options of question " + q + "(" + part.label() + ")"));
                return new PartMark(q, part.label(), typed, 0, part.marks(), "unreadable", "not one of the options");
            }
            return chosen.get().correct()
                    ? new PartMark(q, part.label(), typed, part.marks(), part.marks(), "right", "right")
                    : new PartMark(q, part.label(), typed, 0, part.marks(), "wrong", chosen.get().whyWrong(), chosen.get().mistake());
        }
        Answer.Numeric numeric = (Answer.Numeric) answer;
        Real value;
        try {
            value = AnswerText.number(typed).orElseThrow();
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(response.line(), "'" + typed + "' is not a number (question " + q + "(" + part.label() + "))"));
            return new PartMark(q, part.label(), typed, 0, part.marks(), "unreadable", "not a number");
        }
        given.put(part.answerKey(), value);
        if (within(value, numeric.value(), numeric.tolerance())) {
            return new PartMark(q, part.label(), typed, part.marks(), part.marks(), "right", "right");
        }
        Optional<Real> carried = FollowThrough.expected(variant, part.answerKey(), given);
        if (carried.isPresent() && within(value, carried.get(), numeric.tolerance())) {
            return new PartMark(q, part.label(), typed, part.marks(), part.marks(), "follow-through",
                    "right for your own earlier answer (follow-through); the earlier part was wrong");
        }
        for (Distractor mistake : numeric.mistakes()) {
            if (within(value, mistake.value(), numeric.tolerance())) {
                return new PartMark(q, part.label(), typed, 0, part.marks(), "mistake", mistake.mistake().description(),
                        Optional.of(mistake.mistake()));
            }
        }
        return new PartMark(q, part.label(), typed, 0, part.marks(), "wrong", "the answer is " + numeric.display());
    }

    /** @return whether {@code value} lies within {@code tolerance} of {@code target}: an answer's accepted range */
    static boolean within(Real value, Real target, Real tolerance) {
        return value.subtract(target).abs().compareTo(tolerance) <= 0;
    }
}
