package org.presslens.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Reads the records of one file of one format. Implementations: one per {@link InputFormat}. */
interface FormatReader {
    /** Opens the file; the cursor yields its records. Opening problems are thrown and become a skip of the file. */
    Cursor open(FileContext file) throws IOException;

    /** The records of an open file. */
    interface Cursor extends Closeable {
        /** The next record, or null at the end. An exception ends the file (records already yielded stay). */
        Produced next() throws IOException;

        /** The line reached so far (for messages about a read error), or 0. */
        long position();

        /** Bytes held in this cursor's buffers (for tests that reading stays bounded). */
        default long heldBytes() {
            return 0;
        }
    }

    /** A cursor over a single produced item. */
    static Cursor single(Produced p) {
        return new Cursor() {
            private boolean done;

            @Override
            public Produced next() {
                if (done) {
                    return null;
                }
                done = true;
                return p;
            }

            @Override
            public long position() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Reads a file's content once it has passed the start checks. */
    @FunctionalInterface
    interface Opener {
        Cursor open(FileContext file, ByteInput in) throws IOException;
    }

    /**
     * Opens a file, skips it whole when it is empty (or, with {@code sniff}, when its first bytes are binary), else
     * hands it to {@code opener}; the input is closed when anything fails. Line and record formats do not sniff:
     * they test each line or record, so that damage costs only the lines it is on.
     */
    static Cursor openChecked(FileContext file, boolean sniff, Opener opener) throws IOException {
        ByteInput in = file.open();
        try {
            String bad = checkStart(in, sniff);
            if (bad != null) {
                in.close();
                return single(new Produced.Bad("", bad));
            }
            return opener.open(file, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Skip reason when the input is empty or (with {@code sniff}) its first bytes are binary, else null. */
    static String checkStart(ByteInput in, boolean sniff) throws IOException {
        if (in.atEnd()) {
            return "empty file";
        }
        Decoding.Verdict v = sniff ? in.sniff() : Decoding.Verdict.TEXT;
        return v == Decoding.Verdict.TEXT ? null : v.reason(true);
    }
}
