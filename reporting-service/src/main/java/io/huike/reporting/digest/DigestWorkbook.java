package io.huike.reporting.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The digest as an XLSX workbook: one sheet per section, headings in bold. */
public final class DigestWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DigestWorkbook() {}

    public static byte[] write(MonthEndDigest digest) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (DigestTables.Table table : DigestTables.of(digest)) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                row(sheet, 0, List.of(DigestTables.title(digest)), bold);
                row(sheet, 1, table.headings(), bold);
                for (int i = 0; i < table.rows().size(); i++) {
                    row(sheet, i + 2, table.rows().get(i), null);
                }
                for (int column = 0; column < table.headings().size(); column++) {
                    sheet.setColumnWidth(column, 24 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
