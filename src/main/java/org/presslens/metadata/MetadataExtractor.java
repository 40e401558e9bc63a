package org.presslens.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.clean.CleanedText;
import org.presslens.core.Cancellation;
import org.presslens.core.Trim;
import org.presslens.ingest.RawDocument;

/**
 * Outlet, date, title, byline and URL of an article: the record's fields win; then the HTML page's metadata; then
 * cues in the text lines (before cleaning, since the cues sit in bylines and footers):
 * <ul>
 *   <li>outlet: the record URL's domain; a "Published on URL" line; an {@code outlets.yaml} pattern; a desk byline
 *       ("Example News Desk | Updated: ..."); a "Read more on NAME" / "first appeared on NAME" line; a copyright
 *       line ("© 2024 NAME", or a domain in it); a footer line naming the site whose domain appears in a footer
 *       e-mail or URL. Every name goes through {@link OutletRules#canonical}; a domain without a rule is kept as
 *       the domain.</li>
 *   <li>date: from a "Published on ... on DATE" line, a labelled date in a byline ("Created:", "Published:",
 *       "Updated:"), a short header line among the first lines, or a dateline ("CITY, July 16, 2024 —"); never from
 *       a date mentioned in the body.</li>
 *   <li>title: a heading-like line at the top (before the first paragraph) that the page repeats; else the first
 *       heading-like line that is the first line of the text or written in headline capitalisation.</li>
 *   <li>byline: "By NAME", "NAME | Updated", "Published ... by NAME on ...".</li>
 * </ul>
 * A record or page date that is not a full calendar date ("2016", "Spring 2019") is not used (it stays in the
 * record's fields). What the text does not state stays empty. Immutable and thread-safe.
 */
public final class MetadataExtractor {
    /** Lines at the top searched for a title, header date, dateline and "By" byline. */
    static final int HEADER_LINES = 12;
    /** Lines at the bottom searched for a footer site name. */
    static final int FOOTER_LINES = 25;

