package org.presslens.report;

import static org.presslens.report.Html.esc;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.presslens.core.CsvCells;
import org.presslens.core.Numbers;
import org.presslens.stats.ArticleTable;
import org.presslens.stats.StatsException;

/**
 * The articles of a small run side by side, one column each: outlet, title, date, key measures, predicted labels,
 * the quotations with their speakers ({@code quotes.csv}) and the framing terms ({@code terms.csv}). Shown instead
 * of statistics that say nothing when outlets have one or a few articles (the same story told by several outlets).
 */
final class SideBySide {
    /** A run this size or smaller is shown side by side. */
    static final int MAX_ARTICLES = 12;
    /** Or every outlet has at most this many articles. */
    static final int MAX_PER_OUTLET = 3;
    /** Columns shown at most (the rest are in the CSV files). */
    static final int MAX_COLUMNS = 24;
    /** Quotations and framing terms listed per article at most. */
    static final int MAX_ITEMS = 40;

    record Quote(String kind, String speaker, String cue, String text) {
    }

    private final ArticleTable t;
    private final List<Integer> order;
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, List<Quote>> quotes = new HashMap<>();
    /** Per article: category → matched term → count, categories and terms sorted. */
    private final Map<String, Map<String, Map<String, Integer>>> framing = new HashMap<>();
    private final boolean hasQuotes;
    private final boolean hasTerms;

    /** True when the run is small enough, or its outlets thin enough, to be read article by article. */
    static boolean applies(ArticleTable t) {
        if (t.size() == 0) {
            return false;
        }
        int max = 0;
        for (int s : t.outletSizes()) {
            max = Math.max(max, s);
        }
        return t.size() <= MAX_ARTICLES || max <= MAX_PER_OUTLET;
    }

