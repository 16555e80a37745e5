package examgen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void aValueAskedForAgainIsTheOneMadeBefore() {
        LruCache<String, TexFormula> formulas = new LruCache<>(4);
        TexFormula first = formulas.get("\\sigma'(z)", tex -> TexFormula.of(tex, 10.5f));
        formulas.get("w_5", tex -> TexFormula.of(tex, 10.5f));
        assertSame(first, formulas.get("\\sigma'(z)", tex -> TexFormula.of(tex, 10.5f)));
    }

    @Test
    void theValuesUsedLeastRecentlyAreDroppedSoThatMemoryStaysFlat() {
        LruCache<String, String> cache = new LruCache<>(3);
        List<String> made = new ArrayList<>();
        cache.get("kept", key -> made(made, key));
        cache.get("dropped", key -> made(made, key));
        cache.get("a", key -> made(made, key));
        cache.get("kept", key -> made(made, key)); // used again: now the most recent
        cache.get("b", key -> made(made, key)); // a fourth: the least recently used goes
        cache.get("kept", key -> made(made, key));
        cache.get("dropped", key -> made(made, key));
        assertEquals(List.of("kept", "dropped", "a", "b", "dropped"), made);
    }

    private static String made(List<String> made, String key) {
        made.add(key);
        return key;
    }
}
