package org.presslens.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.presslens.core.Cancellation;

/**
 * Splits article bodies into sentences and tokens. One instance per thread (OpenNLP's {@code *ME} classes keep
 * per-call state); the models are shared through {@link NlpModels}.
 *
 * <p>Every line break is a hard boundary: the body is cut into lines (paragraphs are separated by blank
 * lines; a single line break inside a paragraph also ends a sentence, since cleaned news text is never
 * hard-wrapped), and OpenNLP's sentence detector splits each line, so no sentence crosses a paragraph.
 * Tokens come from the {@link RuleTokenizer}; Penn Treebank POS tags are computed lazily per sentence by
 * {@link AnalyzedText#posTags(int)}. A run of more than {@value DetectorLine#MAX_RUN} characters without white space
 * is never split into sentences (see {@link DetectorLine}), which keeps the detector linear in such a run.
 */
public final class TextAnalyzer {
    private final SentenceDetectorME sentenceDetector;
    private final String eosCharacters;
    private final NlpModels models;
    private final RuleTokenizer tokenizer = new RuleTokenizer();
    private POSTaggerME tagger;

    public TextAnalyzer(NlpModels models) {
        this.models = models;
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        char[] eos = models.sentenceModel().getEosCharacters();
        this.eosCharacters = eos == null ? ".!?" : new String(eos);
    }

    /** Analyses one body. */
    public AnalyzedText analyze(String body) {
        List<Span> sentences = new ArrayList<>();
        List<Span> tokens = new ArrayList<>(Math.max(16, body.length() / 5));
        List<Integer> first = new ArrayList<>();
        int n = body.length();
        int lineStart = 0;
        while (lineStart < n) {
            Cancellation.check();
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(body.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                String line = body.substring(s, e);
                opennlp.tools.util.Span[] spans = sentenceDetector.sentPosDetect(DetectorLine.of(line, eosCharacters));
                if (spans.length == 0) {
                    addSentence(body, s, e, sentences, tokens, first);
                } else {
                    // cover the whole line: text between detected spans joins the preceding sentence
                    for (int k = 0; k < spans.length; k++) {
                        int ss = k == 0 ? s : s + spans[k].getStart();
                        int se = k + 1 < spans.length ? s + spans[k + 1].getStart() : e;
                        addSentence(body, ss, se, sentences, tokens, first);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        int[] firstToken = new int[sentences.size() + 1];
        for (int i = 0; i < first.size(); i++) {
            firstToken[i] = first.get(i);
        }
        firstToken[sentences.size()] = tokens.size();
        return new AnalyzedText(body, sentences, tokens, firstToken, this::tag);
    }

    private void addSentence(String body, int s, int e, List<Span> sentences, List<Span> tokens, List<Integer> first) {
        while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        while (s < e && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        if (e <= s) {
            return;
        }
        sentences.add(new Span(s, e));
        first.add(tokens.size());
        tokenizer.tokenize(body, s, e, tokens);
    }

    private String[] tag(String[] words) {
        if (tagger == null) {
            tagger = new POSTaggerME(models.posModel(), POSTagFormat.PENN);
        }
        return tagger.tag(words);
    }
}
