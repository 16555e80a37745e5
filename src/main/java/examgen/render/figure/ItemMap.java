package examgen.render.figure;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each question of a paper lies between easy and hard (facility, across) and between telling strong students
 * from weak ones or not (discrimination, up): a point per question, labelled with its number, and the box of the
 * questions worth keeping as they are drawn dashed, so that a lecturer sees at a glance which to look at again.
 */
public final class ItemMap implements Figure {

    /** One question: its label and where it lies. */
    public record Item(String label, double facility, double discrimination) {
    }

    /** The box of questions worth keeping: neither too easy nor too hard, and telling students apart. */
    public static final double LOWEST_FACILITY = 0.2;
    public static final double HIGHEST_FACILITY = 0.95;
    public static final double LOWEST_DISCRIMINATION = 0.2;

    private final Plot plot;
    private final List<Item> items;

    public ItemMap(List<Item> items, String alt) {
        this.items = List.copyOf(items);
        List<double[]> points = this.items.stream().map(i -> new double[] {i.facility(), i.discrimination()}).toList();
        List<double[]> keep = List.of(new double[] {LOWEST_FACILITY, LOWEST_DISCRIMINATION}, new double[] {HIGHEST_FACILITY, LOWEST_DISCRIMINATION},
                new double[] {HIGHEST_FACILITY, 1}, new double[] {LOWEST_FACILITY, 1}, new double[] {LOWEST_FACILITY, LOWEST_DISCRIMINATION});
        List<Plot.Series> series = new ArrayList<>();
        series.add(new Plot.Series("worth keeping", keep, Plot.GREEN, true, false, true));
        series.add(new Plot.Series("question", points, Plot.BLUE, false, true, false));
        this.plot = new Plot("facility (share of the marks earned)", "discrimination", 0, 1, -1, 1, series, alt);
    }

    @Override
    public float width() {
        return plot.width();
    }

    @Override
    public float height() {
        return plot.height();
    }

    @Override
    public String alt() {
        return plot.alt();
    }

    @Override
    public void paint(Graphics2D g) {
        plot.paint(g);
        g.setFont(Fonts.sans(8));
        g.setColor(Color.BLACK);
        FontMetrics metrics = g.getFontMetrics();
        for (Item item : items) {
            // the label right of its point, or left of it near the right edge
            float x = (float) plot.px(item.facility());
            float y = (float) plot.py(item.discrimination());
            float width = metrics.stringWidth(item.label());
            g.drawString(item.label(), x + 4 + width > plot.width() - 14 ? x - 4 - width : x + 4, y - 3);
        }
    }
}
