package org.presslens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.core.Article;

class ReliabilityExtractorTest {
    private final ReliabilityExtractor rx = new ReliabilityExtractor(Fixtures.builtInContext());

    private double value(Article a, String feature) {
        double[] v = rx.extract(a, Fixtures.analyze(a.body())).values();
        return v[rx.featureNames().indexOf(feature)];
    }

    @Test
    void bylineFromMetadataOrFirstLines() {
        assertEquals(1.0, value(Fixtures.article("", "Ann Lee", "Text."), "byline_present"));
        assertEquals(1.0, value(Fixtures.article("", "", "By John Smith\n\nThe talks began."), "byline_present"));
        assertEquals(0.0, value(Fixtures.article("", "", "The talks began by noon."), "byline_present"));
    }

    @Test
    void datelineAtTheStartOfTheBody() {
        assertEquals(1.0, value(Fixtures.article("", "", "MOSCOW (Reuters) - The talks began."), "dateline_present"));
        assertEquals(1.0, value(Fixtures.article("", "", "NEW DELHI, March 20 — The talks began."), "dateline_present"));
        assertEquals(1.0, value(Fixtures.article("", "", "Beijing, Dec 27: The talks began."), "dateline_present"));
        assertEquals(0.0, value(Fixtures.article("", "", "The talks began in Moscow - quietly."), "dateline_present"));
    }

    @Test
    void agencyCreditOnlyWhenNoNamedPersonIsQuoted() {
        assertEquals(1.0, value(Fixtures.article("", "", "The talks began.\n\n(With inputs from agencies)"),
                "agency_credit_only"));
        assertEquals(0.0, value(Fixtures.article("", "", "The talks began, Maria Ivanova said.\n\n(With inputs from agencies)"),
                "agency_credit_only"));
        assertEquals(0.0, value(Fixtures.article("", "", "The talks began."), "agency_credit_only"));
    }

    @Test
    void agencyCreditIsFoundAfterCharactersWhoseLowerCaseIsLonger() {
        // "İ" lower-cases to two characters: offsets taken from the lower-cased body would drift past the credit
        // (and, with enough of them, past the end of the body)
        String names = "İlham İsmayilov met İzmir officials. ".repeat(40);
        assertEquals(1.0, value(Fixtures.article("", "", names + "The talks began.\n\n(With inputs from agencies)"),
                "agency_credit_only"));
        assertEquals(0.0, value(Fixtures.article("", "", names + "The talks began."), "agency_credit_only"));
        assertEquals(6, ReliabilityExtractor.indexOfLowerCase("İ met AGENCY staff", "agenc", 0));
        assertEquals(-1, ReliabilityExtractor.indexOfLowerCase("agen", "agenc", 0));
    }

    @Test
    void boilerplateShareUsesRemovedLines() {
        Article a = new Article("x", "s", "", "", "", "", "", "", "Body text here.", List.of("Menu", "Share"), 8, Map.of());
        assertEquals(0.25, value(a, "boilerplate_share"));
    }

    @Test
    void styleRates() {
        // 10 words (I, WARNED, you, we, must, act, now, Officials, stayed, calm)
        String body = "I WARNED you! We must act now! Officials stayed calm.";
        Article a = Fixtures.article("", "", body);
        assertEquals(200.0, value(a, "exclamation_rate"), 1e-9);
        assertEquals(100.0, value(a, "all_caps_rate"), 1e-9);
        assertEquals(200.0, value(a, "first_person_rate"), 1e-9);
        assertEquals(100.0, value(a, "second_person_rate"), 1e-9);
        assertEquals(10.0 / 3, value(a, "mean_sentence_length"), 1e-9);
        assertEquals(0.0, value(Fixtures.article("", "", "The US and the U.S. agreed."), "first_person_rate"));
    }

    @Test
    void loadedLanguageRate() {
        // 5 words, 1 loaded ("shocking")
        assertEquals(200.0, value(Fixtures.article("", "", "A shocking vote took place."), "loaded_language_rate"), 1e-9);
    }

    @Test
    void clickbaitTitleSignals() {
        Article a = Fixtures.article("You Won't Believe These 7 Reasons Why The Summit FAILED!", "", "Text.");
        assertEquals(0.0, value(a, "title_question"));
        assertEquals(1.0, value(a, "title_exclamation"));
        assertEquals(1.0, value(a, "title_number"));
        assertEquals(2.0, value(a, "title_clickbait_phrases")); // "you won't believe", "reasons why"
        assertEquals(1.0, value(a, "title_caps_words"));        // FAILED
        assertEquals(4.0, value(a, "clickbait_score"));
        Article plain = Fixtures.article("Leaders meet in Moscow", "", "Text.");
        assertEquals(0.0, value(plain, "clickbait_score"));
    }
}
