package org.presslens.features.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.presslens.core.ConfigException;
import org.presslens.lexicon.Lexicon;

/**
 * The word classes the attribution rules read: the categories of the grammar lexicon
 * ({@code config/lexicons/attribution-grammar.yaml}, role {@value #ROLE}), as written and lower-cased, and the
 * single-word entries of the source lexicon's {@code anonymous}, {@code vague} and {@code agency} categories.
 * Immutable and thread-safe.
 */
final class SourcingWords {
    /** Lexicon role of the grammar lexicon ({@code features.lexicons.attribution_grammar}). */
    static final String ROLE = "attribution_grammar";
    /** The grammar lexicon's categories, all required. */
    static final List<String> CATEGORIES = List.of("determiners", "pronouns", "personal_pronouns", "skip_before_cue",
            "phrase_stops", "phrase_prepositions", "number_words", "not_adverbs", "phrase_links", "abbreviations",
            "clause_connectives", "auxiliaries", "passive_auxiliaries", "impersonal_verbs", "parenthetical_openers",
            "appositive_openers", "objects", "after_inversion", "not_names", "titles", "organisation_words",
            "organisation_nouns", "nationality_words", "agency_name_words", "colon_labels", "poll_heads",
            "document_nouns", "articles", "participle_complements");

    final Set<String> determiners;
    final Set<String> pronouns;
    final Set<String> personal;
    final Set<String> skipBeforeCue;
    final Set<String> stops;
    final Set<String> npPrepositions;
    final Set<String> numberWords;
    final Set<String> notAdverbs;
    final Set<String> links;
    final Set<String> abbreviations;
    final Set<String> connectives;
    final Set<String> auxiliaries;
    final Set<String> passiveAuxiliaries;
    final Set<String> impersonalVerbs;
    final Set<String> parenthetical;
    final Set<String> appositiveOpeners;
    final Set<String> objects;
    final Set<String> afterInversion;
    final Set<String> notNames;
    final Set<String> titles;
    final Set<String> organisationWords;
    final Set<String> organisationNouns;
    final Set<String> nationalityWords;
    final Set<String> agencyNameWords;
    final Set<String> colonLabels;
    final Set<String> pollHeads;
    final Set<String> documentNouns;
    final Set<String> articles;
    final Set<String> participleComplements;
    /** Single-word heads of unnamed people ("officials"), generic groups ("critics") and news agencies ("Reuters"). */
    final Set<String> anonymousHeads;
    final Set<String> vagueHeads;
    final Set<String> agencyWords;
    private final String digest;

    /**
     * @throws ConfigException when the grammar lexicon lacks one of {@link #CATEGORIES}
     */
    SourcingWords(Lexicon grammar, Lexicon sources) {
        for (String needed : CATEGORIES) {
            if (!grammar.categories().contains(needed)) {
                throw new ConfigException("lexicon '" + grammar.name() + "' (features.lexicons." + ROLE
                        + "): category '" + needed + "' missing (expected " + String.join(", ", CATEGORIES) + ")");
            }
        }
        StringBuilder all = new StringBuilder();
        for (String c : CATEGORIES) {
            all.append(c).append('\t').append(String.join("\t", new java.util.TreeSet<>(entries(grammar, c, false))))
                    .append('\n');
        }
        digest = org.presslens.core.Settings.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        determiners = entries(grammar, "determiners", false);
        pronouns = entries(grammar, "pronouns", false);
        personal = entries(grammar, "personal_pronouns", false);
        skipBeforeCue = entries(grammar, "skip_before_cue", false);
        stops = entries(grammar, "phrase_stops", false);
        npPrepositions = entries(grammar, "phrase_prepositions", false);
        numberWords = entries(grammar, "number_words", false);
        notAdverbs = entries(grammar, "not_adverbs", false);
        links = entries(grammar, "phrase_links", false);
        abbreviations = entries(grammar, "abbreviations", false);
        connectives = entries(grammar, "clause_connectives", false);
        auxiliaries = entries(grammar, "auxiliaries", false);
        passiveAuxiliaries = entries(grammar, "passive_auxiliaries", false);
        impersonalVerbs = entries(grammar, "impersonal_verbs", false);
        parenthetical = entries(grammar, "parenthetical_openers", false);
        appositiveOpeners = entries(grammar, "appositive_openers", false);
        objects = entries(grammar, "objects", false);
        afterInversion = entries(grammar, "after_inversion", false);
        notNames = entries(grammar, "not_names", false);
        titles = entries(grammar, "titles", false);
        organisationWords = entries(grammar, "organisation_words", false);
        organisationNouns = entries(grammar, "organisation_nouns", false);
        nationalityWords = entries(grammar, "nationality_words", false);
        agencyNameWords = entries(grammar, "agency_name_words", false);
        colonLabels = entries(grammar, "colon_labels", false);
        pollHeads = entries(grammar, "poll_heads", false);
        documentNouns = entries(grammar, "document_nouns", false);
        articles = entries(grammar, "articles", false);
        participleComplements = entries(grammar, "participle_complements", false);
        anonymousHeads = entries(sources, "anonymous", true);
        vagueHeads = entries(sources, "vague", true);
        agencyWords = entries(sources, "agency", true);
    }

    /** The entries of {@code category}, stripped and lower-cased; with {@code singleOnly}, one-word entries only. */
    private static Set<String> entries(Lexicon lexicon, String category, boolean singleOnly) {
        Set<String> out = new HashSet<>();
        if (lexicon.categories().contains(category)) {
            for (String e : lexicon.entries(category)) {
                String w = e.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !(singleOnly && w.indexOf(' ') >= 0)) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * SHA-256 of the grammar categories as the rules read them (entries lower-cased as written), for the feature-set
     * hash: the lexicon's own hash normalises punctuation away ("sen." = "sen"), which these tokens keep.
     */
    String digest() {
        return digest;
    }

    /** True when {@code w} (lower case) is an anonymous or vague source head ("official", "critics"). */
    boolean isPersonHead(String w) {
        return anonymousHeads.contains(w) || vagueHeads.contains(w);
    }

    /** True when {@code w} is an anonymous, vague or agency entry of the source lexicon. */
    boolean isSourceHead(String w) {
        return isPersonHead(w) || agencyWords.contains(w);
    }

    /** A manner adverb in -ly ("stubbornly", "roundly"), not a noun such as "family" or "assembly". */
    boolean isAdverb(String w) {
        return w.length() > 4 && w.endsWith("ly") && !notAdverbs.contains(w);
    }

    /** An adverb or time between an auxiliary and its verb ("is also reported", "was widely believed"). */
    boolean isInsertedAdverb(String w) {
        return isAdverb(w) || skipBeforeCue.contains(w) && !auxiliaries.contains(w) && !passiveAuxiliaries.contains(w);
    }

    /** A number ("10") or number word ("six"). */
    boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || numberWords.contains(w);
    }

    /** A capitalised modifier that does not make a person's name: a nationality ("Chinese") or "US", "Western". */
    boolean isNationality(String token) {
        return token.endsWith("an") || token.endsWith("ese") || token.endsWith("ish") || token.endsWith("ian")
                || nationalityWords.contains(token.toLowerCase(Locale.ROOT));
    }
}
