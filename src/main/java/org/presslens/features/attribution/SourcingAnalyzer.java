package org.presslens.features.attribution;

import java.util.List;
import org.presslens.core.ConfigException;
import org.presslens.features.FeatureContext;
import org.presslens.features.quotes.QuoteFinder;
import org.presslens.lexicon.Lexicon;
import org.presslens.text.AnalyzedText;

/**
 * Finds attributions (cue, source, kind) and quotations (kind, speaker, cue) in an analysed article, with rules over
 * tokens, capitalisation and three lexicons; no part-of-speech tagging. A thin facade over one class per job:
 * {@link TokenView} (the article's tokens and quotations), {@link CueFinder} (cues), {@link SourcePhrases} (where a
 * cue's source is), {@link SourceKinds} (what kind of source it is), {@link PronounResolver} (who a pronoun is) and
 * {@link QuoteSpeakers} (who said a quotation). Quotations come from {@link QuoteFinder}. Stateless and thread-safe.
 * Rules: docs/attribution-and-quotes.md.
 */
public final class SourcingAnalyzer {
    /** Quotations of at most this many words with no speaker are term quotes. */
    static final int MAX_TERM_WORDS = 4;
    /** Lexicon role of the cue lexicon ({@code features.lexicons.attribution_cues}). */
    public static final String CUES_ROLE = "attribution_cues";
    /** Lexicon role of the source lexicon ({@code features.lexicons.attribution_sources}). */
    public static final String SOURCES_ROLE = "attribution_sources";
    /** Lexicon role of the grammar lexicon ({@code features.lexicons.attribution_grammar}). */
    public static final String GRAMMAR_ROLE = SourcingWords.ROLE;

    private final Lexicon cues;
    private final Lexicon sources;
    private final Lexicon grammar;
    private final SourcingWords words;
    private final CueModel cueModel;
    private final CueFinder cueFinder;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    /** Key of the analysis in {@link AnalyzedText#memo}: equal for analyzers over the same lexicons. */
    private final String memoKey;

    /**
     * @param cues    the cue lexicon, with categories {@code speech}, {@code cognition}, {@code according},
     *                {@code statement}, {@code vague}, {@code credit} (others are ignored)
     * @param sources the source lexicon, with categories {@code anonymous}, {@code anonymity}, {@code vague},
     *                {@code agency}, {@code media}
     * @param grammar the grammar lexicon, with the categories of {@link SourcingWords#CATEGORIES}
     * @throws ConfigException when a lexicon lacks a category the rules need
     */
    public SourcingAnalyzer(Lexicon cues, Lexicon sources, Lexicon grammar) {
        this(cues, sources, grammar, null);
    }

    /**
     * As {@link #SourcingAnalyzer(Lexicon, Lexicon, Lexicon)}, with a learned cue detector ({@code null}: lexicon and
     * rules only).
     *
     * @throws ConfigException when a lexicon lacks a category the rules need
     */
    public SourcingAnalyzer(Lexicon cues, Lexicon sources, Lexicon grammar, CueModel cueModel) {
        require(cues, CUES_ROLE, List.of("speech", "according", "vague"),
                "speech, cognition, according, statement, vague, credit");
        require(sources, SOURCES_ROLE, List.of("anonymous", "vague", "agency"),
                "anonymous, anonymity, vague, agency, media");
        this.cues = cues;
        this.sources = sources;
        this.grammar = grammar;
        this.words = new SourcingWords(grammar, sources);
        this.cueModel = cueModel;
        this.cueFinder = new CueFinder(cues, cueModel);
        this.memoKey = "sourcing:" + cues.sha256() + ":" + sources.sha256() + ":" + words.digest() + ":"
                + (cueModel == null ? "-" : cueModel.sha256() + ":" + cueModel.keepCutoff() + ":" + cueModel.addCutoff());
    }

    private static void require(Lexicon lexicon, String role, List<String> needed, String expected) {
        for (String n : needed) {
            if (!lexicon.categories().contains(n)) {
                throw new ConfigException("lexicon '" + lexicon.name() + "' (features.lexicons." + role
                        + "): category '" + n + "' missing (expected " + expected + ")");
            }
        }
    }

    /**
     * The analyzer over the lexicons of roles {@value #CUES_ROLE}, {@value #SOURCES_ROLE} and {@value #GRAMMAR_ROLE},
     * with the built-in cue model ({@link CueModel#builtIn()}).
     *
     * @throws ConfigException when a lexicon lacks a category the rules need
     */
    public static SourcingAnalyzer fromContext(FeatureContext ctx) {
        return fromContext(ctx, CueModel.builtIn());
    }

    /** As {@link #fromContext(FeatureContext)} with this cue model ({@code null}: lexicon and rules only). */
    public static SourcingAnalyzer fromContext(FeatureContext ctx, CueModel cueModel) {
        return new SourcingAnalyzer(ctx.lexicon(CUES_ROLE), ctx.lexicon(SOURCES_ROLE), ctx.lexicon(GRAMMAR_ROLE),
                cueModel);
    }

    /** The learned cue detector, or null. */
    public CueModel cueModel() {
        return cueModel;
    }

    /** The cue lexicon. */
    public Lexicon cueLexicon() {
        return cues;
    }

    /** The source lexicon. */
    public Lexicon sourceLexicon() {
        return sources;
    }

    /** The analyzer's settings beyond its lexicons' hashes, for the feature-set hash. */
    public String configDigest() {
        return "grammar=" + words.digest() + ";cue_model=" + (cueModel == null ? "none" : cueModel.sha256());
    }

    /** What {@link #analyze} found in one article. */
    public record Result(List<Attribution> attributions, List<Quote> quotes) {
        public Result {
            attributions = List.copyOf(attributions);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * Finds the attributions and quotations of an article. The result is memoised on the text, so the attribution
     * and quote extractors share one analysis per article.
     */
    public Result analyze(AnalyzedText text) {
        return text.memo(memoKey, () -> compute(text));
    }

    /** The same lexicons and grammar with another cue model ({@code null}: none). */
    SourcingAnalyzer withCueModel(CueModel model) {
        return new SourcingAnalyzer(cues, sources, grammar, model);
    }

    /** The token view of an article (tokens, quotations, grammar words). */
    TokenView view(AnalyzedText text) {
        return new TokenView(text, quoteFinder.find(text.body()), words);
    }

    private Result compute(AnalyzedText text) {
        TokenView view = view(text);
        SourceKinds kinds = new SourceKinds(view, sources.find(text), new PronounResolver(view));
        List<Attribution> attributions = cueFinder.find(view, kinds);
        return new Result(attributions, QuoteSpeakers.assign(view, attributions));
    }
}
