package org.presslens.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How ingest parses JSON: strict (no trailing tokens, no duplicate keys, no NaN), except that raw control characters
 * inside strings are accepted (they are removed from the text later, so one NUL does not cost the record), and with
 * Jackson's {@link StreamReadConstraints}: nesting at most {@link #MAX_DEPTH} levels, strings and documents at most
 * the larger of the record and file limits. A broken constraint becomes a one-line reason.
 */
final class JsonLimits {
    /** Deepest nesting of arrays and objects read (the top-level array of a {@code .json} file counts). */
    static final int MAX_DEPTH = 1000;

    private static final Pattern EXCEEDED =
            Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private JsonLimits() {
    }

    /** The JSON mapper for the limits of {@code config}. */
    static ObjectMapper mapper(IngestConfig config) {
        long longest = Math.max(config.maxRecordBytes(), config.maxFileBytes());
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, longest))
                .maxDocumentLength(longest)
                .build();
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
    }

    /** A broken constraint in words: {@code "nesting deeper than 1000 levels"}, ... */
    static String describe(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher x = EXCEEDED.matcher(m);
        if (!x.find()) {
            int from = m.indexOf(" (from `");
            return (from > 0 ? m.substring(0, from) : m).lines().findFirst().orElse("limit exceeded");
        }
        String limit = x.group(3);
        return switch (x.group(1)) {
            case "Document nesting depth" -> "nesting deeper than " + limit + " levels";
            case "String value length" -> "a string longer than " + limit + " characters";
            case "Name length" -> "a field name longer than " + limit + " characters";
            case "Number value length" -> "a number longer than " + limit + " digits";
            case "Document length" -> "longer than " + limit + " characters";
            default -> x.group(1).toLowerCase(java.util.Locale.ROOT) + " above " + limit;
        };
    }
}
