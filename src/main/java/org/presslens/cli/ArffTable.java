package org.presslens.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import weka.core.Utils;

/**
 * Writes a table in Weka's ARFF format: a column is {@code NUMERIC} when every non-empty cell of it is a number,
 * else {@code STRING}; an empty cell is missing ({@code ?}). Names and strings are quoted as Weka quotes them.
 */
final class ArffTable {
    private final Writer out;
    private final boolean[] numeric;

    /** Writes the header: relation {@code relation}, one attribute per column. */
    ArffTable(Writer out, String relation, List<String> names, boolean[] numeric) throws IOException {
        this.out = out;
        this.numeric = numeric.clone();
        out.write("@relation " + Utils.quote(relation) + "\n\n");
        for (int i = 0; i < names.size(); i++) {
            out.write("@attribute " + Utils.quote(names.get(i)) + (numeric[i] ? " numeric" : " string") + "\n");
        }
        out.write("\n@data\n");
    }

    /** Whether a cell reads as a number (empty cells do not decide a column's type). */
    static boolean isNumber(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        try {
            double d = Double.parseDouble(cell);
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One data row, cells in column order. */
    void row(List<String> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.isEmpty()) {
                sb.append('?');
            } else if (numeric[i]) {
                sb.append(c);
            } else {
                sb.append(Utils.quote(c));
            }
        }
        out.write(sb.append('\n').toString());
    }
}
