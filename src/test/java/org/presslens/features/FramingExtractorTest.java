package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;
import org.presslens.lexicon.Lexicon;

class FramingExtractorTest {

    @Test
    void hitsPerThousandWordsAndCountsPerCategory() {
        Lexicon a = Lexicon.of("pack-a", "1", Map.of("partnership", List.of("no limits", "strategic coordination")));
        Lexicon b = Lexicon.of("pack-b", "1", Map.of("accountability", List.of("diplomatic cover")));
        FramingExtractor fx = new FramingExtractor(List.of(a, b));
        assertEquals(List.of("partnership", "accountability", "partnership_count", "accountability_count"),
                fx.featureNames());
        String body = "They praised a “no-limits” friendship and Strategic  Coordination, critics saw diplomatic cover.";
        Extraction e = fx.extract(Fixtures.article("", "", body), Fixtures.analyze(body));
        // 12 words
        assertEquals(List.of(2000.0 / 12, 1000.0 / 12, 2.0, 1.0), List.of(e.values()[0], e.values()[1],
                e.values()[2], e.values()[3]));
        assertEquals(new Evidence.Term("pack-a", "partnership", "no limits", "no-limits", 16, 25), e.evidence().get(0));
    }

    @Test
    void aTermInsideALongerTermOfAnotherPackCountsOnceForTheLongerTerm() {
        Lexicon generic = Lexicon.of("generic", "1", Map.of("conflict", List.of("confrontation*", "confront~")));
        Lexicon diplomacy = Lexicon.of("diplomacy", "1", Map.of("peace_broker", List.of("non-confrontation")));
        FramingExtractor fx = new FramingExtractor(List.of(generic, diplomacy));
        String body = "Both pledged non-confrontation, yet the navies confronted each other.";
        Extraction e = fx.extract(Fixtures.article("", "", body), Fixtures.analyze(body));
        // columns: conflict, peace_broker, conflict_count, peace_broker_count; 9 words ("non-confrontation" is one)
        assertEquals(List.of(1000.0 / 9, 1000.0 / 9, 1.0, 1.0), List.of(e.values()[0], e.values()[1], e.values()[2],
                e.values()[3]));
        assertEquals(List.of(new Evidence.Term("generic", "conflict", "confront", "confronted", 47, 57),
                new Evidence.Term("diplomacy", "peace_broker", "non-confrontation", "non-confrontation", 13, 30)),
                e.evidence());
    }

    @Test
    void duplicateCategoryAcrossPacksIsAnError() {
        Lexicon a = Lexicon.of("a", "1", Map.of("conflict", List.of("war")));
        Lexicon b = Lexicon.of("b", "1", Map.of("conflict", List.of("clash")));
        ConfigException e = assertThrows(ConfigException.class, () -> new FramingExtractor(List.of(a, b)));
        assertEquals("framing category 'conflict' is defined by both lexicon 'a' and lexicon 'b' (category names must "
                + "be unique across framing packs)", e.getMessage());
    }
}
