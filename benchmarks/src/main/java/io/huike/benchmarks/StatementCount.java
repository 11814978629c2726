package io.huike.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the statements case-service's database executed during a window, from {@code pg_stat_statements}: the calls
 * of every statement on that database at the start and at the end, subtracted. Everything on the database counts
 * (the requests, the outbox relay, the consumers), as all of it is what a registered case costs there.
 */
final class StatementCount {

    static final String DATABASE = "huike_case";
    static final String METHOD = "pg_stat_statements on huike_case: the calls of each statement at the end of the"
            + " measured intake run minus those at its start (warm-up excluded), everything on that database counted"
            + " (requests, outbox relay, consumers), divided by the cases registered in the run";
    private static final int TOP = 12;

    /** The statements of one window: in all, per case, and the most called. */
    record Result(long statements, long cases, List<Top> top) implements Figures {

        double perCase() {
            return cases == 0 ? Double.NaN : statements / (double) cases;
        }

        @Override
        public Map<String, Object> json() {
            Map<String, Object> json = Report.object(
                    "statements", statements, "cases", cases, "perCase", Report.round(perCase()), "method", METHOD);
            json.put(
                    "top",
                    top.stream()
                            .map(t -> Report.object("calls", t.calls(), "query", t.query()))
                            .toList());
            return json;
        }
    }

    /** A statement and how many times it ran in the window. */
    record Top(long calls, String query) {}

    /** The calls of each statement at one moment, by query id. */
    record Snapshot(Map<Long, Long> calls, Map<Long, String> queries) {}

    private final Settings settings;

    StatementCount(Settings settings) {
        this.settings = settings;
    }

    /** The calls so far; fails with the reason when pg_stat_statements is not loaded or not in the database. */
    Snapshot snapshot() throws SQLException {
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(DATABASE));
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select queryid, calls, query from pg_stat_statements
                        where dbid = (select oid from pg_database where datname = current_database())
                          and queryid is not null""")) {
            Map<Long, Long> calls = new HashMap<>();
            Map<Long, String> queries = new HashMap<>();
            while (rows.next()) {
                calls.merge(rows.getLong(1), rows.getLong(2), Long::sum);
                queries.putIfAbsent(rows.getLong(1), rows.getString(3));
            }
            return new Snapshot(calls, queries);
        }
    }

    static Result between(Snapshot before, Snapshot after, long cases) {
        List<Top> ran = after.calls().entrySet().stream()
                .map(e -> new Top(
                        e.getValue() - before.calls().getOrDefault(e.getKey(), 0L),
                        oneLine(after.queries().get(e.getKey()))))
                .filter(t -> t.calls() > 0)
                .sorted(Comparator.comparingLong(Top::calls).reversed())
                .toList();
        long statements = ran.stream().mapToLong(Top::calls).sum();
        return new Result(statements, cases, ran.stream().limit(TOP).toList());
    }

    private static String oneLine(String query) {
        String line = query == null ? "" : query.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
