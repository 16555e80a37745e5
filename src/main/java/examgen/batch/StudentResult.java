package examgen.batch;

import java.util.List;
import java.util.Map;

/**
 * What one student's paper left behind for the batch's shared files: the marking-table rows, the
 * files written with their hashes, the seeds, and per slot the measures of difficulty and a
 * fingerprint of the numbers drawn.
 */
public record StudentResult(Student student, String code, long studentSeed, List<Long> slotSeeds,
        List<List<String>> markingRows, Map<String, String> fileHashes, List<SlotMeasure> measures) {

    /** One slot of the paper: how large its numeric answers are, and a fingerprint of its drawn numbers. */
    public record SlotMeasure(String question, double logMagnitude, int draws, String fingerprint) {
    }
}
