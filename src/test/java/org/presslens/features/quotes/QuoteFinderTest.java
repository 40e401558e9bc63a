package org.presslens.features.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> contents(String body) {
        List<String> out = new ArrayList<>();
        for (QuoteSpan q : finder.find(body)) {
            out.add(q.content(body));
        }
        return out;
    }

    @Test
    void everyQuoteStyle() {
        String body = "He said \"straight one\" and “curly two” then ‘single three’ and 'plain four' and «guillemet five».";
        assertEquals(List.of("straight one", "curly two", "single three", "plain four", "guillemet five"),
                contents(body));
        QuoteSpan first = finder.find(body).get(0);
        assertEquals(8, first.start());
        assertEquals(22, first.end());
        assertEquals(9, first.contentStart());
        assertEquals(21, first.contentEnd());
        assertTrue(first.closed());
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), contents("Xi's plan, the '90s boom and don't-worry talk: rock 'n' roll isn't quoted."));
        assertEquals(List.of("no limits"), contents("Xi's 'no limits' friendship isn't new, officials' notes say."));
        assertEquals(List.of("no limits"), contents("Xi’s ‘no limits’ pact isn’t new."));
    }

    @Test
    void nestedMarksBelongToTheOuterQuote() {
        String body = "“They called it ‘a farce’ and left,” she said.";
        assertEquals(List.of("They called it ‘a farce’ and left,"), contents(body));
    }

    @Test
    void quoteContinuesIntoParagraphOpeningWithAQuoteMark() {
        String body = "“We will talk first.\n\n“Then we decide,” he said.\n\nAfter that, nothing.";
        List<QuoteSpan> qs = finder.find(body);
        assertEquals(1, qs.size());
        assertEquals(0, qs.get(0).start());
        assertEquals(body.indexOf("decide,”") + 8, qs.get(0).end());
        assertEquals("We will talk first.\n\n“Then we decide,", qs.get(0).content(body));
        assertTrue(qs.get(0).closed());
    }

    @Test
    void unclosedQuoteStopsAtItsParagraph() {
        String body = "The minister said “this never closes and goes on.\n\nThe next paragraph has a \"real quote\" here.";
        List<QuoteSpan> qs = finder.find(body);
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).closed());
        assertEquals("this never closes and goes on.", qs.get(0).content(body));
        assertEquals(body.indexOf('\n'), qs.get(0).end());
        assertEquals("real quote", qs.get(1).content(body));
    }

    @Test
    void blockQuoteClosedByDashLine() {
        String body = "Intro line.\n\nThe decision shows that nobody will be held to account for the damage done, "
                + "and that is a failure.- Jane Doe, a senior regional official\n\nMore text.";
        List<QuoteSpan> qs = finder.find(body);
        assertEquals(1, qs.size());
        QuoteSpan q = qs.get(0);
        assertTrue(q.block());
        assertEquals("The decision shows that nobody will be held to account for the damage done, and that is a "
                + "failure.", q.content(body));
        assertEquals("Jane Doe", body.substring(q.speakerStart(), q.speakerEnd()));
    }

    @Test
    void blockQuoteSignedOnTheNextLine() {
        String body = "\"We have waited long enough for a settlement, and we will not wait any longer.\"\n"
                + "— Carlos Mendes, union leader\n\nOther text.";
        List<QuoteSpan> qs = finder.find(body);
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).block());
        assertEquals("We have waited long enough for a settlement, and we will not wait any longer.",
                qs.get(0).content(body));
        assertEquals("Carlos Mendes", body.substring(qs.get(0).speakerStart(), qs.get(0).speakerEnd()));
    }

    @Test
    void singleQuotesWithApostrophesInside() {
        assertEquals(List.of("It's fine, don't worry,"), contents("'It's fine, don't worry,' he said. He said 'no."));
        assertEquals(List.of("We will,", "It’s over."), contents("‘We will,’ she said. ‘It’s over.’"));
    }

    @Test
    void doubledSingleMarksOfOlderNewswireText() {
        String body = "''We finally may be seeing some wage growth,'' said Ann Lee. ''It is real.''";
        assertEquals(List.of("We finally may be seeing some wage growth,", "It is real."), contents(body));
    }

    @Test
    void strayClosingMarkDoesNotOpenAQuote() {
        assertEquals(List.of(), contents("It was 5 o'clock\" and the board was 6' 2\" wide."));
    }
}
