package org.presslens.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.core.Cancellation;
import org.presslens.core.Settings;

/**
 * Removes boilerplate from scraped article text, line by line, using page structure first and phrase rules
 * second (see {@code docs/cleaning.md}):
 * <ol>
 *   <li><b>Anchors.</b> A line of at least {@code anchorMinWords} words shaped like prose (ends like a
 *       sentence or holds a sentence break, not Title Case, no boilerplate rule) is a body anchor. The lines
 *       before the first anchor are the header zone, those after the last anchor the footer zone.</li>
 *   <li><b>Header zone.</b> The title is the known title if given, else the first heading-shaped line; lines
 *       before it (site name, date, menu, breadcrumb) are removed, the title is removed as metadata, lines
 *       between title and first anchor are kept (deck, standfirst) unless a rule or the date shape matches.</li>
 *   <li><b>Body zone.</b> Rule matches are removed; a list heading (TRENDING, Related articles, ...) removes
 *       itself and the lines up to the next anchor; runs of short non-sentence lines are menus; isolated long
 *       lines that are neither sentences nor Title Case headings are captions or embed titles; title repeats
 *       are removed. Everything else is kept, short lines and subheadings included.</li>
 *   <li><b>Footer zone.</b> Sentence-shaped lines directly after the last anchor are kept; the first other
 *       line ends the article and every line after it is removed.</li>
 *   <li><b>Agency credits</b> ("(With inputs from agencies.)", "Sources By Agencies") are kept everywhere:
 *       they are reliability evidence for the feature stage.</li>
 * </ol>
 * Kept lines are returned unchanged except that they are trimmed and other white space (tabs, no-break spaces)
 * becomes plain spaces one for one, so offsets within a paragraph stay those of the input. Immutable and
 * thread-safe.
 */
public final class BoilerplateCleaner {
    private final CleanConfig config;
    private final BoilerplateRules rules;
    private final HtmlExtractor html;

    /** A cleaner with the given settings and rules. */
    public BoilerplateCleaner(CleanConfig config, BoilerplateRules rules) {
        this.config = config;
        this.rules = rules;
        this.html = new HtmlExtractor(config.htmlMinParagraphChars(), config.htmlSiblingRatio());
    }

    /** A cleaner configured by the {@code clean} section of a configuration and the rule file it names. */
    public static BoilerplateCleaner fromSettings(Settings settings) {
        CleanConfig c = CleanConfig.from(settings);
        Settings.NamedFile f = settings.file("clean", "patterns", c.patterns());
        BoilerplateRules r = BoilerplateRules.parse(f.bytes(), f.name());
        return new BoilerplateCleaner(c, r);
    }

    /** The settings in use. */
    public CleanConfig config() {
        return config;
    }

    /** Cleans a plain-text scrape whose title is not known. */
    public CleanedText clean(String plainText) {
        return clean(plainText, "");
    }

    /**
     * Cleans a plain-text scrape or a record's body. A non-empty {@code knownTitle} (from the record) is
     * used to find and remove the title line and its repeats instead of guessing the title from the header.
     */
    public CleanedText clean(String plainText, String knownTitle) {
        List<String> lines = splitLines(plainText);
        return result(lines, classifyLines(lines, knownTitle), Map.of());
    }

    /**
     * Cleans an HTML page: {@link #extractHtml}, then {@link #clean(HtmlPage)}. {@link CleanedText#pageMeta()}
     * holds what the page head states (title, site_name, date, author, url).
     */
    public CleanedText cleanHtml(String htmlText) {
        return clean(extractHtml(htmlText));
    }

    /**
     * Extracts the main content of an HTML page readability-style, as its paragraphs, headings, list items and
     * block quotes, with the page head's metadata.
     */
    public HtmlPage extractHtml(String htmlText) {
        return html.extract(htmlText);
    }

    /** Applies the line cleaner to an extracted HTML page, using the page's title to find the title line. */
    public CleanedText clean(HtmlPage page) {
        List<String> lines = new ArrayList<>(page.lines().size());
        for (String l : page.lines()) {
            String n = normalise(l, 0, l.length());
            if (!n.isEmpty()) {
                lines.add(n);
            }
        }
        String title = page.meta().getOrDefault("title", "");
        return result(lines, classifyLines(lines, title), page.meta());
    }

