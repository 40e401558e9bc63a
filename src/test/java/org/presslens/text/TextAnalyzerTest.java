package org.presslens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private static NlpModels models;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
    }

    private static List<String> texts(String body, List<Span> spans) {
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.of(body));
        }
        return out;
    }

    @Test
    void sentencesNeverCrossParagraphsOrLines() {
        String body = "The minister spoke first. Then the envoy left\n\nA new paragraph begins here. It ends here.\n"
                + "A headline line\nAnother line.";
        AnalyzedText t = new TextAnalyzer(models).analyze(body);
        assertEquals(List.of("The minister spoke first.", "Then the envoy left", "A new paragraph begins here.",
                "It ends here.", "A headline line", "Another line."), texts(body, t.sentences()));
        assertEquals(List.of(new Span(0, 45), new Span(47, body.length())), t.paragraphs());
    }

    @Test
    void tokensSplitPunctuationQuotesAndClitics() {
        String body = "“They don't know,” Mr. Smith said of the U.S.-China no-limits deal's 1,000 terms... Really?!";
        AnalyzedText t = new TextAnalyzer(models).analyze(body);
        List<String> toks = new ArrayList<>();
        for (int i = 0; i < t.tokens().size(); i++) {
            toks.add(t.token(i));
        }
        assertEquals(List.of("“", "They", "do", "n't", "know", ",", "”", "Mr.", "Smith", "said", "of", "the",
                "U.S.", "-", "China", "no-limits", "deal", "'s", "1,000", "terms", "...", "Really", "?", "!"), toks);
        assertEquals(17, t.wordCount());
    }

    @Test
    void posTagsArePennAndLazy() {
        String body = "They may leave soon. The talks ended.";
        AnalyzedText t = new TextAnalyzer(models).analyze(body);
        assertEquals(0, t.taggedSentences());
        String[] tags = t.posTags(0);
        assertEquals("PRP", tags[0]);
        assertEquals("MD", tags[1]);
        assertEquals(1, t.taggedSentences());
    }

    @Test
    void modelsComeFromTheClasspathJars() {
        assertEquals(List.of("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"),
                models.modelNames());
    }
}
