package io.huike.roster.planning.export;

import io.huike.roster.planning.RosterTable;
import java.util.List;

/** The printable roster as CSV (RFC 4180), with a byte order mark so that spreadsheet programs read it as UTF-8. */
public final class RosterCsv {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private RosterCsv() {}

    public static String render(RosterTable table) {
        StringBuilder out = new StringBuilder(BOM);
        row(out, table.header());
        table.rows().forEach(row -> row(out, row));
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append(CRLF);
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
    static String cell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
