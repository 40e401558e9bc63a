package org.presslens.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnalyzeRunTest {

    @Test
    void reasonKindsGroupSkipReasons() {
        assertEquals("malformed JSON", AnalyzeRun.reasonKind("line 7: malformed JSON: Unexpected end-of-input"));
        assertEquals("empty file", AnalyzeRun.reasonKind("empty file"));
        assertEquals("record has no text", AnalyzeRun.reasonKind("line 3: record has no text (fields tried: text, body)"));
        assertEquals("expected N fields, found N", AnalyzeRun.reasonKind("line 12: expected 5 fields, found 3"));
        assertEquals("exact duplicate", AnalyzeRun.reasonKind("exact duplicate of article a-1"));
        assertEquals("unsupported file type '…'", AnalyzeRun.reasonKind("unsupported file type '.pdf'"));
    }
}
