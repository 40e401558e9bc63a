package org.presslens.clean;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why the cleaner kept or removed an input line. Only {@link #BODY} and {@link #AGENCY_CREDIT} are kept. */
public enum LineKind {
    /** A body paragraph, subheading, list item or block quote of the article. */
    BODY,
    /** An agency or reporting credit ("(With inputs from agencies.)"): kept as reliability evidence. */
    AGENCY_CREDIT,
    /** The article's title (metadata, read from the input lines by the metadata stage). */
    TITLE,
    /** The title repeated further down the page. */
    REPEATED_TITLE,
    /** Page header before the title: site name, date, menu, breadcrumb. */
    HEADER,
    /** A byline, dateline, "published on" or copyright-with-author metadata line. */
    META,
    /** Navigation menus, breadcrumbs and link farms. */
    NAVIGATION,
    /** A trending / related / latest list: its heading and the headlines that follow. */
    RELATED_LIST,
    /** Share bars and social buttons. */
    SHARE,
    /** Comment forms and prompts. */
    COMMENT_PROMPT,
    /** Newsletter, subscribe and follow prompts. */
    NEWSLETTER,
    /** Footers, contact blocks, copyright and legal links, and everything after the article's last paragraph. */
    FOOTER,
    /** Image and video captions and credits. */
    CAPTION,
    /** Author bios. */
    BIO,
    /** "Read more", AMP, "exit mobile version" and similar notices. */
    NOTICE,
    /** Advertisement markers. */
    ADVERTISEMENT,
    /** A line that is only a link (URL). */
    LINK;

    /** Whether lines of this kind stay in the body. */
    public boolean kept() {
        return this == BODY || this == AGENCY_CREDIT;
    }

    /** The lower-case, hyphenated name used in configuration and audits ({@code related-list}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #label()}; {@code null} when unknown. */
    public static LineKind fromLabel(String label) {
        for (LineKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }

    /** All labels, for error messages. */
    public static String labels() {
        return Arrays.stream(values()).map(LineKind::label).collect(Collectors.joining(", ", "[", "]"));
    }
}
