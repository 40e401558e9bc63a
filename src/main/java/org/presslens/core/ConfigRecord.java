package org.presslens.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a configuration section into a record whose components are the section's keys (as {@code IngestConfig}
 * does), so that adding a component adds a key; the other readers use {@link ConfigSection}'s getters.
 */
public final class ConfigRecord {
    private static final ObjectMapper STRICT = strictMapper();

    private ConfigRecord() {
    }

    /**
     * Binds a section onto a record with Jackson: its keys are the record's components less {@code notFromConfig}
     * (so a new component is a new key), keys absent here keep the values of {@code defaults}, and types are strict
     * ({@code "7"} is not a whole number, {@code 7.5} is not an {@code int}); the record's constructor checks the
     * ranges, and its {@link IllegalArgumentException} becomes a one-line error.
     */
    public static <R extends Record> R bind(ConfigSection s, Class<R> type, R defaults, Set<String> notFromConfig) {
        for (String k : notFromConfig) {
            if (s.has(k)) {
                throw s.error(k, "not read from the configuration (it is given on the command line)");
            }
        }
        Map<String, Class<?>> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!notFromConfig.contains(c.getName())) {
                components.put(c.getName(), c.getType());
            }
        }
        s.declare(components.keySet()).checkKeys();
        ObjectNode merged = STRICT.valueToTree(defaults);
        notFromConfig.forEach(merged::remove);
        s.keys().stream().filter(s::has).forEach(k -> merged.set(k, s.value(k)));
        try {
            return STRICT.treeToValue(merged, type);
        } catch (MismatchedInputException e) {
            String key = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            if (key != null && components.containsKey(key)) {
                throw s.invalid(key, typeName(components.get(key)), s.value(key));
            }
            throw new ConfigException(s.where(null) + ": " + firstLine(e), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new ConfigException(s.where(null) + ": " + firstLine(cause), e);
        }
    }

    private static String typeName(Class<?> t) {
        if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
            return "a whole number";
        }
        if (t == double.class || t == Double.class) {
            return "a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        return List.class.isAssignableFrom(t) ? "a list of texts" : "a text";
    }

    private static String firstLine(Throwable e) {
        String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper m = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        fail(m, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(m, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(m, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        fail(m, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        return m;
    }

    private static void fail(ObjectMapper m, LogicalType target, CoercionInputShape... from) {
        for (CoercionInputShape s : from) {
            m.coercionConfigFor(target).setCoercion(s, CoercionAction.Fail);
        }
    }
}
