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

    @Test
    void developmentNotesAreLeftOut() {
        String md = """
                # Features

                ## hedging

                Hedges per 1,000 words. Tagging every sentence would run at ~60 articles/s per core. A hedge is
                a cue.

                ```
                rate = 1000 * n / words
                ```

                ## Benchmarks

                - `presslens bench hedging` prints P/R/F1.

                ### Measured (2-core machine shared with other jobs)

                ```
                tune : F1=0.677
                ```

                ## Speed

                0.55 ms per article.

                ## Limits

                Kinds are lexical.
                """;
        assertEquals("""
                # Features

                ## hedging

                Hedges per 1,000 words. A hedge is
                a cue.

                ```
                rate = 1000 * n / words
                ```

                ## Limits

                Kinds are lexical.
                """, Markdown.withoutDevelopmentNotes(md));
    }

    @Test
    void theShippedDocsCarryNoDevelopmentNotes() throws Exception {
        for (String doc : new String[] {"docs/features.md", "docs/attribution-and-quotes.md"}) {
            String kept = Markdown.withoutDevelopmentNotes(java.nio.file.Files.readString(java.nio.file.Path.of(doc)));
            for (String dev : new String[] {"load average", "-core machine", "articles/s", "ms per article",
                    "## Benchmark", "Measured", "CPU time"}) {
                org.junit.jupiter.api.Assertions.assertFalse(kept.contains(dev), doc + ": " + dev);
            }
            org.junit.jupiter.api.Assertions.assertTrue(kept.length() > 4000, doc + " keeps its definitions");
        }
    }
}
