package examgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import examgen.explain.NetworkSteps;
import examgen.network.BackpropTrace;
import examgen.network.Gradient;
import examgen.network.Layer;
import examgen.network.SgdStep;
import examgen.network.UnitTrace;
import examgen.numeric.Real;

/** The worked text of {@code examgen solve}: one SGD step, section by section, in the notes' notation. */
final class SolveReport {

    private final NetworkSteps steps;
    private final PrintWriter out;

    SolveReport(NetworkSteps steps, PrintWriter out) {
        this.steps = steps;
        this.out = out;
    }

    void print(SgdStep step) {
        BackpropTrace trace = step.before();
        String activations = trace.network().layers().stream().map(l -> l.activation().label()).collect(Collectors.joining(", "));
        boolean biases = trace.network().layers().stream().anyMatch(Layer::hasBiases);
        out.println("Network " + trace.network().shape() + " (" + activations + "), " + (biases ? "with biases" : "no biases"));
        out.println("x = (" + trace.example().inputs().stream().map(steps.numbers()::of).collect(Collectors.joining(", "))
                + "), y = " + list(trace.example().targets()) + ", α = " + steps.numbers().of(step.learningRate()));

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
                line(unit.unit().plain() + ": " + steps.gate(unit));
            }
        }

        section("Gradients");
        trace.gradientList().forEach(g -> line(steps.gradient(trace, g)));

        section("SGD step: p' = p − α·∂E/∂p");
        for (Gradient g : trace.gradientList()) {
            String name = g.symbol().plain();
            line(name + "' = " + name + " − α·∂E/∂" + name + " = " + steps.numbers().of(trace.network().value(g.parameter()))
                    + " − " + steps.numbers().factor(step.learningRate()) + "·" + steps.numbers().factor(g.value())
                    + steps.numbers().result(step.updated(g.parameter())));
        }

        section("After the step");
        line("ŷ'" + result(step.forwardAfter().outputs()) + ", E'" + steps.numbers().result(step.lossAfter())
                + " (before the step E" + steps.numbers().result(trace.loss()) + ")");
    }

    private String result(List<Real> values) {
        return values.size() == 1 ? steps.numbers().result(values.get(0)) : " = " + list(values);
    }

    private String list(List<Real> values) {
        String joined = values.stream().map(steps.numbers()::of).collect(Collectors.joining(", "));
        return values.size() == 1 ? joined : "(" + joined + ")";
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void line(String text) {
        out.println("  " + text);
    }
}
