package org.presslens.ingest;

import java.io.IOException;
import java.util.Map;

/** {@code .txt} and {@code .html}/{@code .htm}: one document per file, read whole (under the size limit). */
final class WholeFileReader implements FormatReader {
    private final TextKind kind;

    WholeFileReader(TextKind kind) {
        this.kind = kind;
    }

    @Override
    public Cursor open(FileContext file) throws IOException {
        try (ByteInput in = file.open()) {
            String bad = FormatReader.checkStart(in);
            if (bad != null) {
                return FormatReader.single(new Produced.Bad("", bad));
            }
            byte[] bytes = in.readAll(file.config().maxFileBytes());
            boolean utf8 = Decoding.isUtf8(bytes, 0, bytes.length);
            String text = Decoding.decode(bytes, 0, bytes.length);
            if (text.isBlank()) {
                return FormatReader.single(new Produced.Bad("", "empty file"));
            }
            return FormatReader.single(new Produced.Doc("", "", file.wholeId(), kind, text, Map.of(), !utf8));
        }
    }
}
