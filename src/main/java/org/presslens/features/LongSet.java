package org.presslens.features;

import java.util.Arrays;

/** A small open-addressing set of longs (no boxing); 0 is stored out of band. Not thread-safe. */
final class LongSet {
    private long[] table;
    private int size;
    private boolean hasZero;

    LongSet(int capacity) {
        table = new long[Integer.highestOneBit(Math.max(4, capacity) * 2)];
    }

    void clear() {
        Arrays.fill(table, 0L);
        size = 0;
        hasZero = false;
    }

    int size() {
        return size + (hasZero ? 1 : 0);
    }

    boolean contains(long v) {
        if (v == 0) {
            return hasZero;
        }
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == 0) {
                return false;
            }
            if (t == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code v}; true when it was not present. */
    boolean add(long v) {
        if (v == 0) {
            boolean was = hasZero;
            hasZero = true;
            return !was;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == 0) {
                table[i] = v;
                size++;
                return true;
            }
            if (t == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    long[] toArray() {
        long[] out = new long[size()];
        int k = 0;
        if (hasZero) {
            out[k++] = 0;
        }
        for (long t : table) {
            if (t != 0) {
                out[k++] = t;
            }
        }
        return out;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long t : old) {
            if (t != 0) {
                add(t);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
