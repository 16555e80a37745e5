package examgen.mark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.special.Beta;

import examgen.numeric.Real;
import examgen.paper.Answer;
import examgen.paper.Part;

/**
 * Which students' answers fit another student's numbers where chance could hardly make them fit. A student's
 * wrong answer lands in another student's accepted range by chance with about the range's width over the
 * spread of that part's answers across the class; over the parts a student got wrong, the number of such
 * landings is binomial. A pair is flagged when at least {@value #LEAST_MATCHES} wrong answers are right for the
 * other's numbers and chance gives that many with a probability below {@value #FLAG_BELOW} after allowing for
 * every pair of the class (Bonferroni): evidence a marker can act on, not a coincidence of three or four parts.
 */
final class CopyingCheck {

    static final double FLAG_BELOW = 0.001;
    static final int LEAST_MATCHES = 3;

    private CopyingCheck() {
    }

    /** @return one sentence per flagged pair: who, which parts, and how unlikely by chance */
    static List<String> flag(List<Marker.Student> students, Map<String, Map<String, Response>> answers) {
        Map<String, Double> chance = chanceOfALanding(students);
        long pairs = (long) students.size() * (students.size() - 1);
        List<String> flagged = new ArrayList<>();
        for (Marker.Student student : students) {
            Map<String, Response> own = answers.getOrDefault(student.id(), Map.of());
            Map<String, Real> wrong = wrongAnswers(own, student);
            for (Marker.Student other : students) {
                if (other == student || wrong.size() < LEAST_MATCHES) {
                    continue;
                }
                List<String> matched = new ArrayList<>();
                double chanceSum = 0;
                for (Map.Entry<String, Real> answer : wrong.entrySet()) {
                    Optional<Answer.Numeric> theirs = numeric(other, answer.getKey());
                    Optional<Answer.Numeric> mine = numeric(student, answer.getKey());
                    if (theirs.isEmpty() || mine.isEmpty() || Marker.within(theirs.get().value(), mine.get().value(), mine.get().tolerance())) {
                        continue;
                    }
                    chanceSum += chance.getOrDefault(answer.getKey(), 1.0);
                    if (Marker.within(answer.getValue(), theirs.get().value(), theirs.get().tolerance())) {
                        matched.add(answer.getKey().replace("|", "(") + ")");
                    }
                }
                int n = wrong.size();
                double p = Math.min(1, chanceSum / n);
                double byChance = matched.size() == 0 ? 1 : Beta.regularizedBeta(p, matched.size(), n - matched.size() + 1.0);
                double corrected = Math.min(1, byChance * pairs);
                if (matched.size() >= LEAST_MATCHES && corrected < FLAG_BELOW) {
                    flagged.add(student.id() + " answered " + matched.size() + " parts right for " + other.id() + "'s numbers and wrong for their own ("
                            + String.join(", ", matched) + "); by chance that many would fit with probability "
                            + String.format(Locale.ROOT, "%.1g", corrected) + " in a class of " + students.size()
                            + " (each part's chance: its accepted range's width over the spread of the class's answers)");
                }
            }
        }
        return flagged;
    }

    /** @return the student's readable numeric answers that are wrong for their own numbers, by "question|part" */
    private static Map<String, Real> wrongAnswers(Map<String, Response> answers, Marker.Student student) {
        Map<String, Real> wrong = new LinkedHashMap<>();
        for (int q = 1; q <= student.paper().variants().size(); q++) {
            for (Part part : student.paper().variants().get(q - 1).parts()) {
                Response response = answers.get(q + "|" + part.label());
                if (response == null || !(part.answer() instanceof Answer.Numeric numeric)) {
                    continue;
                }
                try {
                    Optional<Real> value = AnswerText.number(response.answer());
                    if (value.isPresent() && !Marker.within(value.get(), numeric.value(), numeric.tolerance())) {
                        wrong.put(q + "|" + part.label(), value.get());
                    }
                } catch (NumberFormatException e) {
                    // an unreadable answer fits nobody's numbers
                }
            }
        }
        return wrong;
    }

    /** @return each numeric part's chance that a wrong answer lands in a given student's accepted range, by "question|part" */
    private static Map<String, Double> chanceOfALanding(List<Marker.Student> students) {
        Map<String, double[]> spread = new LinkedHashMap<>();
        Map<String, Double> width = new LinkedHashMap<>();
        for (Marker.Student student : students) {
            for (int q = 1; q <= student.paper().variants().size(); q++) {
                for (Part part : student.paper().variants().get(q - 1).parts()) {
                    if (part.answer() instanceof Answer.Numeric numeric) {
                        String key = q + "|" + part.label();
                        double value = numeric.value().toBigDecimal().doubleValue();
                        spread.merge(key, new double[] {value, value}, (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                        width.merge(key, 2 * numeric.tolerance().toBigDecimal().doubleValue(), Math::max);
                    }
                }
            }
        }
        Map<String, Double> chance = new LinkedHashMap<>();
        spread.forEach((key, range) -> chance.put(key, range[1] > range[0] ? Math.min(1, width.get(key) / (range[1] - range[0])) : 1));
        return chance;
    }

    private static Optional<Answer.Numeric> numeric(Marker.Student student, String key) {
        int q = Integer.parseInt(key.substring(0, key.indexOf('|')));
        String label = key.substring(key.indexOf('|') + 1);
        if (q > student.paper().variants().size()) {
            return Optional.empty();
        }
        return student.paper().variants().get(q - 1).parts().stream().filter(p -> p.label().equals(label))
                .map(Part::answer).filter(Answer.Numeric.class::isInstance).map(Answer.Numeric.class::cast).findFirst();
    }
}
