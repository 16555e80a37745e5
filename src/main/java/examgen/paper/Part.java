package examgen.paper;

import java.util.List;

/** One part of a question as printed: label, prompt (markup), marks, answer, and its worked steps. */
public record Part(String label, String answerKey, String prompt, int marks, Answer answer, List<String> steps) {

    public Part {
        steps = List.copyOf(steps);
    }
}
