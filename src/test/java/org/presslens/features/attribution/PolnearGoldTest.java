package org.presslens.features.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;
import org.presslens.features.attribution.PolnearGold.Document;
import org.presslens.text.Span;

class PolnearGoldTest {
    @Test
    void relationsWithMissingNullAndInvertedPartsAreRead() {
        Document d = PolnearGold.parse("{\"id\":\"x\",\"text\":\"Smith said it rained.\",\"attributions\":["
                + "{\"cue\":[{\"start\":6,\"end\":10}],\"source\":[{\"start\":0,\"end\":5}],"
                + "\"content\":[{\"start\":11,\"end\":21},null,{\"start\":9,\"end\":3}]},"
                + "{\"cue\":[{\"start\":6,\"end\":10}]}]}", "t.jsonl line 1");
        assertEquals("x", d.id());
        assertEquals(2, d.relations().size());
        assertEquals(List.of(new Span(11, 21)), d.relations().get(0).content());
        assertEquals(List.of(new Span(0, 5)), d.relations().get(0).source());
        assertEquals(List.of(), d.relations().get(1).source());
    }

    @Test
    void aSpanOutsideTheTextIsAnErrorNamingTheLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> PolnearGold.parse(
                "{\"text\":\"abc\",\"attributions\":[{\"cue\":[{\"start\":1,\"end\":9}]}]}", "t.jsonl line 7"));
        assertEquals("t.jsonl line 7: span [1, 9) outside the text of 3 characters", e.getMessage());
        assertThrows(ConfigException.class, () -> PolnearGold.parse("{\"attributions\":[]}", "t.jsonl line 8"));
    }

    @Test
    void aDirectQuotationIsAContentSpanWrappedInMarks() {
        String t = "He said “it is over.” Then he said it was not over.";
        assertTrue(PolnearGold.isWrapped(t, new Span(8, 21)));
        assertTrue(PolnearGold.isWrapped(t, new Span(9, 20))); // marks right outside the span
        assertFalse(PolnearGold.isWrapped(t, new Span(35, 50)));
        assertEquals(new Span(3, 20), PolnearGold.extent(List.of(new Span(9, 20), new Span(3, 5))));
    }
}
