package org.presslens.features.attribution;

import java.util.ArrayList;
import java.util.List;
import org.presslens.core.Cancellation;

/**
 * "In a Washington Post-ABC News poll, 75 percent ..." — a sentence that opens with the preposition <i>in</i> and a
 * noun phrase holding a poll noun ({@code poll_heads}): the preposition is a cue whose source is that phrase up to
 * its last poll noun, the poll being the source of the figures the sentence reports. Only at the start of a sentence:
 * inside one ("Trump leads in national polls") it names where a figure stands more often than who reports it. Not
 * inside a quotation of more than {@value SourcingAnalyzer#MAX_TERM_WORDS} words, not in a heading, not where another
 * cue already covers the preposition ("In a statement"). Stateless.
 */
final class PollCues {
    private PollCues() {
    }

    /** Adds the poll cues of the article to {@code out} (kept in cue order). */
    static void add(TokenView v, SourceKinds kinds, List<Attribution> out) {
        List<Attribution> added = new ArrayList<>();
        for (int s = 0; s < v.text.sentences().size(); s++) {
            int sEnd = v.text.endToken(s);
            int i = v.text.firstToken(s);
            if (i + 1 >= sEnd || !v.lower(i).equals("in")) {
                continue;
            }
            Cancellation.check();
            int[] np = SourcePhrases.forwardNp(v, i + 1, sEnd);
            int end = np == null ? -1 : lastPollNoun(v, np[0], np[1]);
            if (end < 0 || v.inLongQuote(v.start(i)) || v.inHeading(i) || covered(out, v.start(i), v.end(i))) {
                continue;
            }
            added.add(kinds.attribution(v.tok(i), v.start(i), v.end(i), np[0], end + 1, s).byRule());
        }
        CueFinder.addInCueOrder(out, added);
    }

    private static int lastPollNoun(TokenView v, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (v.words.pollHeads.contains(v.lower(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean covered(List<Attribution> out, int start, int end) {
        for (Attribution a : out) {
            if (a.cueStart() < end && a.cueEnd() > start) {
                return true;
            }
        }
        return false;
    }
}
