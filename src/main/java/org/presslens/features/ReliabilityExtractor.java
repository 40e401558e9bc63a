package org.presslens.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.core.Article;
import org.presslens.core.ConfigSection;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.AnalyzedText;
import org.presslens.text.NormalizedWords;
import org.presslens.text.Span;
import org.presslens.core.CharClass;

/**
 * Reliability signals: sourcing metadata (byline, dateline, agency credit only), content-farm signals
 * (self-repetition, boilerplate share), style (Flesch–Kincaid grade, MTLD, mean sentence length, exclamation,
 * all-caps, first- and second-person rates, loaded language from lexicon role {@code loaded_language}) and
 * clickbait title signals (phrases from lexicon role {@code clickbait}). Definitions in docs/features.md.
 * Options ({@code features.reliability}): {@code repetition_shingle} (3), {@code repetition_threshold} (0.4),
 * {@code repetition_min_words} (6), {@code repetition_max_sentences} (2000).
 */
public final class ReliabilityExtractor implements FeatureExtractor {
    public static final String ID = "reliability";

    private static final List<FeatureInfo> FEATURES = List.of(
            new FeatureInfo("byline_present", "Byline", FeatureInfo.BINARY,
                    "1 if the byline metadata is non-blank or one of the first 3 short body lines starts with By and a name"),
            new FeatureInfo("dateline_present", "Dateline", FeatureInfo.BINARY,
                    "1 if the dateline metadata is non-blank or the first paragraph starts with a dateline (place, optional date, dash)"),
            new FeatureInfo("agency_credit_only", "Agency credit only", FeatureInfo.BINARY,
                    "1 if the body credits a news agency and holds no named-source attribution"),
            new FeatureInfo("self_repetition", "Self-repetition", FeatureInfo.SHARE,
                    "share of examined sentences whose word shingles mostly occur in earlier sentences of the article"),
            new FeatureInfo("boilerplate_share", "Boilerplate removed", FeatureInfo.SHARE,
                    "lines removed by cleaning / raw non-blank lines"),
            new FeatureInfo("fk_grade", "Flesch–Kincaid grade", "US school grade",
                    "0.39 × words per sentence + 11.8 × syllables per word − 15.59"),
            new FeatureInfo("mtld", "Lexical diversity (MTLD)", "words per factor",
                    "measure of textual lexical diversity over the words holding a letter"),
            new FeatureInfo("mean_sentence_length", "Mean sentence length", "words",
                    "words / sentences"),
            new FeatureInfo("exclamation_rate", "Exclamation marks", FeatureInfo.PER_1000_WORDS,
                    "exclamation marks × 1000 / words"),
            new FeatureInfo("all_caps_rate", "All-caps words", FeatureInfo.PER_1000_WORDS,
                    "all-upper-case tokens of at least 5 letters × 1000 / words"),
            new FeatureInfo("first_person_rate", "First-person pronouns", FeatureInfo.PER_1000_WORDS,
                    "first-person pronouns (I, me, we, our, …) × 1000 / words"),
            new FeatureInfo("second_person_rate", "Second-person pronouns", FeatureInfo.PER_1000_WORDS,
                    "second-person pronouns (you, your, …) × 1000 / words"),
            new FeatureInfo("loaded_language_rate", "Loaded language", FeatureInfo.PER_1000_WORDS,
                    "matches of the loaded-language lexicon × 1000 / words"),
            new FeatureInfo("title_question", "Question headline", FeatureInfo.BINARY,
                    "1 if the title contains a question mark"),
            new FeatureInfo("title_exclamation", "Exclamation headline", FeatureInfo.BINARY,
                    "1 if the title contains an exclamation mark"),
            new FeatureInfo("title_number", "Number headline", FeatureInfo.BINARY,
                    "1 if the title starts with a number or holds a listicle number (10 things, 5 ways)"),
            new FeatureInfo("title_clickbait_phrases", "Clickbait phrases in headline", FeatureInfo.COUNT,
                    "matches of the clickbait lexicon in the title"),
            new FeatureInfo("title_caps_words", "All-caps headline words", FeatureInfo.COUNT,
                    "title words of at least 5 letters, all upper-case"),
            new FeatureInfo("clickbait_score", "Clickbait score", "0–5",
                    "sum of five headline indicators: question, exclamation, number, a clickbait phrase, an all-caps word"));

