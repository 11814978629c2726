package io.huike.roster.planning.export;

import io.huike.roster.planning.RosterTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The printable roster as an XLSX workbook: a title, a bold header, bordered cells, one A4 page wide. */
public final class RosterXlsx {

    private RosterXlsx() {}

    public static byte[] render(RosterTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("值班表");
            CellStyle title = style(workbook, true, 16, false);
            CellStyle header = style(workbook, true, 11, true);
            CellStyle body = style(workbook, false, 11, true);

            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(table.title());
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.header().size() - 1));
            write(sheet.createRow(1), table.header(), header);
            for (int i = 0; i < table.rows().size(); i++) {
                write(sheet.createRow(i + 2), table.rows().get(i), body);
            }
            for (int column = 0; column < table.header().size(); column++) {
                sheet.setColumnWidth(column, column < 2 ? 14 * 256 : 22 * 256);
            }
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, table.header().size() - 1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold, int points, boolean bordered) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }
}
