package io.huike.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency distributions drawn as percentile plots in inline SVG: percentile on a log scale towards the tail (50,
 * 90, 99, 99.9), milliseconds on a log scale, one line per series; and the scale curve, a latency against the
 * district's cases, both on log scales.
 */
final class Chart {

    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
        "#393b79", "#637939"
    };
    private static final int WIDTH = 900;
    private static final int HEIGHT = 380;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    /** Lags and latencies below this are drawn on it: a log scale has no zero. */
    private static final double FLOOR_MS = 0.1;

    private static final double TAIL_NINES = 3;

    private Chart() {}

    /** One HTML page with a heading and a plot per group of series. */
    static String page(String title, String note, Map<String, Map<String, Samples>> groups) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:sans-serif;margin:2em;max-width:960px}
                .legend span{display:inline-block;margin-right:1.5em;font-size:13px}
                .legend i{display:inline-block;width:14px;height:4px;margin-right:4px;vertical-align:middle}
                svg text{font-size:12px}</style></head><body>
                <h1>%s</h1><p>%s</p>
                """.formatted(escape(title), escape(title), escape(note)));
        groups.forEach((heading, series) -> {
            html.append("<h2>").append(escape(heading)).append("</h2>\n");
            html.append(plot(series)).append('\n');
        });
        return html.append("</body></html>\n").toString();
    }

    private static String plot(Map<String, Samples> series) {
        List<Map.Entry<String, Samples>> drawn =
                series.entrySet().stream().filter(e -> e.getValue().count() > 0).toList();
        if (drawn.isEmpty()) {
            return "<p>Not measured.</p>";
        }
        double max = drawn.stream().mapToDouble(e -> e.getValue().max()).max().orElse(1);
        double lowDecade = Math.floor(Math.log10(Math.max(
                FLOOR_MS,
                drawn.stream()
                        .mapToDouble(e -> e.getValue().percentile(0))
                        .min()
                        .orElse(1))));
        double highDecade = Math.ceil(Math.log10(Math.max(max, FLOOR_MS * 10)));
        if (highDecade <= lowDecade) {
            highDecade = lowDecade + 1;
        }
        StringBuilder svg = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">".formatted(WIDTH, HEIGHT));
        for (double decade = lowDecade; decade <= highDecade; decade++) {
            double y = y(Math.pow(10, decade), lowDecade, highDecade);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd"))
                    .append(text(LEFT - 8, y + 4, "end", label(Math.pow(10, decade)) + " ms"));
        }
        String[] percentiles = {"0", "90", "99", "99.9"};
        for (int nines = 0; nines <= TAIL_NINES; nines++) {
            double x = x(nines);
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#ddd"))
                    .append(text(x, HEIGHT - BOTTOM + 16, "middle", "p" + percentiles[nines]));
        }
        svg.append(text(x(Math.log10(2)), HEIGHT - BOTTOM + 16, "middle", "p50"))
                .append(line(x(Math.log10(2)), TOP, x(Math.log10(2)), HEIGHT - BOTTOM, "#eee"))
                .append(text((WIDTH + LEFT) / 2.0, HEIGHT - 6, "middle", "percentile"));
        StringBuilder legend = new StringBuilder("<div class=\"legend\">");
        for (int i = 0; i < drawn.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            Samples samples = drawn.get(i).getValue();
            List<String> points = new ArrayList<>();
            for (double nines = 0; nines <= TAIL_NINES + 1e-9; nines += 0.02) {
                double p = 100 * (1 - Math.pow(10, -nines));
                double ms = Math.max(FLOOR_MS, samples.percentile(p));
                points.add(String.format(Locale.ROOT, "%.1f,%.1f", x(nines), y(ms, lowDecade, highDecade)));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"%s\"/>"
                    .formatted(colour, String.join(" ", points)));
            legend.append("<span><i style=\"background:%s\"></i>%s (%d)</span>"
                    .formatted(colour, escape(drawn.get(i).getKey()), samples.count()));
        }
        return svg.append("</svg>").append(legend).append("</div>").toString();
    }

    /** One line per series of p95 (ms) by cases, as a standalone SVG document with its legend inside. */
    static String curve(Map<String, Map<Long, Double>> series) {
        List<Map.Entry<String, Map<Long, Double>>> drawn =
                series.entrySet().stream().filter(e -> !e.getValue().isEmpty()).toList();
        int legendHeight = 16 * drawn.size();
        StringBuilder svg = new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\">"
                        .formatted(WIDTH, HEIGHT + legendHeight));
        if (drawn.isEmpty()) {
            return svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, "middle", "No scale step was measured."))
                    .append("</svg>\n")
                    .toString();
        }
        double lowCases = Math.floor(Math.log10(drawn.stream()
                .flatMap(e -> e.getValue().keySet().stream())
                .mapToLong(Long::longValue)
                .min()
                .orElse(1)));
        double highCases = Math.max(
                lowCases + 1,
                Math.ceil(Math.log10(drawn.stream()
                        .flatMap(e -> e.getValue().keySet().stream())
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(10))));
        double lowMs = Math.floor(Math.log10(Math.max(
                FLOOR_MS,
                drawn.stream()
                        .flatMap(e -> e.getValue().values().stream())
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(1))));
        double highMs = Math.max(
                lowMs + 1,
                Math.ceil(Math.log10(drawn.stream()
                        .flatMap(e -> e.getValue().values().stream())
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(10))));
        for (double decade = lowMs; decade <= highMs; decade++) {
            double y = y(Math.pow(10, decade), lowMs, highMs);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd"))
                    .append(text(LEFT - 8, y + 4, "end", label(Math.pow(10, decade)) + " ms"));
        }
        for (double decade = lowCases; decade <= highCases; decade++) {
            double x = casesX(Math.pow(10, decade), lowCases, highCases);
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#ddd"))
                    .append(text(x, HEIGHT - BOTTOM + 16, "middle", "%,d".formatted((long) Math.pow(10, decade))));
        }
        svg.append(text((WIDTH + LEFT) / 2.0, HEIGHT - 6, "middle", "cases in the district (p95 of each request)"));
        for (int i = 0; i < drawn.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            List<String> points = new ArrayList<>();
            drawn.get(i)
                    .getValue()
                    .forEach((cases, ms) -> points.add(String.format(
                            Locale.ROOT,
                            "%.1f,%.1f",
                            casesX(cases, lowCases, highCases),
                            y(Math.max(FLOOR_MS, ms), lowMs, highMs))));
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"%s\" points=\"%s\"/>"
                    .formatted(colour, String.join(" ", points)));
            for (String point : points) {
                String[] xy = point.split(",");
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>".formatted(xy[0], xy[1], colour));
            }
            double legendY = HEIGHT + 12 + 16 * i;
            svg.append(line(LEFT, legendY - 4, LEFT + 14, legendY - 4, colour))
                    .append(text(LEFT + 20, legendY, "start", drawn.get(i).getKey()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double casesX(double cases, double lowDecade, double highDecade) {
        return LEFT + (Math.log10(cases) - lowDecade) / (highDecade - lowDecade) * (WIDTH - LEFT - RIGHT);
    }

    private static double x(double nines) {
        return LEFT + nines / TAIL_NINES * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double ms, double lowDecade, double highDecade) {
        double fraction = (Math.log10(ms) - lowDecade) / (highDecade - lowDecade);
        return HEIGHT - BOTTOM - fraction * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>",
                x1,
                y1,
                x2,
                y2,
                colour);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(content));
    }

    private static String label(double ms) {
        return ms >= 1 ? String.valueOf((long) ms) : String.valueOf(ms);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
