package examgen.generate;

import java.util.List;
import java.util.Map;

import examgen.random.Draw;

/**
 * One question family: it draws the numbers of a variant under the bank's parameters and solves it
 * with the exact core. It knows nothing of templates or files.
 */
public interface Generator {

    /** @return the id the bank names it by: {@code forward-pass} */
    String id();

    /** @return the parameters it takes from the bank, with their defaults */
    List<ParamSpec> parameters();

    /** @return the answers it can offer as parts, by key, each with a short description, in order */
    Map<String, String> answers();

    /**
     * Draws and solves one variant.
     *
     * @throws Reject when this draw breaks a constraint, so that the engine draws again
     */
    Solved generate(Parameters parameters, Draw draw);
}
