// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An article's title from one variant's title: feeds name each variant in full („Sneaker Classic
 * schwarz Gr. 42“), search shows the article once („Sneaker Classic“). The variant's colour and size
 * are taken out where they stand as whole words, with the words that only introduce them („Gr.“,
 * „Größe“, „Size“) and the separators left behind.
 */
public final class ArticleTitles {

    /** A word that introduced a size now removed: followed by nothing but a separator or the end. */
    private static final Pattern SIZE_WORDS = Pattern.compile("(?iu)(gr\\.|\\bgröße|\\bgroesse|\\bsize)(?=\\s*($|[,;/)|–-]))");
    /** Separators left before another separator, a closing bracket or the end. */
    private static final Pattern LEFT_OVER = Pattern.compile("\\s*[,;/|–-]+\\s*(?=$|[,;/)|–-])");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[,;/]*\\s*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ArticleTitles() {
    }

    public static String withoutVariant(String title, String color, String size) {
        String article = title;
        for (String value : new String[] {size, color}) {
            if (value != null && !value.isBlank()) {
                article = remove(article, value.strip());
            }
        }
        article = SIZE_WORDS.matcher(article).replaceAll("");
        for (int pass = 0; pass < 3; pass++) {
            article = LEFT_OVER.matcher(article).replaceAll("");
            article = EMPTY_BRACKETS.matcher(article).replaceAll("");
            article = article.replaceAll("\\(\\s*[,;/]+\\s*", "(");
        }
        article = SPACES.matcher(article).replaceAll(" ").strip();
        return article.isEmpty() ? title.strip() : article;
    }

    private static String remove(String title, String value) {
        Pattern word = Pattern.compile("(?iu)(^|[\\s,;/(|–-])" + Pattern.quote(value.toLowerCase(Locale.GERMAN))
                + "(?=$|[\\s,;/)|–-])");
        return word.matcher(title.toLowerCase(Locale.GERMAN)).find() ? cut(title, word) : title;
    }

    /** Removes every match from the original text, keeping its case. */
    private static String cut(String title, Pattern word) {
        StringBuilder out = new StringBuilder();
        var matcher = word.matcher(title);
        int last = 0;
        while (matcher.find()) {
            out.append(title, last, matcher.start()).append(matcher.group(1));
            last = matcher.end();
        }
        return out.append(title.substring(last)).toString();
    }
}
