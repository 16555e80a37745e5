package examgen.bank;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one paper specification from {@code question-bank/papers/}, reporting every problem in it. */
final class PaperReader {

    private static final Set<String> FIELDS = Set.of("id", "title", "course", "date", "duration", "instructions", "seed", "slots");
    private static final Set<String> SLOT_FIELDS = Set.of("question", "topic", "tag");
    /** A date written as year-month-day. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PaperReader() {
    }

    static Optional<PaperSpec> read(Path file, List<Problem> problems) {
        int before = problems.size();
        Optional<YamlNode> root = YamlNode.read(file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MapReader fields = new MapReader(root.get(), FIELDS, problems);
        String id = fields.text("id", "week7-practice");
        if (!id.isEmpty() && !id.matches("[a-z0-9][a-z0-9-]*")) {
            fields.field("id").ifPresent(node -> problems.add(node.problem(
                    "'" + id + "' must be lower-case letters, digits and hyphens: it names folders and is printed in the paper code")));
        }
        String title = fields.text("title", "Week 7 practice paper");
        String course = fields.text("course", "Machine Learning");
        String date = fields.text("date", "2026-12-01");
        // free text ("Friday of week 7"), but one written as a calendar date must be a day of the calendar: it is on every paper
        if (ISO_DATE.matcher(date).matches()) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                fields.field("date").ifPresent(node -> problems.add(node.problem("'" + date + "' is no day of the calendar; write it as "
                        + "year-month-day, e.g. date: 2026-12-01 (or as text, e.g. date: Friday of week 7)")));
            }
        }
        String duration = fields.text("duration", "90 minutes");
        Snippet instructions = fields.snippet("instructions", "Answer all questions.");
        long seed = 0;
        if (!fields.has("seed")) {
            problems.add(fields.missing("seed", "20261201"));
        } else {
            String written = fields.text("seed", "20261201").strip();
            try {
                seed = Long.parseLong(written);
            } catch (NumberFormatException e) {
                problems.add(fields.field("seed").get().problem(written.matches("-?\\d+")
                        ? "'" + written + "' has too many digits; a seed is at most " + Long.MAX_VALUE
                        : "expected a whole number, e.g. seed: 20261201"));
            }
        }
        List<SlotSpec> slots = new ArrayList<>();
        Optional<YamlNode> slotsNode = fields.field("slots");
        if (slotsNode.isEmpty() || !slotsNode.get().isList() || slotsNode.get().items().isEmpty()) {
            problems.add(slotsNode.map(n -> n.problem("expected a list of slots, e.g. - question: forward-pass-toy"))
                    .orElseGet(() -> fields.missing("slots", "[{question: forward-pass-toy}]")));
        } else {
            for (YamlNode item : slotsNode.get().items()) {
                MapReader slot = new MapReader(item, SLOT_FIELDS, problems);
                List<SlotSpec.Kind> given = new ArrayList<>();
                for (SlotSpec.Kind kind : SlotSpec.Kind.values()) {
                    String key = kind.name().toLowerCase(Locale.ROOT);
                    if (slot.has(key)) {
                        given.add(kind);
                        slots.add(new SlotSpec(kind, slot.text(key, "forward-pass-toy"), item.line()));
                    }
                }
                if (given.size() != 1) {
                    problems.add(item.problem("give exactly one of question, topic or tag"));
                }
            }
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new PaperSpec(id, title, course, date, duration, instructions, seed, slots, file));
    }
}
