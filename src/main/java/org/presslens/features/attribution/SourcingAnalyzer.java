package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.core.Cancellation;
import org.presslens.core.ConfigException;
import org.presslens.features.FeatureContext;
import org.presslens.lexicon.Lexicon;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.features.quotes.QuoteFinder;
import org.presslens.features.quotes.QuoteSpan;
import org.presslens.text.AnalyzedText;
import org.presslens.text.Span;

/**
 * Finds attributions (cue, source, kind) and quotations (kind, speaker, cue) in an analysed article, with
 * rules over tokens, capitalisation and two lexicons; no part-of-speech tagging. Stateless and thread-safe.
 *
 * <p>Cues come from the cue lexicon ({@code config/lexicons/attribution-cues.yaml}); the source of a verb cue
 * is the noun phrase before it (skipping auxiliaries, adverbs and times: "Smith has also said"), with an
 * appositive ("Antony Blinken, a senior US official, stated"), or after it when the verb follows a quotation
 * or comma ("...," said Smith); the source of "according to" / "citing" / "as reported by" follows them. The
 * kind comes from the source lexicon ({@code attribution-sources.yaml}): see {@link SourceKind}. Quotations
 * come from {@link QuoteFinder}; their speaker is the source of a cue adjacent to them (see
 * {@link #analyze(AnalyzedText)}).
 */
public final class SourcingAnalyzer {
    /** Longest source phrase, in tokens, before the appositive. */
    private static final int MAX_NP = 8;
    /** Quotations of at most this many words with no speaker are term quotes. */
    static final int MAX_TERM_WORDS = 4;

    private static final Set<String> DETERMINERS = words("the", "a", "an", "this", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "no", "any", "every", "each", "such", "whose", "another",
            "same", "new", "latest", "recent", "first", "further", "initial", "earlier", "previous", "official",
            "public", "formal", "written", "that");
    private static final Set<String> PRONOUNS = words("he", "she", "they", "we", "i", "you", "it", "who", "which");
    private static final Set<String> PERSONAL = words("he", "she", "they", "him", "her", "them");
    private static final Set<String> SKIP_BEFORE_CUE = words("also", "has", "have", "had", "'ve", "’ve", "was",
            "were", "is", "are", "been", "be", "will", "would", "'d", "’d", "could", "should", "may", "might", "can",
            "did", "does", "do", "not", "n't", "n’t", "never", "later", "earlier", "previously", "recently", "then",
            "once", "again", "further", "repeatedly", "publicly", "privately", "already", "still", "just", "often",
            "always", "simply", "flatly", "quickly", "directly", "separately", "initially", "first", "only", "even",
            "subsequently", "frequently", "specifically", "explicitly", "openly", "bluntly", "reportedly",
            "previously", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "morning", "afternoon", "evening", "night", "last",
            "on", "late", "early", "this", "firmly", "strongly", "clearly", "formally", "officially", "proudly",
            "loudly", "quietly", "famously", "once", "twice", "immediately", "promptly", "finally", "eventually",
            "apparently", "allegedly", "personally", "told");
    private static final Set<String> STOP = words("that", "which", "who", "whom", "whose", "but", "or", "nor",
            "because", "if", "when", "whenever", "while", "as", "after", "before", "since", "although", "though",
            "where", "so", "than", "to", "by", "with", "on", "into", "about", "over", "under", "during", "without",
            "against", "between", "through", "until", "unless", "whether", "what", "how", "why", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
            "might", "can", "not", "n't", "n’t", "also", "there", "said", "says", "say", "told", "tell", "tells",
            "according", "in", "and", "then", "do", "does", "did", "all", "him", "them", "me", "us", "it", "he",
            "she", "they", "we", "i", "you", "this", "these", "those", "here", "now", "yet", "however", "even",
            "just", "only", "very", "too", "up", "out", "off", "down", "like", "amid", "despite", "via", "per",
            "toward", "towards", "upon", "within", "among", "around", "across", "behind", "beyond", "near",
            "since", "ago", "later", "earlier", "yesterday", "today", "tonight", "tomorrow", "week", "month",
            "year", "no", "not", "never", "always", "what", "whatever", "whoever", "ever", "because");
    private static final Set<String> NP_PREPOSITIONS = words("of", "for", "at", "from");
    private static final Set<String> NUMBER_WORDS = words("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Set<String> NOT_ADVERBS = words("family", "assembly", "supply", "rally", "italy", "july",
            "daily", "weekly", "monthly", "quarterly", "anomaly", "monopoly", "ally", "folly", "bully", "lily",
            "holly", "kelly", "sally", "billy", "emily", "molly", "polly", "reilly", "daly", "healy", "italy");
    /** Word pairs that keep a source phrase going across a preposition. */
    private static final Set<String> LINKED = words("familiar with", "close to", "briefed on", "involved in",
            "knowledgeable about", "connected to", "close with");
    /** Titles and US state abbreviations written with a period. */
    private static final Set<String> ABBREVIATIONS = words("sen", "gov", "rep", "lt", "gen", "col", "sgt", "capt",
            "dr", "mr", "mrs", "ms", "st", "jr", "sr", "prof", "rev", "adm", "maj", "cmdr", "supt", "insp", "atty",
            "calif", "ariz", "mich", "tenn", "fla", "ala", "ark", "colo", "conn", "del", "ga", "ill", "ind", "kan",
            "ky", "la", "md", "mass", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "wash",
            "wis", "wyo", "va", "vt", "tex", "n.c", "s.c", "n.y", "n.j", "n.h", "n.m", "n.d", "s.d", "r.i", "w.va",
            "d.c", "u.s");
    /** Words that open a clause, never an appositive. */
    private static final Set<String> CONNECTIVES = words("that", "because", "if", "when", "while", "although",
            "though", "but", "so", "since", "unless", "whether", "then", "however");
    /** Verbs that show the phrase after a cue is a clause ("said the plan was"), not an inverted source. */
    private static final Set<String> VERBS_AFTER = words("is", "are", "was", "were", "be", "been", "has", "have",
            "had", "will", "would", "could", "should", "may", "might", "can", "do", "does", "did", "must");
    /** Words opening a parenthetical between a subject and its verb ("X, in a statement, said"). */
    private static final Set<String> PARENTHETICAL = words("in", "at", "on", "during", "speaking", "after", "before",
            "when", "while", "for", "writing", "asked", "however", "meanwhile", "too", "though");
    /** Words after a verb that are its object, never an inverted source. */
    private static final Set<String> OBJECTS = words("it", "them", "him", "her", "us", "me", "this", "that",
            "these", "those", "so", "nothing", "something", "anything");
    /** Words after an inverted source that still allow "said Smith" to end there. */
    private static final Set<String> AFTER_INVERSION = words("in", "on", "at", "during", "when", "after",
            "before", "who", "as", "while", "and", "adding", "noting", "according", "to", "from", "of", "said",
            "last", "this", "told", "about");
    /** Capitalised words that do not make a name. */
    private static final Set<String> NOT_NAMES = words("The", "A", "An", "In", "On", "At", "But", "And", "Or",
            "If", "When", "While", "As", "After", "Before", "This", "That", "These", "Those", "It", "He", "She",
            "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "Your", "There", "Here", "So",
            "Yet", "Still", "Meanwhile", "However", "Also", "For", "From", "To", "With", "By", "Of", "Some",
            "Many", "Most", "Other", "Others", "Such", "Mr", "Mrs", "Ms", "Dr", "Last", "Next", "One", "Two",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Read", "More", "Share", "Click", "Related", "Photo", "Image", "Video", "Updated", "Published", "Jan.",
            "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Hours", "Minutes", "Days",
            "Weeks", "Months", "Years", "Moments", "Today", "Yesterday", "Now", "Then", "Later", "Earlier", "Wait");
    /** Titles and descriptive words stripped from the front of a named speaker. */
    private static final Set<String> TITLES = words("president", "prime", "minister", "foreign", "secretary",
            "senator", "sen.", "rep.", "representative", "gov.", "governor", "mr.", "mrs.", "ms.", "dr.", "mr",
            "mrs", "ms", "dr", "chairman", "chancellor", "general", "gen.", "judge", "justice", "mayor", "king",
            "queen", "prince", "pope", "premier", "vice", "deputy", "state", "defense", "defence", "chief",
            "spokesman", "spokeswoman", "ambassador", "leader", "former", "russian", "chinese", "us", "u.s.",
            "american", "ukrainian", "british", "french", "german", "the", "sir", "lord", "lady", "professor",
            "prof.", "democratic", "republican", "candidate", "nominee", "speaker", "sec.", "director", "ceo",
            "commissioner", "attorney", "congressman", "congresswoman", "councillor", "councilman", "sen", "gov",
            "rep", "lt", "lt.", "gen", "col", "col.", "sgt", "sgt.", "capt", "capt.", "mr", "mrs", "ms", "dr",
            "secretary-general", "envoy", "official", "spokesperson");
    /** Capitalised words that mark an organisation or place rather than a person. */
    private static final Set<String> ORG_WORDS = words("House", "Ministry", "Court", "Union", "Department",
            "Council", "Office", "Party", "Nations", "States", "Kingdom", "Republic", "Committee", "Agency",
            "Organization", "Organisation", "Bank", "Fund", "Association", "Times", "Post", "News", "Media",
            "Street", "Sea", "Square", "Initiative", "Road", "Belt", "Forum", "Summit", "Alliance", "Treaty",
            "Group", "Corporation", "Company", "Inc.", "Ltd", "University", "Institute", "Center", "Centre",
            "Army", "Navy", "Forces", "Guard", "Police", "Service", "Services", "Commission", "Parliament",
            "Assembly", "Congress", "Senate", "Administration", "Government", "Kremlin", "China", "Russia",
            "Ukraine", "Moscow", "Beijing", "Kyiv", "Washington", "Europe", "Asia", "Africa", "America", "West",
            "East", "Global", "South", "North", "Eurasian", "Economic", "International", "Criminal", "Black",
            "Level", "Trauma", "Guesthouse", "State", "Standard", "Version", "Digest", "Times", "Journal");

