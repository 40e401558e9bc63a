package org.presslens.metadata;

/**
 * Metadata of one article, each empty when neither the record nor the text states it.
 *
 * @param outlet canonical outlet name ({@link OutletRules#canonical})
 * @param date   ISO date {@code yyyy-MM-dd}
 * @param title  title
 * @param byline author name(s) as stated (a desk byline such as "Example News Desk" included)
 * @param url    the article's URL
 */
public record Metadata(String outlet, String date, String title, String byline, String url) {
}