    /**
     * The verdict on every non-blank line of a plain text, in order (the audit behind {@link #clean}), with
     * each line's start offset in {@code plainText}.
     */
    public List<LineVerdict> classify(String plainText, String knownTitle) {
        List<Integer> starts = new ArrayList<>();
        List<String> lines = splitLines(plainText, starts);
        LineKind[] kinds = classifyLines(lines, knownTitle);
        List<LineVerdict> out = new ArrayList<>(lines.size());
        for (int i = 0; i < kinds.length; i++) {
            out.add(new LineVerdict(lines.get(i), kinds[i], starts.get(i)));
        }
        return out;
    }

    private static CleanedText result(List<String> lines, LineKind[] kinds, Map<String, String> meta) {
        StringBuilder body = new StringBuilder();
        List<String> removed = new ArrayList<>();
        String title = "";
        for (int i = 0; i < kinds.length; i++) {
            if (title.isEmpty() && kinds[i] == LineKind.TITLE) {
                title = lines.get(i);
            }
            if (kinds[i].kept()) {
                if (body.length() > 0) {
                    body.append("\n\n");
                }
                body.append(lines.get(i));
            } else {
                removed.add(lines.get(i));
            }
        }
        return new CleanedText(body.toString(), lines, removed, meta, title);
    }

    // ---------------------------------------------------------------------------------------------- lines

    /** Non-blank lines with whitespace normalised. */
    static List<String> splitLines(String text) {
        return splitLines(text, null);
    }

    /** Non-blank lines with whitespace normalised; adds each line's start offset to {@code starts} if given. */
    static List<String> splitLines(String text, List<Integer> starts) {
        List<String> out = new ArrayList<>();
        char[] chars = text.toCharArray(); // scanned as an array: every character of every article passes here
        int n = chars.length;
        int start = 0;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String l = normalise(chars, start, end);
            if (!l.isEmpty()) {
                out.add(l);
                if (starts != null) {
                    int s = start;
                    while (isSpace(chars[s])) {
                        s++;
                    }
                    starts.add(s);
                }
            }
            start = end + 1;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00A0') {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\u3000' || c == '\uFEFF' || c == '\u200B' || c == '\f' || c == '\u000B'
                || (c >= '\u2000' && c <= '\u200A');
    }

    /**
     * Trims a line and turns every other white-space character (tab, no-break space, zero-width space, ...) into
     * one plain space, one for one, so that offsets inside the line stay those of the input. Returns a
     * substring when nothing changes.
     */
    static String normalise(String s, int from, int to) {
        return normalise(s.toCharArray(), from, to);
    }

    /** {@link #normalise(String, int, int)} of a text's characters. */
    private static String normalise(char[] s, int from, int to) {
        while (from < to && isSpace(s[from])) {
            from++;
        }
        while (to > from && isSpace(s[to - 1])) {
            to--;
        }
        int i = from;
        while (i < to && (s[i] == ' ' || !isSpace(s[i]))) {
            i++;
        }
        if (i == to) {
            return new String(s, from, to - from);
        }
        char[] b = new char[to - from];
        for (int j = from; j < to; j++) {
            char c = s[j];
            b[j - from] = isSpace(c) ? ' ' : c;
        }
        return new String(b);
    }

    // ----------------------------------------------------------------------------------- classification

