package dev.tandem.io.internal;

/** Cells of the CSV files Tandem writes: safe to open in a spreadsheet, quoted as RFC 4180 asks. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * {@return the text as a safe cell: a leading {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
     * return, which a spreadsheet would run as a formula, gets a leading apostrophe; null becomes empty}
     *
     * @param text the cell's text, or null
     */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /**
     * {@return a cell as written in a CSV line: quoted, its quotes doubled, when it holds a comma, a quote or a
     * line break; else as it is}
     *
     * @param cell the cell's text
     */
    public static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