    SideBySide(Path runDir, ArticleTable t, CsvCells cells) {
        this.t = t;
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            o.add(i);
        }
        // by outlet, articles without an outlet last
        o.sort(Comparator.comparing((Integer i) -> t.outlets().get(t.outletOf(i)).equals(ArticleTable.NO_OUTLET))
                .thenComparing(i -> t.outlets().get(t.outletOf(i))).thenComparing(i -> t.ids().get(i)));
        this.order = o.subList(0, Math.min(o.size(), MAX_COLUMNS));
        Map<String, Boolean> wanted = new HashMap<>();
        order.forEach(i -> wanted.put(t.ids().get(i), true));
        read(runDir.resolve("articles.csv"), cells, r -> {
            String id = value(r, "id", cells);
            if (wanted.containsKey(id)) {
                titles.put(id, value(r, "title", cells));
                sources.put(id, value(r, "source", cells));
            }
        });
        Path q = runDir.resolve("quotes.csv");
        hasQuotes = Files.isRegularFile(q);
        if (hasQuotes) {
            read(q, cells, r -> {
                String id = value(r, "article_id", cells);
                if (wanted.containsKey(id)) {
                    quotes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Quote(value(r, "kind", cells),
                            value(r, "speaker", cells), value(r, "cue", cells), value(r, "text", cells)));
                }
            });
        }
        Path terms = runDir.resolve("terms.csv");
        hasTerms = Files.isRegularFile(terms);
        if (hasTerms) {
            read(terms, cells, r -> {
                String id = value(r, "article_id", cells);
                if (wanted.containsKey(id) && value(r, "lexicon", cells).startsWith("framing")) {
                    String matched = value(r, "matched", cells).toLowerCase(java.util.Locale.ROOT);
                    framing.computeIfAbsent(id, k -> new TreeMap<>())
                            .computeIfAbsent(value(r, "category", cells), k -> new TreeMap<>())
                            .merge(matched.isEmpty() ? value(r, "term", cells) : matched, 1, Integer::sum);
                }
            });
        }
    }

    /** The section: one column per article. */
    void render(StringBuilder b, List<String> measures, java.util.function.Function<String, String> head,
                List<String> models) {
        int[] sizes = t.outletSizes();
        boolean single = false;
        for (int s : sizes) {
            single |= s == 1;
        }
        b.append("<section id=\"articles\"><h2>Articles side by side</h2>\n<p>").append(t.size())
                .append(t.size() == 1 ? " article" : " articles").append(" from ").append(sizes.length)
                .append(sizes.length == 1 ? " outlet" : " outlets").append(": each column is one article, so that "
                        + "one story told by several outlets can be read across.");
        if (single) {
            b.append(" <strong>Outlets with one article are not compared statistically</strong>: a single article "
                    + "has no spread, so there is no interval and no test for it; the values below are that "
                    + "article's own.");
        }
        b.append("</p>\n");
        if (order.size() < t.size()) {
            b.append("<p class=\"note\">").append(order.size()).append(" of ").append(t.size())
                    .append(" articles shown (by outlet); all are in articles.csv.</p>\n");
        }
        b.append("<div class=\"sbs\"><table class=\"sbs\"><thead><tr><th></th>");
        for (int i : order) {
            b.append("<th>").append(esc(t.outlets().get(t.outletOf(i)))).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        row(b, "Title", i -> {
            String title = titles.getOrDefault(t.ids().get(i), "");
            return title.isEmpty() ? "<span class=\"note\">(no title)</span>" : "<b>" + esc(title) + "</b>";
        });
        row(b, "Article", i -> {
            String id = t.ids().get(i);
            String src = sources.getOrDefault(id, "");
            return "<span class=\"mono\">" + esc(id) + "</span>" + (src.isEmpty() || src.equals(id) ? ""
                    : "<br><span class=\"note wrap\">" + esc(src) + "</span>");
        });
        row(b, "Date", i -> t.date(i) == null ? "" : t.date(i).toString());
        for (String f : measures) {
            int fi = t.featureIndex(f);
            if (fi < 0) {
                continue;
            }
            row(b, head.apply(f), i -> {
                double v = t.value(fi, i);
                return Double.isNaN(v) ? "" : esc(Numbers.format(Math.round(v * 1000) / 1000.0));
            }, true);
        }
        for (String m : models) {
            row(b, "Predicted " + m, i -> {
                String p = t.prediction(m, i);
                return p == null || p.isEmpty() ? "<span class=\"note\">none</span>" : esc(p.replace(";", ", "));
            });
        }
        if (hasQuotes) {
            row(b, "Quotations (speaker, cue)", i -> quotesCell(quotes.getOrDefault(t.ids().get(i), List.of())));
        }
        if (hasTerms) {
            row(b, "Framing terms", i -> framingCell(framing.getOrDefault(t.ids().get(i), Map.of())));
        }
        b.append("</tbody></table></div>\n<p class=\"note\">Quotations from quotes.csv (scare quotes and titles,"
                + " kind <code>term</code>, listed apart); framing terms from terms.csv (lexicons framing-*), as"
                + " matched in the text, with how often.</p>\n</section>\n");
    }

    private interface Cell {
        String html(int article);
    }

    private void row(StringBuilder b, String head, Cell cell) {
        row(b, head, cell, false);
    }

    private void row(StringBuilder b, String head, Cell cell, boolean num) {
        b.append("<tr><th>").append(esc(head)).append("</th>");
        for (int i : order) {
            b.append(num ? "<td class=\"num\">" : "<td>").append(cell.html(i)).append("</td>");
        }
        b.append("</tr>\n");
    }

    private static String quotesCell(List<Quote> qs) {
        StringBuilder s = new StringBuilder();
        List<String> terms = new ArrayList<>();
        int shown = 0;
        for (Quote q : qs) {
            if (q.kind().equals("term")) {
                terms.add(q.text().replaceAll("[,.;:]+$", ""));
                continue;
            }
            if (shown++ >= MAX_ITEMS) {
                continue;
            }
            s.append(s.length() == 0 ? "<ul>" : "").append("<li>“").append(esc(q.text())).append("” <span class=\"ci\">— ")
                    .append(q.speaker().isEmpty() ? "no speaker found" : "<b>" + esc(q.speaker()) + "</b>");
            if (!q.cue().isEmpty() && !q.cue().equals("-")) {
                s.append(", ").append(esc(q.cue()));
            }
            s.append(" (").append(esc(q.kind())).append(")</span></li>");
        }
        if (s.length() > 0) {
            s.append("</ul>");
        }
        if (shown > MAX_ITEMS) {
            s.append("<p class=\"note\">").append(shown - MAX_ITEMS).append(" more in quotes.csv</p>");
        }
        if (!terms.isEmpty()) {
            s.append("<p class=\"note\">Terms in quotation marks: ");
            for (int k = 0; k < terms.size(); k++) {
                s.append(k == 0 ? "" : "; ").append("“").append(esc(terms.get(k))).append("”");
            }
            s.append("</p>");
        }
        return s.length() == 0 ? "<span class=\"note\">none found</span>" : s.toString();
    }

    private static String framingCell(Map<String, Map<String, Integer>> byCategory) {
        if (byCategory.isEmpty()) {
            return "<span class=\"note\">none found</span>";
        }
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> c : byCategory.entrySet()) {
            s.append("<div><b>").append(esc(c.getKey().replace('_', ' '))).append("</b>: ");
            Map<String, Integer> terms = new LinkedHashMap<>();
            c.getValue().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(MAX_ITEMS)
                    .forEach(e -> terms.put(e.getKey(), e.getValue()));
            boolean first = true;
            for (Map.Entry<String, Integer> e : terms.entrySet()) {
                s.append(first ? "" : ", ").append(esc(e.getKey())).append(e.getValue() > 1 ? " ×" + e.getValue() : "");
                first = false;
            }
            s.append("</div>");
        }
        return s.toString();
    }

    private interface RowHandler {
        void accept(CSVRecord r);
    }

    private static void read(Path csv, CsvCells cells, RowHandler h) {
        if (!Files.isRegularFile(csv)) {
            return;
        }
        CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, f)) {
            for (CSVRecord rec : p) {
                h.accept(rec);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new StatsException(csv + ": not valid CSV: " + e.getMessage(), e);
        }
    }

    private static String value(CSVRecord r, String col, CsvCells cells) {
        return r.isMapped(col) && r.isSet(col) ? cells.read(r.get(col)) : "";
    }
}
