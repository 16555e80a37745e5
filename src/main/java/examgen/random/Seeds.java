package examgen.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Seeds derived by a stable hash (SHA-256), so that the same paper seed, student and slot give the
 * same variant on every machine, and adding a student to a roster changes no one else's paper.
 *
 * <p>A student's paper seed has 40 bits, few enough to print as an 8-character code and many
 * enough that a thousand students share none but by a one-in-a-million chance; each question slot
 * then gets a full 64-bit seed from it.
 */
public final class Seeds {

    /** The number of bits of a student's paper seed. */
    public static final int STUDENT_SEED_BITS = 40;

    private Seeds() {
    }

    /** @return the seed of one student's paper: {@code H(paper seed, student id)}, 40 bits */
    public static long student(long paperSeed, String studentId) {
        return hash("student", Long.toString(paperSeed), studentId) >>> (64 - STUDENT_SEED_BITS);
    }

    /** @return the seed of the variant in {@code slot} (counting from 1) of a student's paper */
    public static long slot(long studentSeed, int slot) {
        return hash("slot", Long.toString(studentSeed), Integer.toString(slot));
    }

    private static long hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("examgen/1".getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
