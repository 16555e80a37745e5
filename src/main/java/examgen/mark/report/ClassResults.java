package examgen.mark.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import examgen.generate.Mistake;
import examgen.mark.Marker;
import examgen.render.figure.ItemMap;

/**
 * What a class's marks say about the paper: per part and per question how easy it was (facility, the share of its marks
 * earned) and how well it told strong students from weak (discrimination: the corrected item–total correlation, and the
 * upper–lower index of the top and bottom 27% by total), the shares left blank, right only by follow-through and still
 * to mark by hand, and the modelled mistakes made; per paper the totals' spread and Cronbach's α over the parts marked.
 * The statistics are Apache Commons Math's; one that a class does not define (too few students, a part everyone scored
 * alike, answers still to mark by hand) is {@link Measure#undefined undefined}, with the reason, never NaN.
 */
public final class ClassResults {

    /** The share of the class at each end that the upper–lower index compares (Kelley's 27%). */
    static final double END_GROUP = 0.27;

    /** A statistic, or why the class does not define it. */
    public record Measure(Double value, String why) {
        static Measure of(double value) {
            return new Measure(value, "");
        }

        static Measure undefined(String why) {
            return new Measure(null, why);
        }

        public boolean defined() {
            return value != null;
        }
    }

    /** A modelled mistake, and how many in the class made it in one part. */
    public record MistakeCount(Mistake mistake, int count, double share) {
    }

    /** A part, or a whole question (its part empty), with its statistics and the flags they raise, in words. */
    public record Item(int question, String part, int max, int students, Measure facility, Measure discrimination,
            Measure upperLower, double blank, double followThrough, double byHand, List<MistakeCount> mistakes, List<String> flags) {

        /** @return {@code 3(b)} for a part, {@code 3} for a question */
        public String name() {
            return question + (part.isEmpty() ? "" : "(" + part + ")");
        }
    }

    /** The paper's totals, and Cronbach's α over the parts marked (those with no answer left to mark by hand). */
    public record Totals(int students, int max, Measure mean, Measure median, Measure standardDeviation, Measure alpha, int alphaParts,
            List<Integer> scores) {
    }

    private final List<Item> parts;
    private final List<Item> questions;
    private final Totals totals;

    private ClassResults(List<Item> parts, List<Item> questions, Totals totals) {
        this.parts = List.copyOf(parts);
        this.questions = List.copyOf(questions);
        this.totals = totals;
    }

    public List<Item> parts() {
        return parts;
    }

    public List<Item> questions() {
        return questions;
    }

    public Totals totals() {
        return totals;
    }

    /** @return the class's results from its marks; every student has the paper's parts, in the paper's order */
    public static ClassResults of(List<Marker.StudentMarks> students) {
        if (students.isEmpty()) {
            throw new IllegalArgumentException("no student was marked");
        }
        List<Marker.PartMark> layout = students.get(0).parts();
        double[] totals = students.stream().mapToDouble(Marker.StudentMarks::total).toArray();
        int[] ranking = ranking(students);
        List<Item> parts = new ArrayList<>();
        for (int p = 0; p < layout.size(); p++) {
            parts.add(item(layout.get(p).question(), layout.get(p).part(), students, List.of(p), totals, ranking));
        }
        Map<Integer, List<Integer>> byQuestion = new LinkedHashMap<>();
        for (int p = 0; p < layout.size(); p++) {
            byQuestion.computeIfAbsent(layout.get(p).question(), q -> new ArrayList<>()).add(p);
        }
        List<Item> questions = new ArrayList<>();
        byQuestion.forEach((question, indices) -> questions.add(item(question, "", students, indices, totals, ranking)));
        return new ClassResults(parts, questions, totals(students, totals, parts));
    }

