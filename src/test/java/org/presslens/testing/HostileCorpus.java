package org.presslens.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of hostile and odd inputs with valid articles mixed in: oversized records and lines (gzip bombs
 * of one line, a CSV quote that never closes), pathological texts (millions of short lines, one line of 100,000
 * letters, a text of quote marks), special files (a FIFO, hidden files and folders, broken links), damaged
 * encodings (NUL bytes, UTF-16/32 with a BOM, lone-CR line ends, random high bytes), empty containers (header-only
 * CSV, {@code []}), deep nesting, a million-element array of numbers, and spreadsheet formulas in metadata.
 * Deterministic for a seed. Sizes are meant for a lowered {@code ingest.maxRecordMegabytes} of 1 (see {@link #CONFIG}).
 *
 * <p>{@link #inputs()} lists every input (files, special files and hidden folders, as relative paths) that a run
 * must account for; {@link #validIds()} every record id that must be analysed.
 */
public final class HostileCorpus {
    /** The configuration the corpus is sized for: records above 1 MiB are skipped. */
    public static final String CONFIG = "ingest:\n  maxRecordMegabytes: 1\n";

    private static final String[] OUTLETS = {"Harbour Post", "Valley Ledger", "=HYPERLINK(\"http://x.invalid\",\"click\")",
        "+Plus News", "-Minus Daily", "@Handle Wire", "新华社", "الجزيرة", "Спутник", "a/b", "a b"};
    private static final String[] WORDS = ("minister council harbour ferry budget winter traders union court judge "
            + "report inquiry police witness farmers river station school hospital election candidate voters "
            + "market prices energy pipeline treaty border talks summit leaders officials analysts").split(" ");

    private final Path dir;
    private final Random random;
    private final Set<String> inputs = new LinkedHashSet<>();
    private final Set<String> validIds = new LinkedHashSet<>();
    private int serial;

    private HostileCorpus(Path dir, long seed) {
        this.dir = dir;
        this.random = new Random(seed);
    }

    /** Writes the corpus into {@code dir} (which must exist) with {@code validFiles} valid one-article files. */
    public static HostileCorpus write(Path dir, int validFiles, long seed) throws IOException {
        HostileCorpus c = new HostileCorpus(dir, seed);
        c.writeAll(validFiles);
        return c;
    }

    /** Every input a run must account for, relative to the corpus folder ({@code /} separated). */
    public List<String> inputs() {
        return List.copyOf(inputs);
    }

    /** Ids of the records that must be analysed. */
    public Set<String> validIds() {
        return Set.copyOf(validIds);
    }

    private void writeAll(int validFiles) throws IOException {
        for (int i = 0; i < validFiles; i++) {
            String id = "valid-" + i;
            String outlet = OUTLETS[i % OUTLETS.length];
            text("valid/" + id + ".txt", "Published by " + outlet + "\n\n" + article(id), true, id);
        }
        lineFormats();
        oversized();
        pathologicalTexts();
        specialFiles();
        encodings();
        containers();
    }

    /** JSONL and CSV files where good records sit among bad ones: each bad one costs only itself. */
    private void lineFormats() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String id = "jl-" + i;
            switch (i % 6) {
                case 1 -> jsonl.append("{\"id\":\"").append(id).append("\",\"text\":\n");
                case 3 -> jsonl.append("[1,2,3]\n");
                case 5 -> jsonl.append("{\"id\":\"").append(id).append("\",\"text\":\"a\u0000b\",\"x\":").append("[".repeat(2000)).append('\n');
                default -> {
                    jsonl.append(json(id, OUTLETS[i % OUTLETS.length], article(id))).append('\n');
                    validIds.add(id);
                }
            }
        }
        bytes("lines/mixed.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));

        // a NUL byte inside the first line must not cost the whole file
        String nulFirst = "{\"id\":\"nul-0\",\"text\":\"x\"}\u0000\n" + json("nul-1", "Harbour Post", article("nul-1")) + "\n";
        validIds.add("nul-1");
        bytes("lines/nul-first.jsonl", nulFirst.getBytes(StandardCharsets.UTF_8));

        // lone CR line ends (old Mac)
        String cr = json("cr-0", "Harbour Post", article("cr-0")) + "\r" + json("cr-1", "Valley Ledger", article("cr-1")) + "\r";
        validIds.add("cr-0");
        validIds.add("cr-1");
        bytes("lines/lone-cr.jsonl", cr.getBytes(StandardCharsets.UTF_8));

        StringBuilder csv = new StringBuilder("id,outlet,title,authors,text\n");
        for (int i = 0; i < 40; i++) {
            String id = "csv-" + i;
            String outlet = OUTLETS[(i + 3) % OUTLETS.length];
            if (i % 10 == 7) {
                csv.append(id).append(",only two\n");
                continue;
            }
            csv.append(csvCell(id)).append(',').append(csvCell(outlet)).append(',').append(csvCell("=SUM(A1:A9) " + i))
                    .append(',').append(csvCell("@reporter" + i)).append(',').append(csvCell(article(id))).append('\n');
            validIds.add(id);
        }
        bytes("lines/formulas.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Records above the 1 MiB record limit, compressed to almost nothing, with good records after them. */
    private void oversized() throws IOException {
        try (OutputStream out = gzip("big/one-line.jsonl.gz")) {
            out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] a = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 48; i++) { // 3 MiB in one line
                out.write(a);
            }
            out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
            out.write((json("after-huge", "Harbour Post", article("after-huge")) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        validIds.add("after-huge");
        try (OutputStream out = gzip("big/open-quote.csv.gz")) {
            out.write(("id,text\nok-before,\"" + article("ok-before").replace("\"", "\"\"") + "\"\nopen,\"")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] a = "word ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 48; i++) {
                out.write(a);
            }
        }
        validIds.add("ok-before");
        // a JSON array with a 3 MiB string, then a good element
        StringBuilder arr = new StringBuilder("[{\"id\":\"arr-huge\",\"text\":\"");
        arr.append("b".repeat(3 << 20)).append("\"},").append(json("arr-ok", "Valley Ledger", article("arr-ok"))).append(']');
        bytes("big/huge-string.json", arr.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Texts that made cleaning, metadata or the quote finder super-linear. */
    private void pathologicalTexts() throws IOException {
        bytes("slow/short-lines.txt", "a\n".repeat(2_000_000).getBytes(StandardCharsets.US_ASCII));
        text("slow/long-letter-line.txt", article("long-letter-line") + "\n" + "x".repeat(100_000) + "\n", true,
                "long-letter-line");
        text("slow/long-email-like.txt", article("long-email-like") + "\n" + "a.".repeat(50_000) + "@" + "\n", true,
                "long-email-like");
        StringBuilder quotes = new StringBuilder(article("quotes") + "\n");
        while (quotes.length() < 1_000_000) {
            quotes.append("\u201c\" \u201d'\u00ab \"a\" ");
        }
        bytes("slow/quote-marks.txt", quotes.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<div>".repeat(20_000)).append("<p>").append(article("nested-html")).append("</p>");
        bytes("slow/nested.html", nested.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A FIFO, hidden files and folders, a broken link, a link loop, unsupported and extension-less files. */
    private void specialFiles() throws IOException {
        Path fifo = dir.resolve("special/pipe.txt");
        Files.createDirectories(fifo.getParent());
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            if (p.waitFor() == 0) {
                inputs.add("special/pipe.txt");
            }
        } catch (IOException | InterruptedException e) {
            // no mkfifo on this machine: the rest of the corpus still counts
        }
        text("special/.txt", article("dot-txt"), false, null);
        text("special/.hidden.jsonl", json("hidden", "x", article("hidden")) + "\n", false, null);
        Path hiddenDir = Files.createDirectories(dir.resolve("special/.git"));
        Files.writeString(hiddenDir.resolve("config.txt"), article("in-hidden-dir"));
        inputs.add("special/.git");
        Path broken = dir.resolve("special/broken-link.txt");
        Files.createSymbolicLink(broken, dir.resolve("special/nowhere.txt"));
        inputs.add("special/broken-link.txt");
        bytes("special/notes.pdf", "%PDF-1.4 not an article".getBytes(StandardCharsets.US_ASCII));
        bytes("special/README", "no extension".getBytes(StandardCharsets.US_ASCII));
        bytes("special/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    }

    /** NUL in a body, UTF-16/32 with BOMs, random high bytes, windows-1252. */
    private void encodings() throws IOException {
        text("enc/nul-in-body.txt", article("nul-in-body").replaceFirst(" ", "\u0000 "), true, "nul-in-body");
        encoded("enc/utf16le.txt", "utf16le", "UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE});
        encoded("enc/utf16be.txt", "utf16be", "UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF});
        encoded("enc/utf32le.txt", "utf32le", "UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        byte[] noise = new byte[200_000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        bytes("enc/random-high.txt", noise);
        String cafe = article("cp1252") + " Caf\u00e9 owners agreed.";
        bytes("enc/cp1252.txt", cafe.getBytes(Charset.forName("windows-1252")));
        validIds.add("cp1252");
    }

    private void encoded(String rel, String id, String charset, byte[] bom) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(bom);
        b.write(article(id).getBytes(Charset.forName(charset)));
        bytes(rel, b.toByteArray());
        validIds.add(id);
    }

    /** Files that hold no record at all, or far too many bad ones. */
    private void containers() throws IOException {
        bytes("empty/header-only.csv", "id,outlet,text\n".getBytes(StandardCharsets.US_ASCII));
        bytes("empty/empty-array.json", "[]".getBytes(StandardCharsets.US_ASCII));
        bytes("empty/empty-object.json", "{}".getBytes(StandardCharsets.US_ASCII));
        bytes("empty/zero.txt", new byte[0]);
        bytes("empty/blank.jsonl", "\n\n   \n".getBytes(StandardCharsets.US_ASCII));
        bytes("empty/brackets.json", "[".repeat(1001).getBytes(StandardCharsets.US_ASCII));
        StringBuilder ones = new StringBuilder("[");
        for (int i = 0; i < 200_000; i++) {
            ones.append(i == 0 ? "1" : ",1");
        }
        bytes("empty/ones.json", ones.append(']').toString().getBytes(StandardCharsets.US_ASCII));
        bytes("empty/corrupt.jsonl.gz", "this is not gzip".getBytes(StandardCharsets.US_ASCII));
        // many small odd files, so that the corpus holds more than a thousand inputs
        String duplicate = article("dup");
        TreeSet<String> duplicates = new TreeSet<>();
        for (int i = 0; i < 600; i++) {
            switch (i % 5) {
                case 0 -> bytes("odd/short-" + i + ".txt", ("Too short " + i).getBytes(StandardCharsets.US_ASCII));
                case 1 -> bytes("odd/bad-" + i + ".json", ("{\"text\": " + i).getBytes(StandardCharsets.US_ASCII));
                case 2 -> bytes("odd/num-" + i + ".json", Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
                case 3 -> {
                    bytes("odd/dup-" + i + ".txt", duplicate.getBytes(StandardCharsets.UTF_8));
                    duplicates.add("dup-" + i + ".txt");
                }
                default -> {
                    String id = "odd-" + i;
                    bytes("odd/" + id + ".json", json(id, OUTLETS[i % OUTLETS.length], article(id)).getBytes(StandardCharsets.UTF_8));
                    validIds.add(id);
                }
            }
        }
        // exact duplicates: the first in input (sorted file name) order is analysed
        String first = duplicates.first();
        validIds.add(first.substring(0, first.length() - ".txt".length()));
    }

    private void text(String rel, String content, boolean valid, String id) throws IOException {
        bytes(rel, content.getBytes(StandardCharsets.UTF_8));
        if (valid) {
            validIds.add(id);
        }
    }

    private void bytes(String rel, byte[] content) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        inputs.add(rel);
    }

    private OutputStream gzip(String rel) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        inputs.add(rel);
        return new GZIPOutputStream(Files.newOutputStream(p));
    }

    /** A plausible news text of about 120 words, different for every id. */
    private String article(String id) {
        StringBuilder sb = new StringBuilder();
        sb.append("Officials said on Monday that the ").append(word()).append(" plan for ").append(id.replace('-', ' '))
                .append(" would go ahead. \"We are ready,\" said Mara Lind, the director, adding that the ")
                .append(word()).append(" would cost less than expected. ");
        for (int s = 0; s < 8; s++) {
            sb.append("The ").append(word()).append(" and the ").append(word()).append(" may ").append(word())
                    .append(" the ").append(word()).append(" before the ").append(word()).append(" of ")
                    .append(word()).append(", according to ").append(word()).append(" sources ")
                    .append(++serial).append(". ");
        }
        return sb.toString().strip();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String json(String id, String outlet, String text) {
        return "{\"id\":\"" + esc(id) + "\",\"outlet\":\"" + esc(outlet) + "\",\"title\":\"-" + esc(id)
                + " report\",\"text\":\"" + esc(text) + "\"}";
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "hostile corpus: %d inputs, %d valid records", inputs.size(), validIds.size());
    }

    /** The relative paths of the inputs that are not regular files or are hidden (for messages). */
    public List<String> specialInputs() {
        List<String> out = new ArrayList<>();
        for (String i : inputs) {
            if (i.startsWith("special/")) {
                out.add(i);
            }
        }
        return out;
    }
}
