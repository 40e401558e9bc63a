package org.presslens.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipException;
import org.presslens.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus — files and directories of {@code .txt}, {@code .html}/{@code .htm}, {@code .json},
 * {@code .jsonl}/{@code .ndjson} and {@code .csv}, each optionally gzipped — as a lazy stream of
 * {@link RawDocument}s and {@link Skip}s, in input order (directories walked recursively, entries sorted by name).
 *
 * <p>Every input is accounted for: bad files and records become {@link Skip} rows and reading goes on; a file,
 * folder or record that yields nothing (a header-only CSV, an empty JSON array, a hidden file or folder, a pipe or
 * device, which is never opened) gets a row saying why. One file lists at most
 * {@link IngestConfig#maxSkipRowsPerFile()} skip rows, then one summary row that counts the rest. Only regular files
 * are opened, one at a time, and streamed (JSONL line by line, JSON arrays element by element, CSV record by record,
 * each record under {@link IngestConfig#maxRecordMegabytes()}); only {@code .txt}, {@code .html} and single-object
 * {@code .json} files are read whole, under {@link IngestConfig#maxFileMegabytes()}. Close the stream to close the
 * open file.
 *
 * <p>Ids: the record's own id; else for whole-file documents the file name without extension (the path relative to
 * the walked directory when two files share a name), for JSONL/CSV rows {@code <stem>-<line>}, for JSON array
 * elements {@code <stem>-<n>}. An id met again in the same read gets {@code ~2}, {@code ~3}, ... (with a warning).
 *
 * <p>Text that is not valid UTF-8 is decoded as windows-1252, with a warning naming the file; files with a UTF-16 or
 * UTF-32 byte-order mark are decoded from it. Such documents carry {@link #ENCODING_FIELD} (the encoding) in their
 * fields. Control characters other than tab, line feed, carriage return and form feed (NUL among them) are removed
 * from texts and fields, with a warning and {@link #CONTROLS_FIELD} (how many). A plain-text document with a line
 * longer than {@link IngestConfig#maxLineCharacters()} is skipped. Metadata sidecars
 * ({@link IngestConfig#sidecarName()} in a walked directory, or {@link IngestConfig#metadataFiles()}) fill in fields
 * of the files they name.
 *
 * <p>A reader is immutable and may serve several reads; each stream is single-threaded.
 */
public final class CorpusReader {
    /**
     * Field set on documents whose text was not UTF-8: {@code windows-1252} when its bytes were not valid UTF-8,
     * {@code UTF-16LE}, {@code UTF-16BE}, {@code UTF-32LE} or {@code UTF-32BE} for a file with that byte-order mark.
     * Keys starting with {@code _} are notes of the reader, not fields of the record.
     */
    public static final String ENCODING_FIELD = "_encoding";
    /** Field set on documents from whose text or fields control characters were removed: how many. */
    public static final String CONTROLS_FIELD = "_control_chars_removed";

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);

    private final IngestConfig config;
    private final RecordMapper mapper;
    private final ObjectMapper json;
    private final Map<InputFormat, FormatReader> readers = new EnumMap<>(InputFormat.class);

    /** A reader with the given settings (see {@link IngestConfig#from}). */
    public CorpusReader(IngestConfig config) {
        this.config = config;
        this.mapper = new RecordMapper(config);
        this.json = JsonLimits.mapper(config);
        readers.put(InputFormat.TEXT, new WholeFileReader(TextKind.PLAIN));
        readers.put(InputFormat.HTML, new WholeFileReader(TextKind.HTML));
        readers.put(InputFormat.JSON, new JsonReader());
        readers.put(InputFormat.JSON_LINES, new JsonLinesReader());
        readers.put(InputFormat.CSV, new CsvReader());
    }

    /** The settings of this reader. */
    public IngestConfig config() {
        return config;
    }

    /**
     * Checks, before any work starts, that every input and sidecar given explicitly exists.
     *
     * @throws ConfigException naming the first path that does not exist
     */
    public void validate(List<InputRoot> roots) {
        for (InputRoot r : roots) {
            if (!Files.exists(r.path())) {
                throw new ConfigException("input not found: " + r.displayName()
                        + (r.displayName().equals(r.path().toString()) ? "" : " (" + r.path() + ")"));
            }
        }
        for (Path p : config.metadataFiles()) {
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("metadata sidecar not found: " + p);
            }
        }
    }

    /**
     * The documents and skips of the inputs, lazily, in input order. The caller closes the stream (try-with-resources)
     * to close the file being read when it stops early.
     */
    public Stream<InputItem> read(List<InputRoot> roots) {
        return read(roots, new ReadProgress());
    }

    /** As {@link #read(List)}, counting the bytes read into {@code progress}. */
    public Stream<InputItem> read(List<InputRoot> roots, ReadProgress progress) {
        Run run = new Run(expand(List.copyOf(roots), progress), null, progress);
        RecordSequencer sequencer = new RecordSequencer(config);
        Iterator<InputItem> items = new Iterator<>() {
            private final ArrayDeque<InputItem> out = new ArrayDeque<>(2);

            @Override
            public boolean hasNext() {
                while (out.isEmpty() && run.hasNext()) {
                    sequencer.accept(run.next(), out::add);
                }
                return !out.isEmpty();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.poll();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(run::close);
    }

    /**
     * Splits the read of {@code roots} into slices that can be read on their own, in input order: runs of whole files
     * of about {@code targetBytes} together, and large JSON Lines files into byte ranges of about {@code targetBytes}
     * (a gzipped one into at most {@code maxCompressedRanges}; see {@link SlicePlanner}). The inputs are listed once here; {@link #readSlice} reuses that
     * listing in this process and lists them again elsewhere.
     */
    public List<Slice> plan(List<InputRoot> roots, long targetBytes, int maxCompressedRanges) {
        return SlicePlanner.plan(expansion(roots).entries.stream()
                .map(e -> e instanceof FileEntry f ? new SlicePlanner.Entry(f.path(), f.bytes(), splittable(f),
                        f.detected().gzip()) : new SlicePlanner.Entry(null, 0, false, false)).toList(), targetBytes,
                maxCompressedRanges);
    }

    /** The bytes of input the expanded {@code roots} hold (files as stored). */
    public long totalBytes(List<InputRoot> roots) {
        return expansion(roots).total;
    }

    private static boolean splittable(FileEntry f) {
        return f.detected().format().orElseThrow() == InputFormat.JSON_LINES;
    }

    /**
     * The items of one slice of {@link #plan}: documents with the ids as read, skips, and the end of every file the
     * slice ends. A {@link RecordSequencer} fed the items of every slice in index order gives exactly what
     * {@link #read} gives. Close the stream to close the file being read.
     */
    public Stream<SliceItem> readSlice(List<InputRoot> roots, Slice slice) {
        Run run = new Run(expansion(roots), slice, new ReadProgress());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(run,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(run::close);
    }

    private final Map<List<InputRoot>, Expansion> expansions = new HashMap<>();

    /** The listing of {@code roots}, made once per reader (plan and slice reads in one process share it). */
    private synchronized Expansion expansion(List<InputRoot> roots) {
        return expansions.computeIfAbsent(List.copyOf(roots), r -> expand(r, new ReadProgress()));
    }

    /** A skip reason for an I/O failure: {@code "corrupt gzip: ..."}, {@code "cannot read: permission denied"}, ... */
    static String describe(IOException e, boolean gzip) {
        if (e instanceof ByteInput.TooLargeException t) {
            return "file too large: more than " + (t.max / (1024 * 1024)) + " MiB (ingest.maxFileMegabytes)";
        }
        if (e instanceof ByteInput.NotRegularFileException) {
            return NOT_REGULAR;
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "cannot read: file not found (a broken link?)";
        }
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (gzip && (e instanceof ZipException || e instanceof EOFException)) {
            return "corrupt gzip: " + msg;
        }
        if (e instanceof FileSystemException fse) {
            return "cannot read: " + (fse.getReason() == null ? msg : fse.getReason());
        }
        return "read error: " + msg;
    }

    private static final String NOT_REGULAR = "not a regular file (a pipe, socket or device): not read";

    /** A file to read, as found under an input. */
    private record FileEntry(Path path, String source, String relativeStem, InputFormat.Detected detected,
                             long bytes) {
    }

    /**
     * The inputs listed: files to read and skip rows, in input order, with the sidecar fields of the files they name
     * and the number of whole-file documents per stem (for their ids).
     */
    private record Expansion(List<Object> entries, Map<Path, Sidecar.Entry> sidecars, Map<String, Integer> stems,
                             long total) {
    }

    private Expansion expand(List<InputRoot> roots, ReadProgress progress) {
        Expander x = new Expander();
        x.expand(roots);
        long total = 0;
        Map<String, Integer> stems = new HashMap<>();
        for (Object o : x.entries) {
            if (o instanceof FileEntry f) {
                total += f.bytes();
                InputFormat fmt = f.detected().format().orElseThrow();
                if (fmt == InputFormat.TEXT || fmt == InputFormat.HTML || fmt == InputFormat.JSON) {
                    stems.merge(f.detected().stem(), 1, Integer::sum);
                }
            }
        }
        progress.total(total);
        return new Expansion(x.entries, x.sidecars, stems, total);
    }

    /**
     * One read of the entries of an expansion (all of them, or those of a slice), file after file. Yields ids as read
     * and every skip; the caller's {@link RecordSequencer} makes ids unique and caps skip rows.
     */
    private final class Run implements Iterator<SliceItem> {
        private final List<Object> entries;
        private final Map<Path, Sidecar.Entry> sidecars;
        private final Map<String, Integer> stems;
        private final Slice slice;
        private final ArrayDeque<SliceItem> ready = new ArrayDeque<>();
        private int next;
        private FormatReader.Cursor cursor;
        private FileEntry current;
        private Sidecar.Entry currentSidecar;
        private boolean warnedEncoding;
        private boolean warnedControls;
        private boolean closed;

        private final ReadProgress progress;

        /** A read of every entry ({@code slice} null) or of one slice's. */
        Run(Expansion expansion, Slice slice, ReadProgress progress) {
            this.entries = slice == null ? new ArrayList<>(expansion.entries())
                    : new ArrayList<>(expansion.entries().subList(slice.fromEntry(), slice.toEntry()));
            this.sidecars = expansion.sidecars();
            this.stems = expansion.stems();
            this.slice = slice;
            this.progress = progress;
        }

        @Override
        public boolean hasNext() {
            if (!ready.isEmpty()) {
                return true;
            }
            if (closed) {
                return false;
            }
            while (ready.isEmpty()) {
                if (cursor != null) {
                    advanceCursor();
                    continue;
                }
                if (next >= entries.size()) {
                    return false;
                }
                Object e = entries.get(next);
                entries.set(next++, null);
                if (e instanceof Skip s) {
                    ready.add(new SliceItem.Skipped(s, false));
                } else {
                    openFile((FileEntry) e);
                }
            }
            return true;
        }

        @Override
        public SliceItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void openFile(FileEntry e) {
            current = e;
            warnedEncoding = false;
            warnedControls = false;
            currentSidecar = sidecars.get(e.path().toAbsolutePath().normalize());
            InputFormat.Detected d = e.detected();
            String stem = d.stem();
            String wholeId = stems.getOrDefault(stem, 0) > 1 ? e.relativeStem() : stem;
            FileContext ctx = new FileContext(e.path(), e.source(), d.gzip(), stem, wholeId, config, mapper, json,
                    progress, slice != null && slice.isRange() ? slice : null);
            try {
                cursor = readers.get(d.format().orElseThrow()).open(ctx);
            } catch (IOException ex) {
                ready.add(new SliceItem.Skipped(new Skip(e.source(), "", describe(ex, d.gzip())), false));
            } catch (UncheckedIOException ex) {
                ready.add(new SliceItem.Skipped(new Skip(e.source(), "", describe(ex.getCause(), d.gzip())), false));
            } catch (RuntimeException ex) {
                LOG.error("{}: unexpected error while opening", e.source(), ex);
                ready.add(new SliceItem.Skipped(new Skip(e.source(), "", "unexpected error: " + ex), false));
            }
            if (cursor == null) {
                progress.fileDone(e.bytes()); // not opened, however far it was read: done with
            }
        }

        private void advanceCursor() {
            try {
                Produced p = cursor.next();
                if (p == null) {
                    endFile(null);
                    return;
                }
                InputItem item = finish(p);
                ready.add(item instanceof Skip s ? new SliceItem.Skipped(s, true) : new SliceItem.Doc((RawDocument) item));
            } catch (IOException | UncheckedIOException ex) {
                IOException io = ex instanceof UncheckedIOException u ? u.getCause() : (IOException) ex;
                long at = cursor.position();
                String reason = describe(io, current.detected().gzip());
                endFile(new Skip(current.source(), at > 0 ? "line " + at : "",
                        at > 0 ? reason + "; reading of the file stopped there" : reason));
            } catch (RuntimeException ex) {
                // a defect, not bad input: say so, and go on with the next file
                long at = cursor.position();
                LOG.error("{}: unexpected error while reading", current.source(), ex);
                endFile(new Skip(current.source(), at > 0 ? "line " + at : "", "unexpected error: " + ex
                        + (at > 0 ? "; reading of the file stopped there" : "")));
            }
        }

        /**
         * Closes the current file and marks its end ({@code last}, if any, is the error that stopped it). A range that
         * does not end its file marks no end: the file goes on in the next slice.
         */
        private void endFile(Skip last) {
            closeCursor();
            boolean range = slice != null && slice.isRange();
            progress.fileDone(range ? slice.bytes() : current.bytes());
            if (range && !slice.last()) {
                if (last != null) {
                    ready.add(new SliceItem.Skipped(last, false));
                }
                return;
            }
            ready.add(new SliceItem.FileEnd(current.source(), last));
        }

        private void closeCursor() {
            try {
                cursor.close();
            } catch (IOException e) {
                LOG.warn("{}: error on close: {}", current.source(), e.getMessage());
            }
            cursor = null;
        }

        private InputItem finish(Produced p) {
            if (p instanceof Produced.Bad b) {
                return new Skip(current.source(), b.record(), b.reason());
            }
            Produced.Doc d = (Produced.Doc) p;
            String text = d.controls() ? Decoding.removeControls(d.text()) : d.text();
            long removed = d.text().length() - text.length();
            if (d.kind() == TextKind.PLAIN) {
                long longLine = Decoding.firstLongLine(text, config.maxLineCharacters());
                if (longLine > 0) {
                    return new Skip(current.source(), d.record(), "line too long: line " + longLine
                            + " of the text is longer than " + config.maxLineCharacters()
                            + " characters (ingest.maxLineCharacters)");
                }
            }
            String ownId = Decoding.removeControls(d.ownId());
            removed += d.ownId().length() - ownId.length();
            String id = ownId;
            if (id.isEmpty() && currentSidecar != null && d.record().isEmpty() && !currentSidecar.id().isEmpty()) {
                id = currentSidecar.id();
            }
            if (id.isEmpty()) {
                id = d.defaultId();
            }
            Map<String, String> fields = d.fields();
            for (Map.Entry<String, String> f : d.fields().entrySet()) {
                if (Decoding.removeControls(f.getKey()) != f.getKey()
                        || Decoding.removeControls(f.getValue()) != f.getValue()) {
                    fields = new LinkedHashMap<>(fields.size() + 2);
                    for (Map.Entry<String, String> g : d.fields().entrySet()) {
                        String v = Decoding.removeControls(g.getValue());
                        removed += g.getValue().length() - v.length();
                        fields.put(Decoding.removeControls(g.getKey()), v);
                    }
                    break;
                }
            }
            if (currentSidecar != null || !d.encoding().isEmpty() || removed > 0) {
                fields = fields == d.fields() ? new LinkedHashMap<>(fields) : fields;
            }
            if (currentSidecar != null) {
                for (Map.Entry<String, String> f : currentSidecar.fields().entrySet()) {
                    String have = fields.get(f.getKey());
                    if (have == null || have.isBlank()) {
                        fields.put(f.getKey(), Decoding.removeControls(f.getValue()));
                    }
                }
            }
            if (!d.encoding().isEmpty()) {
                fields.put(ENCODING_FIELD, d.encoding());
                if (!warnedEncoding) {
                    warnedEncoding = true;
                    LOG.warn("{}{}: {}", current.source(), d.record().isEmpty() ? "" : " " + d.record(),
                            d.encoding().equals(Decoding.FALLBACK.name())
                                    ? "text is not valid UTF-8; decoded as windows-1252"
                                    : "decoded from " + d.encoding() + " (byte-order mark)");
                }
            }
            if (removed > 0) {
                fields.put(CONTROLS_FIELD, Long.toString(removed));
                if (!warnedControls) {
                    warnedControls = true;
                    LOG.warn("{}{}: {} control character{} (NUL, ...) removed from the text", current.source(),
                            d.record().isEmpty() ? "" : " " + d.record(), removed, removed == 1 ? "" : "s");
                }
            }
            return new RawDocument(current.source(), d.record(), id, d.kind(), text, fields);
        }

        void close() {
            closed = true;
            ready.clear();
            if (cursor != null) {
                closeCursor();
            }
        }
    }

    /** Lists the inputs: directories walked in name order, sidecars loaded, what is not read named with a reason. */
    private final class Expander {
        private final List<Object> entries = new ArrayList<>();
        private final Map<Path, Sidecar.Entry> sidecars = new HashMap<>();
        private final java.util.Set<Path> walked = new java.util.HashSet<>();

        void expand(List<InputRoot> roots) {
            for (Path p : config.metadataFiles()) {
                entries.addAll(Sidecar.load(p, p.toString(), config, mapper, sidecars));
            }
            for (InputRoot r : roots) {
                Path p = r.path();
                if (Files.isDirectory(p)) {
                    walk(p, r.displayName(), "");
                } else if (Files.isRegularFile(p)) {
                    String name = p.getFileName().toString();
                    if (name.equals(config.sidecarName())) {
                        entries.addAll(Sidecar.load(p, r.displayName(), config, mapper, sidecars));
                    } else {
                        addFile(p, r.displayName(), name);
                    }
                } else if (!Files.exists(p)) {
                    entries.add(new Skip(r.displayName(), "", Files.isSymbolicLink(p)
                            ? "cannot read: file not found (a broken link?)" : "cannot read: not found"));
                } else {
                    entries.add(new Skip(r.displayName(), "", NOT_REGULAR));
                }
            }
        }

        private void walk(Path dir, String display, String relDir) {
            try {
                if (!walked.add(dir.toRealPath())) {
                    LOG.warn("{}: directory already read (a link loop?); not read again",
                            relDir.isEmpty() ? display : join(display, relDir));
                    return;
                }
            } catch (IOException e) {
                // reported by the listing below
            }
            List<Path> children;
            try (Stream<Path> s = Files.list(dir)) {
                children = new ArrayList<>(s.toList());
            } catch (IOException | UncheckedIOException e) {
                IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                String where = relDir.isEmpty() ? display : join(display, relDir.substring(0, relDir.length() - 1));
                entries.add(new Skip(where, "", describe(io, false).replace("cannot read", "cannot read directory")));
                return;
            }
            children.sort(Comparator.comparing(c -> c.getFileName().toString()));
            for (Path c : children) {
                String name = c.getFileName().toString();
                if (name.equals(config.sidecarName()) && Files.isRegularFile(c)) {
                    entries.addAll(Sidecar.load(c, join(display, relDir + name), config, mapper, sidecars));
                }
            }
            for (Path c : children) {
                String name = c.getFileName().toString();
                String rel = relDir + name;
                boolean dirEntry = Files.isDirectory(c);
                if (name.equals(config.sidecarName()) && !dirEntry && Files.isRegularFile(c)) {
                    continue;
                }
                if (name.startsWith(".")) {
                    // hidden: named once (a hidden folder is not walked), not read
                    entries.add(new Skip(join(display, rel), "", dirEntry ? "hidden folder: not read"
                            : "hidden file: not read"));
                } else if (dirEntry) {
                    walk(c, display, rel + "/");
                } else if (!Files.isRegularFile(c) && Files.exists(c)) {
                    entries.add(new Skip(join(display, rel), "", NOT_REGULAR));
                } else {
                    addFile(c, join(display, rel), rel);
                }
            }
        }

        private void addFile(Path p, String source, String rel) {
            InputFormat.Detected d = InputFormat.detect(p.getFileName().toString());
            Optional<InputFormat> f = d.format();
            if (f.isEmpty()) {
                entries.add(new Skip(source, "", d.extension().isEmpty()
                        ? "unsupported file type (no extension)"
                        : "unsupported file type '" + d.extension() + "'"));
                return;
            }
            int slash = rel.lastIndexOf('/');
            String relStem = (slash >= 0 ? rel.substring(0, slash + 1) : "") + d.stem();
            entries.add(new FileEntry(p, source, relStem, d, sizeOf(p)));
        }

        /** Size of a file as stored, 0 when it cannot be read (its read fails with a reason of its own). */
        private static long sizeOf(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return a.isRegularFile() ? a.size() : 0;
            } catch (IOException e) {
                return 0;
            }
        }

    }

    private static String join(String display, String rel) {
        return display.endsWith("/") ? display + rel : display + "/" + rel;
    }
}
