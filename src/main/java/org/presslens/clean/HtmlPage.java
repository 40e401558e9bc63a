package org.presslens.clean;

import java.util.List;
import java.util.Map;

/**
 * The main content of an HTML page as lines (paragraphs, headings, list items, block quotes), with what the page
 * head states ({@code title, site_name, date, author, url}); see {@link BoilerplateCleaner#extractHtml}.
 *
 * @param lines the content lines, in page order
 * @param meta  the page head's metadata
 */
public record HtmlPage(List<String> lines, Map<String, String> meta) {
    public HtmlPage {
        lines = List.copyOf(lines);
        meta = Map.copyOf(meta);
    }

    /** Characters in the content lines. */
    public long textLength() {
        long n = 0;
        for (String l : lines) {
            n += l.length();
        }
        return n;
    }
}
