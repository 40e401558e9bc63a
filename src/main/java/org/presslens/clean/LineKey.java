package org.presslens.clean;

/**
 * A line normalised for rule matching: lower case, letters and digits kept, {@code ':'} kept on the word it
 * follows, {@code '|'} and {@code '©'} kept as words of their own, every other character a space, spaces
 * collapsed.
 *
 * @param key       the normalised line ({@code "share: twitter | facebook"})
 * @param bare      the key without {@code ':'}, {@code '|'} and {@code '©'} ({@code "share twitter facebook"})
 * @param firstWord the key's first word ({@code "share:"})
 */
public record LineKey(String key, String bare, String firstWord) {

    /** Normalises one line. */
    public static LineKey of(String line) {
        StringBuilder key = new StringBuilder(line.length());
        StringBuilder bare = new StringBuilder(line.length());
        boolean space = true;
        boolean bareSpace = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char l = Character.toLowerCase(c);
                key.append(l);
                bare.append(l);
                space = false;
                bareSpace = false;
            } else if (c == ':') {
                if (space && key.length() > 0) {
                    key.setLength(key.length() - 1);
                }
                if (key.length() > 0) {
                    key.append(':');
                    space = false;
                }
                if (!bareSpace) {
                    bare.append(' ');
                    bareSpace = true;
                }
            } else if (c == '|' || c == '©') {
                if (!space) {
                    key.append(' ');
                }
                key.append(c).append(' ');
                space = true;
                if (!bareSpace) {
                    bare.append(' ');
                    bareSpace = true;
                }
            } else {
                if (!space) {
                    key.append(' ');
                    space = true;
                }
                if (!bareSpace) {
                    bare.append(' ');
                    bareSpace = true;
                }
            }
        }
        String k = key.toString().strip();
        String b = bare.toString().strip();
        int sp = k.indexOf(' ');
        return new LineKey(k, b, sp < 0 ? k : k.substring(0, sp));
    }
}
