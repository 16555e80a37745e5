package examgen.paper;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What disability services ask for a student's paper: large print (on A3, every size on the page, type, formulas and
 * figures, {@link #LARGE_PRINT_SCALE} times the standard, 16 pt text) and extra time (a share of the paper's duration or a number
 * of minutes), printed on the front page. The student's numbers are the same with or without them.
 *
 * @param extraTime as written: {@code 25%} or {@code 30 minutes}; empty for none
 */
public record Accommodations(boolean largePrint, String extraTime) {

    public static final Accommodations NONE = new Accommodations(false, "");
    /** 16 pt text where the standard paper sets 10.5 pt: the size large-print guidance asks for. */
    public static final float LARGE_PRINT_SCALE = 16f / 10.5f;
    /** The longest extra time: three times the paper, or ten hours. */
    private static final int MOST_PERCENT = 300;
    private static final int MOST_MINUTES = 600;

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,3})\\s*(?:minutes?|mins?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile(
            "(?:(\\d{1,2})\\s*hours?)?\\s*(?:and\\s*)?(?:(\\d{1,3})\\s*(?:minutes?|mins?))?", Pattern.CASE_INSENSITIVE);

    public Accommodations {
        extraTime = extraTime.strip();
    }

    /**
     * @return the accommodations read from a roster's or the command line's words
     * @throws IllegalArgumentException saying what is wrong and what is read, for the caller to place
     */
    public static Accommodations of(String largePrint, String extraTime) {
        String large = largePrint.strip().toLowerCase(Locale.ROOT);
        boolean yes = switch (large) {
            case "", "no", "n", "false", "0" -> false;
            case "yes", "y", "true", "1", "x" -> true;
            default -> throw new IllegalArgumentException("large print '" + largePrint + "' is neither yes nor no (or blank)");
        };
        String extra = extraTime.strip();
        if (!extra.isEmpty()) {
            Matcher percent = PERCENT.matcher(extra);
            Matcher minutes = MINUTES.matcher(extra);
            if (percent.matches()) {
                int p = Integer.parseInt(percent.group(1));
                if (p < 1 || p > MOST_PERCENT) {
                    throw new IllegalArgumentException("extra time '" + extraTime + "' is not between 1% and " + MOST_PERCENT + "%");
                }
            } else if (minutes.matches()) {
                int m = Integer.parseInt(minutes.group(1));
                if (m < 1 || m > MOST_MINUTES) {
                    throw new IllegalArgumentException("extra time '" + extraTime + "' is not between 1 and " + MOST_MINUTES + " minutes");
                }
            } else {
                throw new IllegalArgumentException("extra time '" + extraTime + "' is neither a share such as 25% nor minutes such as 30 minutes");
            }
        }
        return new Accommodations(yes, extra);
    }

    /** @return how much larger than the standard every size on the page is */
    public float scale() {
        return largePrint ? LARGE_PRINT_SCALE : 1f;
    }

    /**
     * @return the duration as the front page prints it: the paper's, with the extra time and, where the paper's
     *     duration reads as hours and minutes, the time in all: {@code 2 hours + 25% extra time (2 hours 30 minutes in all)}
     */
    public String duration(String paperDuration) {
        if (extraTime.isEmpty()) {
            return paperDuration;
        }
        String with = paperDuration + " + " + extraTime + " extra time";
        return minutesOf(paperDuration).map(base -> {
            Matcher percent = PERCENT.matcher(extraTime);
            int extra = percent.matches() ? (int) Math.ceil(base * Integer.parseInt(percent.group(1)) / 100.0)
                    : Integer.parseInt(MINUTES.matcher(extraTime).replaceAll("$1"));
            return with + " (" + spoken(base + extra) + " in all)";
        }).orElse(with);
    }

    private static Optional<Integer> minutesOf(String duration) {
        Matcher m = HOURS_AND_MINUTES.matcher(duration.strip());
        if (!m.matches() || m.group(1) == null && m.group(2) == null) {
            return Optional.empty();
        }
        return Optional.of((m.group(1) == null ? 0 : 60 * Integer.parseInt(m.group(1))) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    private static String spoken(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (h + " " + m).strip();
    }
}
