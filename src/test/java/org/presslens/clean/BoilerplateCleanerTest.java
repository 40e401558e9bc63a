package org.presslens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.presslens.core.ConfigException;
import org.presslens.core.Settings;

class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = BoilerplateCleaner.fromSettings(Settings.builtIn());

    private static String fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                BoilerplateCleanerTest.class.getResourceAsStream("/clean/fixtures/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void plainTextScrapeKeepsBodyAndRemovesMenuListsShareBioFooter() throws IOException {
        CleanedText c = cleaner.clean(fixture("scrape.txt"));
        assertEquals("Negotiators from Valdora and Ostmark returned to the harbour commission on Monday after a "
                + "two-week pause, officials said.\n\n"
                + "The commission chair, Ilse Marten, told reporters that both delegations had accepted a revised "
                + "timetable. \"We are closer than we were in January,\" she said.\n\n"
                + "What Changed\n\n"
                + "Ostmark dropped its demand for a separate customs zone.  The  concession was confirmed by two "
                + "diplomats who asked not to be named.\n\n"
                + "Talks continue on Tuesday.\n\n"
                + "(With inputs from agencies.)", c.body());
        assertEquals(List.of("• Home", "• Politics", "• Business", "• Sport", "Harbour Talks Resume In Valdora",
                "Monday, March 3, 2031", "Share: Twitter | Facebook | Email", "Photo: Valdora Port Authority",
                "TRENDING", "Storm closes northern ferry routes", "Valdora beats Ostmark in friendly", "Advertisement",
                "About The Author", "Pera Lind covers maritime affairs for the Coastline Courier.",
                "Privacy Policy | Terms of use | Contact", "© 2031 Coastline Courier"), c.removedLines());
        assertEquals(22, c.inputLines().size());
        assertEquals(Map.of(), c.pageMeta());
    }

    @Test
    void verdictsNameTheReason() throws IOException {
        List<LineKind> kinds = cleaner.classify(fixture("scrape.txt"), "").stream().map(LineVerdict::kind).toList();
        assertEquals(List.of(LineKind.NOTICE, LineKind.HEADER, LineKind.HEADER, LineKind.HEADER, LineKind.TITLE,
                LineKind.META, LineKind.BODY, LineKind.SHARE, LineKind.BODY, LineKind.CAPTION, LineKind.BODY,
                LineKind.BODY, LineKind.BODY, LineKind.AGENCY_CREDIT, LineKind.RELATED_LIST, LineKind.RELATED_LIST,
                LineKind.RELATED_LIST, LineKind.ADVERTISEMENT, LineKind.BIO, LineKind.BIO, LineKind.FOOTER,
                LineKind.FOOTER), kinds);
    }

    @Test
    void cleanBodyIsReturnedUnchanged() {
        String body = "Officials met on Monday.\n\nShort.\n\nThe talks, which began in May, will resume on Friday, "
                + "a spokesman said.\n\nNext Steps\n\nBoth sides will report to parliament by June.";
        CleanedText c = cleaner.clean(body, "A title that does not occur");
        assertEquals(body, c.body());
        assertEquals(List.of(), c.removedLines());
    }

    @Test
    void whitespaceIsTrimmedAndMappedOneForOne() {
        CleanedText c = cleaner.clean("  The council met\u00A0on Monday and  approved the harbour plan, a clerk said.\t\r\n");
        assertEquals("The council met on Monday and  approved the harbour plan, a clerk said.", c.body());
        assertEquals(List.of(c.body()), c.inputLines());
        String text = "Intro line here.\r\n\n  Second\u00A0line, indented.\n";
        List<LineVerdict> v = cleaner.classify(text, "");
        assertEquals(List.of(0, 21), v.stream().map(LineVerdict::start).toList());
        assertEquals(text.substring(21, 21 + v.get(1).line().length()).replace('\u00A0', ' '), v.get(1).line());
    }

    @Test
    void knownTitleAndItsRepeatsAreRemoved() {
        String text = "Ferry strike ends\n\nFerry strike ends\n\nThe ferry strike ended on Sunday after unions and "
                + "operators agreed a new pay deal.\n\nServices resume on Monday.";
        CleanedText c = cleaner.clean(text, "Ferry Strike Ends");
        assertEquals("The ferry strike ended on Sunday after unions and operators agreed a new pay deal.\n\n"
                + "Services resume on Monday.", c.body());
        assertEquals(List.of("Ferry strike ends", "Ferry strike ends"), c.removedLines());
    }

    @Test
    void listRunStopsAtASentenceAndWrappedClosingLinesStay() {
        String text = "The ferry operator confirmed on Sunday that all routes would reopen this week.\n"
                + "Related:\n"
                + "Storm closes northern ferry routes\n"
                + "Fares will not change.\n"
                + "Unions welcomed the decision and said they would monitor staffing levels closely.\n"
                + "Crews return on Tuesday, the union said, and the first crossing\n"
                + "leaves at six.\n"
                + "Most read\n"
                + "Valdora beats Ostmark in friendly\n";
        CleanedText c = cleaner.clean(text);
        assertEquals(List.of("Related:", "Storm closes northern ferry routes", "Most read",
                "Valdora beats Ostmark in friendly"), c.removedLines());
    }

    @Test
    void blockQuoteClosedByADashLineIsKept() {
        String text = "The minister spoke first and set out the plan in detail for the assembled press.\n\n"
                + "We will not accept any delay, and we will say so at every meeting.- Ana Ruiz, the minister\n\n"
                + "Reporters asked about the budget, but she declined to give figures.";
        CleanedText c = cleaner.clean(text);
        assertEquals(List.of(), c.removedLines());
    }

    @Test
    void htmlPageKeepsArticleAndDropsNavAsideFooter() throws IOException {
        CleanedText c = cleaner.cleanHtml(fixture("page.html"));
        assertEquals(List.of(
                "Negotiators from Valdora and Ostmark returned to the harbour commission on Monday after a two-week "
                        + "pause, officials said.",
                "The commission chair, Ilse Marten, told reporters that both delegations had accepted a revised "
                        + "timetable, a schedule of four sessions, and a shared text.",
                "What changed",
                "Ostmark dropped its demand for a separate customs zone, according to two diplomats who asked not "
                        + "to be named.",
                "We are closer than we were in January, and both sides know it.",
                "Talks continue on Tuesday."), c.inputLines());
        assertEquals(String.join("\n\n", c.inputLines()), c.body());
        assertEquals(List.of(), c.removedLines());
        assertEquals(Map.of("title", "Harbour talks resume", "site_name", "Coastline Courier",
                "date", "2031-03-03T09:15:00Z", "author", "Pera Lind",
                "url", "https://courier.example/harbour-talks"), c.pageMeta());
    }

    @Test
    void htmlLineCleanerRunsOnExtractedLines() {
        String html = "<html><head><title>Budget passes</title></head><body><div class=\"content\">"
                + "<h1>Budget passes</h1><p>Updated: 4 May 2031 10:00 GMT</p>"
                + "<p>The assembly passed the budget on Friday by a margin of twelve votes, the clerk said.</p>"
                + "<p>Advertisement</p>"
                + "<p>The opposition had demanded more spending on schools, roads, and the ferry network.</p>"
                + "<p>Related articles</p><ul><li>Budget talks stall</li><li>Ferry fares rise</li></ul>"
                + "</div></body></html>";
        CleanedText c = cleaner.cleanHtml(html);
        assertEquals("The assembly passed the budget on Friday by a margin of twelve votes, the clerk said.\n\n"
                + "The opposition had demanded more spending on schools, roads, and the ferry network.", c.body());
        assertEquals(List.of("Budget passes", "Updated: 4 May 2031 10:00 GMT", "Advertisement", "Related articles",
                "Budget talks stall", "Ferry fares rise"), c.removedLines());
        assertEquals(Map.of("title", "Budget passes"), c.pageMeta());
    }

    @Test
    void ruleFileErrorsNameFileRuleAndValue() {
        ConfigException e = assertThrows(ConfigException.class, () -> BoilerplateRules.parse(
                "rules:\n  - reason: gossip\n    exact: [x]\n".getBytes(StandardCharsets.UTF_8), "bp.yaml"));
        assertTrue(e.getMessage().startsWith("bp.yaml: rules[0]: reason 'gossip' is not one of [body, agency-credit"),
                e.getMessage());
        ConfigException e2 = assertThrows(ConfigException.class, () -> BoilerplateRules.parse(
                "rules:\n  - reason: share\n    maxWord: 3\n".getBytes(StandardCharsets.UTF_8), "bp.yaml"));
        assertEquals("bp.yaml: rules[0]: unknown key 'maxWord', expected one of [reason, action, exact, prefix, "
                + "contains, maxWords, nonSentence]", e2.getMessage());
    }

    @Test
    void lineKeyNormalisation() {
        assertEquals(new LineKey("share: twitter | facebook", "share twitter facebook", "share:"),
                LineKey.of("Share: Twitter | Facebook"));
        assertEquals(new LineKey("read standard version", "read standard version", "read"),
                LineKey.of("»Read Standard Version«"));
        assertEquals(new LineKey("© copyright 2031", "copyright 2031", "©"), LineKey.of("©Copyright 2031"));
        for (String l : List.of("Share : Twitter", "»Read Standard Version«", "©2031", "| About", "Email:x", "...",
                "Photo - : AP", "3.5k SHARES")) {
            assertEquals(LineKey.of(l).firstWord(), LineKey.firstWord(l), l);
        }
        assertEquals(new LineKey("share", "share", "share"), LineKey.of("Share shares", 8));
    }
}
