package org.presslens.cli;

import org.presslens.core.CsvCells;
import picocli.CommandLine.Option;

/** {@code --raw-csv}, shared by the commands that write CSV files: write text cells without spreadsheet protection. */
final class RawCsvOption {
    @Option(names = "--raw-csv", description = "Write CSV cells as they are (default: a cell beginning with =, +, -, "
            + "@, tab or CR that is not a number is prefixed with ' so that spreadsheets do not run it as a formula)")
    boolean raw;

    /** The mode the command's CSV files are written in. */
    CsvCells cells() {
        return raw ? CsvCells.RAW : CsvCells.NEUTRALISED;
    }
}
