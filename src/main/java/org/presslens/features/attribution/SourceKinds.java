package org.presslens.features.attribution;

import java.util.List;
import org.presslens.lexicon.LexiconMatch;
import org.presslens.text.Span;

/**
 * The kind of a source phrase ({@link SourceKind}) and the source to report for it: its head (the last word of its
 * first chunk, before a comma or "of") looked up in the source lexicon, anonymity markers in its sentence, pronouns
 * resolved through the {@link PronounResolver}, names without their titles. Per article: it holds the source
 * lexicon's matches in the text and records named sources for the resolver.
 */
final class SourceKinds {
    private final TokenView v;
    private final SourcingWords w;
    private final List<LexiconMatch> sourceMatches;
    private final PronounResolver resolver;
    private byte[] anonymitySentence;

    SourceKinds(TokenView v, List<LexiconMatch> sourceMatches, PronounResolver resolver) {
        this.v = v;
        this.w = v.words;
        this.sourceMatches = sourceMatches;
        this.resolver = resolver;
    }

    /** An attribution without a source phrase: anonymous when its sentence holds an anonymity marker. */
    Attribution unsourced(String cue, int cueStart, int cueEnd, int s) {
        SourceKind k = anonymitySentence(s) ? SourceKind.ANONYMOUS : SourceKind.OTHER;
        return new Attribution(k, cue, cueStart, cueEnd, "", -1, -1, "", s);
    }

    /** The attribution of a cue to the source phrase of tokens [from, to) (none when {@code from < 0}). */
    Attribution attribution(String cue, int cueStart, int cueEnd, int from, int to, int s) {
        if (from < 0 || to <= from) {
            return unsourced(cue, cueStart, cueEnd, s);
        }
        int cs = v.start(from);
        int ce = v.end(to - 1);
        String source = v.body.substring(cs, ce);
        // Head: the last word of the first chunk (before a comma or "of").
        int headEnd = to;
        for (int k = from + 1; k < to; k++) {
            if (v.isComma(k) || v.lower(k).equals("of") || v.lower(k).equals("who") || v.tok(k).equals("(")) {
                headEnd = k;
                break;
            }
        }
        int head = headEnd - 1;
        while (head > from && !v.isWord(head)) {
            head--;
        }
        if (TokenView.isPossessive(v.tok(head)) && head > from) {
            head--;
        }
        // "Secretary of State John Kerry": a title's "of" phrase ends in the name
        if (headEnd < to && v.lower(headEnd).equals("of") && w.titles.contains(v.lower(head)) && v.isCapitalised(to - 1)) {
            int k = headEnd;
            while (k < to && !v.isComma(k)) {
                k++;
            }
            headEnd = k;
            head = k - 1;
        }
        // "her senior policy adviser, Jake Sullivan": the name chunk is the head
        int hf = from;
        int hcs = cs;
        for (int k = headEnd; k < to; k++) {
            if (v.isComma(k)) {
                int e2 = k + 1;
                while (e2 < to && !v.isComma(e2)) {
                    e2++;
                }
                if (!v.isCapitalised(head) && Names.isNameRun(v, k + 1, e2)) {
                    hf = k + 1;
                    headEnd = e2;
                    for (int o = k + 2; o < e2; o++) {
                        if (v.lower(o).equals("of")) {
                            headEnd = o; // "Mitch McConnell of Kentucky"
                            break;
                        }
                    }
                    head = headEnd - 1;
                    hcs = v.start(hf);
                    break;
                }
                k = e2 - 1;
            }
        }
        String headLower = v.lower(head);
        String chunk = v.body.substring(hcs, v.end(headEnd - 1));
        SourceKind kind;
        String resolved = chunk;
        if (sourceMatchIn("agency", cs, ce) && !anyCapitalisedNonAgency(hf, headEnd)
                || sourceMatchIn("media", cs, ce) && !Names.isProperName(v, hf, head + 1)) {
            kind = SourceKind.AGENCY;
        } else if (w.personal.contains(headLower) || headLower.equals("i") || headLower.equals("we")
                || headLower.equals("who") || headLower.equals("which") || headLower.equals("that")) {
            boolean relative = headLower.equals("who") || headLower.equals("which") || headLower.equals("that");
            String name = relative ? resolver.antecedent(hf)
                    : resolver.resolve(hcs, headLower.equals("they") || headLower.equals("them"));
            if (name != null && !headLower.equals("i") && !headLower.equals("we")) {
                kind = SourceKind.NAMED;
                resolved = name;
            } else if (relative && hf > 0) {
                // "officials who said", "critics, who argue": the kind of the antecedent's head
                int ant = hf - 1;
                if (ant > 0 && v.isComma(ant)) {
                    ant--;
                }
                String aw = v.isWord(ant) ? v.lower(ant) : "";
                kind = w.anonymousHeads.contains(aw) ? SourceKind.ANONYMOUS
                        : w.vagueHeads.contains(aw) ? SourceKind.VAGUE : SourceKind.OTHER;
                if (kind != SourceKind.OTHER) {
                    int st = SourcePhrases.backwardNp(v, ant, v.text.firstToken(s));
                    resolved = st >= 0 ? v.body.substring(v.start(st), v.end(ant)) : aw;
                }
            } else {
                kind = SourceKind.OTHER;
            }
        } else if (anonymitySentence(s)) {
            kind = SourceKind.ANONYMOUS;
        } else if (w.anonymousHeads.contains(headLower) && !Names.isProperName(v, hf, head)) {
            kind = SourceKind.ANONYMOUS;
        } else if (w.vagueHeads.contains(headLower) && !Names.isProperName(v, hf, head)) {
            kind = SourceKind.VAGUE;
        } else if (isOrganisation(hf, head)) {
            kind = SourceKind.NAMED; // "the Chinese Foreign Ministry", "The Chinese government": reported whole
            resolver.named(hcs, resolved);
        } else if (v.isCapitalised(head) && !v.isNotName(head)) {
            kind = SourceKind.NAMED;
            resolved = Names.reported(v, hf, headEnd);
            resolver.named(hcs, resolved);
        } else {
            kind = SourceKind.OTHER;
        }
        return new Attribution(kind, cue, cueStart, cueEnd, source, cs, ce, resolved, s);
    }

