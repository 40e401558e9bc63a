package org.presslens.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.clean.CleanedText;
import org.presslens.ingest.RawDocument;
import org.presslens.ingest.TextKind;

class MetadataExtractorTest {
    private static final OutletRules RULES = OutletRules.parse("""
            outlets:
              - name: The Harbour Gazette
                domains: [harbourgazette.example]
                aliases: [Harbour Gazette, HGZ]
                patterns: ['^Harbour Gazette Staff\\b']
            """.getBytes(StandardCharsets.UTF_8), "test-outlets.yaml");

    private final MetadataExtractor extractor = new MetadataExtractor(RULES);

    private Metadata detect(String text) {
        return detect(text, Map.of(), Map.of());
    }

    private Metadata detect(String text, Map<String, String> fields, Map<String, String> pageMeta) {
        RawDocument doc = new RawDocument("t.txt", "", "t", TextKind.PLAIN, text, fields);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return extractor.detect(doc, new CleanedText("", lines, List.of(), pageMeta, ""));
    }

    @Test
    void recordFieldsWinAndAreNormalised() {
        Metadata m = detect("Lighthouse Keeper Retires\nBy Ann Lee\nMonday, March 4, 2024\nBody text.",
                Map.of("outlet", "HGZ", "date", "Sep 20, 2016", "title", " Given title ", "authors", "Bo Chan",
                        "url", "https://x.example/a"), Map.of());
        assertEquals(new Metadata("The Harbour Gazette", "2016-09-20", "Given title", "Bo Chan",
                "https://x.example/a"), m);
    }

    @Test
    void pageMetaComesNextAndSiteSuffixIsDroppedFromTheTitle() {
        Metadata m = detect("Body only.", Map.of(), Map.of("site_name", "harbour gazette",
                "title", "Tides Rise Early | Harbour Gazette", "date", "2024-02-03T08:00:00+01:00", "author",
                "Cy Dove", "url", "https://harbourgazette.example/tides"));
        assertEquals(new Metadata("The Harbour Gazette", "2024-02-03", "Tides Rise Early", "Cy Dove",
                "https://harbourgazette.example/tides"), m);
    }

    @Test
    void outletFromTheRecordUrlDomain() {
        assertEquals("The Harbour Gazette",
                detect("Text.", Map.of("url", "https://www.harbourgazette.example/p/1"), Map.of()).outlet());
        assertEquals("unknown-news.example",
                detect("Text.", Map.of("url", "http://unknown-news.example/p/1"), Map.of()).outlet());
    }

    @Test
    void publishedOnLineGivesUrlOutletBylineAndDate() {
        Metadata m = detect("""
                Ferry Service Returns to the Island
                The ferry is back after a long winter break, the operator said on Friday in a statement to residents.
                NOTICE: Published on https://islandnews.example/ferry-returns/ by Dana Fox on 2022-11-05T10:00:00Z
                More text follows here.
                """);
        assertEquals(new Metadata("islandnews.example", "2022-11-05", "Ferry Service Returns to the Island",
                "Dana Fox", "https://islandnews.example/ferry-returns/"), m);
    }

    @Test
    void deskBylineWithLabelledDate() {
        Metadata m = detect("""
                Menu
                Council Approves New Park Budget
                Lakeside Chronicle News Desk | Updated: 15-03-2024 10:00 IST | Created: 14-03-2024 09:00 IST
                The council approved the budget on Tuesday after a long debate among its members and residents.
                """);
        assertEquals(new Metadata("Lakeside Chronicle", "2024-03-14", "Council Approves New Park Budget",
                "Lakeside Chronicle News Desk", ""), m);
    }

    @Test
    void outletRulePatternInALine() {
        assertEquals("The Harbour Gazette", detect("Some body text.\nHarbour Gazette Staff\n").outlet());
    }

    @Test
    void readMoreAndFirstAppearedLines() {
        assertEquals("Coastline Weekly", detect("Body.\n>>> Read more stories on Coastline Weekly <<<\n").outlet());
        assertEquals("The Harbour Gazette",
                detect("Body.\nThis article first appeared on harbourgazette.example.\n").outlet());
        assertEquals("", detect("Body.\nRead more on page 5\n").outlet());
    }

    @Test
    void copyrightLineAndFooterSiteName() {
        assertEquals("Riverbend Times", detect("Body.\n© 2023 Riverbend Times Ltd. All rights reserved.\n").outlet());
        assertEquals("Hilltop Daily", detect("Body.\nHilltop Daily\nContact: desk@hilltopdaily.example\n© 2024\n")
                .outlet());
        assertEquals("", detect("Body.\nContact us\nEmail: desk@hilltopdaily.example\n© 2024\n").outlet());
    }

    @Test
    void headerDateAndDateline() {
        assertEquals("2024-07-16", detect("Tuesday, July 16, 2024\nA Headline About Things\nBody.").date());
        assertEquals("2021-06-09", detect("""
                Storm Hits The Coast
                PORT ELLEN, June 9, 2021 (Wire) — A storm hit the coast on Wednesday, closing the harbour and the main road to the ferry terminal for several hours while crews cleared debris.
                """).date());
        assertEquals("2024-04-01", detect("Body first.\nPublished: 1 April 2024\n").date());
    }

    @Test
    void bodyMentionsOfDatesAreNotThePublicationDate() {
        Metadata m = detect("""
                The minister visited the port in May 2024 and again on December 12, promising new investment for the region.
                Officials said the deal signed on March 3, 2022 would be reviewed, according to a statement released by the ministry.
                """);
        assertEquals(new Metadata("", "", "", "", ""), m);
    }

    @Test
    void titleIsTheRepeatedHeadingOrTheFirstHeading() {
        assertEquals("Market Hall Reopens After Repairs", detect("""
                Town Portal
                Home / Local / "Market Hall Reopens After Repairs"
                “Market Hall Reopens After Repairs”
                Market Hall Reopening Draws Crowds on First Day
                The market hall opened again this morning after eight months of repairs to its roof and walls.
                """).title());
        assertEquals("Bridge Closure Extended Into Summer", detect("""
                • News
                • Sport
                Bridge Closure Extended Into Summer
                The bridge will stay closed until August, engineers said on Monday after a new inspection of the piers.
                """).title());
    }

    @Test
    void bylineForms() {
        assertEquals("Ann Lee and Bo Chan", detect("A Headline Of Some Length\nBy Ann Lee and Bo Chan\nBody.").byline());
        assertEquals("Cy Dove", detect("A Headline Of Some Length\nCy Dove | Published 3 hours ago\nBody.").byline());
        assertEquals("", detect("A Headline Of Some Length\nbystanders watched.\nBody.").byline());
    }
}
