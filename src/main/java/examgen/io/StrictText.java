package examgen.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * A file's bytes read as text in one character set, never guessed at: where they stop being such
 * text, the line and what comes before it there is said. One name or formula pasted from an older
 * program is enough to make a file Latin-1 in one place, and its author has to find that place.
 */
public final class StrictText {

    /** The bytes are not text in that character set from a place on. */
    public static final class NotText extends Exception {
        private final int line;

        private NotText(int line, String message) {
            super(message);
            this.line = line;
        }

        /** @return the 1-based line where the text stops */
        public int line() {
            return line;
        }
    }

    private StrictText() {
    }

    /**
     * @param name the character set as the user knows it ("UTF-8 text")
     * @throws NotText saying "not UTF-8 text (after 'k2,Chlo' comes byte EB)", with its line
     */
    public static String decode(byte[] bytes, Charset charset, String name) throws NotText {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String decoded = out.flip().toString();
        if (!result.isError()) {
            return decoded;
        }
        int line = 1 + (int) decoded.chars().filter(c -> c == '\n').count();
        // the line so far, without the byte-order mark a first line may start with
        String before = decoded.substring(decoded.lastIndexOf('\n') + 1).replace("\uFEFF", "").stripLeading();
        String where = before.isEmpty() ? "at its start" : "after '" + (before.length() > 30 ? "…" + before.substring(before.length() - 30) : before) + "'";
        throw new NotText(line, "not " + name + " (" + where + " comes byte " + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + ")");
    }
}
