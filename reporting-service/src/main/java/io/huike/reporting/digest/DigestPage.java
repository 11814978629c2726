package io.huike.reporting.digest;

/** The digest as a self-contained HTML page to print for the meeting. */
public final class DigestPage {

    private DigestPage() {}

    public static String render(MonthEndDigest digest) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <style>body{font-family:sans-serif;margin:2em}
                table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
                th,td{border:1px solid #999;padding:4px 6px;text-align:left;font-size:13px}th{background:#eee}
                @media print{h2{page-break-after:avoid}table{page-break-inside:auto}}</style>
                """);
        String title = escape(DigestTables.title(digest));
        html.append("<title>")
                .append(title)
                .append("</title></head><body><h1>")
                .append(title)
                .append("</h1>");
        html.append("<p>截至 As of ").append(escape(digest.asOf().toString())).append("</p>");
        for (DigestTables.Table table : DigestTables.of(digest)) {
            html.append("<h2>").append(escape(table.title())).append("</h2><table><thead><tr>");
            table.headings().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr></thead><tbody>");
            if (table.rows().isEmpty()) {
                html.append("<tr><td colspan=\"")
                        .append(table.headings().size())
                        .append("\">无 None</td></tr>");
            }
            for (var row : table.rows()) {
                html.append("<tr>");
                row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
