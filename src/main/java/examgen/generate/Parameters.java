package examgen.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import examgen.numeric.Real;
import examgen.random.DecimalRange;
import examgen.random.ValueSource;

/** The parameters of one question, read from the bank, with every one the bank left out at its default. */
public final class Parameters {

    private final Map<String, Object> values;
    private final List<String> given;

    /** @param given values by name, parsed by their {@link ParamSpec}; the rest take their defaults */
    public Parameters(List<ParamSpec> specs, Map<String, Object> given) {
        Map<String, Object> all = new LinkedHashMap<>();
        specs.forEach(spec -> all.put(spec.name(), given.getOrDefault(spec.name(), spec.fallback())));
        this.values = Collections.unmodifiableMap(all);
        this.given = List.copyOf(given.keySet());
    }

    /** @return whether the bank gave the parameter, rather than leaving it at its default */
    public boolean isGiven(String name) {
        return given.contains(name);
    }

    public DecimalRange range(String name) {
        return (DecimalRange) get(name);
    }

    public String choice(String name) {
        return (String) get(name);
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public Real number(String name) {
        return (Real) get(name);
    }

    public ValueSource values(String name) {
        return (ValueSource) get(name);
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String name) {
        return (List<String>) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Solution.Option> options(String name) {
        return (List<Solution.Option>) get(name);
    }

    /** @return every parameter by name, for exports */
    public Map<String, Object> all() {
        return values;
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "' was declared");
        }
        return values.get(name);
    }
}
