package examgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.export.QtiPackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "qti", mixinStandardHelpOptions = true,
        description = {"Export a paper's variants as an IMS QTI 2.1 content package (a zip of imsmanifest.xml and one assessmentItem "
                + "per variant): numeric parts as float responses scored between explicit bounds, part scores summed."})
final class QtiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExportOptions export;

    @Override
    public Integer call() {
        ExportOptions.Written written = export.write("qti", ".zip",
                (paper, bySlot, out) -> QtiPackage.zip(out, paper.id(), bySlot.stream().flatMap(List::stream).toList()));
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(written.paper().title() + ": " + written.paper().slots().size() * written.variantsPerSlot() + " items ("
                + written.variantsPerSlot() + " per slot) in " + written.file());
        printer.flush();
        return 0;
    }
}
