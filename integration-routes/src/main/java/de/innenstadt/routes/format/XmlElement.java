// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small element tree for one product or item of an XML feed, read from the stream and dropped after
 * use, so a document of any length is never in memory as a whole.
 *
 * @param name the local name ({@code PRODUCT}, {@code price})
 * @param qualifiedName the name as written in the file ({@code g:price}), for problem reports
 * @param line the line of the start tag
 */
record XmlElement(String name, String qualifiedName, long line, Map<String, String> attributes, String text,
        List<XmlElement> children) {

    Optional<XmlElement> child(String localName) {
        return children.stream().filter(child -> child.name.equals(localName)).findFirst();
    }

    List<XmlElement> children(String localName) {
        return children.stream().filter(child -> child.name.equals(localName)).toList();
    }

    /** The text of the first child with that name, stripped; empty when absent or blank. */
    Optional<String> childText(String localName) {
        return child(localName).map(XmlElement::text).map(String::strip).filter(text -> !text.isEmpty());
    }

    Optional<String> attribute(String localName) {
        return Optional.ofNullable(attributes.get(localName));
    }
}
