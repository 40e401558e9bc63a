package org.presslens.features.attribution;

import java.util.Locale;

/** What kind of source an attribution names. */
public enum SourceKind {
    /** A person or organisation named by a proper noun, or a pronoun resolved to one. */
    NAMED,
    /** An unnamed person ("officials said", "a source familiar with", "speaking on condition of anonymity"). */
    ANONYMOUS,
    /** An impersonal or generic attribution ("reportedly", "it is believed", "critics say", "some say"). */
    VAGUE,
    /** A news agency or media credit ("as reported by RIA", "With inputs from agencies", "(Reuters) -"). */
    AGENCY,
    /** A cue whose source was not found or is none of the above ("the report said", "the ministry said"). */
    OTHER;

    /** The lower-case label written to evidence files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
