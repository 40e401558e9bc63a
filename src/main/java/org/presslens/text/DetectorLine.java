package org.presslens.text;

import org.presslens.core.Cancellation;
import org.presslens.core.CharClass;

/**
 * A line as the sentence detector reads it. OpenNLP's detector scans from every end-of-sentence character to the
 * next white space, so a long run without white space full of periods costs time quadratic in its length; here,
 * inside a run of more than {@value #MAX_RUN} characters without white space (longer than any word or URL of the
 * bundled and shared corpora) the end-of-sentence characters read as {@code _}, so such a run is never split, and
 * the line is read through a {@link Cancellation#checking} view. Offsets are unchanged (one character for one).
 */
final class DetectorLine implements CharSequence {
    /** Longest run without white space in which the detector may split sentences. */
    static final int MAX_RUN = 1000;

    private final String line;
    private final String eos;
    /** Start and end of each long run, in order: [s0, e0, s1, e1, ...]. */
    private final int[] runs;

    private DetectorLine(String line, String eos, int[] runs) {
        this.line = line;
        this.eos = eos;
        this.runs = runs;
    }

    /** The line itself when it has no long run, else a masked, cancellable view of it. */
    static CharSequence of(String line, String eosCharacters) {
        int[] runs = new int[4];
        int count = 0;
        int start = -1;
        for (int i = 0, n = line.length(); i <= n; i++) {
            boolean space = i == n || CharClass.space(line.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (i - start > MAX_RUN) {
                    if (count + 2 > runs.length) {
                        runs = java.util.Arrays.copyOf(runs, runs.length * 2);
                    }
                    runs[count++] = start;
                    runs[count++] = i;
                }
                start = -1;
            }
        }
        return count == 0 ? line
                : Cancellation.checking(new DetectorLine(line, eosCharacters, java.util.Arrays.copyOf(runs, count)));
    }

    @Override
    public int length() {
        return line.length();
    }

    @Override
    public char charAt(int index) {
        char c = line.charAt(index);
        return eos.indexOf(c) >= 0 && inLongRun(index) ? '_' : c;
    }

    private boolean inLongRun(int index) {
        int lo = 0;
        int hi = runs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (index < runs[2 * mid]) {
                hi = mid - 1;
            } else if (index >= runs[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(charAt(i));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return subSequence(0, length()).toString();
    }
}
