package examgen.bank;

/**
 * One numbered slot of a paper: a named question, or one drawn (the same for every student of the
 * paper) from the questions of a topic or with a tag.
 */
public record SlotSpec(Kind kind, String name, int line) {

    public enum Kind { QUESTION, TOPIC, TAG }
}