    private static Set<String> words(String... ws) {
        return Set.copyOf(new HashSet<>(Arrays.asList(ws)));
    }

    private final Lexicon cues;
    private final Lexicon sources;
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final Set<String> anonymousHeads;
    private final Set<String> vagueHeads;
    private final Set<String> agencyWords;
    /** Key of the analysis in {@link AnalyzedText#memo}: equal for analyzers over the same lexicons. */
    private final String memoKey;

    /**
     * @param cues    the cue lexicon, with categories {@code speech}, {@code cognition}, {@code according},
     *                {@code statement}, {@code vague}, {@code credit} (others are ignored)
     * @param sources the source lexicon, with categories {@code anonymous}, {@code anonymity}, {@code vague},
     *                {@code agency}
     */
    public SourcingAnalyzer(Lexicon cues, Lexicon sources) {
        this.cues = cues;
        this.sources = sources;
        this.anonymousHeads = singleWords(sources, "anonymous");
        this.vagueHeads = singleWords(sources, "vague");
        this.agencyWords = singleWords(sources, "agency");
        this.memoKey = "sourcing:" + cues.sha256() + ":" + sources.sha256();
    }

    /** Lexicon role of the cue lexicon ({@code features.lexicons.attribution_cues}). */
    public static final String CUES_ROLE = "attribution_cues";
    /** Lexicon role of the source lexicon ({@code features.lexicons.attribution_sources}). */
    public static final String SOURCES_ROLE = "attribution_sources";

    /**
     * The analyzer over the lexicons of roles {@value #CUES_ROLE} and {@value #SOURCES_ROLE}.
     *
     * @throws ConfigException when a lexicon lacks a category the rules need
     */
    public static SourcingAnalyzer fromContext(FeatureContext ctx) {
        Lexicon cues = ctx.lexicon(CUES_ROLE);
        Lexicon sources = ctx.lexicon(SOURCES_ROLE);
        for (String needed : List.of("speech", "according", "vague")) {
            if (!cues.categories().contains(needed)) {
                throw new ConfigException("lexicon '" + cues.name() + "' (features.lexicons." + CUES_ROLE
                        + "): category '" + needed + "' missing (expected speech, cognition, according, statement, "
                        + "vague, credit)");
            }
        }
        for (String needed : List.of("anonymous", "vague", "agency")) {
            if (!sources.categories().contains(needed)) {
                throw new ConfigException("lexicon '" + sources.name() + "' (features.lexicons." + SOURCES_ROLE
                        + "): category '" + needed + "' missing (expected anonymous, anonymity, vague, agency, media)");
            }
        }
        return new SourcingAnalyzer(cues, sources);
    }

