package examgen.random;

import java.util.Locale;

/**
 * The short code printed on a paper, from which its exact variant can be regenerated: the paper's
 * id and the student's 40-bit paper seed in Crockford's base 32 (no I, L, O or U to misread),
 * e.g. {@code week7-practice-7Q2M-9XKD}.
 */
public record VariantCode(String paperId, long studentSeed) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CHARACTERS = Seeds.STUDENT_SEED_BITS / 5;

    public VariantCode {
        if (studentSeed < 0 || studentSeed >>> Seeds.STUDENT_SEED_BITS != 0) {
            throw new IllegalArgumentException("a student seed has " + Seeds.STUDENT_SEED_BITS + " bits");
        }
    }

    @Override
    public String toString() {
        StringBuilder code = new StringBuilder();
        for (int i = CHARACTERS - 1; i >= 0; i--) {
            code.append(ALPHABET.charAt((int) (studentSeed >>> (5 * i)) & 31));
            if (i == CHARACTERS / 2) {
                code.append('-');
            }
        }
        return paperId + "-" + code;
    }

    /**
     * Reads a code as printed; case, and the letters O, I and L typed for 0, 1 and 1, are forgiven.
     *
     * @throws IllegalArgumentException saying what a code looks like
     */
    public static VariantCode parse(String text) {
        String trimmed = text.strip();
        int cut = trimmed.length() - (CHARACTERS + 2);
        if (cut < 1 || trimmed.charAt(cut) != '-' || trimmed.charAt(cut + 1 + CHARACTERS / 2) != '-') {
            throw new IllegalArgumentException("'" + text + "' is not a paper code; a code looks like week7-practice-7Q2M-9XKD");
        }
        String digits = trimmed.substring(cut + 1).replace("-", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        long seed = 0;
        for (char c : digits.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("'" + text + "' has '" + c + "', which no paper code contains");
            }
            seed = seed << 5 | value;
        }
        return new VariantCode(trimmed.substring(0, cut), seed);
    }
}
