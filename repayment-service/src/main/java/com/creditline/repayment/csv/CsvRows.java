package com.creditline.repayment.csv;

import java.util.List;
import java.util.stream.Collectors;

/** Rows of CSV as RFC 4180 writes them: comma-separated cells, quoted where needed, CRLF line ends. */
public final class CsvRows {

    private CsvRows() {}

    /** Appends one row of cells. */
    public static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvRows::cell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** A cell, quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