    private static Set<String> singleWords(Lexicon lexicon, String category) {
        Set<String> out = new HashSet<>();
        if (lexicon.categories().contains(category)) {
            for (String e : lexicon.entries(category)) {
                String w = e.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && w.indexOf(' ') < 0) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The cue lexicon. */
    public Lexicon cueLexicon() {
        return cues;
    }

    /** The source lexicon. */
    public Lexicon sourceLexicon() {
        return sources;
    }

    /** What {@link #analyze} found in one article. */
    public record Result(List<Attribution> attributions, List<Quote> quotes) {
        public Result {
            attributions = List.copyOf(attributions);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * Finds the attributions and quotations of an article. The result is memoised on the text, so the
     * attribution and quote extractors share one analysis per article.
     *
     * <p>A quotation's speaker is, in order: the dash line of a block quote; the last cue of the previous line
     * when that line ends with a colon or comma ({@code Smith said:} then the quotation); the source of a cue
     * right before it with only a comma, colon or dash between ({@code Smith said, "..."}); the source of a
     * cue right after it (only punctuation or a title between: {@code "...," Smith said}, {@code "...," said
     * Smith}, {@code "...," according to Smith}); the source of the nearest cue before it in the same sentence
     * ({@code Smith said the visit would "..."}); the speaker of the quotation just before it in the same
     * paragraph, or in the previous one when only that quotation's attribution stands between them. Pronoun
     * sources are resolved to the most recent named person. Details: docs/attribution-and-quotes.md.
     */
    public Result analyze(AnalyzedText text) {
        return text.memo(memoKey, () -> compute(text));
    }

    private Result compute(AnalyzedText text) {
        Ctx c = new Ctx(text, quoteFinder.find(text.body()));
        List<Attribution> attributions = findAttributions(c);
        List<Quote> quotes = assignQuotes(c, attributions);
        return new Result(attributions, quotes);
    }

    // ------------------------------------------------------------------ context

    /** Per-article working state. */
    private final class Ctx {
        final AnalyzedText text;
        final String body;
        final List<Span> tokens;
        /** Token texts and lower-cased texts, filled on first use. */
        final String[] tokenText;
        final String[] tokenLower;
        final List<QuoteSpan> quotes;
        final List<LexiconMatch> sourceMatches;
        /** Named mentions seen so far: positions and names, in text order. */
        final List<int[]> namedAt = new ArrayList<>();
        final List<String> namedNames = new ArrayList<>();
        /** Computed on first use, so that a long text costs each scan once: see the methods using them. */
        private int[] nextComma;
        private int[] mergedFirst;
        private byte[] anonymitySentence;
        private int[] quoteWords;
        private int gapFrom = -1;
        private int gapEnd;
        private int gapPunct;

        Ctx(AnalyzedText text, List<QuoteSpan> quotes) {
            this.text = text;
            this.body = text.body();
            this.tokens = text.tokens();
            this.tokenText = new String[tokens.size()];
            this.tokenLower = new String[tokens.size()];
            this.quotes = quotes;
            this.sourceMatches = sources.find(text);
        }

        String tok(int i) {
            String t = tokenText[i];
            if (t == null) {
                t = tokens.get(i).of(body);
                tokenText[i] = t;
            }
            return t;
        }

        String lower(int i) {
            String l = tokenLower[i];
            if (l == null) {
                l = tok(i).toLowerCase(Locale.ROOT);
                tokenLower[i] = l;
            }
            return l;
        }

        boolean isWord(int i) {
            return Character.isLetterOrDigit(body.charAt(tokens.get(i).start()));
        }

        boolean isCapitalised(int i) {
            return Character.isUpperCase(body.charAt(tokens.get(i).start()));
        }

        /** Index of the token holding or starting after {@code offset}. */
        int tokenAt(int offset) {
            int lo = 0;
            int hi = tokens.size() - 1;
            int ans = tokens.size();
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() > offset) {
                    ans = mid;
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return ans;
        }

        /** The closed quotation holding {@code offset} strictly inside its marks, or null. */
        QuoteSpan quoteHolding(int offset) {
            int i = quoteIndexHolding(offset);
            return i < 0 ? null : quotes.get(i);
        }

        /** The index of {@link #quoteHolding}'s quotation, or -1. */
        int quoteIndexHolding(int offset) {
            int lo = 0;
            int hi = quotes.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                QuoteSpan q = quotes.get(mid);
                if (offset < q.start()) {
                    hi = mid - 1;
                } else if (offset >= q.end()) {
                    lo = mid + 1;
                } else {
                    return offset >= q.contentStart() && offset < q.contentEnd() ? mid : -1;
                }
            }
            return -1;
        }

        /** Words in quotation {@code i} (counted once per quotation, however many cues it holds). */
        int quoteWords(int i) {
            if (quoteWords == null) {
                quoteWords = new int[quotes.size()];
                java.util.Arrays.fill(quoteWords, -1);
            }
            if (quoteWords[i] < 0) {
                quoteWords[i] = wordCount(body, quotes.get(i).contentStart(), quotes.get(i).contentEnd());
            }
            return quoteWords[i];
        }

        /** The first comma token at or after token {@code k}, or the token count. */
        int nextComma(int k) {
            if (nextComma == null) {
                int n = tokens.size();
                nextComma = new int[n + 1];
                nextComma[n] = n;
                for (int j = n - 1; j >= 0; j--) {
                    Span t = tokens.get(j);
                    nextComma[j] = t.length() == 1 && body.charAt(t.start()) == ',' ? j : nextComma[j + 1];
                }
            }
            return nextComma[Math.min(k, nextComma.length - 1)];
        }

        /**
         * Sentence {@code q} continues the sentence before it (the detector split after a title abbreviation or a
         * comma in the same paragraph: "Texas Sen." | "Ted Cruz said"); with {@code cue} the cue's first token, also
         * when the sentence opens with that lower-case cue after a parenthesis.
         */
        boolean joinsPrevious(int q, int cue) {
            int f = text.firstToken(q);
            return q > 0 && f > 0 && f == text.endToken(q - 1)
                    && (isTitleAbbreviation(this, f - 1) || isComma(this, f - 1)
                    || f == cue && !isCapitalised(cue) && tok(f - 1).equals(")"))
                    && text.endToken(q - 1) > text.firstToken(q - 1)
                    && sameParagraph(body, tokens.get(f - 1).end(), tokens.get(f).start());
        }

        /** The first token of sentence {@code q} joined with every sentence before it that it continues. */
        int mergedFirst(int q) {
            if (mergedFirst == null) {
                mergedFirst = new int[text.sentences().size()];
                java.util.Arrays.fill(mergedFirst, -1);
            }
            int p = q;
            while (mergedFirst[p] < 0 && joinsPrevious(p, -1)) {
                p--;
            }
            int v = mergedFirst[p] >= 0 ? mergedFirst[p] : text.firstToken(p);
            for (int k = p; k <= q; k++) {
                mergedFirst[k] = v;
            }
            return v;
        }

        /** True when sentence {@code s} holds a match of the source lexicon's {@code anonymity} category. */
        boolean anonymitySentence(int s) {
            if (anonymitySentence == null) {
                anonymitySentence = new byte[text.sentences().size()];
            }
            if (anonymitySentence[s] == 0) {
                Span sp = text.sentences().get(s);
                anonymitySentence[s] = (byte) (sourceMatchIn("anonymity", sp.start(), sp.end()) ? 2 : 1);
            }
            return anonymitySentence[s] == 2;
        }

        /**
         * The run of spaces and joining punctuation ({@code , : — –}) from {@code from}: sets {@link #gapEnd} to
         * the first other character (or the body's end) and {@link #gapPunct} to the first punctuation in it (or
         * {@code gapEnd}). Cached for the last {@code from}, which consecutive quotations share.
         */
        void gapAfter(int from) {
            if (from == gapFrom) {
                return;
            }
            int i = from;
            int punct = -1;
            while (i < body.length()) {
                char ch = body.charAt(i);
                if (ch == ',' || ch == ':' || ch == '—' || ch == '–') {
                    punct = punct < 0 ? i : punct;
                } else if (ch != ' ' && ch != '\u00a0') {
                    break;
                }
                i++;
            }
            gapFrom = from;
            gapEnd = i;
            gapPunct = punct < 0 ? i : punct;
        }

        /** True when the single word {@code w} (lower case) is an entry of the source lexicon's category. */
        boolean sourceMatchesCategory(String category, String w) {
            return switch (category) {
                case "anonymous" -> anonymousHeads.contains(w);
                case "vague" -> vagueHeads.contains(w);
                case "agency" -> agencyWords.contains(w);
                default -> false;
            };
        }

        /** True when {@code w} is an anonymous, vague or agency entry of the source lexicon. */
        boolean sourceMatchWordAnyKind(String w) {
            return anonymousHeads.contains(w) || vagueHeads.contains(w) || agencyWords.contains(w);
        }

        /** True when {@code w} is an anonymous or vague source head ("official", "critics"). */
        boolean sourceMatchesWord(String w) {
            return anonymousHeads.contains(w) || vagueHeads.contains(w);
        }

        /** True when a source-lexicon match of {@code category} lies in [from, to). */
        boolean sourceMatchIn(String category, int from, int to) {
            int lo = 0;
            int hi = sourceMatches.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sourceMatches.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < sourceMatches.size(); i++) {
                LexiconMatch m = sourceMatches.get(i);
                if (m.start() >= to) {
                    break;
                }
                if (m.end() <= to && m.category().equals(category)) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------ attributions

    private List<Attribution> findAttributions(Ctx c) {
        List<LexiconMatch> matches = cues.find(c.text);
        List<Attribution> out = new ArrayList<>();
        List<Span> sentences = c.text.sentences();
        int[] nextVerb = nextVerbCue(matches);
        int lastVerbSentence = -1;
        for (int mi = 0; mi < matches.size(); mi++) {
            Cancellation.check();
            LexiconMatch m = matches.get(mi);
            String cat = m.category();
            int inside = c.quoteIndexHolding(m.start());
            if (inside >= 0 && c.quoteWords(inside) > MAX_TERM_WORDS) {
                continue; // a cue inside a quotation belongs to the quoted speaker, not to the article
            }
            int a = c.tokenAt(m.start());
            if (a >= c.tokens.size()) {
                continue;
            }
            int b = c.tokenAt(m.end() - 1) + 1;
            int s = c.text.sentenceAt(m.start());
            if (s < 0) {
                continue;
            }
            int sEnd = c.text.endToken(s);
            // a sentence split after a title ("Texas Sen." | "Ted Cruz said") is one sentence for sources
            // (or after a comma: "..., D-Calif.," | "said.")
            int sFirst = c.joinsPrevious(s, a) ? c.mergedFirst(s - 1) : c.text.firstToken(s);
            Attribution at;
            switch (cat) {
                case "speech", "cognition", "evidence" -> {
                    if (!looksLikeVerb(c, a, sFirst, cat)) {
                        continue;
                    }
                    at = verbCue(c, m, a, b, s, sFirst, sEnd, out.isEmpty() ? null : out.get(out.size() - 1));
                    lastVerbSentence = s;
                }
                case "according" -> at = followingSourceCue(c, m, b, s, sEnd, null);
                case "statement" -> {
                    if (hasVerbCueInSentence(matches, nextVerb, mi, sentences.get(s)) || lastVerbSentence == s) {
                        continue;
                    }
                    at = statementCue(c, m, a, b, s, sFirst, sEnd);
                }
                case "vague" -> at = new Attribution(SourceKind.VAGUE, m.matched(c.body), m.start(), m.end(), "", -1,
                        -1, "", s);
                case "credit" -> at = followingSourceCue(c, m, b, s, sEnd, SourceKind.AGENCY);
                default -> {
                    continue;
                }
            }
            if (at != null) {
                out.add(at);
            }
        }
        addColonCues(c, out);
        addDatelineCredit(c, out);
        return out;
    }

    /**
     * "Name: “...”" — a colon right before a quotation, after a capitalised name and with no other cue in its
     * sentence, is a cue whose source is that name.
     */
    private void addColonCues(Ctx c, List<Attribution> out) {
        String body = c.body;
        List<Attribution> added = new ArrayList<>();
        java.util.Map<Integer, Integer> firstCue = new java.util.HashMap<>();
        for (Attribution a : out) {
            firstCue.merge(a.sentence(), a.cueStart(), Math::min);
        }
        for (QuoteSpan q : c.quotes) {
            Cancellation.check();
            if (q.block()) {
                continue;
            }
            int k = q.start() - 1;
            while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k < 1 || body.charAt(k) != ':') {
                continue;
            }
            int colon = c.tokenAt(k);
            int s = c.text.sentenceAt(k);
            if (s < 0 || colon >= c.tokens.size() || colon - 1 < c.text.firstToken(s)) {
                continue;
            }
            int sFirst = c.text.firstToken(s);
            boolean hasCue = firstCue.getOrDefault(s, Integer.MAX_VALUE) < k;
            int e = colon - 1;
            if (hasCue || !c.isWord(e)) {
                continue;
            }
            LexiconMatch m = new LexiconMatch("colon", ":", k, k + 1);
            if (allCaps(c.tok(e))) {
                continue; // "NOW WATCH: ..." — a label
            }
            if (c.isCapitalised(e) && !NOT_NAMES.contains(c.tok(e))) {
                // "Trump: “...”"
                int start = backwardNp(c, e, sFirst);
                if (start >= 0) {
                    added.add(attribution(c, ":", m, start, e + 1, s));
                }
                continue;
            }
            // "She then addressed the supporters again: “...”" — the subject of the sentence the colon ends
            int[] np = PRONOUNS.contains(c.lower(sFirst)) ? new int[] {sFirst, sFirst + 1}
                    : sentenceSubject(c, sFirst, colon, k);
            if (np != null && np[1] < colon) {
                added.add(attribution(c, ":", m, np[0], np[1], s));
            }
        }
        if (!added.isEmpty()) {
            out.addAll(added);
            out.sort((x, y) -> Integer.compare(x.cueStart(), y.cueStart()));
        }
    }

    /** "(Reuters) -" / "(AP) —" at the start of a paragraph: an agency credit. */
    private void addDatelineCredit(Ctx c, List<Attribution> out) {
        String body = c.body;
        int limit = Math.min(body.length(), 400);
        int open = body.indexOf('(');
        while (open >= 0 && open < limit) {
            int close = body.indexOf(')', open);
            if (close < 0 || close - open > 40) {
                break;
            }
            int k = close + 1;
            while (k < body.length() && body.charAt(k) == ' ') {
                k++;
            }
            if (k < body.length() && "-–—".indexOf(body.charAt(k)) >= 0
                    && c.sourceMatchIn("agency", open + 1, close)) {
                int s = c.text.sentenceAt(open);
                out.add(new Attribution(SourceKind.AGENCY, body.substring(open, k + 1), open, k + 1,
                        body.substring(open + 1, close), open + 1, close, body.substring(open + 1, close),
                        Math.max(s, 0)));
                out.sort((x, y) -> Integer.compare(x.cueStart(), y.cueStart()));
                return;
            }
            open = body.indexOf('(', close);
        }
    }

    /** A verb cue (speech, cognition, evidence) after match {@code mi} in the same sentence (matches are in text order). */
    private static boolean hasVerbCueInSentence(List<LexiconMatch> matches, int[] nextVerb, int mi, Span sentence) {
        int j = nextVerb[mi + 1];
        return j < matches.size() && matches.get(j).start() < sentence.end();
    }

    /** For each match index, the first verb cue at or after it (the match count when there is none). */
    private static int[] nextVerbCue(List<LexiconMatch> matches) {
        int n = matches.size();
        int[] next = new int[n + 1];
        next[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            String cat = matches.get(j).category();
            next[j] = cat.equals("speech") || cat.equals("cognition") || cat.equals("evidence") ? j : next[j + 1];
        }
        return next;
    }

    /** Rejects noun uses ("the claims", "his statement", "Washington Post") of verb entries. */
    private static boolean looksLikeVerb(Ctx c, int a, int sFirst, String cat) {
        if (a > sFirst && c.isCapitalised(a)) {
            return false; // capitalised mid-sentence: part of a name
        }
        if (a > sFirst) {
            String prev = c.lower(a - 1);
            if (DETERMINERS.contains(prev) && !prev.equals("that") || prev.equals("'s") || prev.equals("’s")
                    || prev.equals("to") && cat.equals("cognition")) {
                return false;
            }
        }
        if (a + 1 < c.tokens.size() && c.lower(a).endsWith("s") && !c.lower(a).equals("says")) {
            return !c.lower(a + 1).equals("of"); // "claims of", "reports of" (but "said of" is a cue)
        }
        return true;
    }

    private Attribution participle(Ctx c, String cue, LexiconMatch m, int s, int sFirst, int sEnd,
                                   Attribution prior) {
        if (prior != null && prior.sentence() == s && prior.hasSource()) {
            return new Attribution(prior.kind(), cue, m.start(), m.end(), prior.source(), prior.sourceStart(),
                    prior.sourceEnd(), prior.resolvedSource(), s);
        }
        int[] np = sentenceSubject(c, sFirst, sEnd, m.start());
        if (np != null && c.tokens.get(np[1] - 1).end() <= m.start()) {
            return attribution(c, cue, m, np[0], np[1], s);
        }
        return attribution(c, cue, m, -1, -1, s);
    }

    /**
     * The subject of a sentence: the first noun phrase ([determiner] capitalised or person words, or a pronoun)
     * after an opening phrase ending in a comma ("In a Fox interview later that day, Trump ...") or a dateline
     * ("WASHINGTON — ..."), ending before {@code limit}; or null.
     */
    private static int[] sentenceSubject(Ctx c, int sFirst, int sEnd, int limit) {
        int from = sFirst;
        String first = c.lower(sFirst);
        if (STOP.contains(first) && !PRONOUNS.contains(first) || NP_PREPOSITIONS.contains(first)
                || first.endsWith("ing") || first.endsWith("ly") || first.equals("despite")
                || first.equals("following") || NOT_NAMES.contains(c.tok(sFirst)) && !PRONOUNS.contains(first)
                && !DETERMINERS.contains(first)) {
            int k = c.nextComma(sFirst + 1);
            if (k >= sEnd || c.tokens.get(k).start() >= limit) {
                return null;
            }
            from = k + 1;
        }
        int[] np = forwardSubject(c, from, sEnd);
        if (np != null && np[1] < sEnd && !c.isWord(np[1]) && c.tokens.get(np[1]).end() < limit
                && (isDash(c, np[1]) || isComma(c, np[1]) && allCaps(c.tok(np[0])))) {
            // "WASHINGTON — Trump ...", "MOSCOW, ...": a dateline, not the subject ("Jindal, the scholar, ..." is)
            int k = np[1] + 1;
            while (k < sEnd && !c.isWord(k)) {
                k++;
            }
            np = k < sEnd ? forwardSubject(c, k, sEnd) : null;
        }
        return np != null && c.tokens.get(np[1] - 1).end() <= limit ? np : null;
    }

    private Attribution verbCue(Ctx c, LexiconMatch m, int a, int b, int s, int sFirst, int sEnd,
                                Attribution prior) {
        Attribution at = verbCueSource(c, m, a, b, s, sFirst, sEnd, prior);
        if (at.hasSource() || a == sFirst) {
            return at;
        }
        // "He explained it by saying:", "She went on to say:", "...and added:": the clause's subject
        String before = c.lower(skipBackOverAuxiliaries(c, a - 1, sFirst) >= sFirst
                ? skipBackOverAuxiliaries(c, a - 1, sFirst) : a - 1);
        if (c.lower(a).endsWith("ing") || before.equals("to") || before.equals("and") || before.equals("by")
                || before.equals("but")) {
            Attribution p = participle(c, at.cue(), m, s, sFirst, sEnd, prior);
            if (p.hasSource() && p.sourceEnd() <= m.start()) {
                return p;
            }
        }
        return at;
    }

    private Attribution verbCueSource(Ctx c, LexiconMatch m, int a, int b, int s, int sFirst, int sEnd,
                                      Attribution prior) {
        String cue = m.matched(c.body);
        // Inversion: "...," said Smith / "..." says the official
        int p = a - 1;
        while (p >= sFirst && (c.lower(p).equals("also") || c.lower(p).equals("then"))) {
            p--;
        }
        // "..., saying / adding / noting ...": the subject of the clause the participle hangs on.
        if (p >= sFirst && isComma(c, p) && c.lower(a).endsWith("ing")) {
            return participle(c, cue, m, s, sFirst, sEnd, prior);
        }
        // Passive: "was reported by X", "has been reiterated by X".
        int aux = a - 1;
        while (aux > sFirst && isAdverb(c.lower(aux))) {
            aux--; // "was roundly criticized by"
        }
        if (b < sEnd && c.lower(b).equals("by") && aux >= sFirst
                && Set.of("was", "were", "is", "are", "been", "be", "as").contains(c.lower(aux))) {
            int[] np = forwardNp(c, b + 1, sEnd);
            if (np != null) {
                return attribution(c, cue, m, np[0], np[1], s);
            }
        }
        // "X, in a statement, denied ...": skip a parenthetical phrase opened by a preposition.
        if (p > sFirst && isComma(c, p)) {
            int k = p - 1;
            while (k > sFirst && k > p - 12 && !isComma(c, k)) {
                k--;
            }
            if (k > sFirst && isComma(c, k) && PARENTHETICAL.contains(c.lower(k + 1))) {
                int e = skipBackOverAuxiliaries(c, k - 1, sFirst);
                if (e >= sFirst && c.isWord(e)) {
                    int start = PRONOUNS.contains(c.lower(e)) ? e : backwardNp(c, e, sFirst);
                    if (start >= 0) {
                        return attribution(c, cue, m, start, e + 1, s);
                    }
                }
            }
        }
        boolean afterPunct = p < sFirst || isComma(c, p) || isQuoteMark(c, p) || isDash(c, p);
        if (afterPunct && (p < sFirst || !isComma(c, p) || isQuoteMark(c, p - 1) || p - 1 < sFirst
                || !hasAppositiveBefore(c, p, sFirst))) {
            int[] np = forwardInverted(c, b, sEnd);
            if (np != null) {
                return attribution(c, cue, m, np[0], np[1], s);
            }
        }
        // Subject before the cue.
        int e = skipBackOverAuxiliaries(c, a - 1, sFirst);
        if (e > sFirst && c.tok(e).equals(")")) {
            // "Richard Burr (R-N.C.) said": the name before a short parenthesis, which the source keeps
            int k = e - 1;
            while (k > sFirst && k > e - 8 && !c.tok(k).equals("(")) {
                k--;
            }
            if (c.tok(k).equals("(") && k - 1 >= sFirst && c.isWord(k - 1) && c.isCapitalised(k - 1)) {
                int start = backwardNp(c, k - 1, sFirst);
                if (start >= 0) {
                    return attribution(c, cue, m, start, e + 1, s);
                }
            }
        }
        if (e < sFirst) {
            return attribution(c, cue, m, -1, -1, s);
        }
        if (isComma(c, e)) {
            int[] ap = appositive(c, e, sFirst);
            if (ap != null) {
                return attribution(c, cue, m, ap[0], ap[1], s);
            }
            return attribution(c, cue, m, -1, -1, s);
        }
        if (!c.isWord(e)) {
            return attribution(c, cue, m, -1, -1, s);
        }
        String w = c.lower(e);
        if (PRONOUNS.contains(w) || w.equals("that") && e > sFirst && isComma(c, e - 1)) {
            return attribution(c, cue, m, e, e + 1, s);
        }
        int start = backwardNp(c, e, sFirst);
        if (start < 0) {
            return attribution(c, cue, m, -1, -1, s);
        }
        return attribution(c, cue, m, start, e + 1, s);
    }

    private Attribution followingSourceCue(Ctx c, LexiconMatch m, int b, int s, int sEnd, SourceKind force) {
        String cue = m.matched(c.body);
        int[] np = forwardNp(c, b, sEnd);
        Attribution at = np == null ? attribution(c, cue, m, -1, -1, s) : attribution(c, cue, m, np[0], np[1], s);
        if (force != null) {
            return new Attribution(force, at.cue(), at.cueStart(), at.cueEnd(), at.source(), at.sourceStart(),
                    at.sourceEnd(), at.resolvedSource(), at.sentence());
        }
        return at;
    }

    /** "In a statement, the Kremlin ..." or "The ministry, in a statement, ...". */
    private Attribution statementCue(Ctx c, LexiconMatch m, int a, int b, int s, int sFirst, int sEnd) {
        String cue = m.matched(c.body);
        if (a == sFirst) {
            int k = b;
            if (k < sEnd && isComma(c, k)) {
                k++;
            }
            int[] np = forwardSubject(c, k, sEnd);
            return np == null ? null : attribution(c, cue, m, np[0], np[1], s);
        }
        int e = a - 1;
        if (isComma(c, e)) {
            e--;
        }
        if (e < sFirst || !c.isWord(e)) {
            return null;
        }
        int start = PRONOUNS.contains(c.lower(e)) ? e : backwardNp(c, e, sFirst);
        return start < 0 ? null : attribution(c, cue, m, start, e + 1, s);
    }

    private static int skipBackOverAuxiliaries(Ctx c, int i, int sFirst) {
        int e = i;
        while (e >= sFirst) {
            String w = c.lower(e);
            if (isAdverb(w) && !c.isCapitalised(e)) {
                e--; // "the spokesman stubbornly repeated", "roundly criticized"
                continue;
            }
            if (SKIP_BEFORE_CUE.contains(w)) {
                // "told" only as part of "has told": keep it from swallowing "X told Y said"
                if (w.equals("told") || w.equals("this") && e + 1 <= i && !c.lower(e + 1).equals("week")
                        && !c.lower(e + 1).equals("month") && !c.lower(e + 1).equals("year")
                        && !c.lower(e + 1).equals("morning")) {
                    break;
                }
                e--;
                continue;
            }
            break;
        }
        return e;
    }

    /** A manner adverb in -ly ("stubbornly", "roundly"), not a noun such as "family" or "assembly". */
    private static boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !NOT_ADVERBS.contains(w);
    }

    /** Start of a noun phrase ending at token {@code e} (inclusive), or -1. */
    private static int backwardNp(Ctx c, int e, int sFirst) {
        int i = e;
        int start = -1;
        int words = 0;
        while (i >= sFirst && words < MAX_NP) {
            String t = c.tok(i);
            if (c.isWord(i)) {
                String w = t.toLowerCase(Locale.ROOT);
                if (w.equals("and") && start >= 0 && c.isCapitalised(start) && i - 1 >= sFirst && c.isCapitalised(i - 1)) {
                    start = i;
                    i--;
                    continue;
                }
                if (w.equals("in") && start >= 0 && isNumber(c.lower(start)) && i - 1 >= sFirst
                        && isNumber(c.lower(i - 1))) {
                    start = i; // "six in 10 voters"
                    i--;
                    continue;
                }
                if (start >= 0 && i - 1 >= sFirst && LINKED.contains(c.lower(i - 1) + " " + w)) {
                    start = i; // "a person familiar with the talks", "an aide close to the minister"
                    i--;
                    continue;
                }
                if (STOP.contains(w) && !(start < 0 && PRONOUNS.contains(w))) {
                    break;
                }
                if (NP_PREPOSITIONS.contains(w)) {
                    if (start < 0 || i - 1 < sFirst || !c.isWord(i - 1) || STOP.contains(c.lower(i - 1))) {
                        break;
                    }
                }
                start = i;
                words++;
                i--;
            } else if (start >= 0 && (isPossessive(t) || t.equals("-") || t.equals("&")
                    || t.equals(".") && isTitleAbbreviation(c, i)) && i - 1 >= sFirst && c.isWord(i - 1)) {
                start = i;
                i--;
            } else {
                break;
            }
        }
        if (start < 0) {
            return -1;
        }
        // A phrase that filled the limit is probably a clause: keep its tail from the last capital or determiner.
        if (words >= MAX_NP) {
            for (int k = start; k <= e; k++) {
                if (c.isCapitalised(k) || DETERMINERS.contains(c.lower(k))) {
                    return k;
                }
            }
        }
        // Leading prepositions never start a source.
        while (start <= e && NP_PREPOSITIONS.contains(c.lower(start))) {
            start++;
        }
        return start <= e ? start : -1;
    }

    /** Before a comma that precedes a cue: "Name, a spokesman for X, said" → the span from Name to the comma. */
    private static int[] appositive(Ctx c, int comma, int sFirst) {
        int i = comma - 1;
        int limit = Math.max(sFirst, comma - 30);
        int segments = 0;
        while (i >= limit) {
            if (isQuoteMark(c, i)) {
                return null;
            }
            if (isComma(c, i)) {
                segments++;
                int e = i - 1;
                if (e > sFirst && c.tok(e).equals(")")) {
                    // "Rep. Mac Thornberry (R-Texas), chairman of the committee, said"
                    int k = e - 1;
                    while (k > sFirst && k > e - 8 && !c.tok(k).equals("(")) {
                        k--;
                    }
                    if (c.tok(k).equals("(") && k - 1 >= sFirst && c.isWord(k - 1) && c.isCapitalised(k - 1)
                            && appositiveSegments(c, i + 1, comma)) {
                        int start = backwardNp(c, k - 1, sFirst);
                        if (start >= 0) {
                            return new int[] {start, comma + 1};
                        }
                    }
                }
                if (segments == 1 && e >= sFirst && c.isWord(e) && isNameRun(c, i + 1, comma)) {
                    // "her senior policy adviser, Jake Sullivan, said": a description, then the name
                    int start = backwardNp(c, e, sFirst);
                    return new int[] {start >= 0 ? start : i + 1, comma + 1};
                }
                // "Sen. Orrin Hatch, R-Utah, top Republican on the finance committee, said"
                if (e >= sFirst && isPartyTag(c, e)) {
                    i--;
                    continue; // "R-Utah," is part of the name before it
                }
                if (e >= sFirst && c.isWord(e) && (c.isCapitalised(e) || PRONOUNS.contains(c.lower(e))
                        || isPersonWord(c, e)) && appositiveSegments(c, i + 1, comma)) {
                    int start = PRONOUNS.contains(c.lower(e)) ? e : backwardNp(c, e, sFirst);
                    if (start >= 0) {
                        return new int[] {start, comma + 1}; // the closing comma belongs to the appositive
                    }
                }
                if (segments >= 3) {
                    return null;
                }
            }
            i--;
        }
        return null;
    }

    /** "R-Utah", "D-Calif" (+ "."): a US party and state tag. */
    private static boolean isPartyTag(Ctx c, int e) {
        int k = c.tok(e).equals(".") && e > 0 ? e - 1 : e;
        String w = c.tok(k);
        return w.length() >= 3 && (w.charAt(0) == 'R' || w.charAt(0) == 'D' || w.charAt(0) == 'I')
                && w.charAt(1) == '-' && Character.isUpperCase(w.charAt(2));
    }

    /**
     * Tokens [from, to) read as appositives or a relative clause: a relative pronoun first, or no auxiliary
     * verb or clause connective (so "prices rose, wages fell, said" is not an appositive).
     */
    private static boolean appositiveSegments(Ctx c, int from, int to) {
        if (from >= to) {
            return false;
        }
        String first = c.lower(from);
        if (first.equals("who") || first.equals("which") || first.equals("whose")) {
            return true;
        }
        if (!opensAppositive(c, from) && !c.isCapitalised(from) && !Character.isDigit(c.tok(from).charAt(0))
                && !c.isWord(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = c.lower(k);
            if (VERBS_AFTER.contains(w) || CONNECTIVES.contains(w) || isQuoteMark(c, k)) {
                return false;
            }
        }
        return true;
    }


    /** An appositive or relative clause opens with a determiner, a relative pronoun, a number or a title word. */
    private static boolean opensAppositive(Ctx c, int i) {
        if (!c.isWord(i)) {
            return false;
        }
        String w = c.lower(i);
        return DETERMINERS.contains(w) || w.equals("who") || w.equals("which") || w.equals("whose")
                || Character.isDigit(c.tok(i).charAt(0)) || TITLES.contains(w) || w.equals("one") || w.equals("both")
                || w.equals("himself") || w.equals("herself") || w.equals("now") || w.equals("then")
                || w.equals("also") || w.equals("speaking") || w.endsWith("ing") && !c.isCapitalised(i);
    }

    /**
     * When token {@code i} opens a sentence right after a title or initial abbreviation ("Sen." | "Lindsey"),
     * the end of that sentence; otherwise -1.
     */
    private static int sentenceAfterAbbreviation(Ctx c, int i) {
        if (i <= 0 || i >= c.tokens.size() || !isTitleAbbreviation(c, i - 1)
                || !sameParagraph(c.body, c.tokens.get(i - 1).end(), c.tokens.get(i).start())) {
            return -1;
        }
        int ns = c.text.sentenceAt(c.tokens.get(i).start());
        return ns >= 0 && c.text.firstToken(ns) == i ? c.text.endToken(ns) : -1;
    }

    /** A middle initial: one capital letter with its period ("I." or "I" + "."). */
    private static boolean isInitial(Ctx c, int i) {
        String t = c.tok(i);
        if (t.length() == 2 && t.charAt(1) == '.' && Character.isUpperCase(t.charAt(0))) {
            return true;
        }
        return t.length() == 1 && Character.isUpperCase(t.charAt(0)) && i + 1 < c.tokens.size()
                && c.tok(i + 1).equals(".") && c.tokens.get(i + 1).start() == c.tokens.get(i).end();
    }

    private static boolean hasCapital(Ctx c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.isWord(k) && c.isCapitalised(k)) {
                return true;
            }
        }
        return false;
    }

    /** A word of four or more letters in capitals ("WASHINGTON", "WATCH"): a dateline or a label, not a name. */
    private static boolean allCaps(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
    }

    /**
     * A title, state or initial abbreviation with its period ("Sen.", "Gov.", "Dr.", "D-Calif.", "N.C.", "I."),
     * whether the tokenizer kept the period on the word or split it off at a sentence end.
     */
    private static boolean isTitleAbbreviation(Ctx c, int t) {
        String w = c.tok(t);
        if (w.equals(".") && t > 0 && c.tokens.get(t - 1).end() == c.tokens.get(t).start()) {
            w = c.tok(t - 1) + "."; // the tokenizer splits the period off at a sentence end
        }
        if (w.length() < 2 || !w.endsWith(".") || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String core = w.substring(0, w.length() - 1);
        int dash = core.lastIndexOf('-');
        if (dash >= 0) {
            core = core.substring(dash + 1); // "D-Calif."
        }
        core = core.toLowerCase(Locale.ROOT);
        return core.length() == 1 || ABBREVIATIONS.contains(core) || core.length() <= 4 && core.indexOf('.') > 0;
    }


    /** Tokens [from, to) are one to five capitalised words (a name, titles allowed). */
    private static boolean isNameRun(Ctx c, int from, int to) {
        if (to <= from || to - from > 8 || !c.isWord(from) || !c.isCapitalised(from)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            boolean name = c.isWord(k) && c.isCapitalised(k) && !NOT_NAMES.contains(c.tok(k));
            boolean period = c.tok(k).equals(".") && isTitleAbbreviation(c, k);
            boolean of = c.lower(k).equals("of") && k > from && k + 1 < to && c.isCapitalised(k + 1);
            if (!name && !period && !of) {
                return false; // "Gen. Philip M. Breedlove", "Mitch McConnell of Kentucky" are names
            }
        }
        return true;
    }

    private static boolean hasAppositiveBefore(Ctx c, int comma, int sFirst) {
        return appositive(c, comma, sFirst) != null;
    }

    private static boolean isPersonWord(Ctx c, int i) {
        String w = c.lower(i);
        return c.sourceMatchesWord(w);
    }

    /** An inverted source "said Smith," / "says the official." that ends at punctuation. */
    private static int[] forwardInverted(Ctx c, int b, int sEnd) {
        int i = b;
        int start = -1;
        int words = 0;
        while (words <= MAX_NP) {
            if (i >= sEnd) {
                // a sentence split after an initial or title ("Stephen I." | "Vladeck") goes on
                int next = start >= 0 ? sentenceAfterAbbreviation(c, i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next;
                continue;
            }
            if (c.isWord(i)) {
                String w = c.lower(i);
                if (start >= 0 && isInitial(c, i)) {
                    words++;
                    i++; // "Stephen I. Vladeck"
                    continue;
                }
                if (start < 0 && (STOP.contains(w) && !PRONOUNS.contains(w) && !DETERMINERS.contains(w))) {
                    return null;
                }
                if (start >= 0 && (STOP.contains(w) || AFTER_INVERSION.contains(w))) {
                    // "said Justice Breyer near the end", but not "said the plan was"
                    return VERBS_AFTER.contains(w) || !hasCapital(c, start, i) && !AFTER_INVERSION.contains(w)
                            ? null : new int[] {start, i};
                }
                if (start < 0 && OBJECTS.contains(w)) {
                    return null;
                }
                if (start < 0) {
                    start = i;
                    if (PRONOUNS.contains(w)) {
                        return new int[] {i, i + 1};
                    }
                }
                words++;
                i++;
            } else if (start >= 0 && (isPossessive(c.tok(i)) || c.tok(i).equals("-")
                    || c.tok(i).equals(".") && isTitleAbbreviation(c, i))) {
                i++;
            } else {
                break;
            }
        }
        if (start < 0 || words > MAX_NP) {
            return null;
        }
        // Ended at punctuation, a parenthesis ("said McCain (R-Ariz.)") or the end of the sentence.
        if (i < sEnd && !isComma(c, i) && !isSentencePunct(c, i) && !isQuoteMark(c, i) && !c.tok(i).equals(";")
                && !c.tok(i).equals(")") && !c.tok(i).equals("(") && !isDash(c, i)) {
            return null;
        }
        // "said the official", "said former CIA analyst Larry Johnson"
        if (!c.isCapitalised(start) && !DETERMINERS.contains(c.lower(start)) && !isPersonWord(c, start)
                && !hasCapital(c, start, i)) {
            return null;
        }
        return new int[] {start, i};
    }

    /** The noun phrase after "according to" / "citing": up to punctuation or a stop word. */
    private static int[] forwardNp(Ctx c, int b, int sEnd) {
        int i = b;
        int start = -1;
        int words = 0;
        while (words < MAX_NP) {
            if (i >= sEnd) {
                int next = start >= 0 ? sentenceAfterAbbreviation(c, i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next;
                continue;
            }
            if (c.isWord(i)) {
                String w = c.lower(i);
                if (STOP.contains(w) && !(start < 0 && (PRONOUNS.contains(w) || DETERMINERS.contains(w)))) {
                    break;
                }
                if (NP_PREPOSITIONS.contains(w) && (i + 1 >= sEnd || !c.isWord(i + 1))) {
                    break;
                }
                if (start < 0) {
                    start = i;
                }
                words++;
                i++;
            } else if (start >= 0 && (isPossessive(c.tok(i)) || c.tok(i).equals("-") || c.tok(i).equals("&")
                    || c.tok(i).equals(".") && isTitleAbbreviation(c, i))) {
                i++;
            } else {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int end = i;
        while (end > start && NP_PREPOSITIONS.contains(c.lower(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** A sentence subject after an opening phrase: [determiner] capitalised or person words. */
    private static int[] forwardSubject(Ctx c, int b, int sEnd) {
        int i = b;
        if (i < sEnd && c.isWord(i) && DETERMINERS.contains(c.lower(i))) {
            i++;
        }
        int first = i;
        while (i - first < MAX_NP) {
            if (i >= sEnd) {
                int next = i > first ? sentenceAfterAbbreviation(c, i) : -1;
                if (next < 0) {
                    break;
                }
                sEnd = next; // "Rep." | "Hakeem Jeffries (D-N.Y.) reacted"
                continue;
            }
            boolean ok = c.isWord(i) && (c.isCapitalised(i) || isPersonWord(c, i)) && !NOT_NAMES.contains(c.tok(i))
                    || i > first && c.tok(i).equals(".") && isTitleAbbreviation(c, i);
            if (!ok) {
                break;
            }
            i++;
        }
        if (i == first) {
            if (b < sEnd && c.isWord(b) && PRONOUNS.contains(c.lower(b))) {
                return new int[] {b, b + 1};
            }
            return null;
        }
        return new int[] {b, i};
    }

    // ------------------------------------------------------------------ kinds and names

    private Attribution attribution(Ctx c, String cue, LexiconMatch m, int from, int to, int s) {
        Span sentence = c.text.sentences().get(s);
        if (from < 0 || to <= from) {
            SourceKind k = c.anonymitySentence(s) ? SourceKind.ANONYMOUS : SourceKind.OTHER;
            return new Attribution(k, cue, m.start(), m.end(), "", -1, -1, "", s);
        }
        int cs = c.tokens.get(from).start();
        int ce = c.tokens.get(to - 1).end();
        String source = c.body.substring(cs, ce);
        // Head: the last word of the first chunk (before a comma or "of").
        int headEnd = to;
        for (int k = from + 1; k < to; k++) {
            if (isComma(c, k) || c.lower(k).equals("of") || c.lower(k).equals("who") || c.tok(k).equals("(")) {
                headEnd = k;
                break;
            }
        }
        int head = headEnd - 1;
        while (head > from && !c.isWord(head)) {
            head--;
        }
        if (isPossessive(c.tok(head)) && head > from) {
            head--;
        }
        // "Secretary of State John Kerry": a title's "of" phrase ends in the name
        if (headEnd < to && c.lower(headEnd).equals("of") && TITLES.contains(c.lower(head))
                && c.isCapitalised(to - 1)) {
            int k = headEnd;
            while (k < to && !isComma(c, k)) {
                k++;
            }
            headEnd = k;
            head = k - 1;
        }
        // "her senior policy adviser, Jake Sullivan": the name chunk is the head
        int hf = from;
        int hcs = cs;
        for (int k = headEnd; k < to; k++) {
            if (isComma(c, k)) {
                int e2 = k + 1;
                while (e2 < to && !isComma(c, e2)) {
                    e2++;
                }
                if (!c.isCapitalised(head) && isNameRun(c, k + 1, e2)) {
                    hf = k + 1;
                    headEnd = e2;
                    for (int o = k + 2; o < e2; o++) {
                        if (c.lower(o).equals("of")) {
                            headEnd = o; // "Mitch McConnell of Kentucky"
                            break;
                        }
                    }
                    head = headEnd - 1;
                    hcs = c.tokens.get(hf).start();
                    break;
                }
                k = e2 - 1;
            }
        }
        String headLower = c.lower(head);
        int chunkEnd = c.tokens.get(headEnd - 1).end();
        String chunk = c.body.substring(hcs, chunkEnd);
        SourceKind kind;
        String resolved = chunk;
        if (c.sourceMatchIn("agency", cs, ce) && !anyCapitalisedNonAgency(c, hf, headEnd)
                || c.sourceMatchIn("media", cs, ce) && !isProperName(c, hf, head + 1)) {
            kind = SourceKind.AGENCY;
        } else if (PERSONAL.contains(headLower) || headLower.equals("i") || headLower.equals("we")
                || headLower.equals("who") || headLower.equals("which") || headLower.equals("that")) {
            boolean relative = headLower.equals("who") || headLower.equals("which") || headLower.equals("that");
            String name = relative ? antecedent(c, hf) : resolvePronoun(c, hcs);
            if (name != null && !headLower.equals("i") && !headLower.equals("we")) {
                kind = SourceKind.NAMED;
                resolved = name;
            } else if (relative && hf > 0) {
                // "officials who said", "critics, who argue": the kind of the antecedent's head
                int ant = hf - 1;
                if (ant > 0 && isComma(c, ant)) {
                    ant--;
                }
                String w = c.isWord(ant) ? c.lower(ant) : "";
                kind = c.sourceMatchesCategory("anonymous", w) ? SourceKind.ANONYMOUS
                        : c.sourceMatchesCategory("vague", w) ? SourceKind.VAGUE : SourceKind.OTHER;
                if (kind != SourceKind.OTHER) {
                    int st = backwardNp(c, ant, c.text.firstToken(s));
                    resolved = st >= 0 ? c.body.substring(c.tokens.get(st).start(), c.tokens.get(ant).end()) : w;
                }
            } else {
                kind = SourceKind.OTHER;
            }
        } else if (c.anonymitySentence(s)) {
            kind = SourceKind.ANONYMOUS;
        } else if (c.sourceMatchesCategory("anonymous", headLower) && !isProperName(c, hf, head)) {
            kind = SourceKind.ANONYMOUS;
        } else if (c.sourceMatchesCategory("vague", headLower) && !isProperName(c, hf, head)) {
            kind = SourceKind.VAGUE;
        } else if (c.isCapitalised(head) && !NOT_NAMES.contains(c.tok(head))) {
            kind = SourceKind.NAMED;
            resolved = stripTitles(c, hf, headEnd);
            c.namedAt.add(new int[] {hcs});
            c.namedNames.add(resolved);
        } else {
            kind = SourceKind.OTHER;
        }
        return new Attribution(kind, cue, m.start(), m.end(), source, cs, ce, resolved, s);
    }

    private static boolean anyCapitalisedNonAgency(Ctx c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.isWord(k) && c.isCapitalised(k) && !c.sourceMatchesCategory("agency", c.lower(k))
                    && !NOT_NAMES.contains(c.tok(k)) && !c.lower(k).equals("press")
                    && !c.lower(k).equals("associated") && !c.lower(k).equals("news")) {
                return true;
            }
        }
        return false;
    }

    /** True when the phrase [from, head] holds a capitalised word that is not a title or sentence opener. */
    private static boolean isProperName(Ctx c, int from, int head) {
        int people = 0;
        for (int k = from; k < head; k++) {
            if (c.isWord(k) && c.isCapitalised(k) && !NOT_NAMES.contains(c.tok(k))
                    && !TITLES.contains(c.lower(k)) && !ORG_WORDS.contains(c.tok(k))
                    && !isNationality(c.tok(k))) {
                people++;
            }
        }
        return people >= 2;
    }

    private static boolean isNationality(String w) {
        return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ian") || w.equals("US")
                || w.equals("U.S.") || w.equals("UK") || w.equals("EU") || w.equals("Western") || w.equals("White")
                || w.equals("Senior") || w.equals("Administration");
    }

    private static String stripTitles(Ctx c, int from, int to) {
        // the last run of capitalised words (with initials, title periods and "and" between names):
        // "CIA analyst Larry Johnson" -> "Larry Johnson", "Xi and Putin" stays whole
        int runStart = to - 1;
        while (runStart - 1 >= from) {
            int p = runStart - 1;
            boolean name = c.isWord(p) && c.isCapitalised(p);
            boolean period = c.tok(p).equals(".") && isTitleAbbreviation(c, p);
            boolean and = c.lower(p).equals("and") && p - 1 >= from && c.isCapitalised(p - 1) && c.isWord(p - 1);
            if (!name && !period && !and) {
                break;
            }
            runStart = p;
        }
        if (runStart > from && c.isCapitalised(to - 1)) {
            from = runStart;
        }
        int k = from;
        // "Former Florida Gov. Jeb Bush" -> after the last title word
        for (int t = to - 2; t >= from; t--) {
            String w = c.lower(t);
            if (TITLES.contains(w) || TITLES.contains(w + ".")
                    || w.equals(".") && t > from && TITLES.contains(c.lower(t - 1))) {
                k = t + 1;
                break;
            }
        }
        while (k < to - 1 && (TITLES.contains(c.lower(k)) || !c.isCapitalised(k) || NOT_NAMES.contains(c.tok(k)))) {
            k++;
        }
        return c.body.substring(c.tokens.get(k).start(), c.tokens.get(to - 1).end());
    }

    /** The named source or capitalised full name nearest before {@code offset}. */
    private static String resolvePronoun(Ctx c, int offset) {
        int bestPos = -1;
        String best = null;
        for (int i = c.namedAt.size() - 1; i >= 0; i--) {
            if (c.namedAt.get(i)[0] < offset) {
                bestPos = c.namedAt.get(i)[0];
                best = c.namedNames.get(i);
                break;
            }
        }
        // A full name (two or more capitalised words) mentioned after that source and before the pronoun.
        int t = c.tokenAt(offset) - 1;
        int scanned = 0;
        while (t >= 0 && scanned < 400 && c.tokens.get(t).start() > bestPos) {
            if (c.quoteHolding(c.tokens.get(t).start()) != null) {
                t--;
                scanned++;
                continue; // names inside quotations are not the speaker's antecedent
            }
            if (c.isWord(t) && c.isCapitalised(t) && !ORG_WORDS.contains(c.tok(t)) && !NOT_NAMES.contains(c.tok(t))
                    && t - 1 >= 0 && c.isWord(t - 1) && c.isCapitalised(t - 1) && !ORG_WORDS.contains(c.tok(t - 1))
                    && !NOT_NAMES.contains(c.tok(t - 1))
                    && !c.sourceMatchesCategory("agency", c.lower(t))) {
                int e = t + 1;
                int s = t - 1;
                while (s - 1 >= 0 && c.isWord(s - 1) && c.isCapitalised(s - 1) && !ORG_WORDS.contains(c.tok(s - 1))
                        && !NOT_NAMES.contains(c.tok(s - 1))) {
                    s--;
                }
                return stripTitles(c, s, e);
            }
            t--;
            scanned++;
        }
        return best;
    }

    /** For a relative pronoun at {@code rel}: the named phrase before it ("Smith, who ..."), or null. */
    private static String antecedent(Ctx c, int rel) {
        int e = rel - 1;
        if (e >= 0 && isComma(c, e)) {
            e--;
        }
        if (e >= 0 && c.tok(e).equals(")")) {
            // "Sen. Lindsey Graham (R-South Carolina), who said": skip the parenthesis
            int k = e - 1;
            while (k >= 0 && k > e - 12 && !c.tok(k).equals("(")) {
                k--;
            }
            e = k >= 0 && c.tok(k).equals("(") ? k - 1 : e;
        }
        if (e < 0 || !c.isWord(e) || !c.isCapitalised(e) || c.sourceMatchWordAnyKind(c.lower(e))) {
            return null; // "Officials who said": not a name
        }
        int s = e;
        while (s - 1 >= 0 && (c.isWord(s - 1) && c.isCapitalised(s - 1) && !NOT_NAMES.contains(c.tok(s - 1))
                || c.tok(s - 1).equals(".") && isTitleAbbreviation(c, s - 1))) {
            s--;
        }
        // "Sen. Lindsey Graham of South Carolina, who": the name is before "of"
        if (s - 1 >= 1 && c.lower(s - 1).equals("of") && c.isWord(s - 2) && c.isCapitalised(s - 2)) {
            e = s - 2;
            s = e;
            while (s - 1 >= 0 && (c.isWord(s - 1) && c.isCapitalised(s - 1) && !NOT_NAMES.contains(c.tok(s - 1))
                    || c.tok(s - 1).equals(".") && isTitleAbbreviation(c, s - 1))) {
                s--;
            }
        }
        return stripTitles(c, s, e + 1);
    }

    // ------------------------------------------------------------------ quotes

    private List<Quote> assignQuotes(Ctx c, List<Attribution> attributions) {
        List<Quote> out = new ArrayList<>(c.quotes.size());
        String body = c.body;
        CueOrder order = new CueOrder(attributions);
        Quote previous = null;
        for (QuoteSpan q : c.quotes) {
            Cancellation.check();
            if (q.block()) {
                String name = body.substring(q.speakerStart(), q.speakerEnd());
                Quote bq = new Quote(QuoteKind.BLOCK, q, name, q.speakerStart(), q.speakerEnd(), "-",
                        q.speakerStart() - 1, true);
                out.add(bq);
                previous = bq;
                continue;
            }
            Attribution at = introCue(c, q, order);
            if (at == null) {
                at = adjacentBefore(c, q, order);
            }
            if (at == null) {
                at = cueAfter(c, q, attributions);
            }
            if (at == null) {
                at = cueBefore(c, q, order);
            }
            int words = wordCount(body, q.contentStart(), q.contentEnd());
            QuoteKind kind = kindOf(c, q, words);
            Quote made;
            if (at != null && !at.hasSource() && words <= MAX_TERM_WORDS) {
                at = null; // a cue without a source does not make a short quotation someone's words
            }
            if (at != null && kind == QuoteKind.PARTIAL && previous != null && previous.kind() == QuoteKind.DIRECT
                    && previous.cueStart() == at.cueStart() && sameParagraph(body, previous.span().end(), q.start())) {
                kind = QuoteKind.DIRECT; // "A," she said, "b ..." — the second half of one direct quotation
            }
            if (at != null) {
                boolean named = at.kind() == SourceKind.NAMED;
                String speaker = at.hasSource() ? at.resolvedSource() : "";
                made = new Quote(kind, q, speaker, at.sourceStart(), at.sourceEnd(), at.cue(), at.cueStart(), named);
            } else if (kind != QuoteKind.PARTIAL && words > MAX_TERM_WORDS && previous != null
                    && continues(c, previous, q)) {
                made = new Quote(kind, q, previous.speaker(), previous.speakerStart(), previous.speakerEnd(),
                        previous.cue(), previous.cueStart(), previous.named());
            } else if (words <= MAX_TERM_WORDS && (words < 2 || !endsSentence(body, q))) {
                made = new Quote(QuoteKind.TERM, q, "", -1, -1, "", -1, false);
            } else {
                made = new Quote(kind, q, "", -1, -1, "", -1, false);
            }
            out.add(made);
            previous = made;
        }
        return out;
    }

    /** No line break in {@code [from, to)}. */
    private static boolean sameParagraph(String body, int from, int to) {
        return newlineIn(body, from, to) < 0;
    }

    /** The first line break in {@code [from, to)}, or -1 (looking no further than {@code to}). */
    private static int newlineIn(String body, int from, int to) {
        for (int i = Math.max(0, from), e = Math.min(to, body.length()); i < e; i++) {
            if (body.charAt(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Direct when the quotation opens its sentence or follows a colon or comma and starts with a capital. */
    private static QuoteKind kindOf(Ctx c, QuoteSpan q, int words) {
        String body = c.body;
        int k = q.start() - 1;
        while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\u00a0')) {
            k--;
        }
        int first = q.contentStart();
        while (first < q.contentEnd() && !Character.isLetterOrDigit(body.charAt(first))) {
            first++;
        }
        boolean capital = first < q.contentEnd() && (Character.isUpperCase(body.charAt(first))
                || Character.isDigit(body.charAt(first)));
        if (k < 0 || body.charAt(k) == '\n') {
            return QuoteKind.DIRECT;
        }
        char before = body.charAt(k);
        if (capital && (before == ':' || before == ',' || before == '.' || before == '!' || before == '?'
                || before == '—' || before == '–' || before == '(')) {
            return QuoteKind.DIRECT;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean endsSentence(String body, QuoteSpan q) {
        int e = q.contentEnd() - 1;
        while (e >= q.contentStart() && Character.isWhitespace(body.charAt(e))) {
            e--;
        }
        return e >= q.contentStart() && ".!?".indexOf(body.charAt(e)) >= 0
                && Character.isUpperCase(firstLetter(body, q));
    }

    private static char firstLetter(String body, QuoteSpan q) {
        for (int i = q.contentStart(); i < q.contentEnd(); i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return body.charAt(i);
            }
        }
        return ' ';
    }

    /** A cue right after the quotation, with only punctuation and spaces between. */
    private static Attribution cueAfter(Ctx c, QuoteSpan q, List<Attribution> attributions) {
        String body = c.body;
        for (Attribution at : firstFrom(attributions, q.end())) {
            int near = at.hasSource() ? Math.min(at.cueStart(), at.sourceStart()) : at.cueStart();
            if (near < q.end()) {
                continue;
            }
            for (int i = q.end(); i < near; i++) {
                char ch = body.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    // "...," Gov. Kasich replied: a title the source phrase did not take in
                    return near - i <= 25 && titleWordsOnly(body, i, near) ? at : null;
                }
                if (ch == '\n' || isQuoteChar(ch)) {
                    return null;
                }
            }
            return at;
        }
        return null;
    }

    /**
     * A quotation that opens a paragraph after a line ending in a colon or comma ("Smith said:", "he
     * replied,") belongs to the last cue of that line.
     */
    private static Attribution introCue(Ctx c, QuoteSpan q, CueOrder attributions) {
        String body = c.body;
        // "Smith said:" closing the line before a quotation that opens a paragraph.
        int k = q.start() - 1;
        while (k >= 0 && Character.isWhitespace(body.charAt(k)) && body.charAt(k) != '\n') {
            k--;
        }
        if (k >= 0 && body.charAt(k) == '\n') {
            while (k >= 0 && Character.isWhitespace(body.charAt(k))) {
                k--;
            }
            if (k >= 0 && (body.charAt(k) == ':' || body.charAt(k) == ',')) {
                Attribution last = attributions.lastBefore(k + 1); // (a colon cue ends just after the colon)
                if (last != null && body.lastIndexOf('\n', k) < last.cueStart()) {
                    return last;
                }
            }
        }
        return null;
    }

    /** A cue (and its source) right before the quotation: "Smith said, “...”", "according to Smith: “...”". */
    private static Attribution adjacentBefore(Ctx c, QuoteSpan q, CueOrder attributions) {
        String body = c.body;
        Attribution last = attributions.lastBefore(q.start());
        if (last == null) {
            return null;
        }
        int from = Math.max(last.cueEnd(), last.sourceEnd());
        if (from > q.start()) {
            return null;
        }
        // Between the cue and the quotation: spaces and joining punctuation only, or words ending in a colon.
        c.gapAfter(from);
        if (q.start() <= c.gapEnd) {
            return c.gapPunct < q.start() ? last : null;
        }
        if (stopsAdjacency(body.charAt(c.gapEnd)) || q.start() - from > 60) {
            return null;
        }
        for (int i = c.gapEnd; i < q.start(); i++) {
            if (stopsAdjacency(body.charAt(i))) {
                return null;
            }
        }
        // "Luis Osuna told The Huffington Post: “...”": a short object, then a colon right before the quote
        int k = q.start() - 1;
        while (k > from && (body.charAt(k) == ' ' || body.charAt(k) == '\u00a0')) {
            k--;
        }
        return body.charAt(k) == ':' ? last : null;
    }

    /** A character that ends a sentence, a paragraph or a quotation between a cue and a quotation. */
    private static boolean stopsAdjacency(char ch) {
        return ch == '\n' || ch == '.' || ch == '!' || ch == '?' || ch == ';' || isQuoteChar(ch);
    }

    /** Only capitalised words and spaces in [from, to). */
    private static boolean titleWordsOnly(String body, int from, int to) {
        boolean wordStart = true;
        for (int i = from; i < to; i++) {
            char ch = body.charAt(i);
            if (ch == ' ') {
                wordStart = true;
            } else if (wordStart) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                wordStart = false;
            } else if (!Character.isLetter(ch) && ch != '.') {
                return false;
            }
        }
        return true;
    }

    /** The nearest cue before the quotation in its sentence, or ending the previous paragraph with a colon. */
    private static Attribution cueBefore(Ctx c, QuoteSpan q, CueOrder attributions) {
        int qs = c.text.sentenceAt(q.contentStart());
        Attribution last = attributions.lastBefore(q.start());
        return last != null && qs >= 0 && last.sentence() == qs ? last : null;
    }

    /**
     * The quotation {@code q} continues {@code prev}: only punctuation and spaces between them, within one
     * paragraph or across one paragraph break (the previous quotation ends its paragraph, this one opens the next).
     */
    private static boolean continues(Ctx c, Quote prev, QuoteSpan q) {
        boolean attributedAfter = prev.cueStart() >= prev.span().end() && !prev.speaker().isEmpty();
        if (prev.kind() != QuoteKind.DIRECT && !(prev.kind() == QuoteKind.PARTIAL && attributedAfter)) {
            return false;
        }
        String body = c.body;
        int nl = newlineIn(body, prev.span().end(), q.start());
        if (nl < 0) {
            return true; // same paragraph
        }
        if (prev.cueStart() >= prev.span().end() && prev.cueStart() < nl) {
            // "...," Smith said.\n\n"More." — the next paragraph opens with the same speaker's quotation
            for (int i = prev.span().end(); i < nl; i++) {
                if (isQuoteChar(body.charAt(i)) && body.charAt(i) != '’' && body.charAt(i) != '\'') {
                    return false;
                }
            }
            for (int i = nl; i < q.start(); i++) {
                if (!Character.isWhitespace(body.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        int breaks = 0;
        for (int i = prev.span().end(); i < q.start(); i++) {
            char ch = body.charAt(i);
            if (Character.isLetterOrDigit(ch) || isQuoteChar(ch)) {
                return false;
            }
            if (ch == '\n') {
                breaks++;
            }
        }
        return breaks <= 2;
    }

    private static List<Attribution> firstFrom(List<Attribution> attributions, int offset) {
        int lo = 0;
        int hi = attributions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Attribution a = attributions.get(mid);
            int near = a.hasSource() ? Math.min(a.cueStart(), a.sourceStart()) : a.cueStart();
            if (near < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int from = Math.max(0, lo - 2);
        return attributions.subList(from, Math.min(attributions.size(), lo + 3));
    }

    // ------------------------------------------------------------------ small helpers

    static int wordCount(String body, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Character.isLetterOrDigit(body.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w || in && (body.charAt(i) == '\'' || body.charAt(i) == '’' || body.charAt(i) == '-');
        }
        return n;
    }

    private static boolean isComma(Ctx c, int i) {
        return c.tok(i).equals(",");
    }

    private static boolean isDash(Ctx c, int i) {
        String t = c.tok(i);
        return t.equals("—") || t.equals("–") || t.equals("--");
    }

    private static boolean isSentencePunct(Ctx c, int i) {
        String t = c.tok(i);
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals(":") || t.equals("...") || t.equals("…");
    }

    private static boolean isQuoteMark(Ctx c, int i) {
        String t = c.tok(i);
        return t.length() >= 1 && isQuoteChar(t.charAt(0)) && !isPossessive(t);
    }

    private static boolean isQuoteChar(char ch) {
        return ch == '"' || ch == '“' || ch == '”' || ch == '«' || ch == '»' || ch == '„' || ch == '\''
                || ch == '‘' || ch == '’';
    }

    private static boolean isPossessive(String t) {
        return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
    }

}
