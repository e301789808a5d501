package org.haven.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haven.funding.PlanReports.MoneyLine;
import org.haven.statistics.Csv;

/**
 * The ministry's export of a plan's money, as CSV and as an XLSX workbook: the same lines, the same
 * order, every amount the exact sum of recorded amounts. The workbook is written so that the same
 * records give the same bytes: fixed document dates and zip entry times.
 */
final class FundingExports {

  static final String[] COLUMNS = {
    "initiative",
    "organisation",
    "year",
    "currency",
    "budget",
    "granted",
    "disbursed",
    "repaid",
    "spent",
    "returnCosts"
  };
  private static final Instant FIXED = Instant.parse("2000-01-01T00:00:00Z");

  private FundingExports() {}

  static byte[] csv(List<MoneyLine> lines) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (MoneyLine line : lines) {
      out.append(Csv.cell(line.initiative()))
          .append(',')
          .append(Csv.cell(line.organisation()))
          .append(',')
          .append(line.year())
          .append(',')
          .append(line.currency())
          .append(',')
          .append(plain(line.budget()))
          .append(',')
          .append(plain(line.granted()))
          .append(',')
          .append(plain(line.disbursed()))
          .append(',')
          .append(plain(line.repaid()))
          .append(',')
          .append(plain(line.spent()))
          .append(',')
          .append(plain(line.returnCosts()))
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Two sheets: the initiatives' years and the holders' years, each with a header row. */
  static byte[] xlsx(List<MoneyLine> byInitiative, List<MoneyLine> byOrganisation) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(FIXED)));
      workbook.getProperties().getCoreProperties().setModified(Optional.of(Date.from(FIXED)));
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      sheet(workbook.createSheet("Initiatives"), byInitiative, header, money);
      sheet(workbook.createSheet("Grant holders"), byOrganisation, header, money);
      workbook.write(out);
      return fixedTimes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sheet(Sheet sheet, List<MoneyLine> lines, CellStyle header, CellStyle money) {
    Row top = sheet.createRow(0);
    for (int c = 0; c < COLUMNS.length; c++) {
      Cell cell = top.createCell(c);
      cell.setCellValue(COLUMNS[c]);
      cell.setCellStyle(header);
    }
    int r = 1;
    for (MoneyLine line : lines) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(line.initiative());
      if (line.organisation() != null) {
        row.createCell(1).setCellValue(line.organisation());
      }
      row.createCell(2).setCellValue(line.year());
      row.createCell(3).setCellValue(line.currency());
      BigDecimal[] amounts = {
        line.budget(),
        line.granted(),
        line.disbursed(),
        line.repaid(),
        line.spent(),
        line.returnCosts()
      };
      for (int a = 0; a < amounts.length; a++) {
        if (amounts[a] != null) {
          // an amount of at most 13 digits with 2 decimals is written back as the same decimal
          Cell cell = row.createCell(4 + a);
          cell.setCellValue(amounts[a].doubleValue());
          cell.setCellStyle(money);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < COLUMNS.length; c++) {
      sheet.setColumnWidth(c, c < 2 ? 40 * 256 : 16 * 256);
    }
  }

  /** The same archive with every entry dated the same fixed moment, in the same order. */
  private static byte[] fixedTimes(byte[] zip) throws IOException {
    List<ZipEntry> entries = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.add(new ZipEntry(entry.getName()));
        contents.add(in.readAllBytes());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zipped = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.size(); i++) {
        ZipEntry entry = entries.get(i);
        entry.setLastModifiedTime(FileTime.from(FIXED));
        zipped.putNextEntry(entry);
        zipped.write(contents.get(i));
        zipped.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? "" : amount.setScale(2).toPlainString();
  }
}
