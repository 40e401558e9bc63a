package org.presslens.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML files of a configuration (the configuration itself, outlet and boilerplate rules) into a tree.
 * A file that is not UTF-8 text is named without echoing its bytes; a duplicate key is an error; a syntax error
 * is one line: {@code presslens.yaml line 3, column 7: not valid YAML: mapping values are not allowed here}.
 */
public final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final int REASON_CHARS = 120;

    private Yaml() {
    }

    /**
     * The document's tree (a missing node for an empty document).
     *
     * @param name how messages name the file
     * @throws ConfigException when the bytes are not UTF-8 text or not valid YAML
     */
    public static JsonNode read(byte[] bytes, String name) {
        requireText(bytes, name);
        try {
            JsonNode root = MAPPER.readTree(bytes);
            return root == null ? MAPPER.missingNode() : root;
        } catch (JsonProcessingException e) {
            throw syntaxError(name, e, "not valid YAML");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A parse error as one line: {@code name line L, column C: what: reason}, the reason shortened, without the
     * parser's excerpt of the file.
     */
    public static ConfigException syntaxError(String name, JsonProcessingException e, String what) {
        return new ConfigException(name + position(e) + ": " + what + ": " + reason(e), e);
    }

    /**
     * Refuses bytes that are not UTF-8 or hold control characters other than tab, line feed and return, naming the
     * file and never echoing the bytes.
     */
    public static void requireText(byte[] bytes, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not a text YAML file (not UTF-8)");
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++, column++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c < 0x20 && c != '\t' && c != '\r') {
                throw new ConfigException(name + " line " + line + ", column " + column
                        + ": not a text YAML file (control character U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }

    private static String position(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            return " line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String reason(JsonProcessingException e) {
        String r = e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null ? m.getProblem()
                : e.getOriginalMessage();
        r = r == null ? e.getClass().getSimpleName() : r.lines().findFirst().orElse("").strip();
        return ConfigSection.shown(r, REASON_CHARS);
    }
}