    private static final Pattern PUBLISHED_ON = Pattern.compile(
            "(?i)\\bpublished\\s+(?:on|at)\\s+(https?://[^\\s\"'<>]+)(?:\\s+by\\s+(.+?))?(?:\\s+on\\s+(.+))?$");
    private static final Pattern DESK = Pattern.compile(
            "^(?:By\\s+)?(\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'-]*){0,3})\\s+"
                    + "(?:News|Web|Online|Digital)\\s+Desk\\b");
    private static final Pattern PIPE_BYLINE = Pattern.compile(
            "^(.{2,60}?)\\s*+\\|\\s*(?:Updated|Published|Posted|Created|Last updated)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)\\b(published|posted|created|updated|last updated|date)\\s*(?:on|:)?\\s*[:\\-]?\\s*");
    private static final Pattern LABEL_START = Pattern.compile(
            "(?i)(?:published|posted|created|updated|last updated|date)\\b");
    private static final Pattern BY = Pattern.compile(
            "^(?:(?:Posted|Written|Published|Reported|Story|Words|Text)\\s+)?[Bb][Yy]:?\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
                    + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})*)");
    private static final Pattern READ_MORE = Pattern.compile(
            "^(?:[Rr]ead\\s+[Mm]ore|READ\\s+MORE|(?:[Tt]his\\s+(?:article|story)\\s+)?(?:[Oo]riginally|[Ff]irst)\\s+"
                    + "(?:published|appeared))\\b.*\\b(?:[Oo]n|ON|[Aa]t|AT)\\s+(.+)$");
    private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|\\(c\\)|copyright\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_NOISE = Pattern.compile(
            "(?i)©|\\(c\\)|\\bcopyright\\b|\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?\\b|all rights reserved.*"
                    + "|\\b(?:ltd|inc|llc|plc|gmbh|limited|corp|corporation|company)\\b\\.?");
    /**
     * A URL's host or an e-mail address's domain. The parts are bounded by what mail and DNS allow (a local part of
     * at most 64 characters, a host of at most 253), so that a long run of letters costs linear time rather than a
     * rescan from every position of it.
     */
    private static final Pattern URL_OR_MAIL = Pattern.compile(
            "(?i)(?:https?://|www\\.)([a-z0-9.-]{1,253}\\.[a-z]{2,})|[a-z0-9._%+-]{1,64}@([a-z0-9.-]{1,253}\\.[a-z]{2,})");
    /**
     * A bare domain name ("example.com"): labels of at most 63 characters (the DNS limit), at most 10 before the
     * top-level domain, so that a long run of dotted labels costs a bounded search from each of its labels.
     */
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "(?i)\\b((?:[a-z0-9-]{1,63}\\.){1,10}(?:com|org|net|co\\.uk|news|info|io|media))\\b");
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}\\p{N}&.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'-]*|of|the|and|&))*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'-]*)?$");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{L} .'-]{1,40},?\\s+(?:\\([^)]*\\)\\s*)?");
    private static final String QUOTE_MARKS = "\"“”'‘’«»";
    private static final Pattern NOT_TITLE = Pattern.compile(
            "(?i)\\bshares?\\b.*(?:facebook|twitter|pinterest|story)|^(?:advertisement|story highlights|skip to|sign in|"
                    + "log in|subscribe|menu|search)\\b|^this (?:report|article|story|post) (?:was|first|originally)\\b"
                    + "|\\bnavigation\\b|\\b(?:photo|image|picture|credit)s?\\b.*\\)$|\\bago$|•");
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?]\\s+\\S");
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "page", "home", "twitter", "facebook");

    private final OutletRules rules;
    private final Dates dates = new Dates();

    /** An extractor that names outlets with these rules. */
    public MetadataExtractor(OutletRules rules) {
        this.rules = rules;
    }

    /** The metadata of a document, given its cleaning result (its input lines and HTML page metadata). */
    public Metadata detect(RawDocument doc, CleanedText cleaned) {
        Map<String, String> f = doc.fields();
        Map<String, String> meta = cleaned.pageMeta();
        Text t = new Text(cleaned.inputLines());
        String url = first(f.get("url"), meta.get("url"));
        if (url.isEmpty() && t.published() != null) {
            url = t.published().url();
        }
        String outlet = outlet(f, meta, url, t);
        String date = date(f, meta, t);
        String byline = byline(f, meta, t);
        String title = title(f, meta, cleaned.title(), outlet, t);
        return new Metadata(outlet, date, title, byline, url);
    }

    // ---------------------------------------------------------------- outlet

    private String outlet(Map<String, String> f, Map<String, String> meta, String url, Text t) {
        String stated = first(f.get("outlet"), meta.get("site_name"));
        if (!stated.isEmpty()) {
            return rules.canonical(stated);
        }
        if (!url.isEmpty()) {
            String fromUrl = fromDomain(url);
            if (!fromUrl.isEmpty()) {
                return fromUrl;
            }
        }
        List<String> lines = t.lines();
        for (String l : lines) {
            Cancellation.check();
            Optional<String> r = rules.findInLine(l);
            if (r.isPresent()) {
                return r.get();
            }
        }
        for (String l : lines) {
            Cancellation.check();
            Matcher m = DESK.matcher(l);
            if (m.find() && isName(m.group(1))) {
                return rules.canonical(m.group(1));
            }
        }
        for (String l : lines) {
            Cancellation.check();
            String name = readMore(l);
            if (!name.isEmpty()) {
                return rules.canonical(name);
            }
        }
        for (String l : lines) {
            Cancellation.check();
            if (COPYRIGHT.matcher(l).find()) {
                String d = domainIn(l);
                if (!d.isEmpty()) {
                    return fromDomain(d);
                }
                String name = COPYRIGHT_NOISE.matcher(l).replaceAll(" ");
                name = stripEdges(name.strip().replaceAll("\\s+", " ")).strip();
                name = Trim.trailing(name, ".,").strip();
                if (!name.isEmpty() && isName(name)) {
                    return rules.canonical(name);
                }
            }
        }
        return footerSiteName(lines);
    }

    /** Without leading characters other than letters and numbers, and trailing ones other than those and {@code .!?)}. */
    private static String stripEdges(String s) {
        return Trim.edges(s, cp -> !Trim.letterOrNumber(cp), cp -> !Trim.letterOrNumber(cp) && ".!?)".indexOf(cp) < 0);
    }

    /** "Read More On The Topic On NAME", "This article first appeared on NAME": the name, or empty. */
    private String readMore(String line) {
        String s = stripEdges(line).strip();
        if (s.length() > 120) {
            return "";
        }
        Matcher m = READ_MORE.matcher(s);
        if (!m.find()) {
            return "";
        }
        String name = Trim.trailing(m.group(1).strip(), ".:!");
        String d = domainIn(name);
        if (!d.isEmpty() || (!name.contains(" ") && !OutletRules.host(name).isEmpty())) {
            return fromDomain(d.isEmpty() ? name : d);
        }
        return isName(name) ? name : "";
    }

    /** A short footer line equal to the site name of a domain in a footer e-mail address or URL ("Example" + info@example.com). */
    private String footerSiteName(List<String> lines) {
        int from = Math.max(0, lines.size() - FOOTER_LINES);
        List<String> labels = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Cancellation.check();
            Matcher m = URL_OR_MAIL.matcher(lines.get(i));
            while (m.find()) {
                String host = m.group(1) != null ? m.group(1) : m.group(2);
                String h = host.toLowerCase(Locale.ROOT);
                if (h.startsWith("www.")) {
                    h = h.substring(4);
                }
                String label = h.substring(0, h.indexOf('.') < 0 ? h.length() : h.indexOf('.'));
                labels.add(label);
            }
        }
        if (labels.isEmpty()) {
            return "";
        }
        for (int i = from; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() > 40 || l.split("\\s+").length > 3) {
                continue;
            }
            String key = OutletRules.key(l);
            for (String label : labels) {
                if (!key.isEmpty() && (key.equals(label) || ("the" + key).equals(label))) {
                    return rules.canonical(l);
                }
            }
        }
        return "";
    }

    private String fromDomain(String urlOrDomain) {
        Optional<String> r = rules.byDomain(urlOrDomain);
        if (r.isPresent()) {
            return r.get();
        }
        return OutletRules.host(urlOrDomain);
    }

    private static String domainIn(String s) {
        Matcher m = URL_OR_MAIL.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                return m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        Matcher bare = BARE_DOMAIN.matcher(s);
        return bare.find() ? bare.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 60 || !NAME.matcher(s).matches()) {
            return false;
        }
        String[] words = s.split("\\s+");
        return words.length <= 6 && !NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- date

    private String date(Map<String, String> f, Map<String, String> meta, Text t) {
        for (String v : new String[] {f.get("date"), meta.get("date")}) {
            if (v != null && !v.isBlank()) {
                Optional<java.time.LocalDate> d = dates.parseValue(v);
                if (d.isPresent()) {
                    return d.get().toString();
                }
            }
        }
        Published pub = t.published();
        List<String> lines = t.lines();
        if (pub != null && pub.when() != null) {
            Optional<Dates.Found> d = dates.find(pub.when());
            if (d.isPresent()) {
                return d.get().date().toString();
            }
        }
        String labelled = labelledDate(lines);
        if (!labelled.isEmpty()) {
            return labelled;
        }
        int n = Math.min(HEADER_LINES, lines.size());
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            boolean paragraph = isParagraph(l);
            if (!paragraph && ((l.length() <= 120 && !isSentence(l)) || BY.matcher(l).find())) {
                Optional<Dates.Found> d = dates.find(l);
                if (d.isPresent() && l.length() <= 160) {
                    return d.get().date().toString();
                }
            }
            if (!paragraph) {
                continue;
            }
            // the header ends at the first paragraph; only a dateline at its start counts
            Matcher dl = DATELINE.matcher(l);
            if (dl.lookingAt()) {
                Optional<Dates.Found> d = dates.find(l.substring(dl.end()));
                if (d.isPresent() && d.get().start() == 0) {
                    String rest = l.substring(dl.end() + d.get().end()).stripLeading();
                    if (rest.startsWith("(") || rest.startsWith("—") || rest.startsWith("–") || rest.startsWith("-")
                            || rest.startsWith(":") || rest.startsWith("/")) {
                        return d.get().date().toString();
                    }
                }
            }
            break;
        }
        return "";
    }

    /** A date after "Published:", "Created:", "Posted on", "Updated:" in a short line; publication before update. */
    private String labelledDate(List<String> lines) {
        String updated = "";
        for (int i = 0; i < lines.size(); i++) {
            Cancellation.check();
            String l = lines.get(i);
            if (l.length() > 200 || !(i < HEADER_LINES || l.contains("|") || LABEL_START.matcher(l).lookingAt())) {
                continue;
            }
            Matcher m = LABELLED_DATE.matcher(l);
            while (m.find()) {
                Optional<Dates.Found> d = dates.find(l.substring(m.end()));
                if (d.isEmpty() || d.get().start() != 0) {
                    continue;
                }
                String label = m.group(1).toLowerCase(Locale.ROOT);
                if (label.contains("updated")) {
                    if (updated.isEmpty()) {
                        updated = d.get().date().toString();
                    }
                } else {
                    return d.get().date().toString();
                }
            }
        }
        return updated;
    }

    // ---------------------------------------------------------------- byline

    private String byline(Map<String, String> f, Map<String, String> meta, Text t) {
        String stated = first(f.get("authors"), meta.get("author"));
        if (!stated.isEmpty()) {
            return stated;
        }
        Published pub = t.published();
        List<String> lines = t.lines();
        if (pub != null && pub.by() != null && !pub.by().isBlank()) {
            return pub.by().strip();
        }
        int n = Math.min(HEADER_LINES, lines.size());
        for (int i = 0; i < n; i++) {
            Matcher m = BY.matcher(lines.get(i));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        for (String l : lines) {
            Cancellation.check();
            Matcher m = PIPE_BYLINE.matcher(l);
            if (m.find()) {
                String name = m.group(1).strip();
                if (isName(name)) {
                    return name;
                }
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- title

    private String title(Map<String, String> f, Map<String, String> meta, String cleanerTitle, String outlet, Text t) {
        String stated = f.get("title");
        if (stated != null && !stated.isBlank()) {
            return stated.strip();
        }
        String page = meta.get("title");
        if (page != null && !page.isBlank()) {
            return withoutSiteSuffix(page.strip(), outlet);
        }
        if (!cleanerTitle.isBlank()) {
            return unquote(cleanerTitle.strip());
        }
        List<String> lines = t.lines();
        int n = Math.min(HEADER_LINES, lines.size());
        List<String> candidates = new ArrayList<>();
        String firstStyled = "";
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            if (isParagraph(l)) {
                break;
            }
            String c = unquote(l);
            if (isHeading(c)) {
                candidates.add(c);
                if (firstStyled.isEmpty() && (i == 0 || titleCase(c))) {
                    firstStyled = c;
                }
            }
        }
        for (String c : candidates) {
            String key = c.toLowerCase(Locale.ROOT);
            int seen = 0;
            for (int i = 0; i < Math.min(HEADER_LINES + 4, lines.size()); i++) {
                if (lines.get(i).toLowerCase(Locale.ROOT).contains(key)) {
                    seen++;
                }
            }
            if (seen >= 2) {
                return c;
            }
        }
        return firstStyled;
    }

    /** Most words of four letters or more are capitalised, as in headline style. */
    private static boolean titleCase(String l) {
        int long4 = 0;
        int upper = 0;
        for (String w : l.split("[\\s\\-–—/]+")) {
            String word = w.replaceAll("^[^\\p{L}]+", "");
            if (word.length() >= 4) {
                long4++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    upper++;
                }
            }
        }
        return long4 > 0 && upper * 10 >= long4 * 6;
    }

    private boolean isHeading(String l) {
        if (l.length() < 10 || l.length() > 200) {
            return false;
        }
        String[] words = l.split("\\s+");
        if (words.length < 3 || words.length > 25 || INNER_SENTENCE_END.matcher(l).find()) {
            return false;
        }
        char last = l.charAt(l.length() - 1);
        if (last == '.' || last == ',' || last == ':' || last == ';') {
            return false;
        }
        if (!Character.isUpperCase(l.codePointAt(0)) && !Character.isDigit(l.codePointAt(0))
                && l.codePointAt(0) != '\'') {
            return false;
        }
        if (l.contains("http") || l.contains("@") || l.contains("|") || l.contains("©") || NOT_TITLE.matcher(l).find()
                || dates.find(l).isPresent() || BY.matcher(l).find() || DESK.matcher(l).find()) {
            return false;
        }
        return !l.equals(l.toLowerCase(Locale.ROOT));
    }

    private static boolean isParagraph(String l) {
        int words = l.split("\\s+").length;
        char last = l.charAt(l.length() - 1);
        boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
        return words >= 35 || (sentenceEnd && words >= 15);
    }

    /** A line ending like a sentence with more than eight words: body text, not a header or byline. */
    private static boolean isSentence(String l) {
        char last = l.charAt(l.length() - 1);
        return (last == '.' || last == '!' || last == '?') && l.split("\\s+").length > 8;
    }

    private static String unquote(String l) {
        return Trim.edges(l, cp -> QUOTE_MARKS.indexOf(cp) >= 0, cp -> QUOTE_MARKS.indexOf(cp) >= 0).strip();
    }

    private String withoutSiteSuffix(String title, String outlet) {
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            int at = title.lastIndexOf(sep);
            if (at > 0) {
                String suffix = title.substring(at + sep.length()).strip();
                if (!outlet.isEmpty() && rules.canonical(suffix).equalsIgnoreCase(outlet)) {
                    return title.substring(0, at).strip();
                }
            }
        }
        return title;
    }

    // ---------------------------------------------------------------- shared

    /** The input lines, stripped and non-blank, and the "Published on" line: computed only when a cue is needed. */
    private static final class Text {
        private final List<String> input;
        private List<String> lines;
        private Published published;
        private boolean searched;

        Text(List<String> input) {
            this.input = input;
        }

        List<String> lines() {
            if (lines == null) {
                lines = new ArrayList<>(input.size());
                for (String l : input) {
                    String s = l.strip();
                    if (!s.isEmpty()) {
                        lines.add(s);
                    }
                }
            }
            return lines;
        }

        Published published() {
            if (!searched) {
                searched = true;
                published = MetadataExtractor.published(lines());
            }
            return published;
        }
    }

    /** A "Published on URL by NAME on DATE" line. */
    private record Published(String url, String by, String when) {
    }

    private static Published published(List<String> lines) {
        for (String l : lines) {
            Cancellation.check();
            Matcher m = PUBLISHED_ON.matcher(l);
            if (m.find()) {
                return new Published(Trim.trailing(m.group(1), ".,;)"), m.group(2), m.group(3));
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
