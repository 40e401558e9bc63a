package org.presslens.features.attribution;

import java.util.List;

/**
 * Attributions in cue order, searchable by where their cues end: {@link #lastBefore} is the attribution that a scan
 * from the first one, stopping at the first cue ending after an offset, would see last; found by binary search over
 * the running maximum of the cue ends, so that each quotation of a long article costs a logarithmic look-up.
 */
final class CueOrder {
    private final List<Attribution> attributions;
    private final int[] maxEnd;

    CueOrder(List<Attribution> attributions) {
        this.attributions = attributions;
        this.maxEnd = new int[attributions.size()];
        int m = Integer.MIN_VALUE;
        for (int i = 0; i < maxEnd.length; i++) {
            m = Math.max(m, attributions.get(i).cueEnd());
            maxEnd[i] = m;
        }
    }

    /** The attribution before the first one whose cue ends after {@code offset}, or null when that is the first. */
    Attribution lastBefore(int offset) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == 0 ? null : attributions.get(lo - 1);
    }

    /**
     * The first attribution with a source among those of sentence {@code sentence} up to and including
     * {@code last} (an attribution of this list), or null.
     */
    Attribution firstSourcedInSentence(Attribution last, int sentence) {
        int i = attributions.size() - 1;
        while (i >= 0 && attributions.get(i) != last) {
            i--; // identity: two equal records are the same cue anyway
        }
        Attribution best = null;
        for (int k = i; k >= 0 && attributions.get(k).sentence() == sentence; k--) {
            if (attributions.get(k).hasSource()) {
                best = attributions.get(k);
            }
        }
        return best;
    }
}
