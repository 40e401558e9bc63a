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
        return FormatReader.openChecked(file, true, (f, in) -> {
            try (in) {
                return FormatReader.single(read(f, in, kind));
            }
        });
    }

    /** The whole rest of {@code in} as one document, or the reason it is not one. */
    private static Produced read(FileContext file, ByteInput in, TextKind kind) throws IOException {
        byte[] bytes = in.readAll(file.config().maxFileBytes());
        Decoding.Profile p = Decoding.profile(bytes, 0, bytes.length, false);
        if (!p.isText()) {
            return new Produced.Bad("", p.verdict().reason(true));
        }
        String text = Decoding.decode(bytes, 0, bytes.length, p.utf8());
        if (text.isBlank()) {
            return new Produced.Bad("", "empty file");
        }
        return new Produced.Doc("", "", file.wholeId(), kind, text, Map.of(), in.encodingOf(p.utf8()),
                p.controls());
    }
}
