package org.presslens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.presslens.clean.CleanedText;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;

/**
 * Metadata rules on very long lines take time linear in the line: each of these inputs took minutes (an e-mail
 * pattern, a trailing-run pattern, a quote-stripping pattern rescanned from every position) or overflowed the stack.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = SEPARATE_THREAD)
class LongLineMetadataTest {
    private static final String ARTICLE = "The council met on Tuesday to discuss the new budget for the coming year.\n"
            + "Several residents said the plan was unfair to families who live far from the centre of the town.\n";
    private static final int LONG = 200_000;

    private final MetadataExtractor extractor = new MetadataExtractor(OutletRules.parse("""
            outlets:
              - name: The Harbour Gazette
                domains: [harbourgazette.example]
            """.getBytes(StandardCharsets.UTF_8), "test-outlets.yaml"));

    private Metadata detect(String text) {
        RawDocument doc = new RawDocument("t.txt", "", "t", TextKind.PLAIN, text, Map.of());
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return extractor.detect(doc, new CleanedText("", lines, List.of(), Map.of(), ""));
    }

    @Test
    void aLineOfLettersInTheFooter() {
        // 100,000 letters took 112 s in the footer's e-mail search
        assertEquals("", detect(ARTICLE + "a".repeat(LONG)).outlet());
    }

    @Test
    void aFooterAddressStillNamesTheSite() {
        assertEquals("The Harbour Gazette", detect(ARTICLE + "Harbour Gazette\nWrite to " + "x".repeat(LONG)
                + " or news@harbourgazette.example").outlet());
    }

    @Test
    void aLongRunOfPunctuationBetweenLetters() {
        assertEquals("", detect(ARTICLE + "a" + "-".repeat(LONG) + "b").outlet());
    }

    @Test
    void aLongRunOfQuoteMarksInTheHeader() {
        assertEquals("", detect("\"Headline" + "\"".repeat(LONG) + "x\n" + ARTICLE).title());
    }

    @Test
    void aLongCopyrightLineOfDottedLabels() {
        assertEquals("", detect(ARTICLE + "© " + "a.".repeat(LONG / 2)).outlet());
        assertEquals("example.com", detect(ARTICLE + "© " + "a.".repeat(LONG / 2) + " example.com").outlet());
    }

    @Test
    void aLongUrlOfDottedLabels() {
        // no domain has that many labels: the pattern for domains stops early (it overflowed the stack), URI parsing
        // then reads the host
        assertEquals(LONG, OutletRules.host("http://" + "a.".repeat(LONG / 2)).length());
    }
}
