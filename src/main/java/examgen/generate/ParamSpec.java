package examgen.generate;

import java.util.List;

import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.ValueSource;

/**
 * One parameter a generator takes from the question bank, with its type, default and help:
 * a range of decimals ({@code {min: -0.5, max: 0.5, places: 2}}), a choice among words, a whole
 * number, a number, numbers drawn from a range or fixed ({@code [2, 3]}), a yes/no flag, or markup written in the bank (a text, a list of texts, options).
 */
public record ParamSpec(String name, Kind kind, String help, Object fallback, List<String> choices, int min, int max) {

    public enum Kind { RANGE, CHOICE, INTEGER, NUMBER, VALUES, FLAG, TEXT, TEXTS, OPTIONS }

    public static ParamSpec range(String name, String help, DecimalRange fallback) {
        return new ParamSpec(name, Kind.RANGE, help, fallback, List.of(), 0, 0);
    }

    public static ParamSpec choice(String name, String help, String fallback, String... choices) {
        return new ParamSpec(name, Kind.CHOICE, help, fallback, List.of(choices), 0, 0);
    }

    public static ParamSpec integer(String name, String help, int fallback, int min, int max) {
        return new ParamSpec(name, Kind.INTEGER, help, fallback, List.of(), min, max);
    }

    public static ParamSpec number(String name, String help, String fallback) {
        return new ParamSpec(name, Kind.NUMBER, help, Real.parse(fallback), List.of(), 0, 0);
    }

    /** @return numbers drawn from a range ({@code {min: 1, max: 4, places: 0}}) or written out ({@code [2, 3]}, {@code 0.1}) */
    public static ParamSpec values(String name, String help, DecimalRange fallback) {
        return new ParamSpec(name, Kind.VALUES, help, new ValueSource.Drawn(fallback), List.of(), 0, 0);
    }

    /** @return a list of words, one word counting as a list of one ({@code [relu, sigmoid]}, {@code relu}) */
    public static ParamSpec words(String name, String help, String... fallback) {
        return new ParamSpec(name, Kind.TEXTS, help, List.of(fallback), List.of(), 0, 0);
    }

    /** @return a piece of markup written in the bank, such as a model answer */
    public static ParamSpec text(String name, String help) {
        return text(name, help, "");
    }

    /** @return a piece of text written in the bank, {@code fallback} when left out */
    public static ParamSpec text(String name, String help, String fallback) {
        return new ParamSpec(name, Kind.TEXT, help, fallback, List.of(), 0, 0);
    }

    /** @return a list of markup pieces, such as the points a marker looks for */
    public static ParamSpec texts(String name, String help) {
        return new ParamSpec(name, Kind.TEXTS, help, List.of(), List.of(), 0, 0);
    }

    /** @return multiple-choice options written in the bank: {@code [{text: …, correct: true}, {text: …, why: …}]} */
    public static ParamSpec options(String name, String help) {
        return new ParamSpec(name, Kind.OPTIONS, help, List.of(), List.of(), 0, 0);
    }

    public static ParamSpec flag(String name, String help, boolean fallback) {
        return new ParamSpec(name, Kind.FLAG, help, fallback, List.of(), 0, 0);
    }
}
