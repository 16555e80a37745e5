package examgen.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import examgen.numeric.Functions;
import examgen.numeric.Real;

/** variants.json held decimals such as "3.1620645796177106E-44" and "0E+59", against its promise of decimals. */
class NumberJsonTest {

    @Test
    void anApproximateValueIsWrittenOutToTwentyFiveFiguresNeverInENotation() {
        Real tiny = Functions.sigmoid(Real.of(-100));
        assertTrue(NumberJson.of(tiny).get("decimal").asText().startsWith("0.0000000000000000000000000000000000000000000372007597602"));
        assertTrue(NumberJson.of(tiny).get("decimal").asText().matches("0\\.0+[1-9]\\d{24}"), NumberJson.of(tiny).toString());
        assertEquals("0", NumberJson.of(Real.approximate(new BigDecimal("0E+59"))).get("decimal").asText());
        assertEquals("0.7310585786300048792511592", NumberJson.of(Functions.sigmoid(Real.ONE)).get("decimal").asText());
    }
}
