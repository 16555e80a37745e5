package examgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThreadsOptionTest {

    private static final long MB = 1L << 20;

    @Test
    void oneStudentPerCoreAsManyAsTheHeapHolds() {
        assertEquals(2, ThreadsOption.fitting(2, 640 * MB), "this machine: both cores");
        assertEquals(10, ThreadsOption.fitting(32, 640 * MB), "a 32-core server with the 640 MB heap of two cores");
        assertEquals(32, ThreadsOption.fitting(32, 6400 * MB), "the launcher's heap for 32 cores");
        assertEquals(1, ThreadsOption.fitting(4, 32 * MB), "at least one, however small the heap");
    }
}