    private static final String AGENCIES = "Reuters|AFP|AP|Associated Press|Agence France[- ]Presse|ANI|PTI|IANS|UNI"
            + "|Xinhua|TASS|RIA Novosti|RIA|Sputnik|Interfax|EFE|dpa|DPA|Kyodo|Yonhap|Anadolu|Bloomberg|AAP|CNA|Bernama"
            + "|Press Trust of India|Asian News International";
    static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?i:with\\s+inputs?\\s+from\\s+(?:agencies|(?-i:" + AGENCIES + ")))"
                    + "|(?i:sources?\\s+by\\s+agencies)"
                    + "|(?i:agencies\\s+contributed)"
                    + "|(?i:(?:source|sources|credit|input)s?\\s*:\\s*(?:agencies|agency))"
                    + "|(?m:^\\s*[-–—]?\\s*(?i:agencies)\\s*\\.?\\s*$)"
                    + "|(?:\\((?:" + AGENCIES + ")\\)\\s*[-–—:])"
                    + "|(?:(?:" + AGENCIES + ")\\s+contributed\\s+(?:to\\s+)?(?:this|reporting))"
                    + "|(?i:(?:via|from)\\s+(?:news\\s+)?agencies)");
    private static final String CUE_VERBS = "said|says|told|tells|added|adds|stated|states|noted|notes|wrote|writes"
            + "|tweeted|posted|explained|insisted|warned|argued|claimed|disclosed|announced|declared|stressed"
            + "|emphasi[sz]ed|confirmed|denied|asked|replied|recalled|acknowledged";
    private static final String NAME = "[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?";
    /**
     * A named source next to a cue verb ("Jane Doe said", "said Jane Doe", "according to Jane Doe"). Only whether
     * the body holds one is used, so the first form needs just the last two names before the verb (a longer run of
     * names ends with two), which keeps the search linear in a long run of capitalised words.
     */
    static final Pattern NAMED_CUE = Pattern.compile(
            "\\b" + NAME + "\\s++" + NAME + "(?:\\s*+,\\s++|\\s++)(?:" + CUE_VERBS + ")\\b"
                    + "|\\b(?:" + CUE_VERBS + ")\\s+(?:[A-Z][a-z]+\\s+)?" + NAME + "\\s+" + NAME + "\\b"
                    + "|\\baccording\\s+to\\s+(?:[A-Za-z]+\\s+)?" + NAME + "\\s+" + NAME + "\\b");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z.'’-]{2,}(?:\\s+[A-Z][A-Z.'’-]+){0,3}(?:\\s*,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+){0,2})?"
                    + "(?:\\s*,?\\s+" + MONTH + "\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)?"
                    + "|[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}\\s*,\\s*" + MONTH + "\\s+\\d{1,2}(?:\\s*,\\s*\\d{4})?)"
                    + "\\s*(?:\\([^()\\n]{1,40}\\))?\\s*(?:[-–—:]{1,2}|\\|)\\s*\\S");
    static final Pattern BYLINE_LINE = Pattern.compile("^\\s*(?:By|BY)\\s+[A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+)*");
    static final Pattern TITLE_NUMBER = Pattern.compile(
            "^\\s*\\d+\\s+\\p{L}|\\b\\d+\\s+(?:\\w+\\s+)?(?i:things|ways|reasons|facts|times|signs|tips|photos|pictures"
                    + "|people|questions|lessons|secrets|mistakes|tricks|steps|places|foods|moments|celebrities|words"
                    + "|myths|rules|habits|stories|quotes|memes|tweets)\\b");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");

    private final Lexicon loaded;
    private final Lexicon clickbait;
    private final SelfRepetition repetition;

    public ReliabilityExtractor(FeatureContext ctx) {
        ConfigSection o = ctx.options(ID, Set.of("repetition_shingle", "repetition_threshold",
                "repetition_min_words", "repetition_max_sentences"));
        int k = o.integer("repetition_shingle", 3, 1, 10);
        this.repetition = new SelfRepetition(k, o.number("repetition_threshold", 0.4, 0.01, 1.0),
                o.integer("repetition_min_words", 6, k, 1000), o.integer("repetition_max_sentences", 2000, 1, 1_000_000));
        this.loaded = ctx.lexicon("loaded_language");
        this.clickbait = ctx.lexicon("clickbait");
    }

    public ReliabilityExtractor(Lexicon loaded, Lexicon clickbait, SelfRepetition repetition) {
        this.loaded = loaded;
        this.clickbait = clickbait;
        this.repetition = repetition;
    }

    @Override
    public String configDigest() {
        return repetition.toString();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FeatureInfo> features() {
        return FEATURES;
    }

    @Override
    public Extraction extract(Article article, AnalyzedText text) {
        String body = text.body();
        List<Evidence> ev = new ArrayList<>();
        int words = text.wordCount();
        int sentences = text.sentences().size();

        double byline = !article.byline().isBlank() || hasBylineLine(body) ? 1 : 0;
        double dateline = !article.metadata().getOrDefault("dateline", "").isBlank()
                || DATELINE.matcher(firstParagraph(text)).find() ? 1 : 0;
        double agencyOnly = hasAgencyCredit(body, firstParagraph(text)) && !NAMED_CUE.matcher(body).find() ? 1 : 0;
        double selfRep = repetition.score(text);
        double boilerplate = article.rawLineCount() == 0 ? 0.0
                : Math.min(1.0, (double) article.removedLines().size() / article.rawLineCount());

        // readability over tokens holding a letter, clitics excluded
        int fkWords = 0;
        int syllables = 0;
        int fkSentences = 0;
        int capsWords = 0;
        for (int s = 0; s < sentences; s++) {
            int inSentence = 0;
            for (int t = text.firstToken(s); t < text.endToken(s); t++) {
                Span sp = text.tokens().get(t);
                if (!hasLetter(body, sp) || isClitic(body, sp)) {
                    continue;
                }
                inSentence++;
                syllables += Readability.syllables(body, sp.start(), sp.end());
                if (isAllCaps(body, sp.start(), sp.end())) {
                    capsWords++;
                }
            }
            if (inSentence > 0) {
                fkWords += inSentence;
                fkSentences++;
            }
        }
        NormalizedWords w = text.words();
        List<String> lower = new ArrayList<>(w.size());
        for (int i = 0; i < w.size(); i++) {
            String x = w.word(i);
            if (hasLetter(x)) {
                lower.add(x);
            }
        }
        double fk = Readability.fleschKincaidGrade(fkWords, fkSentences, syllables);
        double mtld = Readability.mtld(lower);
        double meanLen = sentences == 0 ? Double.NaN : (double) words / sentences;
        int excl = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '!') {
                excl++;
            }
        }
        int first = 0;
        int second = 0;
        for (int i = 0; i < w.size(); i++) {
            String x = w.word(i);
            if (FIRST_PERSON.contains(x)) {
                if (x.equals("us") && Character.isUpperCase(body.charAt(w.start(i) + 1))) {
                    continue; // "US", "U.S." (the country)
                }
                if (x.equals("i") && i + 1 < w.size() && !w.breakBefore(i + 1) && body.charAt(w.end(i)) == '.') {
                    continue; // initials such as "I. Smith"
                }
                first++;
            } else if (SECOND_PERSON.contains(x)) {
                second++;
            }
        }
        List<LexiconMatch> lm = loaded.find(text);
        for (LexiconMatch m : lm) {
            ev.add(Evidence.Term.of(loaded.name(), m, body));
        }

        String title = article.title() == null ? "" : article.title();
        double tq = title.indexOf('?') >= 0 ? 1 : 0;
        double te = title.indexOf('!') >= 0 ? 1 : 0;
        double tn = TITLE_NUMBER.matcher(title).find() ? 1 : 0;
        double tp = clickbait.find(title).size();
        int tc = 0;
        for (String tok : title.split("[^\\p{L}\\p{N}]+")) {
            if (isAllCaps(tok)) {
                tc++;
            }
        }
        double score = tq + te + tn + (tp > 0 ? 1 : 0) + (tc > 0 ? 1 : 0);

        return new Extraction(new double[] {byline, dateline, agencyOnly, selfRep, boilerplate, fk, mtld, meanLen,
                Rates.per1000(excl, words), Rates.per1000(capsWords, words), Rates.per1000(first, words),
                Rates.per1000(second, words), Rates.per1000(lm.size(), words), tq, te, tn, tp, tc, score}, ev);
    }

    /**
     * Agency credit anywhere in the body. The regular expression runs only in windows of ±80 characters around
     * cheap anchors ("agenc", "input", "contributed"; a parenthesis in the first paragraph for "(Reuters) -"),
     * so articles without a credit cost three case-insensitive scans.
     */
    static boolean hasAgencyCredit(String body, String firstParagraph) {
        Matcher m = AGENCY_CREDIT.matcher(body).useAnchoringBounds(false).useTransparentBounds(true);
        for (String anchor : CREDIT_ANCHORS) {
            for (int i = indexOfLowerCase(body, anchor, 0); i >= 0;
                 i = indexOfLowerCase(body, anchor, i + anchor.length())) {
                m.region(Math.max(0, i - 80), Math.min(body.length(), i + 80));
                if (m.find()) {
                    return true;
                }
            }
        }
        return firstParagraph.indexOf('(') >= 0 && AGENCY_CREDIT.matcher(firstParagraph).find();
    }

    /** Words near which an agency credit is looked for (lower case). */
    private static final String[] CREDIT_ANCHORS = {"agenc", "input", "contributed"};

    /**
     * The first index at or after {@code from} where {@code lower} (lower case) occurs in {@code s} with each
     * character lower-cased on its own, or -1. Offsets are those of {@code s} itself: lower-casing the whole string
     * first would shift them after a character whose lower case is longer ("İ").
     */
    static int indexOfLowerCase(String s, String lower, int from) {
        int n = lower.length();
        char first = lower.charAt(0);
        for (int i = Math.max(0, from); i + n <= s.length(); i++) {
            if (CharClass.lowerCase(s.charAt(i)) != first) {
                continue;
            }
            int k = 1;
            while (k < n && CharClass.lowerCase(s.charAt(i + k)) == lower.charAt(k)) {
                k++;
            }
            if (k == n) {
                return i;
            }
        }
        return -1;
    }

    private static String firstParagraph(AnalyzedText text) {
        List<Span> ps = text.paragraphs();
        if (ps.isEmpty()) {
            return "";
        }
        Span p = ps.get(0);
        return text.body().substring(p.start(), Math.min(p.end(), p.start() + 200));
    }

    private static boolean hasBylineLine(String body) {
        int lines = 0;
        int i = 0;
        while (i < body.length() && lines < 3) {
            int e = body.indexOf('\n', i);
            if (e < 0) {
                e = body.length();
            }
            String line = body.substring(i, e);
            if (!line.isBlank()) {
                lines++;
                if (line.length() < 120 && BYLINE_LINE.matcher(line).find()) {
                    return true;
                }
            }
            i = e + 1;
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CharClass.letter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String body, Span sp) {
        for (int i = sp.start(); i < sp.end(); i++) {
            if (CharClass.letter(body.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClitic(String body, Span sp) {
        char c = body.charAt(sp.start());
        if (c == '\'' || c == '’') {
            return true;
        }
        return sp.length() == 3 && (c == 'n' || c == 'N') && (body.charAt(sp.start() + 1) == '\''
                || body.charAt(sp.start() + 1) == '’') && (body.charAt(sp.start() + 2) == 't' || body.charAt(sp.start() + 2) == 'T');
    }

    /** Five or more letters, all upper-case ("BREAKING"; acronyms of up to four letters such as NATO are not counted). */
    static boolean isAllCaps(String tok) {
        return isAllCaps(tok, 0, tok.length());
    }

    static boolean isAllCaps(CharSequence text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (CharClass.letter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 5;
    }
}
