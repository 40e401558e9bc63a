package org.presslens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void rendersTheBlocksTheFeatureDocsUse() {
        String md = """
                # Features

                Every feature is a column `family.feature` in **articles.csv**,
                see [the README](../README.md).

                - `a.b`: one *thing*
                  continued
                - second <b>

                1. first
                2. second

                | feature | unit |
                | --- | --- |
                | a.b | per 1,000 words |

                ```
                rate = 1000 * n / words < 5
                ```
                """;
        assertEquals("""
                <h3>Features</h3>
                <p>Every feature is a column <code>family.feature</code> in <strong>articles.csv</strong>, see the README (../README.md).</p>
                <ul>
                <li><code>a.b</code>: one <em>thing</em> continued</li>
                <li>second &lt;b&gt;</li>
                </ul>
                <ol>
                <li>first</li>
                <li>second</li>
                </ol>
                <table>
                <thead><tr><th>feature</th><th>unit</th></tr></thead>
                <tbody>
                <tr><td>a.b</td><td>per 1,000 words</td></tr>
                </tbody></table>
                <pre><code>rate = 1000 * n / words &lt; 5
                </code></pre>
                """, Markdown.render(md, 2));
    }

    @Test
    void escapesHtmlEverywhere() {
        assertEquals("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>\n<p><code>&lt;i&gt;</code> &amp; &quot;x&quot;</p>\n",
                Markdown.render("# <script>alert(1)</script>\n\n`<i>` & \"x\"", 1));
    }

    @Test
    void snakeCaseIsNotItalic() {
        assertEquals("<p>share_anonymous and self_repetition</p>\n", Markdown.render("share_anonymous and self_repetition", 0));
    }
}