    /** @return the students' positions from the highest total down, ties in the order of their ids */
    private static int[] ranking(List<Marker.StudentMarks> students) {
        return IntStream.range(0, students.size()).boxed()
                .sorted(Comparator.comparingInt((Integer s) -> -students.get(s).total()).thenComparing(s -> students.get(s).student().id()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** The statistics of the parts at {@code indices} taken together: one part, or a question's parts. */
    private static Item item(int question, String part, List<Marker.StudentMarks> students, List<Integer> indices, double[] totals,
            int[] ranking) {
        int n = students.size();
        int max = indices.stream().mapToInt(p -> students.get(0).parts().get(p).max()).sum();
        double[] scores = new double[n];
        int blank = 0;
        int followThrough = 0;
        int byHand = 0;
        Map<Mistake, Integer> mistakes = new EnumMap<>(Mistake.class);
        for (int s = 0; s < n; s++) {
            for (int p : indices) {
                Marker.PartMark mark = students.get(s).parts().get(p);
                scores[s] += mark.awarded();
                blank += mark.verdict().equals("blank") ? 1 : 0;
                followThrough += mark.verdict().equals("follow-through") ? 1 : 0;
                byHand += mark.verdict().equals("by hand") ? 1 : 0;
                mark.mistake().ifPresent(m -> mistakes.merge(m, 1, Integer::sum));
            }
        }
        int answers = n * indices.size();
        List<MistakeCount> made = mistakes.entrySet().stream()
                .sorted(Map.Entry.<Mistake, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new MistakeCount(e.getKey(), e.getValue(), (double) e.getValue() / answers)).toList();
        Measure facility;
        Measure discrimination;
        Measure upperLower;
        if (byHand > 0) {
            String why = byHand + (byHand == 1 ? " answer is" : " answers are") + " still to mark by hand";
            facility = Measure.undefined(why);
            discrimination = Measure.undefined(why);
            upperLower = Measure.undefined(why);
        } else {
            facility = Measure.of(StatUtils.mean(scores) / max);
            discrimination = correctedCorrelation(scores, totals);
            upperLower = upperLower(scores, ranking, max);
        }
        return new Item(question, part, max, n, facility, discrimination, upperLower, (double) blank / answers,
                (double) followThrough / answers, (double) byHand / answers, made, flags(facility, discrimination));
    }

    /** @return the correlation of the item's scores with the rest of each student's total (the item left out of it) */
    private static Measure correctedCorrelation(double[] scores, double[] totals) {
        if (scores.length < 3) {
            return Measure.undefined("fewer than 3 students");
        }
        double[] rest = IntStream.range(0, scores.length).mapToDouble(s -> totals[s] - scores[s]).toArray();
        if (StatUtils.variance(scores) == 0) {
            return Measure.undefined("every student scored the same on it");
        }
        if (StatUtils.variance(rest) == 0) {
            return Measure.undefined("every student scored the same on the rest of the paper");
        }
        return Measure.of(new PearsonsCorrelation().correlation(scores, rest));
    }

    /** @return the mean score of the top 27% by total less that of the bottom 27%, as a share of the item's marks */
    private static Measure upperLower(double[] scores, int[] ranking, int max) {
        int group = (int) Math.round(END_GROUP * scores.length);
        if (group < 1 || 2 * group > scores.length) {
            return Measure.undefined("fewer than 4 students");
        }
        double upper = 0;
        double lower = 0;
        for (int i = 0; i < group; i++) {
            upper += scores[ranking[i]];
            lower += scores[ranking[scores.length - 1 - i]];
        }
        return Measure.of((upper - lower) / group / max);
    }

    private static List<String> flags(Measure facility, Measure discrimination) {
        List<String> flags = new ArrayList<>();
        if (discrimination.defined() && discrimination.value() < 0) {
            flags.add("negative discrimination: students strong on the rest of the paper did worse here; check its key and wording");
        }
        if (facility.defined() && facility.value() < ItemMap.LOWEST_FACILITY) {
            flags.add(String.format(java.util.Locale.ROOT, "hard: the class earned %.0f%% of its marks", 100 * facility.value()));
        }
        if (facility.defined() && facility.value() > ItemMap.HIGHEST_FACILITY) {
            flags.add(String.format(java.util.Locale.ROOT, "easy: the class earned %.0f%% of its marks, so it tells students apart little",
                    100 * facility.value()));
        }
        return flags;
    }

    private static Totals totals(List<Marker.StudentMarks> students, double[] totals, List<Item> parts) {
        int n = students.size();
        int max = students.get(0).max();
        List<Integer> scores = students.stream().map(Marker.StudentMarks::total).toList();
        Measure mean = Measure.of(StatUtils.mean(totals));
        Measure median = Measure.of(new Median().evaluate(totals));
        Measure deviation = n < 2 ? Measure.undefined("one student") : Measure.of(new StandardDeviation().evaluate(totals));
        // α over the parts with nothing left to mark by hand, on the sum of those parts
        List<Integer> marked = IntStream.range(0, parts.size()).filter(p -> parts.get(p).byHand() == 0).boxed().toList();
        Measure alpha;
        if (n < 2) {
            alpha = Measure.undefined("one student");
        } else if (marked.size() < 2) {
            alpha = Measure.undefined("fewer than 2 parts are marked");
        } else {
            double[] sum = new double[n];
            double partVariances = 0;
            for (int p : marked) {
                double[] part = new double[n];
                for (int s = 0; s < n; s++) {
                    part[s] = students.get(s).parts().get(p).awarded();
                    sum[s] += part[s];
                }
                partVariances += new Variance().evaluate(part);
            }
            double total = new Variance().evaluate(sum);
            int k = marked.size();
            alpha = total == 0 ? Measure.undefined("every student's marked parts add up to the same")
                    : Measure.of((double) k / (k - 1) * (1 - partVariances / total));
        }
        return new Totals(n, max, mean, median, deviation, alpha, marked.size(), scores);
    }

    /** @return what α says of the paper, in words (George and Mallery's rule of thumb) */
    public static String alphaMeaning(Measure alpha) {
        if (!alpha.defined()) {
            return "undefined: " + alpha.why();
        }
        double a = alpha.value();
        String grade = a >= 0.9 ? "excellent" : a >= 0.8 ? "good" : a >= 0.7 ? "acceptable" : a >= 0.6 ? "questionable" : a >= 0.5 ? "poor"
                : "unacceptable";
        return grade + ": α is how consistently the parts rank the students (1: every part ranks them alike; 0: the parts "
                + "agree no more than chance); a paper used to grade wants 0.7 or more";
    }
}
