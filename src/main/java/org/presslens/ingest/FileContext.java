package org.presslens.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/**
 * One file to read and what its reader needs.
 *
 * @param path      the file
 * @param source    how it is named in {@code source}
 * @param gzip      whether it is gzip-compressed
 * @param stem      file name without extensions (record ids {@code <stem>-<line>})
 * @param wholeId   id of a document that is the whole file and has no own id
 * @param config    ingest settings
 * @param mapper    field mapping
 * @param json      the JSON parser factory
 * @param progress  where the bytes read are counted
 * @param range     the byte range of a JSON Lines file to read (of its inflated bytes when gzipped), or null for the
 *                  whole file
 */
record FileContext(Path path, String source, boolean gzip, String stem, String wholeId, IngestConfig config,
                   RecordMapper mapper, ObjectMapper json, ReadProgress progress, Slice range) {

    ByteInput open() throws java.io.IOException {
        return range == null ? ByteInput.open(path, gzip, progress) : ByteInput.openRange(path, gzip, range, progress);
    }
}
