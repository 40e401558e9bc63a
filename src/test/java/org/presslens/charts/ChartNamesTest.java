package org.presslens.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartNamesTest {

    @Test
    void outletChartsGetAReadableSlugAndAHashOfTheExactName() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("新华社", "keyness-b8be4ac9");
        expected.put("الجزيرة", "keyness-34a968ac");
        expected.put("Спутник", "keyness-13e9175c");
        expected.put("a/b", "keyness-a-b-c14cddc0");
        expected.put("a b", "keyness-a-b-c8687a08");
        expected.put("Österreich Heute", "keyness-osterreich-heute-b35472b8");
        expected.put("Daily Ledger", "keyness-daily-ledger-e8c123ef");
        expected.forEach((outlet, name) -> assertEquals(name, ChartNames.ofOutlet("keyness", outlet), outlet));
        assertEquals(expected.size(), expected.values().stream().distinct().count());
        String longName = "A".repeat(59) + " B";
        assertEquals("keyness-" + "a".repeat(59) + "-6ad23e84", ChartNames.ofOutlet("keyness", longName));
    }

    @Test
    void featureAndModelChartsKeepTheirPlainSlugs() {
        assertEquals("feature-hedging-hedge-rate", ChartNames.of("feature", "hedging.hedge_rate"));
        assertEquals("confusion-reliability", ChartNames.of("confusion", "reliability"));
        assertEquals(List.of("x", "dic-liwc-posemo"), List.of(ChartNames.slug("§§"), ChartNames.slug("dic.LIWC.posemo")));
    }
}
