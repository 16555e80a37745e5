package examgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import examgen.export.MoodleXml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "moodle", mixinStandardHelpOptions = true,
        description = {"Export a paper as Moodle XML: one category per slot with N variants each, for quizzes that draw a random "
                + "question from each category. Numeric answers carry absolute tolerances and feedback naming each modelled mistake.",
            "Import it in Moodle under Question bank > Import, format Moodle XML."})
final class MoodleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ExportOptions export;

    @Override
    public Integer call() {
        ExportOptions.Written written = export.write("moodle", ".xml", (paper, bySlot, out) -> {
            List<MoodleXml.Slot> slots = new ArrayList<>();
            for (int s = 0; s < bySlot.size(); s++) {
                slots.add(new MoodleXml.Slot(s + 1, bySlot.get(s).get(0).title(), bySlot.get(s)));
            }
            MoodleXml.write(out, paper.id(), slots);
        });
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(written.paper().title() + ": " + written.paper().slots().size() + " categories of " + written.variantsPerSlot()
                + " variants in " + written.file());
        printer.flush();
        return 0;
    }
}
