package examgen.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import examgen.generate.network.NetworkQuestionGenerator;

/** Every question family, by the id the bank names it with. */
public final class Generators {

    private static final Map<String, Generator> ALL = new LinkedHashMap<>();

    static {
        for (Generator generator : List.<Generator>of(
                new UpdateRuleGenerator(), new LearningRateGenerator(), new DescentGenerator(), new BatchSgdGenerator(),
                new NetworkQuestionGenerator(), new VanishingGenerator(), new BatchNormGenerator(),
                new SigmoidStepGenerator(), new BumpGenerator(), new StaircaseGenerator(), new ConceptGenerator())) {
            ALL.put(generator.id(), generator);
        }
    }

    private Generators() {
    }

    public static Optional<Generator> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    public static List<String> ids() {
        return List.copyOf(ALL.keySet());
    }

    public static List<Generator> all() {
        return List.copyOf(ALL.values());
    }
}
