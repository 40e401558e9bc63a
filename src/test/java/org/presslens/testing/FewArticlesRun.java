package org.presslens.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run folder in the shape of the seeds: one story, five outlets, one article each, with quotations
 * ({@code quotes.csv}, speakers and cues) and framing terms ({@code terms.csv}). Made-up text.
 */
public final class FewArticlesRun {
    /** The outlets, one article each. */
    public static final String[] OUTLETS = {"Alpha Times", "Beta Post", "Gamma Wire", "Delta Daily", "Epsilon News"};

    private FewArticlesRun() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder a = new StringBuilder("id,source,outlet,date,title,byline,words,sentences,"
                + "attribution.density,quotes.share_words,quotes.count,hedging.hedge_rate,framing.partnership,"
                + "reliability.self_repetition,pred.reliability\n");
        StringBuilder q = new StringBuilder("article_id,kind,speaker,cue,text,start,end,segments\n");
        StringBuilder t = new StringBuilder("article_id,lexicon,category,term,matched,start,end,score\n");
        for (int k = 0; k < OUTLETS.length; k++) {
            String id = "s" + k;
            a.append(id).append(",seeds/").append(id).append(".txt,").append(OUTLETS[k]).append(",2024-07-1").append(k)
                    .append(",\"Leaders meet, version ").append(k).append(k == 2 ? " <b>bold</b>" : "")
                    .append("\",,").append(300 + 50 * k).append(',').append(15 + k).append(',')
                    .append(20 + 5 * k).append(",0.0").append(k).append(',').append(k).append(",1.").append(k)
                    .append(",2.").append(k).append(",0,").append(k % 2 == 0 ? "high" : "mixed-or-low").append('\n');
            if (k != 4) {
                q.append(id).append(",partial,Speaker ").append(k).append(",said,\"ties at their best, take ").append(k)
                        .append("\",10,40,11-39\n");
            }
            q.append(id).append(",term,,,no limits,50,59,51-58\n");
            t.append(id).append(",framing-diplomacy,partnership,no limits,no limits,50,59,\n");
            t.append(id).append(",framing-diplomacy,partnership,no limits,No Limits,70,79,\n");
            t.append(id).append(",framing-generic,conflict,war,war").append(k).append(",90,93,\n");
            t.append(id).append(",hedges,hedge,may,may,95,98,0.7\n");
        }
        Files.writeString(dir.resolve("articles.csv"), a, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("quotes.csv"), q, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("terms.csv"), t, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("skipped.csv"), "source,record,reason\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("run.json"), """
                {"command": "presslens analyze seeds --out run", "version": "0.1.0",
                 "counts": {"inputs_seen": 5, "articles": 5, "duplicates": 0}}
                """, StandardCharsets.UTF_8);
        return dir;
    }
}
