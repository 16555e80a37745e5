package examgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import examgen.explain.NetworkSteps;
import examgen.explain.NumberText;
import examgen.explain.TexText;
import examgen.network.BackpropTrace;
import examgen.network.Gradient;
import examgen.network.Layer;
import examgen.network.SgdStep;
import examgen.network.UnitTrace;
import examgen.numeric.Real;

/** The worked text of {@code examgen solve}: one SGD step, section by section, in the notes' notation. */
final class SolveReport {

    private final NetworkSteps steps;
    private final NumberText numbers;
    private final PrintWriter out;

    SolveReport(NumberText numbers, PrintWriter out) {
        this.steps = new NetworkSteps(numbers);
        this.numbers = numbers;
        this.out = out;
    }

    void print(SgdStep step) {
        BackpropTrace trace = step.before();
        String activations = trace.network().layers().stream().map(l -> l.activation().label()).collect(Collectors.joining(", "));
        boolean biases = trace.network().layers().stream().anyMatch(Layer::hasBiases);
        out.println("Network " + trace.network().shape() + " (" + activations + "), " + (biases ? "with biases" : "no biases"));
        out.println("x = " + list(trace.example().inputs()) + ", y = " + list(trace.example().targets()) + ", α = "
                + numbers.of(step.learningRate()));

        section("Forward pass");
        trace.forward().layers().forEach(layer -> layer.forEach(unit -> line(steps.forward(unit))));

        section("Loss");
        line(steps.loss(trace));
        for (int o = 0; o < trace.outputErrors().size(); o++) {
            line(steps.outputError(trace, o));
        }

        if (!trace.gates().isEmpty()) {
            section("Gates (a ReLU or step unit is active only if its pre-activation is > 0)");
            for (UnitTrace unit : trace.gates()) {
                line(unit.unit().plain() + ": " + TexText.toPlain(steps.gate(unit)));
            }
        }

        section("Gradients");
        trace.gradientList().forEach(g -> line(steps.gradient(trace, g)));

        section("SGD step: p' = p − α·∂E/∂p");
        for (Gradient g : trace.gradientList()) {
            line(steps.update(g.symbol(), trace.network().value(g.parameter()), step.learningRate(), g.value(),
                    step.updated(g.parameter())));
        }

        section("After the step");
        line("ŷ'" + result(step.forwardAfter().outputs()) + ", E'" + numbers.result(step.lossAfter())
                + " (before the step E" + numbers.result(trace.loss()) + ")");
    }

    private String result(List<Real> values) {
        return values.size() == 1 ? numbers.result(values.get(0)) : " = " + list(values);
    }

    private String list(List<Real> values) {
        String joined = values.stream().map(numbers::of).collect(Collectors.joining(", "));
        return values.size() == 1 ? joined : "(" + joined + ")";
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    /** Prints a line of the worked solution, its markup as plain text. */
    private void line(String markup) {
        out.println("  " + TexText.toPlain(markup));
    }
}
