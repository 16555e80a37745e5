package examgen.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import examgen.render.PaperWriter;
import picocli.CommandLine.Option;

/** The {@code --formats} option of the commands that write papers and keys. */
final class FormatsOption {

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", description = "pdf, html or both (default: pdf,html).")
    private List<PaperWriter.Format> formats = List.of(PaperWriter.Format.PDF, PaperWriter.Format.HTML);

    Set<PaperWriter.Format> chosen() {
        return EnumSet.copyOf(formats);
    }
}
