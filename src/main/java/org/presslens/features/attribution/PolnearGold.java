package org.presslens.features.attribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.presslens.core.ConfigException;
import org.presslens.text.Span;

/**
 * Gold attribution relations in the PolNeAR JSONL schema of the shared datasets: one article per line with
 * {@code text} and {@code attributions}, a list of relations whose {@code cue}, {@code source} and {@code content} are
 * lists of {@code {start, end}} character spans into the text (missing or null parts, and spans whose end is before
 * their start, are skipped).
 */
public final class PolnearGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolnearGold() {
    }

    /** One attribution relation: the spans of its cue, source and content (each possibly empty). */
    public record Relation(List<Span> cue, List<Span> source, List<Span> content) {
        public Relation {
            cue = List.copyOf(cue);
            source = List.copyOf(source);
            content = List.copyOf(content);
        }
    }

    /** One gold article. */
    public record Document(String id, String text, List<Relation> relations) {
        public Document {
            relations = List.copyOf(relations);
        }
    }

    /** Reads one JSONL line; {@code where} names it in errors ("dev.jsonl line 3"). */
    public static Document parse(String line, String where) {
        JsonNode doc;
        try {
            doc = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new ConfigException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
        String text = doc.path("text").isTextual() ? doc.path("text").asText() : null;
        if (text == null) {
            throw new ConfigException(where + ": no 'text' field");
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode a : doc.path("attributions")) {
            relations.add(new Relation(spans(a.path("cue"), text, where), spans(a.path("source"), text, where),
                    spans(a.path("content"), text, where)));
        }
        return new Document(doc.path("id").asText(""), text, relations);
    }

    private static List<Span> spans(JsonNode list, String text, String where) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : list) {
            if (s == null || !s.path("start").isInt() || !s.path("end").isInt()) {
                continue;
            }
            int start = s.path("start").asInt();
            int end = s.path("end").asInt();
            if (end < start) {
                continue; // an inverted span covers no text (90 content spans of PolNeAR train, 9 of dev)
            }
            if (start < 0 || end > text.length()) {
                throw new ConfigException(where + ": span [" + start + ", " + end + ") outside the text of "
                        + text.length() + " characters");
            }
            out.add(new Span(start, end));
        }
        return out;
    }

    /** Calls {@code each} with the first {@code limit} documents of {@code file} (all when {@code limit} ≤ 0). */
    public static void forEach(Path file, int limit, Consumer<Document> each) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            int n = 0;
            while ((line = r.readLine()) != null && (limit <= 0 || n < limit)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                each.accept(parse(line, file.getFileName() + " line " + lineNo));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The smallest span covering every piece. */
    static Span extent(List<Span> pieces) {
        int s = Integer.MAX_VALUE;
        int e = Integer.MIN_VALUE;
        for (Span p : pieces) {
            s = Math.min(s, p.start());
            e = Math.max(e, p.end());
        }
        return new Span(s, e);
    }

    /**
     * A content span that is a direct quotation: wrapped in quotation marks (marks at its ends, or right outside
     * them, with a comma or full stop allowed between the last word and the closing mark).
     */
    static boolean isWrapped(String text, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 2) {
            return false;
        }
        boolean open = isMark(text.charAt(s));
        if (!open) {
            int k = s - 1;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            open = k >= 0 && isMark(text.charAt(k));
        }
        int end = e - 1;
        while (end > s && ".,;:!?".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        boolean close = isMark(text.charAt(end)) || isMark(text.charAt(e - 1));
        if (!close) {
            int k = e;
            while (k < text.length() && ".,;:!? ".indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            close = k < text.length() && isMark(text.charAt(k));
        }
        return open && close;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '‘' || c == '’' || c == '\'';
    }
}
