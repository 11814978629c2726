package io.huike.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one sweep did and found: endpoints covered, requests sent by status, and every answer that broke a rule.
 * Printed and written to {@code target/reliability/<sweep>.md} for the reliability figures.
 */
final class SweepReport {

    private final String sweep;
    private final String title;
    private final TreeSet<String> endpoints = new TreeSet<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, Integer> figures = new java.util.LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    SweepReport(String sweep, String title) {
        this.sweep = sweep;
        this.title = title;
    }

    void count(String endpoint, String kind, int status) {
        endpoints.add(endpoint);
        byStatus.merge(status, 1, Integer::sum);
        byKind.merge(kind, 1, Integer::sum);
    }

    void fail(String failure) {
        failures.add(failure);
    }

    /** A figure of the sweep's own, printed before the requests (e.g. the parameters it swept). */
    void figure(String name, int value) {
        figures.put(name, value);
    }

    void note(String note) {
        notes.add(note);
    }

    int requests() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Prints the summary and writes it under target/reliability. */
    String write() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        md.append("- endpoints covered: ").append(endpoints.size()).append('\n');
        figures.forEach((name, value) ->
                md.append("- ").append(name).append(": ").append(value).append('\n'));
        md.append("- requests sent: ").append(requests()).append('\n');
        md.append("- rule violations: ").append(failures.size()).append("\n\n");
        md.append("| status | requests |\n|---|---|\n");
        byStatus.forEach((status, n) ->
                md.append("| ").append(status).append(" | ").append(n).append(" |\n"));
        md.append("\n| probe | requests |\n|---|---|\n");
        byKind.forEach((kind, n) ->
                md.append("| ").append(kind).append(" | ").append(n).append(" |\n"));
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        if (!failures.isEmpty()) {
            md.append("\nViolations:\n\n");
            failures.forEach(failure -> md.append("- ").append(failure).append('\n'));
        }
        String text = md.toString();
        System.out.println(text);
        try {
            Path file = Path.of("target", "reliability", sweep + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }
}
