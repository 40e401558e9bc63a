package org.presslens.features.hedging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

/**
 * Sentences labelled certain or uncertain (wiki-weasel JSONL: {@code text}, boolean {@code uncertain}, optional
 * {@code id}), each assigned to a split bucket 0–99 by {@code SHA-256(SPLIT_SEED + key)} (the first 12 hex digits
 * mod 100), where the key is the id or, without one, the text as stored. Buckets below the tune percentage form
 * the <em>tune</em> part (where lexicon and model are built), the others the <em>report</em> part. Texts are
 * read with the Penn Treebank escapes of the corpus undone ({@code -LRB-} → {@code (}, {@code ``} → {@code “},
 * ...), so that they read like the text presslens analyses.
 */
public final class WeaselCorpus {
    /** Seed of the tune/report split. */
    public static final String SPLIT_SEED = "presslens-hedging-split-v1";
    /** Default share of buckets in the tune part. */
    public static final int TUNE_PERCENT = 80;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[][] PTB = {{"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"},
            {"-LCB-", "{"}, {"-RCB-", "}"}, {"``", "\u201C"}, {"''", "\u201D"}};

    private WeaselCorpus() {
    }

    /** One labelled sentence and its split bucket (0–99). */
    public record Sentence(String text, boolean uncertain, int bucket) {
        /** In the tune part when its bucket is below {@code tunePercent}. */
        public boolean tune(int tunePercent) {
            return bucket < tunePercent;
        }
    }

    /** Reads a JSONL file. */
    public static List<Sentence> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /**
     * Reads JSONL sentences; blank lines are skipped.
     *
     * @throws ConfigException naming {@code name} and the line when a line is not JSON or lacks {@code text} or a
     *                         boolean {@code uncertain}
     */
    public static List<Sentence> read(Reader in, String name) throws IOException {
        List<Sentence> out = new ArrayList<>();
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode j;
            try {
                j = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new ConfigException(name + " line " + n + ": not valid JSON: " + e.getOriginalMessage());
            }
            JsonNode text = j.get("text");
            JsonNode unc = j.get("uncertain");
            if (text == null || !text.isTextual() || unc == null || !unc.isBoolean()) {
                throw new ConfigException(name + " line " + n + ": expected a string 'text' and a boolean 'uncertain'");
            }
            String key = j.hasNonNull("id") ? j.get("id").asText() : text.asText();
            out.add(new Sentence(unescape(text.asText()), unc.asBoolean(), bucket(key)));
        }
        return out;
    }

    /** The split bucket of a key: 0–99. */
    public static int bucket(String key) {
        String h = Settings.sha256((SPLIT_SEED + key).getBytes(StandardCharsets.UTF_8));
        return (int) (Long.parseLong(h.substring(0, 12), 16) % 100);
    }

    /** Undoes the corpus's Penn Treebank escapes of brackets and double quotes. */
    static String unescape(String s) {
        String out = s;
        for (String[] p : PTB) {
            out = out.replace(p[0], p[1]);
        }
        return out;
    }
}
