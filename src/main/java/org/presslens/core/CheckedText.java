package org.presslens.core;

/**
 * A character sequence that checks for cancellation while it is read (see {@link Cancellation#checking}), so that a
 * regular expression or library scan over a long text can be stopped. Not thread-safe, like a matcher.
 */
final class CheckedText implements CharSequence {
    /** Characters read between two checks. */
    private static final int EVERY = 4096;

    private final CharSequence text;
    private int reads;

    CheckedText(CharSequence text) {
        this.text = text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads >= EVERY) {
            reads = 0;
            Cancellation.check();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CheckedText(text.subSequence(start, end));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