    LineKind[] classifyLines(List<String> lines, String knownTitle) {
        int n = lines.size();
        LineKind[] kinds = new LineKind[n];
        if (n == 0) {
            return kinds;
        }
        LineShape[] shape = new LineShape[n];
        String[] key = new String[n];
        LineKind[] pre = new LineKind[n];
        BoilerplateRules.Action[] act = new BoilerplateRules.Action[n];
        boolean[] forced = new boolean[n];
        boolean[] prose = new boolean[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            Cancellation.check();
            String line = lines.get(i);
            LineShape s = new LineShape(line);
            shape[i] = s;
            if (s.words <= rules.maxRuleWords()) {
                BoilerplateRules.Rule r = rules.match(line, s.words, s.endsSentence);
                if (r != null) {
                    if (r.action() == BoilerplateRules.Action.KEEP) {
                        forced[i] = true;
                    } else {
                        pre[i] = r.kind();
                        act[i] = r.action();
                    }
                } else {
                    pre[i] = structural(line, s);
                    if (pre[i] != null) {
                        act[i] = BoilerplateRules.Action.REMOVE;
                    }
                }
            }
            prose[i] = pre[i] == null && !forced[i] && s.words >= config.anchorMinWords() && !s.titleCase
                    && (s.endsSentence || s.innerBreak);
            if (prose[i]) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        String titleKey = knownTitle == null ? "" : LineKey.of(knownTitle).bare();
        if (first < 0) {
            for (int i = 0; i < n; i++) {
                kinds[i] = forced[i] ? LineKind.AGENCY_CREDIT
                        : pre[i] != null ? pre[i]
                        : !titleKey.isEmpty() && titleMatch(bare(key, lines, i), titleKey) ? LineKind.TITLE
                        : LineKind.BODY;
            }
            return kinds;
        }
        int cut = n;
        for (int i = first + 1; i < n; i++) {
            if (act[i] == BoilerplateRules.Action.CUT) {
                cut = i;
                break;
            }
        }
        while (last >= cut) {
            last--;
            while (last > first && !prose[last]) {
                last--;
            }
        }
        titleKey = header(lines, kinds, shape, key, pre, forced, first, titleKey);
        body(lines, kinds, shape, key, pre, act, forced, prose, first, last, titleKey);
        footer(lines, kinds, shape, key, pre, forced, last, cut, titleKey);
        return kinds;
    }

    /** Removal decided by shape alone: share bars, link farms, bylines, URL lines, date lines, breadcrumbs. */
    private LineKind structural(String line, LineShape s) {
        if (s.endsSentence && s.words > 3) {
            return null;
        }
        LineKey k = s.words <= 15 ? LineKey.of(line) : null;
        if (k != null && (socialCount(k) >= 2 || sharesCounter(k))) {
            return LineKind.SHARE;
        }
        if (s.linkFarm() || breadcrumb(line)) {
            return LineKind.NAVIGATION;
        }
        if (s.endsSentence) {
            return null;
        }
        if (s.hasUrl && (s.words <= 3 || line.startsWith("http") || line.startsWith("www."))) {
            return LineKind.LINK;
        }
        if (byline(line, s) || LineShape.dateLine(line, s)) {
            return LineKind.META;
        }
        return null;
    }

    private int socialCount(LineKey k) {
        Set<String> nets = rules.socialNetworks();
        int count = 0;
        for (String w : k.bare().split(" ")) {
            if (nets.contains(w)) {
                count++;
            }
        }
        return count;
    }

    /** "5.2k SHARES", "0 Shares". */
    private static boolean sharesCounter(LineKey k) {
        String b = k.bare();
        int i = 0;
        while (i < b.length() && (Character.isDigit(b.charAt(i)) || b.charAt(i) == ' ')) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i < b.length() && b.charAt(i) == 'k') {
            i++;
            while (i < b.length() && b.charAt(i) == ' ') {
                i++;
            }
        }
        return b.startsWith("shares", i) && (b.length() == i + 6 || b.charAt(i + 6) == ' ');
    }

    /** "Home > World", "HomeWorld News...". */
    private static boolean breadcrumb(String line) {
        if (!line.startsWith("Home") || line.length() < 6) {
            return false;
        }
        char c = line.charAt(4);
        if (Character.isUpperCase(c)) {
            return true;
        }
        int i = 4;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && ">»/›|:".indexOf(line.charAt(i)) >= 0;
    }

