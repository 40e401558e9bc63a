package org.presslens.classify;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.presslens.core.BodyHash;

/**
 * The 64-bit body hashes ({@link BodyHash}) of a model's training articles, kept with the model in
 * {@value #FILE} (sorted, distinct, 8 bytes each, big-endian) so that a run can tell which of its articles the
 * model was trained on. 30,000 articles take 240 KB.
 */
public final class ContentHashes {
    /** File of the hashes in a model folder. */
    public static final String FILE = "training-hashes.u64";

    private final long[] sorted;

    private ContentHashes(long[] sorted) {
        this.sorted = sorted;
    }

    /** The hashes of the rows that have text (rows from feature tables have none and are not counted). */
    public static ContentHashes of(List<LabelledRow> rows) {
        long[] h = rows.stream().filter(r -> !r.text().isEmpty()).mapToLong(r -> BodyHash.of(r.text())).toArray();
        return new ContentHashes(Arrays.stream(h).sorted().distinct().toArray());
    }

    /**
     * Reads the bytes of a hash file.
     *
     * @throws IllegalArgumentException when the length is not a multiple of 8 or the hashes are not strictly
     *                                  ascending
     */
    public static ContentHashes fromBytes(byte[] bytes) {
        if (bytes.length % 8 != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes, not a multiple of 8");
        }
        long[] h = new long[bytes.length / 8];
        ByteBuffer.wrap(bytes).asLongBuffer().get(h);
        for (int i = 1; i < h.length; i++) {
            if (h[i] <= h[i - 1]) {
                throw new IllegalArgumentException("hash " + (i + 1) + " is not above the one before it");
            }
        }
        return new ContentHashes(h);
    }

    /** The file's bytes. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(sorted.length * 8);
        b.asLongBuffer().put(sorted);
        return b.array();
    }

    /** How many distinct training bodies. */
    public int size() {
        return sorted.length;
    }

    /** Whether an article body (as analysed: the cleaned body) was among the training articles. */
    public boolean contains(String body) {
        return contains(BodyHash.of(body));
    }

    /** Whether a body hash ({@link BodyHash#of}) is among the training articles'. */
    public boolean contains(long bodyHash) {
        return Arrays.binarySearch(sorted, bodyHash) >= 0;
    }
}
