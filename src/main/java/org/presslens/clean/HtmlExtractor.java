package org.presslens.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readability-style main-content extraction with jsoup: drops scripts, navigation, header, footer, aside,
 * forms, figures and elements whose class or id names share bars, comments, sidebars or promotions; scores
 * block elements by the paragraphs they hold (length, commas, link density); keeps the best block and its
 * strong siblings; emits paragraphs, headings, list items and block quotes as lines. Also reads the page
 * head's metadata. Thread-safe.
 */
final class HtmlExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlExtractor.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DROP_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, header, footer, aside, figure, figcaption, picture, img, video, audio, "
            + "object, embed, dialog, menu, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [hidden]";
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|share|sharing|social|sidebar|related|recommend|promo|newsletter|subscri|advert|\\bads?\\b"
                    + "|sponsor|breadcrumb|menu|\\bnav|footer|masthead|cookie|popup|modal|banner|widget|trending"
                    + "|most-?read|popular|author-?bio|about-?the-?author|caption|credit|tags|signup|outbrain|taboola");
    private static final Pattern MAYBE = Pattern.compile("(?i)article|body|content|main|story|entry|post-?text|prose");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)comment|meta|footer|footnote|sidebar|widget|share|related|promo|hidden|byline|author|caption");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "pre", "dd", "dt", "dl", "td", "th", "tr", "table", "section", "article", "main",
            "br", "hr", "address", "header", "footer", "figure", "figcaption", "center", "details", "summary", "body");

    private final int minParagraphChars;
    private final double siblingRatio;

    HtmlExtractor(int minParagraphChars, double siblingRatio) {
        this.minParagraphChars = minParagraphChars;
        this.siblingRatio = siblingRatio;
    }

    HtmlPage extract(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = meta(doc);
        Element body = doc.body();
        if (body == null) {
            return new HtmlPage(List.of(), meta);
        }
        body.select(DROP_TAGS).remove();
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            String id = e.className() + " " + e.id();
            if (id.isBlank()) {
                continue;
            }
            if (UNLIKELY.matcher(id).find() && !MAYBE.matcher(id).find()) {
                unlikely.add(e);
            }
        }
        for (Element e : unlikely) {
            e.remove();
        }
        List<Element> content = mainContent(body);
        List<String> lines = new ArrayList<>();
        for (Element e : content) {
            emit(e, lines);
        }
        return new HtmlPage(lines, meta);
    }

    private List<Element> mainContent(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li")) {
            String text = p.text();
            if (text.length() < minParagraphChars) {
                continue;
            }
            double s = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            if (p.tagName().equals("li")) {
                s *= 0.5;
            }
            scores.merge(parent, s + initial(parent, scores), Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, s / 2 + initial(grand, scores), Double::sum);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best || (s == best && top != null && precedes(e.getKey(), top))) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            LOG.debug("no scored content block; using the whole body");
            return List.of(body);
        }
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * siblingRatio);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Double s = scores.get(sib);
            if (s != null && s >= threshold) {
                out.add(sib);
            } else if (sib.tagName().equals("p") || sib.tagName().matches("h[1-6]")) {
                String t = sib.text();
                double ld = linkDensity(sib);
                if (t.length() > 80 && ld < 0.25 || t.length() > 0 && ld == 0 && t.matches("(?s).*[.!?][\"”’)]?$")) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static boolean precedes(Element a, Element b) {
        return a.siblingIndex() < b.siblingIndex();
    }

    private static double initial(Element e, Map<Element, Double> scores) {
        if (scores.containsKey(e)) {
            return 0;
        }
        double s = switch (e.tagName()) {
            case "article", "main" -> 10;
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String id = e.className() + " " + e.id();
        if (!id.isBlank()) {
            if (NEGATIVE.matcher(id).find()) {
                s -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                s += 25;
            }
        }
        return s;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Emits the text of an element as lines, one per block element (paragraph, heading, list item, quote). */
    private static void emit(Element root, List<String> lines) {
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    flush(current, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    flush(current, lines);
                }
            }
        }, root);
        flush(current, lines);
    }

    private static void flush(StringBuilder b, List<String> lines) {
        String s = b.toString().replace('\n', ' ').replaceAll("[\\s\u00A0]{2,}", " ");
        s = BoilerplateCleaner.normalise(s, 0, s.length());
        if (!s.isEmpty()) {
            lines.add(s);
        }
        b.setLength(0);
    }

    // ------------------------------------------------------------------------------------------- metadata

    private static Map<String, String> meta(Document doc) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "title", attr(doc, "meta[property=og:title]", "content"));
        put(m, "title", attr(doc, "meta[name=twitter:title]", "content"));
        put(m, "title", doc.title());
        put(m, "site_name", attr(doc, "meta[property=og:site_name]", "content"));
        put(m, "site_name", attr(doc, "meta[name=application-name]", "content"));
        put(m, "date", attr(doc, "meta[property=article:published_time]", "content"));
        put(m, "date", attr(doc, "meta[name=date], meta[name=pubdate], meta[name=publishdate], "
                + "meta[name=dc.date], meta[name=DC.date.issued], meta[itemprop=datePublished]", "content"));
        put(m, "date", attr(doc, "time[datetime]", "datetime"));
        put(m, "author", attr(doc, "meta[name=author]", "content"));
        put(m, "author", attr(doc, "meta[property=article:author]", "content"));
        put(m, "url", attr(doc, "link[rel=canonical]", "href"));
        put(m, "url", attr(doc, "meta[property=og:url]", "content"));
        for (Element s : doc.select("script[type=application/ld+json]")) {
            jsonLd(s.data(), m);
        }
        return m;
    }

    private static void jsonLd(String data, Map<String, String> m) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (IOException e) {
            LOG.debug("ignoring unreadable JSON-LD block: {}", e.getMessage());
            return;
        }
        if (root == null) {
            return;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else if (root.has("@graph")) {
            root.get("@graph").forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        for (JsonNode n : nodes) {
            String type = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
            if (!type.toLowerCase(Locale.ROOT).contains("article") && !type.contains("Posting")) {
                continue;
            }
            put(m, "title", n.path("headline").asText(""));
            put(m, "date", n.path("datePublished").asText(""));
            JsonNode a = n.path("author");
            if (a.isArray() && !a.isEmpty()) {
                List<String> names = new ArrayList<>();
                a.forEach(x -> names.add(x.isTextual() ? x.asText() : x.path("name").asText("")));
                put(m, "author", String.join(", ", names.stream().filter(x -> !x.isBlank()).toList()));
            } else {
                put(m, "author", a.isTextual() ? a.asText() : a.path("name").asText(""));
            }
            put(m, "site_name", n.path("publisher").path("name").asText(""));
            put(m, "url", n.path("url").asText(""));
        }
    }

    private static String attr(Document doc, String css, String attr) {
        Elements es = doc.select(css);
        for (Element e : es) {
            String v = e.attr(attr).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank() && !m.containsKey(k)) {
            m.put(k, v.strip().replaceAll("\\s+", " "));
        }
    }
}