    /** "By Jane Doe and John Roe, Reuters": "By" and capitalised names only. */
    private static boolean byline(String line, LineShape s) {
        if (!line.startsWith("By ") || s.words > 9 || s.words < 2) {
            return false;
        }
        for (String w : line.substring(3).split(" ")) {
            if (w.isEmpty() || w.equals("and") || w.equals("&") || w.equals("|") || w.equals("in") || w.equals("de")
                    || w.equals("van") || w.equals("von")) {
                continue;
            }
            char c = w.charAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String[] key, List<String> lines, int i) {
        if (key[i] == null) {
            key[i] = LineKey.of(lines.get(i)).bare();
        }
        return key[i];
    }

    /** The line is the title, or the title with a site name added ("Headline | Site"), or the reverse. */
    static boolean titleMatch(String bare, String titleKey) {
        if (bare.isEmpty() || titleKey.isEmpty()) {
            return false;
        }
        if (bare.equals(titleKey)) {
            return true;
        }
        if (bare.length() >= 12 && titleKey.startsWith(bare) && titleKey.charAt(bare.length()) == ' ') {
            return true;
        }
        return titleKey.length() >= 12 && bare.startsWith(titleKey) && bare.charAt(titleKey.length()) == ' '
                && bare.length() - titleKey.length() <= 40;
    }

    private boolean headingShaped(LineShape s, String line) {
        if (s.bullet || s.words < config.titleMinWords() || s.words > config.titleMaxWords()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (s.endsColon || last == '.' || last == ',' || last == ';') {
            return false;
        }
        int c = line.codePointAt(0);
        return (Character.isUpperCase(c) || Character.isDigit(c) || !Character.isLetter(c)) && !dateline(line);
    }

    /**
     * The title among the heading-shaped header lines before the body: a line repeated elsewhere on the
     * page (scrapes often repeat the headline, or end a breadcrumb with it) wins; otherwise the longest candidate, since mastheads,
     * section labels and bylines are shorter than headlines. Lines split by separators ("World | Politics",
     * "Home > World") and all-capitals mastheads are not candidates. -1 when there is none.
     */
    private int chooseTitle(List<String> lines, LineShape[] shape, String[] key, LineKind[] pre, boolean[] forced,
                            int first) {
        int[] candidates = new int[first];
        int count = 0;
        for (int i = 0; i < first; i++) {
            String line = lines.get(i);
            if (pre[i] != null || forced[i] || !headingShaped(shape[i], line) || shape[i].pipes > 0
                    || line.contains(" > ") || line.contains(" / ") || line.contains("  ") || allCapitals(line)) {
                continue;
            }
            candidates[count++] = i;
        }
        if (count == 0) {
            return -1;
        }
        candidates = java.util.Arrays.copyOf(candidates, count);
        for (int j = 0; j < lines.size(); j++) {
            bare(key, lines, j);
        }
        // a repeat, or a breadcrumb ending with the headline ("Home World News Putin and Xi meet ...")
        boolean[] repeated = TitleRepeats.find(key, candidates);
        int longest = -1;
        for (int c = 0; c < count; c++) {
            int i = candidates[c];
            if (repeated[c]) {
                return i;
            }
            if (longest < 0 || shape[i].words > shape[longest].words) {
                longest = i;
            }
        }
        return longest;
    }

    private static boolean allCapitals(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** "WASHINGTON – ...", "MOSCOW (Reuters) - ...": an upper-case place name opening a story. */
    private static boolean dateline(String line) {
        int i = 0;
        while (i < line.length() && (Character.isUpperCase(line.charAt(i)) || line.charAt(i) == ' '
                || line.charAt(i) == ',' || line.charAt(i) == '.')) {
            i++;
        }
        if (i < 3 || i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '–' || c == '—' || c == '-' || c == '(';
    }

    /** Ends like a sentence, has at least 4 words and is not a Title Case heading. */
    private static boolean sentence(LineShape s) {
        return s.endsSentence && s.words >= 4 && !s.titleCase;
    }

    /** Header zone; returns the title key used for repeats further down. */
    private String header(List<String> lines, LineKind[] kinds, LineShape[] shape, String[] key, LineKind[] pre,
                          boolean[] forced, int first, String knownTitleKey) {
        int t = knownTitleKey.isEmpty() ? chooseTitle(lines, shape, key, pre, forced, first) : -1;
        for (int i = 0; i < first && t < 0 && !knownTitleKey.isEmpty(); i++) {
            if (pre[i] == null && !forced[i] && titleMatch(bare(key, lines, i), knownTitleKey)) {
                t = i;
            }
        }
        String titleKey = knownTitleKey.isEmpty() && t >= 0 ? bare(key, lines, t) : knownTitleKey;
        for (int i = 0; i < first; i++) {
            if (forced[i]) {
                kinds[i] = LineKind.AGENCY_CREDIT;
            } else if (i < t) {
                kinds[i] = sentence(shape[i]) && pre[i] == null ? LineKind.BODY
                        : pre[i] != null ? pre[i] : LineKind.HEADER;
            } else if (i == t) {
                kinds[i] = LineKind.TITLE;
            } else if (pre[i] != null) {
                kinds[i] = pre[i];
            } else if (titleMatch(bare(key, lines, i), titleKey)) {
                kinds[i] = LineKind.REPEATED_TITLE;
            } else if (t < 0 && shape[i].words < config.titleMinWords() && !shape[i].endsSentence) {
                kinds[i] = LineKind.HEADER;
            } else {
                kinds[i] = LineKind.BODY;
            }
        }
        markMenus(lines, kinds, shape, 0, first - 1, null);
        return titleKey;
    }

    private void body(List<String> lines, LineKind[] kinds, LineShape[] shape, String[] key, LineKind[] pre,
                      BoilerplateRules.Action[] act, boolean[] forced, boolean[] prose, int first, int last,
                      String titleKey) {
        for (int i = first; i <= last; i++) {
            if (forced[i]) {
                kinds[i] = LineKind.AGENCY_CREDIT;
            } else if (pre[i] != null) {
                kinds[i] = pre[i];
                if (act[i] == BoilerplateRules.Action.LIST) {
                    int j = i + 1;
                    while (j <= last && !prose[j] && !(pre[j] == null && sentence(shape[j]))) {
                        kinds[j] = forced[j] ? LineKind.AGENCY_CREDIT : pre[j] != null ? pre[j] : LineKind.RELATED_LIST;
                        j++;
                    }
                    i = j - 1;
                }
            } else if (!prose[i] && titleMatch(bare(key, lines, i), titleKey)) {
                kinds[i] = LineKind.REPEATED_TITLE;
            } else {
                kinds[i] = LineKind.BODY;
            }
        }
        markMenus(lines, kinds, shape, first, last, prose);
        if (config.removeCaptionLikeLines()) {
            for (int i = first + 1; i < last; i++) {
                LineShape s = shape[i];
                if (kinds[i] == LineKind.BODY && !prose[i] && !s.endsSentence && !s.titleCase && !s.endsColon
                        && !s.bullet && s.words >= config.captionMinWords() && !continues(lines, i)) {
                    kinds[i] = LineKind.CAPTION;
                }
            }
        }
    }

    /** The line runs on into the next one (hard-wrapped text): it ends with a comma or the next starts lower case. */
    private static boolean continues(List<String> lines, int i) {
        String l = lines.get(i);
        char last = l.charAt(l.length() - 1);
        if (last == ',' || last == ';' || last == '-' || last == '—' || last == '–') {
            return true;
        }
        String next = lines.get(i + 1);
        return Character.isLowerCase(next.charAt(0));
    }

    /** Runs of at least menuRunMinLines short non-sentence lines (or short bullets) become navigation. */
    private void markMenus(List<String> lines, LineKind[] kinds, LineShape[] shape, int from, int to, boolean[] prose) {
        int runStart = -1;
        for (int i = from; i <= to + 1; i++) {
            boolean item = i <= to && kinds[i] == LineKind.BODY && (prose == null || !prose[i])
                    && menuItem(lines.get(i), shape[i]);
            if (item && runStart < 0) {
                runStart = i;
            } else if (!item && runStart >= 0) {
                if (i - runStart >= config.menuRunMinLines()) {
                    for (int j = runStart; j < i; j++) {
                        kinds[j] = LineKind.NAVIGATION;
                    }
                }
                runStart = -1;
            }
        }
    }

    /** A short non-sentence line without digits, a bullet, a single word or Title Case ("• News", "Finance"). */
    private boolean menuItem(String line, LineShape s) {
        if (s.endsSentence || s.words > config.menuItemMaxWords()) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        return s.bullet || s.words == 1 || s.titleCase;
    }

    private void footer(List<String> lines, LineKind[] kinds, LineShape[] shape, String[] key, LineKind[] pre,
                        boolean[] forced, int last, int cut, String titleKey) {
        boolean stopped = false;
        LineKind stopKind = LineKind.FOOTER;
        for (int i = last + 1; i < kinds.length; i++) {
            if (forced[i]) {
                kinds[i] = LineKind.AGENCY_CREDIT;
            } else if (i >= cut) {
                if (i == cut) {
                    stopKind = pre[i];
                }
                kinds[i] = pre[i] != null ? pre[i] : stopKind;
                stopped = true;
            } else if (stopped) {
                kinds[i] = pre[i] != null ? pre[i] : stopKind;
            } else if (pre[i] != null) {
                kinds[i] = pre[i];
                stopped = true;
                stopKind = pre[i] == LineKind.RELATED_LIST || pre[i] == LineKind.BIO ? pre[i] : LineKind.FOOTER;
            } else if (titleMatch(bare(key, lines, i), titleKey)) {
                kinds[i] = LineKind.REPEATED_TITLE;
                stopped = true;
            } else if (shape[i].endsSentence && shape[i].words >= 2 && !shape[i].titleCase) {
                kinds[i] = LineKind.BODY;
            } else if (kinds[i - 1] == LineKind.BODY && !shape[i - 1].endsSentence
                    && Character.isLowerCase(lines.get(i).charAt(0))) {
                kinds[i] = LineKind.BODY; // hard-wrapped paragraph running on
            } else if (i + 1 < cut && pre[i + 1] == null && shape[i].words >= 6 && !shape[i].titleCase
                    && !shape[i].endsColon && Character.isLowerCase(lines.get(i + 1).charAt(0))) {
                kinds[i] = LineKind.BODY; // a paragraph hard-wrapped onto the next line
            } else if (i + 1 < cut && pre[i + 1] == null && !forced[i + 1] && sentence(shape[i + 1])
                    && !shape[i].bullet && shape[i].words <= config.titleMaxWords()) {
                kinds[i] = LineKind.BODY; // a subheading followed by a closing paragraph
            } else {
                kinds[i] = LineKind.FOOTER;
                stopped = true;
            }
        }
    }
}
