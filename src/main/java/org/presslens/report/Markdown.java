package org.presslens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Markdown-to-HTML renderer for the feature documentation embedded in the report: ATX headings
 * (shifted down by a given number of levels), paragraphs, bullet and numbered lists, fenced and indented
 * code, pipe tables, block quotes, and inline code, bold, italic and links. All text is escaped; links
 * are rendered as their text followed by the address in parentheses, so the report loads nothing.
 */
public final class Markdown {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    /** Headings of development notes: benchmarks, measurements, speed (their sections are left out of reports). */
    static final Pattern DEVELOPMENT_HEADING = Pattern.compile(
            "(?i)\\b(bench(mark)?s?|measured|measurements?|speed|timings?|performance|figures|profil(e|ing))\\b");
    /** Sentences about how fast something ran on which machine. */
    static final Pattern DEVELOPMENT_SENTENCE = Pattern.compile(
            "(?i)(articles?/s\\b|\\bMB/s\\b|\\bms per\\b|load average|-core machine|\\bwall[- ]clock|\\bCPU time)");

    private Markdown() {
    }

    /**
     * The Markdown without its development notes, for a report's methods section: every section whose heading
     * matches {@link #DEVELOPMENT_HEADING} (down to the next heading of the same or a higher level), and every
     * sentence outside code that reports a speed or the machine it was measured on ({@link #DEVELOPMENT_SENTENCE}).
     */
    public static String withoutDevelopmentNotes(String md) {
        String[] lines = md.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int skipLevel = 0;
        boolean fence = false;
        String fenceMark = "";
        for (String line : lines) {
            String t = line.strip();
            if (!fence && (t.startsWith("```") || t.startsWith("~~~"))) {
                fence = true;
                fenceMark = t.substring(0, 3);
                if (skipLevel == 0) {
                    out.append(line).append('\n');
                }
                continue;
            }
            if (fence) {
                if (t.startsWith(fenceMark)) {
                    fence = false;
                }
                if (skipLevel == 0) {
                    out.append(line).append('\n');
                }
                continue;
            }
            Matcher h = HEADING.matcher(t);
            if (h.matches()) {
                int level = h.group(1).length();
                if (skipLevel > 0 && level <= skipLevel) {
                    skipLevel = 0;
                }
                if (skipLevel == 0 && DEVELOPMENT_HEADING.matcher(h.group(2)).find()) {
                    skipLevel = level;
                }
            }
            if (skipLevel > 0) {
                continue;
            }
            out.append(DEVELOPMENT_SENTENCE.matcher(line).find() ? withoutDevelopmentSentences(line) : line)
                    .append('\n');
        }
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    /** One line without its sentences about speed (a sentence may have begun on an earlier line: that part stays). */
    private static String withoutDevelopmentSentences(String line) {
        StringBuilder kept = new StringBuilder();
        for (String sentence : line.split("(?<=[.!?])\\s+(?=[A-Z(*`_\\[])")) {
            if (!DEVELOPMENT_SENTENCE.matcher(sentence).find()) {
                kept.append(kept.length() == 0 ? "" : " ").append(sentence);
            }
        }
        return kept.toString();
    }

    /** Renders Markdown; headings {@code #} become {@code h(1+shift)}, capped at h6. */
    public static String render(String md, int shift) {
        String[] lines = md.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        List<String> para = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                flush(para, out);
                String fence = t.substring(0, 3);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith(fence)) {
                    code.append(lines[i]).append('\n');
                    i++;
                }
                out.append("<pre><code>").append(Html.esc(code.toString())).append("</code></pre>\n");
                i++;
                continue;
            }
            if (t.isEmpty()) {
                flush(para, out);
                i++;
                continue;
            }
            Matcher h = HEADING.matcher(t);
            if (h.matches()) {
                flush(para, out);
                int level = Math.min(6, h.group(1).length() + shift);
                out.append("<h").append(level).append('>').append(inline(h.group(2))).append("</h").append(level)
                        .append(">\n");
                i++;
                continue;
            }
            if (t.startsWith("|") && i + 1 < lines.length && TABLE_SEP.matcher(lines[i + 1]).matches()) {
                flush(para, out);
                out.append("<table>\n<thead><tr>");
                for (String cell : cells(t)) {
                    out.append("<th>").append(inline(cell)).append("</th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                i += 2;
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    out.append("<tr>");
                    for (String cell : cells(lines[i].strip())) {
                        out.append("<td>").append(inline(cell)).append("</td>");
                    }
                    out.append("</tr>\n");
                    i++;
                }
                out.append("</tbody></table>\n");
                continue;
            }
            boolean bullet = BULLET.matcher(line).matches();
            boolean numbered = !bullet && NUMBERED.matcher(line).matches();
            if (bullet || numbered) {
                flush(para, out);
                String tag = bullet ? "ul" : "ol";
                Pattern item = bullet ? BULLET : NUMBERED;
                out.append('<').append(tag).append(">\n");
                StringBuilder current = null;
                while (i < lines.length && !lines[i].isBlank()) {
                    Matcher m = item.matcher(lines[i]);
                    if (m.matches()) {
                        if (current != null) {
                            out.append("<li>").append(inline(current.toString())).append("</li>\n");
                        }
                        current = new StringBuilder(m.group(1));
                    } else if (BULLET.matcher(lines[i]).matches() || NUMBERED.matcher(lines[i]).matches()
                            || HEADING.matcher(lines[i].strip()).matches()) {
                        break;
                    } else {
                        current.append(' ').append(lines[i].strip());
                    }
                    i++;
                }
                if (current != null) {
                    out.append("<li>").append(inline(current.toString())).append("</li>\n");
                }
                out.append("</").append(tag).append(">\n");
                continue;
            }
            if (line.startsWith("    ") && para.isEmpty()) {
                StringBuilder code = new StringBuilder();
                while (i < lines.length && (lines[i].startsWith("    ") || lines[i].isBlank())) {
                    code.append(lines[i].length() >= 4 ? lines[i].substring(4) : "").append('\n');
                    i++;
                }
                out.append("<pre><code>").append(Html.esc(code.toString().stripTrailing())).append("</code></pre>\n");
                continue;
            }
            if (t.startsWith(">")) {
                flush(para, out);
                StringBuilder q = new StringBuilder();
                while (i < lines.length && lines[i].strip().startsWith(">")) {
                    q.append(lines[i].strip().substring(1).strip()).append(' ');
                    i++;
                }
                out.append("<blockquote><p>").append(inline(q.toString().strip())).append("</p></blockquote>\n");
                continue;
            }
            para.add(t);
            i++;
        }
        flush(para, out);
        return out.toString();
    }

    private static void flush(List<String> para, StringBuilder out) {
        if (!para.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", para))).append("</p>\n");
            para.clear();
        }
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : r.split("(?<!\\\\)\\|", -1)) {
            out.add(c.strip().replace("\\|", "|"));
        }
        return out;
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])"
            + "|(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)");

    /** Inline markup on one line of text: code spans are protected from the other rules. */
    static String inline(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            codes.add(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement("\u0000" + (codes.size() - 1) + "\u0000"));
        }
        m.appendTail(b);
        String s = Html.esc(b.toString());
        s = LINK.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                r.group(2).startsWith("#") ? r.group(1) : r.group(1) + " (" + r.group(2) + ")"));
        s = BOLD.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                "<strong>" + (r.group(1) != null ? r.group(1) : r.group(2)) + "</strong>"));
        s = ITALIC.matcher(s).replaceAll(r -> Matcher.quoteReplacement(
                "<em>" + (r.group(1) != null ? r.group(1) : r.group(2)) + "</em>"));
        for (int k = 0; k < codes.size(); k++) {
            s = s.replace("\u0000" + k + "\u0000", "<code>" + Html.esc(codes.get(k)) + "</code>");
        }
        return s;
    }
}
