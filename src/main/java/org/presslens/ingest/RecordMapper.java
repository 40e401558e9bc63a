package org.presslens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps the named fields of a JSON object, CSV row or sidecar row to a record id, its text and
 * {@link RawDocument#fields()} under the canonical keys {@code outlet, date, url, title, authors} (first configured
 * name present with a non-empty value wins; names match case-insensitively) plus every other field under its own
 * name, in input order. Field values: strings as is, numbers and booleans as written, null as empty, arrays of
 * scalars joined with {@code ;} (an empty array as {@code []}), other arrays and objects as compact JSON.
 */
final class RecordMapper {
    /** Canonical keys, in the order they appear in {@link RawDocument#fields()}. */
    static final List<String> CANONICAL = List.of("outlet", "date", "url", "title", "authors");

    private final List<String> idNames;
    private final List<String> textNames;
    private final List<List<String>> canonicalNames;
    private final Set<String> reserved = new HashSet<>();

    RecordMapper(IngestConfig config) {
        this.idNames = lower(config.idFields());
        this.textNames = lower(config.textFields());
        this.canonicalNames = List.of(lower(config.outletFields()), lower(config.dateFields()),
                lower(config.urlFields()), lower(config.titleFields()), lower(config.authorsFields()));
        reserved.addAll(CANONICAL);
    }

    /** The configured text field names (for messages). */
    List<String> textNames() {
        return textNames;
    }

    /** A mapped record: its own id (empty when none), its text (empty when none) and its fields. */
    record Mapped(String id, String text, Map<String, String> fields) {
    }

    /** True when one of the names (a CSV header) is a configured text field. */
    boolean hasTextField(List<String> names) {
        for (String n : names) {
            if (textNames.contains(n.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Maps field names and values given in input order (later duplicates of a name are ignored). */
    Mapped map(List<String> names, List<String> values) {
        int n = names.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
        }
        boolean[] used = new boolean[n];
        String id = pick(idNames, index, values, used);
        String text = pick(textNames, index, values, used);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int c = 0; c < CANONICAL.size(); c++) {
            String v = pick(canonicalNames.get(c), index, values, used);
            if (!v.isEmpty()) {
                fields.put(CANONICAL.get(c), v);
            }
        }
        for (int i = 0; i < n; i++) {
            String name = names.get(i);
            if (used[i] || reserved.contains(name.toLowerCase(Locale.ROOT)) || fields.containsKey(name)
                    || index.get(name.toLowerCase(Locale.ROOT)) != i) {
                continue;
            }
            fields.put(name, values.get(i));
        }
        return new Mapped(id, text, fields);
    }

    /** Maps a JSON object. */
    Mapped map(JsonNode object) {
        List<String> names = new ArrayList<>(object.size());
        List<String> values = new ArrayList<>(object.size());
        var it = object.fields();
        while (it.hasNext()) {
            var e = it.next();
            names.add(e.getKey());
            values.add(render(e.getValue()));
        }
        return map(names, values);
    }

    /** A JSON value as a field string. */
    static String render(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode e : v) {
                if (!e.isValueNode()) {
                    return v.toString();
                }
                if (e.isNull()) {
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append(';');
                }
                sb.append(e.asText());
            }
            // an empty list is a value ("no frames"), not a missing field
            return sb.isEmpty() ? "[]" : sb.toString();
        }
        return v.toString();
    }

    private static String pick(List<String> candidates, Map<String, Integer> index, List<String> values,
                               boolean[] used) {
        for (String c : candidates) {
            Integer i = index.get(c);
            if (i != null && !used[i]) {
                String v = values.get(i);
                if (v != null && !v.isBlank()) {
                    used[i] = true;
                    return v.strip();
                }
            }
        }
        // an empty field of a configured name is consumed too, so it does not reappear under its own name
        for (String c : candidates) {
            Integer i = index.get(c);
            if (i != null) {
                used[i] = true;
            }
        }
        return "";
    }

    private static List<String> lower(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String s : names) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
