package examgen.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * @return the answers it offers under these parameters (a network question offers the quantities of
     *     its own network), by key; called only when {@link #check} finds no problem
     */
    default Map<String, String> answers(Parameters parameters) {
        return answers();
    }

    /** @return the table parts it offers under these parameters, by name; called only when {@link #check} finds no problem */
    default Map<String, Table> tables(Parameters parameters) {
        return Map.of();
    }

    /** @return what is wrong with the parameters taken together, beyond what each one's reading finds */
    default List<ParameterProblem> check(Parameters parameters) {
        return List.of();
    }

    /**
     * Draws and solves one variant.
     *
     * @throws Reject when this draw breaks a constraint, so that the engine draws again
     */
    Solved generate(Parameters parameters, Draw draw);

    /**
     * Draws and solves one variant, solving only the answers {@code asked} (a network question has a
     * hundred quantities and a paper asks three); by default all of them.
     *
     * @throws Reject when this draw breaks a constraint, so that the engine draws again
     */
    default Solved generate(Parameters parameters, Draw draw, Set<String> asked) {
        return generate(parameters, draw);
    }
}