    /**
     * The phrase [from, head] names an organisation: its head is a capitalised organisation word ("Ministry",
     * "House") or an organisation noun ("government") after a capitalised modifier ("Chinese").
     */
    private boolean isOrganisation(int from, int head) {
        if (v.isOrganisationWord(head)) {
            return true;
        }
        if (!w.organisationNouns.contains(v.lower(head))) {
            return false;
        }
        for (int k = from; k < head; k++) {
            if (v.isWord(k) && v.isCapitalised(k) && !v.isNotName(k)) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word in [from, to) that is not part of a news agency's name. */
    private boolean anyCapitalisedNonAgency(int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.isWord(k) && v.isCapitalised(k) && !w.agencyWords.contains(v.lower(k)) && !v.isNotName(k)
                    && !w.agencyNameWords.contains(v.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** True when sentence {@code s} holds a match of the source lexicon's {@code anonymity} category. */
    boolean anonymitySentence(int s) {
        if (anonymitySentence == null) {
            anonymitySentence = new byte[v.text.sentences().size()];
        }
        if (anonymitySentence[s] == 0) {
            Span sp = v.text.sentences().get(s);
            anonymitySentence[s] = (byte) (sourceMatchIn("anonymity", sp.start(), sp.end()) ? 2 : 1);
        }
        return anonymitySentence[s] == 2;
    }

    /** True when a source-lexicon match of {@code category} lies in [from, to). */
    boolean sourceMatchIn(String category, int from, int to) {
        int lo = 0;
        int hi = sourceMatches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sourceMatches.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sourceMatches.size(); i++) {
            LexiconMatch m = sourceMatches.get(i);
            if (m.start() >= to) {
                break;
            }
            if (m.end() <= to && m.category().equals(category)) {
                return true;
            }
        }
        return false;
    }
}
