package org.presslens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigSectionTest {

    private static ConfigSection section(String yaml) {
        return ConfigSection.root("c.yaml", Yaml.read(yaml.getBytes(StandardCharsets.UTF_8), "c.yaml")).child("s");
    }

    @Test
    void keysReadByGettersAreAllowedOthersAreNamedWithTheAllowedOnes() {
        ConfigSection s = section("s:\n  a: 3\n  b: [x, y]\n");
        assertEquals(3, s.integer("a", 1, 1, 5));
        assertEquals(List.of("x", "y"), s.texts("b", List.of(), "names"));
        assertEquals(true, s.bool("c", true));
        s.checkKeys();
        ConfigSection t = section("s:\n  a: 3\n  z: 1\n");
        t.integer("a", 1, 1, 5);
        t.declare("y");
        assertEquals("c.yaml: s: unknown key 'z' (allowed: a, y)",
                assertThrows(ConfigException.class, t::checkKeys).getMessage());
    }

    @Test
    void valuesInMessagesAreShortenedAndControlCharactersReplaced() {
        ConfigSection s = section("s:\n  a: \"" + "x".repeat(60) + "\"\n  \"k\\u001b[2J\": 1\n");
        assertEquals("c.yaml: s.a: expected a whole number from 1 to 5, found '" + "x".repeat(40) + "…'",
                assertThrows(ConfigException.class, () -> s.integer("a", 1, 1, 5)).getMessage());
        s.declare("a");
        assertEquals("c.yaml: s: unknown key 'k?[2J' (allowed: a)",
                assertThrows(ConfigException.class, s::checkKeys).getMessage());
    }

    @Test
    void aSectionThatIsNotAMappingIsNamed() {
        assertEquals("c.yaml: s: expected a mapping of keys, found 'yes'",
                assertThrows(ConfigException.class, () -> section("s: 'yes'\n")).getMessage());
        assertEquals(7, section("s:\n").integer("a", 7, 1, 9));
    }
}
