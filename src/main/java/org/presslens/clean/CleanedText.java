package org.presslens.clean;

import java.util.List;
import java.util.Map;

/**
 * The result of cleaning one document.
 *
 * @param body         kept body paragraphs, separated by a blank line ({@code "\n\n"})
 * @param inputLines   every non-blank line of the input text (after HTML extraction), in order
 * @param removedLines the input lines removed as boilerplate, in order
 * @param pageMeta     metadata read from an HTML page's head ({@code title, site_name, date, author, url});
 *                     empty for plain text
 * @param title        the page-header line the cleaner took as the title (removed from the body), or empty
 */
public record CleanedText(String body, List<String> inputLines, List<String> removedLines,
                          Map<String, String> pageMeta, String title) {
    public CleanedText {
        inputLines = List.copyOf(inputLines);
        removedLines = List.copyOf(removedLines);
        pageMeta = Map.copyOf(pageMeta);
    }
}
